from hypothesis import given
from hypothesis import strategies as st

from packstation.devices.scanner.wedge import GS, WedgeDecoder


def burst(decoder: WedgeDecoder, text: str, start: float, gap: float, suffix: str = "\r"):  # type: ignore[no-untyped-def]
    """Feed keys like a scanner; return (decisions, released keys, scans)."""
    released, scans, consumed = [], [], []
    t = start
    for i, ch in enumerate(text + suffix):
        terminator = ch in "\r\t" and i == len(text)
        decision = decoder.feed(ch, "" if terminator else ch, t, terminator=terminator)
        released.extend(decision.release)
        consumed.append(decision.consume)
        if decision.scan:
            scans.append(decision.scan)
        t += gap
    return consumed, released, scans


def test_a_fast_burst_with_enter_is_a_scan_and_nothing_leaks() -> None:
    decoder: WedgeDecoder[str] = WedgeDecoder(50, 4)
    consumed, released, scans = burst(decoder, "4901234567894", 0, 8)
    assert scans == ["4901234567894"]
    assert released == [] and all(consumed)


def test_tab_suffix_works_too() -> None:
    decoder: WedgeDecoder[str] = WedgeDecoder(50, 4)
    _, _, scans = burst(decoder, "ABC-123", 0, 5, suffix="\t")
    assert scans == ["ABC-123"]


def test_slow_typing_is_released_in_order() -> None:
    decoder: WedgeDecoder[str] = WedgeDecoder(50, 4)
    released = []
    t = 0.0
    for ch in "hello":
        decision = decoder.feed(ch, ch, t)
        released.extend(decision.release)
        t += 120
    released.extend(decoder.timeout(t).release)
    assert "".join(released) == "hello"


def test_fast_keys_too_short_for_a_scan_are_released_with_the_enter_passing() -> None:
    decoder: WedgeDecoder[str] = WedgeDecoder(50, 4)
    consumed, released, scans = burst(decoder, "ok", 0, 10)
    assert scans == [] and released == ["o", "k"]
    assert consumed[-1] is False  # the Enter itself goes through to the field


def test_enter_alone_passes() -> None:
    decoder: WedgeDecoder[str] = WedgeDecoder()
    assert decoder.feed("\r", "", 0, terminator=True).consume is False


def test_a_key_that_types_nothing_releases_what_was_held() -> None:
    decoder: WedgeDecoder[str] = WedgeDecoder()
    decoder.feed("a", "a", 0)
    decision = decoder.feed("F2", "", 5)
    assert decision.release == ("a",) and decision.consume is False


def test_gs_is_part_of_the_code() -> None:
    decoder: WedgeDecoder[str] = WedgeDecoder()
    code = "0104607008244045215Nmtc" + GS + "91EE06"
    _, _, scans = burst(decoder, code, 0, 3)
    assert scans == [code]


def test_scanner_without_suffix_ends_on_the_pause() -> None:
    decoder: WedgeDecoder[str] = WedgeDecoder(40, 6, needs_suffix=False)
    for i, ch in enumerate("502763-20171027-00006701"):
        decoder.feed(ch, ch, i * 4.0)
    decision = decoder.timeout(200)
    assert decision.scan == "502763-20171027-00006701"


def test_scan_right_after_typing_is_still_caught() -> None:
    decoder: WedgeDecoder[str] = WedgeDecoder(50, 4)
    first = decoder.feed("x", "x", 0)
    assert first.consume
    consumed, released, scans = burst(decoder, "4901234567894", 500, 6)
    assert released == ["x"] and scans == ["4901234567894"]


@given(st.lists(st.tuples(st.text(max_size=1), st.floats(0, 200), st.booleans()), max_size=60))
def test_typing_comes_out_once_in_order_and_nothing_stays_held(keys) -> None:  # type: ignore[no-untyped-def]
    decoder: WedgeDecoder[int] = WedgeDecoder(50, 4)
    t = 0.0
    released: list[int] = []
    for index, (text, gap, terminator) in enumerate(keys):
        t += gap
        released.extend(decoder.feed(index, text, t, terminator=terminator).release)
    released.extend(decoder.timeout(t + 1000).release)
    assert not decoder.holding
    assert released == sorted(set(released))
