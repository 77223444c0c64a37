from __future__ import annotations

import barcode
import pytest
import zxingcpp
from barcode.writer import ImageWriter
from hypothesis import given
from hypothesis import strategies as st

from packstation.devices.scanner.layout_check import (
    FRENCH,
    GERMAN,
    JAPANESE,
    LAYOUTS,
    TEST_CODE,
    US,
    Diagnosis,
    check_scan,
    typed_through,
)

# What each layout makes of a US-layout scanner typing TEST_CODE, worked out by hand from the
# key caps (xkeyboard-config jp(106), ru(winkeys), de, fr), not from the module's tables.
BY_HAND = {
    Diagnosis.JAPANESE_LAYOUT: 'Qa"Wz@e1[Ym-7.yZ/w+M;q=*A9',
    Diagnosis.RUSSIAN_LAYOUT: 'Йф"Цяху1ъНь-7юнЯ.цЖЬжй_ЭФ9',
    Diagnosis.GERMAN_LAYOUT: 'Qa"Wyüe1+Zmß7.zY-wÖMöq?ÄA9',
    Diagnosis.FRENCH_LAYOUT: "Aq2Zwê&$Y,)è:yW!zM?ma°%Qç",
}


def test_the_test_code_has_the_revealing_characters() -> None:
    assert len(TEST_CODE) <= 30
    assert TEST_CODE.isascii() and TEST_CODE.isprintable()
    assert set('yzqawmYZQAWM@[]-./:;_"') <= set(TEST_CODE)
    assert any(char.isdigit() for char in TEST_CODE)


def test_the_test_code_prints_as_code_128_and_reads_back() -> None:
    image = barcode.get("code128", TEST_CODE, writer=ImageWriter()).render()
    (read,) = zxingcpp.read_barcodes(image)
    assert (read.text, read.symbology_identifier) == (TEST_CODE, "]C0")


def test_the_printed_code_itself_is_ok() -> None:
    verdict = check_scan(TEST_CODE)
    assert verdict.ok and verdict.diagnosis is Diagnosis.OK


def test_an_aim_identifier_in_front_is_ok() -> None:
    assert check_scan("]C0" + TEST_CODE).ok


@pytest.mark.parametrize("diagnosis", list(BY_HAND))
def test_each_layout_is_recognised(diagnosis: Diagnosis) -> None:
    verdict = check_scan(BY_HAND[diagnosis])
    assert verdict.diagnosis is diagnosis
    assert not verdict.ok
    assert verdict.message.text.context == "Scanner check"


def test_the_model_agrees_with_the_hand_work() -> None:
    for layout in LAYOUTS[1:]:
        assert typed_through(layout, TEST_CODE) == BY_HAND[layout.diagnosis]
    assert typed_through(US, TEST_CODE) == TEST_CODE


@pytest.mark.parametrize("diagnosis", list(BY_HAND))
def test_a_layout_is_still_recognised_with_a_character_lost_or_misread(
    diagnosis: Diagnosis,
) -> None:
    text = BY_HAND[diagnosis]
    assert check_scan(text[:5] + text[6:]).diagnosis is diagnosis
    assert check_scan(text[:8] + "#" + text[9:]).diagnosis is diagnosis
    assert check_scan("]C0" + text + "\t").diagnosis is diagnosis


def test_caps_lock() -> None:
    verdict = check_scan(TEST_CODE.swapcase())
    assert verdict.diagnosis is Diagnosis.CAPS_LOCK
    assert "Caps Lock" in str(verdict.message)


def test_caps_lock_on_a_german_layout_names_the_layout_first() -> None:
    assert check_scan(typed_through(GERMAN, TEST_CODE, caps_lock=True)).diagnosis is (
        Diagnosis.GERMAN_LAYOUT
    )


def test_caps_lock_leaves_french_digits_alone() -> None:
    assert typed_through(FRENCH, "a1", caps_lock=True) == "Q&"


def test_dead_keys_compose_or_are_typed_before_the_next_character() -> None:
    assert typed_through(FRENCH, "[e[x[ ") == "ê^x^"
    assert typed_through(GERMAN, "=a=x`=") == "á´x^´"
    assert typed_through(JAPANESE, ")`") == ""


def test_extra_suffix() -> None:
    verdict = check_scan(TEST_CODE + "\t")
    assert verdict.diagnosis is Diagnosis.EXTRA_SUFFIX
    assert '"<Tab>"' in str(verdict.message)


def test_extra_prefix() -> None:
    verdict = check_scan("SCN" + TEST_CODE)
    assert verdict.diagnosis is Diagnosis.EXTRA_PREFIX
    assert '"SCN"' in str(verdict.message)


def test_extra_text_both_sides() -> None:
    verdict = check_scan("<" + TEST_CODE + ">")
    assert verdict.diagnosis is Diagnosis.EXTRA_TEXT


def test_aim_identifier_with_an_extra_suffix_is_only_the_suffix() -> None:
    assert check_scan("]C0" + TEST_CODE + "\r").diagnosis is Diagnosis.EXTRA_SUFFIX


def test_characters_dropped_in_the_middle() -> None:
    verdict = check_scan(TEST_CODE[:10] + TEST_CODE[12:20] + TEST_CODE[21:])
    assert verdict.diagnosis is Diagnosis.CHARACTERS_LOST
    assert "inter-character delay" in str(verdict.message)


def test_first_characters_came_as_typing() -> None:
    verdict = check_scan(TEST_CODE[7:])
    assert verdict.diagnosis is Diagnosis.FIRST_CHARACTERS_LOST
    assert "maximum gap between keys" in str(verdict.message)


def test_japanese_input_method_on() -> None:
    full_width = "".join(chr(ord(char) + 0xFEE0) for char in TEST_CODE)
    assert check_scan(full_width).diagnosis is Diagnosis.INPUT_METHOD
    assert check_scan("Qあ＠Wｚ").diagnosis is Diagnosis.INPUT_METHOD


def test_something_else_is_unknown_and_says_what_arrived() -> None:
    verdict = check_scan("hello world")
    assert verdict.diagnosis is Diagnosis.UNKNOWN
    assert '"hello world"' in str(verdict.message)
    assert check_scan("").diagnosis is Diagnosis.UNKNOWN


@given(st.text(max_size=60))
def test_anything_gets_a_verdict_with_a_message(received: str) -> None:
    verdict = check_scan(received)
    assert verdict.message.text.context == "Scanner check"
    assert str(verdict.message)
