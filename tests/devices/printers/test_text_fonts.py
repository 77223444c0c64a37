"""Lines drawn as images get a font that has their characters: no tofu, no full-width Cyrillic."""

from __future__ import annotations

from PIL import Image, ImageOps

from packstation.devices.printers.text_raster import render_text
from packstation.resources import font_path_for


def test_each_script_gets_a_font_that_covers_it() -> None:
    assert font_path_for("納品書 ご注文ありがとうございます").name == "ipaexg.ttf"
    assert font_path_for("发货单 交接凭证").name == "DroidSansFallbackFull.ttf"
    assert font_path_for("Упаковочный лист").name == "DejaVuSans.ttf"


def ink(text: str) -> tuple[int, int, int, int] | None:
    """Where the black dots of the drawn line are."""
    image: Image.Image = render_text(text, 400).to_image().convert("L")
    return ImageOps.invert(image).getbbox()


def test_a_chinese_line_is_drawn_not_boxed() -> None:
    drawn = render_text("证", 100).to_image()
    tofu = render_text("\ue000", 100).to_image()  # a private-use character: the missing-glyph box
    assert ink("证") is not None and drawn.tobytes() != tofu.tobytes()


def test_russian_is_proportional() -> None:
    narrow, wide = ink("ггггг"), ink("ЖЖЖЖЖ")
    assert narrow is not None and wide is not None
    assert narrow[2] - narrow[0] < (wide[2] - wide[0]) * 0.7
