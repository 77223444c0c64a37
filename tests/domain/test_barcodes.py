from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from packstation.domain.barcodes import (
    GS,
    gtin_check_digit,
    is_valid_gtin,
    lookup_key,
    parse_scan,
    to_gtin14,
)

digits = st.text(alphabet="0123456789", min_size=1, max_size=1)


@pytest.mark.parametrize(
    "code",
    ["4006381333931", "4901234567894", "96385074", "036000291452", "10614141000415"],
)
def test_known_good_gtins(code: str) -> None:
    assert is_valid_gtin(code)


@given(st.text(alphabet="0123456789", min_size=7, max_size=13))
def test_a_computed_check_digit_always_validates(body: str) -> None:
    code = body + str(gtin_check_digit(body))
    if len(code) in (8, 12, 13, 14):
        assert is_valid_gtin(code)
        assert lookup_key(code) == to_gtin14(code)


@given(
    st.text(alphabet="0123456789", min_size=12, max_size=12), st.integers(0, 12), st.integers(1, 9)
)
def test_any_single_digit_error_is_caught(body: str, position: int, change: int) -> None:
    code = body + str(gtin_check_digit(body))
    wrong = code[:position] + str((int(code[position]) + change) % 10) + code[position + 1 :]
    assert not is_valid_gtin(wrong)
    assert parse_scan(wrong).bad_check_digit


def test_the_same_product_whatever_form_is_printed() -> None:
    upc = parse_scan("036000291452")
    ean = parse_scan("0036000291452")
    aim = parse_scan("]E00036000291452")
    assert upc.gtin == ean.gtin == aim.gtin == "00036000291452"
    assert aim.symbology == "]E0"


def test_gs1_128_with_lot_expiry_and_serial() -> None:
    code = parse_scan("]C101095011015300031725123110ABC123" + GS + "2112345")
    assert code.gs1 and code.gtin == "09501101530003"
    assert code.expiry == date(2025, 12, 31)
    assert code.lot == "ABC123" and code.serial == "12345"
    assert code.mark is None


def test_chestny_znak_datamatrix_with_and_without_symbology() -> None:
    body = (
        "0104607008244045"
        + "215NmtcR4uDK6t"
        + GS
        + "91EE06"
        + GS
        + "92vRIHamUU1WHTe7vH7VkR8SVwaZrCz7aw4KxUg0jG9lQ="
    )
    for raw in ("]d2" + body, body, GS + body):
        code = parse_scan(raw)
        assert code.gtin == "04607008244045", raw
        assert code.serial == "5NmtcR4uDK6t"
        assert code.mark is not None and code.mark.startswith("0104607008244045")


def test_human_readable_gs1() -> None:
    code = parse_scan("(01)09501101530003(10)LOT7")
    assert code.gtin == "09501101530003" and code.lot == "LOT7"


def test_gs1_with_a_bad_gtin_or_a_bad_date() -> None:
    assert parse_scan("]C1010950110153000417251231").bad_check_digit
    assert parse_scan("]C1010950110153000317251399").unreadable


def test_internal_codes_are_taken_as_written() -> None:
    code = parse_scan("SKU-ABC-01\r\n")
    assert code.key == "SKU-ABC-01" and not code.gs1 and not code.bad_check_digit


@given(st.text(max_size=80))
def test_parsing_never_raises(text: str) -> None:
    code = parse_scan(text)
    assert isinstance(code.key, str)


@given(st.text(alphabet="0123456789]CdEQe1234" + GS + "()", max_size=60))
def test_parsing_gs1_like_noise_never_raises(text: str) -> None:
    parse_scan(text)
