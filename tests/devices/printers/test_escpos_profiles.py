"""Printer profiles from python-escpos's capability database."""

from __future__ import annotations

import pytest

from packstation.devices.printers.escpos_profiles import (
    UnknownProfileError,
    profile_info,
    profile_names,
    resolve_text_mode,
)


def test_names_for_the_settings_dropdown_start_with_default() -> None:
    names = profile_names()
    assert names[0] == "default"
    assert {"TM-T20II", "TM-T88V", "NT-5890K"} <= set(names)
    assert len(names) == len(set(names))


def test_width_dpi_and_slots_come_from_the_profile() -> None:
    tm_t20 = profile_info("TM-T20II")
    assert (tm_t20.width_dots, tm_t20.dpi) == (576, 203)
    assert tm_t20.code_pages["CP866"] == 17
    assert tm_t20.code_pages["CP1251"] == 46
    assert tm_t20.encodings[17] == "cp866"
    assert tm_t20.supports("qrCode") and tm_t20.supports("barcodeB")
    # The same page in two slots: the higher one, as python-escpos chooses (hardware.md §1).
    assert profile_info("NT-5890K").code_pages["CP866"] == 59
    assert profile_info("TM-T88V").width_dots == 512


def test_default_profile_falls_back_to_the_configured_paper() -> None:
    default = profile_info("default", fallback_width=832, fallback_dpi=203)
    assert (default.width_dots, default.dpi) == (832, 203)
    assert "Unknown" not in default.code_pages


def test_no_bundled_profile_is_a_japanese_model() -> None:
    assert not [name for name in profile_names() if profile_info(name).japanese_model]


def test_text_mode_setting_overrides_the_profile() -> None:
    tm_t20 = profile_info("TM-T20II")
    assert resolve_text_mode(tm_t20, "auto") == "codepage"
    assert resolve_text_mode(tm_t20, "kanji") == "kanji"
    assert resolve_text_mode(tm_t20, "raster") == "raster"
    with pytest.raises(ValueError):
        resolve_text_mode(tm_t20, "gb18030")


def test_unknown_profile_is_a_message_for_the_shop_owner() -> None:
    with pytest.raises(UnknownProfileError) as raised:
        profile_info("TM-NOPE")
    assert raised.value.message.text.context == "Receipt printer"
    assert "TM-NOPE" in raised.value.message.render()
