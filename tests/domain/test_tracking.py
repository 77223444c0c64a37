"""Tracking numbers: published samples, formats, and what each check digit catches."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from packstation.domain.tracking import (
    EMPTY,
    WRONG_CHECK_DIGIT,
    WRONG_FORMAT,
    display,
    fedex_check,
    gs1_check,
    normalize,
    russian_post_check,
    s10_check,
    seven_dr_check,
    ups_check,
    validate,
)

DIGITS = "0123456789"
ALNUM = DIGITS + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@pytest.mark.parametrize(
    ("carrier", "number", "normalized"),
    [
        # shipping-jp-js README and nanoappli.com (7DR)
        ("yamato", "444413758703", "444413758703"),
        ("yamato", "4444-1375-8703", "444413758703"),
        ("japanpost", "4055-4842-4886", "405548424886"),
        ("japanpost", "405548424886", "405548424886"),
        ("sagawa", "512547514334", "512547514334"),
        # jkeen/tracking_number_data test numbers
        ("dhl", "3318810025", "3318810025"),
        ("dhl", "73891051146", "73891051146"),
        ("dhl", "8487135506", "8487135506"),
        ("ups", "1Z5R89390357567127", "1Z5R89390357567127"),
        ("ups", "1Z879E930346834440", "1Z879E930346834440"),
        ("ups", "1Z410E7W0392751591", "1Z410E7W0392751591"),
        ("ups", "1z 5r8 939 03 5756 7127", "1Z5R89390357567127"),
        ("russianpost", "RB123456785GB", "RB123456785GB"),
        ("russianpost", " R B 1 2 3 4 5 6 7 8 5 C F ", "RB123456785CF"),
        ("japanpost", "RB123456785US", "RB123456785US"),
        ("cdek", "1234567890", "1234567890"),
        ("fedex", "986578788855", "986578788855"),
        ("fedex", "477179081230", "477179081230"),
        ("fedex", "799531274483", "799531274483"),
        ("fedex", " 7 9 0 5 3 5 3 1 2 3 1 7 ", "790535312317"),
        ("fedex", "974367662710", "974367662710"),
        ("usps", "9400111206206406260787", "9400111206206406260787"),
        ("usps", "9400 1112 0108 0805 4830 16", "9400111201080805483016"),
        ("usps", "9505 5110 6960 5048 6006 24", "9505511069605048600624"),
        ("usps", "9405803699300124287899", "9405803699300124287899"),
        ("usps", "0307 1790 0005 2348 3741", "03071790000523483741"),
        ("usps", "7112 3456 7891 2345 6787", "71123456789123456787"),
        # the label's barcode: "420", the 5- or 9-digit ZIP, then the number
        ("usps", "420 22153 9101026837331000039521", "9101026837331000039521"),
        ("usps", "4201002334249200190132607600833457", "9200190132607600833457"),
    ],
)
def test_published_valid_numbers(carrier: str, number: str, normalized: str) -> None:
    check = validate(carrier, number)
    assert check.ok, check.message
    assert check.normalized == normalized
    assert check.message is None


@pytest.mark.parametrize(
    ("carrier", "number"),
    [
        ("yamato", "444413758704"),
        ("sagawa", "512547514335"),
        ("japanpost", "4055-4842-4880"),
        ("dhl", "3318810010"),  # jkeen invalid samples
        ("dhl", "3318810034"),
        ("dhl", "3318810011"),
        ("ups", "1Z1111111111111111"),
        ("russianpost", "RB123456786US"),
        ("fedex", "996578788855"),  # jkeen invalid samples
        ("usps", "0307 1790 0005 2348 3742"),
        ("usps", "420000009200000000000000000000"),
    ],
)
def test_wrong_check_digits(carrier: str, number: str) -> None:
    check = validate(carrier, number)
    assert not check.ok
    assert check.message is not None and check.message.text == WRONG_CHECK_DIGIT
    assert number.strip() in str(check.message)


@pytest.mark.parametrize(
    ("carrier", "number"),
    [
        ("yamato", "44441375870"),  # 11 digits
        ("sagawa", "5125475143345"),
        ("japanpost", "4055484288"),
        ("russianpost", "1010008500001"),
        ("russianpost", "RB12345678GB"),
        ("cdek", "123456789"),
        ("cdek", "12345678AB"),
        ("dhl", "331881002"),
        ("ups", "2Z5R89390357567127"),  # jkeen invalid samples
        ("ups", "1A5R89390357567127"),
        ("fedex", "98657878885"),  # 11 digits
        ("fedex", "9865787888550"),
        ("fedex", "1Z5R89390357567127"),
        ("usps", "940011120620640626078"),  # 21 digits
        ("usps", "94001112062064062607870"),  # 23
        ("usps", "0307179000052348374"),  # 19
        ("usps", "4209410394001112062064062607870"),  # routing, then 23 digits
    ],
)
def test_wrong_formats_say_what_is_expected(carrier: str, number: str) -> None:
    check = validate(carrier, number)
    assert not check.ok
    assert check.message is not None and check.message.text == WRONG_FORMAT
    text = str(check.message)
    assert number in text and "expected" in text


def test_the_message_names_the_carrier_and_translates_its_parts() -> None:
    check = validate("yamato", "4444-1375-8704")
    assert str(check.message) == (
        "Tracking number 4444-1375-8704 has a wrong check digit for Yamato Transport: "
        "scan it again or type it carefully."
    )
    seen: list[tuple[str, str]] = []

    def translate(context: str, source: str) -> str:
        seen.append((context, source))
        return source

    assert check.message is not None
    check.message.render(translate)
    assert ("Tracking", "Yamato Transport") in seen


def test_nothing_scanned() -> None:
    check = validate("yamato", "  - ")
    assert not check.ok and check.normalized == ""
    assert check.message is not None and check.message.text == EMPTY


def test_a_generic_carrier_takes_the_number_as_written() -> None:
    check = validate("generic", " ab-123 456 ")
    assert check.ok and check.normalized == "ab-123 456"
    assert validate("someone-else", "X1").ok


def test_full_width_and_japanese_hyphens_are_read_as_typed_by_an_ime() -> None:
    assert normalize("４４４４－１３７５ー８７０３") == "444413758703"
    assert validate("yamato", "４４４４－１３７５－８７０３").normalized == "444413758703"


def test_japan_post_registered_mail_is_11_digits_with_7dr_on_the_first_10() -> None:
    body = "1234567890"
    assert validate("japanpost", body + str(seven_dr_check(body))).ok
    assert not validate("japanpost", body + str((seven_dr_check(body) + 1) % 7)).ok


def test_russian_post_domestic_number() -> None:
    # No published ШПИ sample was found; these are built from the algorithm (WorldCount,
    # TrackValidX): Moscow 101000, month code 85, serial 00001.
    assert russian_post_check("1010008500001") == 2
    assert validate("russianpost", "10100085000012").ok
    assert validate("russianpost", "101000 85 00001 2").normalized == "10100085000012"
    assert not validate("russianpost", "10100085000013").ok


def test_s10_check_digit_mapping() -> None:
    assert s10_check("12345678") == 5  # RB123456785GB
    # remainders 0 and 1 map to 5 and 0 (check values 11 and 10)
    assert s10_check("00000000") == 5  # sum 0: 11 → 5
    assert s10_check("02000000") == 0  # sum 12, remainder 1: 10 → 0
    assert s10_check("00000001") == 4  # sum 7: 11 - 7
    assert ups_check("5R8939035756712") == 7


eleven_digits = st.text(alphabet=DIGITS, min_size=11, max_size=11)


@given(eleven_digits)
def test_any_7dr_number_built_from_its_body_validates(body: str) -> None:
    number = body + str(seven_dr_check(body))
    for carrier in ("yamato", "sagawa", "japanpost"):
        assert validate(carrier, number).ok


@given(eleven_digits, st.integers(0, 11), st.integers(1, 9))
def test_7dr_catches_a_single_wrong_digit_unless_it_is_off_by_7(
    body: str, position: int, change: int
) -> None:
    """Not every single-digit error is caught: mod 7 misses a change of ±7 in the body.

    Changing digit k (from the right) of the body by d changes the body by d·10^k; the
    remainder mod 7 stays the same exactly when 7 divides d (10^k is prime to 7), i.e. for
    0↔7, 1↔8, 2↔9. A wrong check digit is always caught.
    """
    number = body + str(seven_dr_check(body))
    old = int(number[position])
    new = (old + change) % 10
    wrong = number[:position] + str(new) + number[position + 1 :]
    caught = not validate("yamato", wrong).ok
    off_by_seven = position < 11 and abs(new - old) == 7
    assert caught != off_by_seven


def test_the_7dr_blind_spot_on_the_published_sample() -> None:
    assert validate("yamato", "444413758703").ok
    assert validate("yamato", "444413058703").ok  # 7 → 0 in the body: not caught


@given(st.text(alphabet=DIGITS, min_size=13, max_size=13), st.integers(0, 13), st.integers(1, 9))
def test_russian_post_catches_every_single_wrong_digit(
    body: str, position: int, change: int
) -> None:
    number = body + str(russian_post_check(body))
    assert validate("russianpost", number).ok
    wrong = number[:position] + str((int(number[position]) + change) % 10) + number[position + 1 :]
    assert not validate("russianpost", wrong).ok


@given(
    st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=2),
    st.text(alphabet=DIGITS, min_size=8, max_size=8),
)
def test_any_s10_number_built_from_its_serial_validates(service: str, serial: str) -> None:
    number = f"{service}{serial}{s10_check(serial)}RU"
    assert validate("russianpost", number).ok
    assert validate("japanpost", number).ok


@given(st.text(alphabet=ALNUM, min_size=15, max_size=15))
def test_any_ups_number_built_from_its_body_validates(body: str) -> None:
    assert validate("ups", f"1Z{body}{ups_check(body)}").ok


@given(st.text(alphabet=DIGITS, min_size=9, max_size=10))
def test_any_dhl_number_built_from_its_body_validates(body: str) -> None:
    assert validate("dhl", body + str(seven_dr_check(body))).ok


def test_fedex_and_usps_check_digits_of_the_published_samples() -> None:
    assert fedex_check("98657878885") == 5
    assert gs1_check("940011120620640626078") == 7


@given(eleven_digits, st.integers(0, 11), st.integers(1, 9))
def test_fedex_catches_a_single_wrong_digit_unless_the_remainder_moves_between_0_and_10(
    body: str, position: int, change: int
) -> None:
    """Weights 3, 1, 7 and a change of 1..9 are all prime to 11, so a wrong digit always
    changes the sum mod 11; but remainders 0 and 10 both give check digit 0. A wrong check
    digit is always caught."""
    number = body + str(fedex_check(body))
    assert validate("fedex", number).ok
    wrong = number[:position] + str((int(number[position]) + change) % 10) + number[position + 1 :]
    remainders = {_fedex_remainder(number[:11]), _fedex_remainder(wrong[:11])}
    caught = not validate("fedex", wrong).ok
    assert caught != (position < 11 and remainders == {0, 10})


def _fedex_remainder(body: str) -> int:
    return sum(int(digit) * (3, 1, 7)[index % 3] for index, digit in enumerate(body)) % 11


def test_the_fedex_blind_spot() -> None:
    # 7 in the 2nd place (weight 1) and 1 in the 4th (weight 3): sum 10, check digit 10 mod 10
    assert validate("fedex", "070100000000").ok
    # the 7 read as 8: sum 11, remainder 0, the same check digit 0
    assert validate("fedex", "080100000000").ok
    assert not validate("fedex", "060100000000").ok  # sum 9


@given(
    st.sampled_from((19, 21)).flatmap(lambda size: st.text(DIGITS, min_size=size, max_size=size)),
    st.integers(0, 21),
    st.integers(1, 9),
)
def test_usps_catches_every_single_wrong_digit(body: str, position: int, change: int) -> None:
    number = body + str(gs1_check(body))
    assert validate("usps", number).ok
    position %= len(number)
    wrong = number[:position] + str((int(number[position]) + change) % 10) + number[position + 1 :]
    assert not validate("usps", wrong).ok


@given(
    st.text(DIGITS, min_size=21, max_size=21),
    st.sampled_from((5, 9)).flatmap(lambda size: st.text(DIGITS, min_size=size, max_size=size)),
)
def test_a_usps_label_barcode_is_stored_as_the_number_under_it(body: str, zip_code: str) -> None:
    number = body + str(gs1_check(body))
    check = validate("usps", f"420{zip_code}{number}")
    assert check.ok and check.normalized == number
    assert display("usps", f"420{zip_code}{number}") == display("usps", number)


def test_an_nw7_read_keeps_only_the_number_between_start_and_stop() -> None:
    assert normalize("a444413758703a") == "444413758703"
    assert normalize("RA123456785RU") == "RA123456785RU"  # S10 letters are not NW-7 guards


@pytest.mark.parametrize(
    ("carrier", "number", "shown"),
    [
        ("yamato", "444413758703", "4444-1375-8703"),
        ("sagawa", "5125 4751 4334", "5125-4751-4334"),
        ("japanpost", "405548424886", "4055-4842-4886"),
        ("japanpost", "12345678903", "1234-5678-903"),  # 書留
        ("japanpost", "EA123456785JP", "EA 123456785 JP"),
        ("russianpost", "10100085000012", "101000 85 00001 2"),
        ("russianpost", "ra123456785ru", "RA 123456785 RU"),
        ("cdek", "1234567890", "1234 567 890"),
        ("dhl", "3318810025", "33 1881 0025"),
        ("ups", "1Z5R89390357567127", "1Z 5R8 939 03 5756 7127"),
        ("fedex", "986578788855", "9865 7878 8855"),
        ("usps", "9400111206206406260787", "9400 1112 0620 6406 2607 87"),
        ("usps", "420 94103 9400111206206406260787", "9400 1112 0620 6406 2607 87"),
        ("usps", "03071790000523483741", "0307 1790 0005 2348 3741"),
        ("generic", "AB-123456", "AB-123456"),
        ("yamato", "4444-1375-8704", "4444-1375-8704"),  # not valid: as written
    ],
)
def test_a_number_is_shown_grouped_as_the_carrier_prints_it(
    carrier: str, number: str, shown: str
) -> None:
    assert display(carrier, number) == shown
