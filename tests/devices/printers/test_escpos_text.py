"""Japanese and Russian receipts: what the printer gets and what it prints (the decoder)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import ImageOps

from packstation.devices.printers.escpos_decode import EscPosDecoder
from packstation.devices.printers.escpos_job import ReceiptJob
from packstation.devices.printers.escpos_library import Dummy
from packstation.devices.printers.escpos_profiles import ProfileInfo, profile_info
from packstation.devices.printers.escpos_text import TextStyle, plan
from packstation.devices.printers.raster import Bitmap
from packstation.devices.printers.simulation import DecodedJob
from packstation.devices.printers.status import PrinterStatus
from packstation.devices.printers.text_raster import render_text

JAPANESE_SLIP = ["納品書", "ご注文ありがとうございます", "ＡＢＣ１２３", "ｱｲｳ"]
RUSSIAN_SLIP = ["Заказ №123", "Упаковочный лист", "Ёлка"]
KANJI_ON = b"\x1cC\x01\x1c&"
KANJI_OFF = b"\x1c.\x1cC\x00"
ESC_T_CP866 = b"\x1bt\x11"  # TM-T20II: CP866 in slot 17


def printed(data: bytes, profile: ProfileInfo, chunk: int = 5) -> DecodedJob:
    decoder = EscPosDecoder(profile)
    for start in range(0, len(data), chunk):
        assert decoder.feed(data[start : start + chunk], PrinterStatus()) == b""
    jobs = decoder.close()
    assert len(jobs) == 1
    return jobs[0]


def test_japanese_slip_on_a_japanese_model_goes_in_kanji_mode() -> None:
    profile = profile_info("TM-T20II")
    job = ReceiptJob(profile, "kanji")
    for line in JAPANESE_SLIP:
        job.text(line)
    data = job.cut().bytes()
    for line in JAPANESE_SLIP[:3]:
        assert KANJI_ON + line.encode("cp932") + KANJI_OFF in data
    assert b"\x1bt\x01" + "ｱｲｳ".encode("cp932") in data  # Katakana page, single bytes
    result = printed(data, profile)
    assert result.text.split("\n") == JAPANESE_SLIP
    assert result.images == []


def test_japanese_slip_on_other_printers_is_drawn_not_sent_as_gb18030() -> None:
    profile = profile_info("TM-T20II")
    job = ReceiptJob(profile)  # auto: the profile is no Japanese model
    for line in JAPANESE_SLIP:
        job.text(line)
    data = job.cut().bytes()
    assert "納品書".encode("gb18030") not in data
    assert KANJI_ON not in data
    result = printed(data, profile)
    assert result.text == "ｱｲｳ"  # the Katakana page has these
    # The three drawn lines arrive back to back: one picture, exactly what was drawn.
    assert len(result.images) == 1
    expected = b"".join(render_text(line, profile.width_dots).data for line in JAPANESE_SLIP[:3])
    assert Bitmap.from_image(result.images[0]).data == expected


def test_style_of_drawn_text_is_in_the_picture() -> None:
    profile = profile_info("TM-T88V")
    data = ReceiptJob(profile).text("納品書", size=(2, 2), align="center", bold=True).bytes()
    drawn = Bitmap.from_image(printed(data, profile).images[0])
    expected = render_text("納品書", profile.width_dots, size=(2, 2), align="center", bold=True)
    assert drawn == expected
    assert drawn.height == 60
    ink = ImageOps.invert(drawn.to_image().convert("L")).getbbox()
    assert ink is not None and ink[0] > 150 and 512 - ink[2] > 150  # centred


def test_russian_slip_selects_the_code_page_before_every_block() -> None:
    profile = profile_info("TM-T20II")
    job = ReceiptJob(profile)
    job.text(RUSSIAN_SLIP[0], bold=True)
    job.text(RUSSIAN_SLIP[1], size=(2, 2), align="center")
    job.init()
    job.text(RUSSIAN_SLIP[2])
    data = job.cut().bytes()
    for line in RUSSIAN_SLIP:
        assert ESC_T_CP866 + line.encode("cp866") in data
    assert data.count(ESC_T_CP866) == 3
    assert printed(data, profile).text.split("\n") == RUSSIAN_SLIP


def test_slot_numbers_follow_the_profile() -> None:
    netum = profile_info("NT-5890K")
    data = ReceiptJob(netum).text("Ёлка").bytes()
    assert b"\x1bt\x3b" + "Ёлка".encode("cp866") in data  # CP866 is slot 59 there
    assert printed(data, netum).text == "Ёлка"


def test_python_escpos_sends_kanji_as_gb18030_without_commands() -> None:
    """The bug worked around here (hardware.md §1, python-escpos #678)."""
    dummy = Dummy()
    dummy.text("納品書\n")
    assert "納品書".encode("gb18030") in dummy.output
    assert b"\x1c&" not in dummy.output and b"\x1cC" not in dummy.output


def test_python_escpos_forgets_the_code_page_after_init() -> None:
    """python-escpos 3.1 sends no new ESC t after ESC @: the printer falls back to slot 0."""
    dummy = Dummy(profile="TM-T20II")
    dummy.text("Заказ\n")
    dummy.hw("INIT")
    dummy.text("Ёлка\n")
    dummy.cut()
    result = printed(dummy.output, profile_info("TM-T20II"))
    first, second = result.text.split("\n")[:2]
    assert first == "Заказ"
    assert second != "Ёлка"  # printed in CP437
    assert any("default code page" in note for note in result.notes)


def test_mixed_scripts_on_a_japanese_model() -> None:
    profile = profile_info("TM-T20II")
    line = "品番 ABC-1 Ёлка ｱｲｳ №5"
    assert printed(ReceiptJob(profile, "kanji").text(line).bytes(), profile).text == line


def test_raster_mode_draws_everything_beyond_ascii() -> None:
    profile = profile_info("TM-T20II")
    assert plan("Ёлка", profile, "raster") is None
    result = printed(ReceiptJob(profile, "raster").text("Ёлка").text("ok").bytes(), profile)
    assert result.text == "ok"
    assert len(result.images) == 1


def test_characters_no_route_carries_are_drawn() -> None:
    profile = profile_info("TM-T20II")
    assert plan("𠮷野家", profile, "kanji") is None  # not in CP932
    assert plan("🙂", profile, "codepage") is None


def test_control_characters_in_shop_data_cannot_inject_commands() -> None:
    profile = profile_info("TM-T20II")
    data = ReceiptJob(profile).text("A\x1dV\x00B").bytes()
    assert b"\x1dV" not in data
    assert printed(data, profile).text == "A V B"


def test_style_commands() -> None:
    assert TextStyle(bold=True, size=(2, 3), align="right").commands() == (
        b"\x1ba\x02" + b"\x1b!\x00" + b"\x1bE\x01" + b"\x1d!\x12"
    )


CYRILLIC = "".join(chr(c) for c in range(0x410, 0x450)) + "ЁёАБВ №"
JAPANESE = "あいうえおカキクケコ納品書注文漢字ＡＢＣ１２３ｱｲｳｴｵ"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=CYRILLIC + JAPANESE + "abc XYZ-09", max_size=30), max_size=4))
def test_any_japanese_and_russian_text_reads_back_on_a_japanese_model(lines: list[str]) -> None:
    profile = profile_info("TM-T20II")
    job = ReceiptJob(profile, "kanji")
    for line in lines:
        job.text(line)
    job.cut()
    decoder = EscPosDecoder(profile)
    decoder.feed(job.bytes(), PrinterStatus())
    (result,) = decoder.take_jobs()
    assert result.text == "\n".join(lines).rstrip("\n")
    assert result.images == []
