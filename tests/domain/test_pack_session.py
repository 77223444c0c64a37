from datetime import date

import pytest

from packstation.domain.barcodes import GS, gtin_check_digit, lookup_key
from packstation.domain.model import UnitCodeKind
from packstation.domain.pack_session import (
    KnownProduct,
    Outcome,
    PackSession,
    ProductCode,
    SessionLine,
)

TODAY = date(2026, 11, 23)


def gtin(body: str) -> str:
    return body + str(gtin_check_digit(body))


TEA = gtin("490123456789")
TEA_CASE = gtin("1490123456789")  # GTIN-14 case of 6
CUP = gtin("451234567890")
OTHER = gtin("450000000001")
DEVICE = gtin("490000000002")
PERFUME = "04607008244045"
MARK = "]d201" + PERFUME + "215NmtcR4uDK6t" + GS + "91EE06" + GS + "92vRIHamUU1WHTe7vH7VkR8SVwa"


def make_session(tea: int = 2) -> PackSession:
    lines = [
        SessionLine(1, "TEA", "Green tea", tea),
        SessionLine(2, "CUP", "Tea cup", 1),
        SessionLine(3, "DEV", "Scale", 1, unit_code=UnitCodeKind.SERIAL),
        SessionLine(4, "PERF", "Perfume", 1, unit_code=UnitCodeKind.MARK),
        SessionLine(5, "BOX", "Gift box", 1, has_barcode=False),
    ]
    codes = {
        lookup_key(TEA): ProductCode("TEA"),
        lookup_key(TEA_CASE): ProductCode("TEA", 6),
        lookup_key(CUP): ProductCode("CUP"),
        lookup_key(DEVICE): ProductCode("DEV"),
        PERFUME: ProductCode("PERF"),
        "INT-77": ProductCode("CUP"),
    }
    catalogue = {lookup_key(OTHER): KnownProduct("OTHER", "Teapot")}
    return PackSession(lines, codes, catalogue=catalogue.get)


def scan(session: PackSession, code: str, at: float = 0.0):  # type: ignore[no-untyped-def]
    verdict = session.evaluate(code, at, TODAY)
    session.apply(verdict)
    return verdict


def test_counting_an_item_and_its_message() -> None:
    session = make_session()
    verdict = scan(session, TEA)
    assert verdict.outcome is Outcome.COUNTED and verdict.line_id == 1 and verdict.quantity == 1
    assert verdict.message.render() == "Green tea: 1 of 2"
    assert session.line(1).scanned == 1 and session.line(1).real_scans == 1


def test_evaluate_changes_nothing_until_applied() -> None:
    session = make_session()
    session.evaluate(TEA, 0, TODAY)
    assert session.line(1).scanned == 0


def test_wrong_item_is_stopped_with_its_name() -> None:
    verdict = scan(make_session(), OTHER)
    assert verdict.outcome is Outcome.WRONG_ITEM and verdict.rejected
    assert "Teapot" in verdict.message.render() and "not in this order" in verdict.message.render()


def test_one_too_many_is_stopped() -> None:
    session = make_session()
    scan(session, CUP, 0)
    verdict = scan(session, CUP, 1000)
    assert verdict.outcome is Outcome.TOO_MANY
    assert session.line(2).scanned == 1


def test_unknown_code_and_bad_check_digit() -> None:
    session = make_session()
    session.lines[4].has_barcode = True  # nothing to teach
    assert scan(session, "ZZZ-404").outcome is Outcome.UNKNOWN
    wrong = TEA[:-1] + str((int(TEA[-1]) + 1) % 10)
    verdict = scan(session, wrong, 5000)
    assert verdict.outcome is Outcome.BAD_CHECK_DIGIT and "check digit" in verdict.message.render()


def test_a_double_read_counts_once() -> None:
    session = make_session()
    assert scan(session, TEA, 1000).counted
    assert scan(session, TEA, 1200).outcome is Outcome.DOUBLE_READ
    assert session.line(1).scanned == 1
    assert scan(session, TEA, 1600).counted
    assert session.line(1).scanned == 2


def test_double_read_window_is_configurable() -> None:
    session = make_session()
    session.double_read_ms = 50
    scan(session, TEA, 1000)
    assert scan(session, TEA, 1100).counted


def test_case_code_counts_its_pack_quantity_and_never_more_than_open() -> None:
    session = make_session(tea=8)
    verdict = scan(session, TEA_CASE)
    assert verdict.counted and verdict.quantity == 6 and session.line(1).scanned == 6
    assert "case of 6" in verdict.message.render()
    verdict = scan(session, TEA_CASE, 1000)
    assert verdict.outcome is Outcome.TOO_MANY and "only 2 still open" in verdict.message.render()


def test_aim_prefix_and_upc_forms_find_the_product() -> None:
    session = make_session()
    assert scan(session, "]E0" + TEA).counted


def test_internal_code_that_looks_like_a_bad_gtin_is_taken_as_written() -> None:
    session = make_session()
    session.codes["12345678"] = ProductCode("CUP")  # 8 digits with a wrong check digit
    assert scan(session, "12345678").counted


def test_serial_number_is_asked_after_the_item_then_captured() -> None:
    session = make_session()
    first = scan(session, DEVICE)
    assert first.outcome is Outcome.NEED_UNIT_CODE and "serial" in first.message.render()
    assert session.pending_line == 3 and session.line(3).scanned == 0
    again = scan(session, DEVICE, 1000)
    assert again.outcome is Outcome.UNIT_CODE_PENDING
    serial = scan(session, "SN-0001", 2000)
    assert (
        serial.counted and serial.unit_code == "SN-0001" and serial.unit_code_key == "DEV:SN-0001"
    )
    assert session.pending_line is None and session.line(3).scanned == 1


def test_a_serial_already_used_is_refused() -> None:
    session = make_session()
    session.used_unit_codes.add("DEV:SN-0001")
    scan(session, DEVICE)
    assert scan(session, "SN-0001", 1000).outcome is Outcome.CODE_USED


def test_gs1_code_with_serial_captures_in_one_scan() -> None:
    session = make_session()
    verdict = scan(session, "]C101" + "0" + DEVICE + "21SN-77")
    assert verdict.counted and verdict.unit_code == "SN-77"


def test_cancel_pending_unit_code() -> None:
    session = make_session()
    scan(session, DEVICE)
    session.cancel_pending()
    assert session.pending_line is None


def test_chestny_znak_mark_is_required_and_captured() -> None:
    session = make_session()
    plain = scan(session, PERFUME)
    assert plain.outcome is Outcome.NEED_MARK and "DataMatrix" in plain.message.render()
    marked = scan(session, MARK, 1000)
    assert marked.counted and marked.unit_code_kind is UnitCodeKind.MARK
    assert marked.unit_code_key == f"{PERFUME}:5NmtcR4uDK6t"
    assert scan(session, MARK, 5000).outcome in (Outcome.TOO_MANY, Outcome.CODE_USED)


def test_case_of_a_unit_coded_product_is_refused() -> None:
    session = make_session()
    session.codes["CASE-DEV"] = ProductCode("DEV", 4)
    session.lines[2].ordered = 10
    assert scan(session, "CASE-DEV").outcome is Outcome.CASE_NOT_ALLOWED


def test_expired_goods_are_stopped() -> None:
    session = make_session()
    verdict = scan(session, "]C101" + "0" + TEA + "17251231")
    assert verdict.outcome is Outcome.EXPIRED and "2025-12-31" in verdict.message.render()
    fresh = scan(session, "]C101" + "0" + TEA + "17301231", 5000)
    assert fresh.counted


def test_teaching_an_unknown_code_for_a_line_without_barcode() -> None:
    session = make_session()
    verdict = scan(session, "NEW-BOX-CODE")
    assert verdict.outcome is Outcome.TEACH and verdict.candidates == (5,)
    counted = session.teach(verdict, 5)
    session.apply(counted)
    assert counted.counted and session.line(5).scanned == 1
    assert session.codes["NEW-BOX-CODE"].sku == "BOX"


def test_quantity_entry_needs_one_real_scan_and_stays_within_open() -> None:
    session = make_session(tea=12)
    assert session.add_quantity(1, 5).outcome is Outcome.SCAN_FIRST
    scan(session, TEA)
    assert session.add_quantity(1, 12).outcome is Outcome.INVALID_QUANTITY
    verdict = session.add_quantity(1, 11)
    assert verdict.counted and not verdict.by_scan
    session.apply(verdict)
    assert session.line(1).scanned == 12 and session.line(1).real_scans == 1


def test_quantity_entry_refused_for_unit_coded_lines() -> None:
    assert make_session().add_quantity(3, 1).outcome is Outcome.INVALID_QUANTITY


def test_supervisor_verification_needs_a_reason() -> None:
    session = make_session()
    assert session.verify_without_scan(2, "  ").outcome is Outcome.REASON_REQUIRED
    verdict = session.verify_without_scan(2, "label torn off")
    assert verdict.counted and verdict.quantity == 1 and not verdict.by_scan
    session.apply(verdict)
    assert session.verify_without_scan(2, "again").outcome is Outcome.LINE_DONE


def test_completion() -> None:
    session = make_session(tea=1)
    for line_id in (2, 3, 4, 5):
        session.apply(session.verify_without_scan(line_id, "test"))
    verdict = session.evaluate(TEA, 0, TODAY)
    assert session.completes(verdict)
    session.apply(verdict)
    assert session.complete


@pytest.mark.parametrize("code", ["", "   ", "]", "]C1", GS, "(01)", "\x00\x01"])
def test_garbage_never_counts(code: str) -> None:
    verdict = scan(make_session(), code)
    assert not verdict.counted
