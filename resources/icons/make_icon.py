"""Regenerate the application icon: `python resources/icons/make_icon.py`.

A parcel (brown box with tape) under a barcode, drawn with Pillow at 256 px; written as
packstation.png (window, Linux desktop entry) and installer/windows/packstation.ico.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
ICO = HERE.parent.parent / "installer" / "windows" / "packstation.ico"
SIZE = 256
BARS = (3, 1, 2, 1, 1, 3, 1, 2, 2, 1, 3, 1, 1, 2, 1, 3)


def draw() -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((24, 96, 232, 236), radius=14, fill=(196, 142, 82), outline=(120, 78, 38),
                          width=6)
    pen.rectangle((112, 96, 144, 236), fill=(232, 206, 150))
    pen.rounded_rectangle((40, 16, 216, 84), radius=8, fill=(255, 255, 255), outline=(40, 40, 40),
                          width=4)
    x, black = 56, True
    for width in BARS:
        if black:
            pen.rectangle((x, 28, x + 3 * width - 1, 72), fill=(20, 20, 20))
        x += 3 * width + (3 if black else 0)
        black = not black
    pen.line((60, 166, 100, 200, 196, 124), fill=(46, 160, 67), width=16, joint="curve")
    return image


def main() -> None:
    image = draw()
    image.save(HERE / "packstation.png")
    ICO.parent.mkdir(parents=True, exist_ok=True)
    image.save(ICO, sizes=[(16, 16), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])


if __name__ == "__main__":
    main()
