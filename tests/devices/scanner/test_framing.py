from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from packstation.devices.scanner.framing import (
    FRAME_TOO_LONG,
    GS,
    MAX_FRAME,
    PREFIX_MISSING,
    SUFFIX_MISSING,
    ScanDeframer,
    ScanFraming,
    decode_scan,
    visible,
)
from packstation.domain.barcodes import parse_scan


def scans_of(framing: ScanFraming, *chunks: bytes) -> list[str]:
    deframer = ScanDeframer(framing)
    scans = [scan for chunk in chunks for scan in deframer.feed(chunk)]
    return scans + deframer.idle()


@pytest.mark.parametrize("end", [b"\r", b"\n", b"\r\n"])
@pytest.mark.parametrize("configured", ["\r", "\n", "\r\n"])
def test_any_line_ending_ends_a_scan_whichever_is_configured(end: bytes, configured: str) -> None:
    deframer = ScanDeframer(ScanFraming(suffix=configured))
    assert deframer.feed(b"4901234567894" + end + b"ABC-1" + end) == ["4901234567894", "ABC-1"]
    assert not deframer.pending


def test_cr_and_lf_in_separate_chunks_make_no_empty_scan() -> None:
    deframer = ScanDeframer(ScanFraming())
    assert deframer.feed(b"A-100\r") == ["A-100"]
    assert deframer.feed(b"\nB-200\r") == ["B-200"]
    assert deframer.feed(b"\n") == []
    assert deframer.take_notes() == []


def test_a_scan_is_delivered_only_when_its_suffix_arrives() -> None:
    deframer = ScanDeframer(ScanFraming(suffix="\t"))
    assert deframer.feed(b"ABC") == []
    assert deframer.pending
    assert deframer.feed(b"-123\tX") == ["ABC-123"]
    assert deframer.feed(b"Y\t") == ["XY"]


def test_with_a_tab_suffix_a_stray_cr_is_noise() -> None:
    assert scans_of(ScanFraming(suffix="\t"), b"ab\r\tcd\t") == ["ab", "cd"]


def test_stx_etx_framing() -> None:
    framing = ScanFraming(prefix="\x02", suffix="\x03")
    deframer = ScanDeframer(framing)
    assert deframer.feed(b"\x02ABC\x03\x02DE") == ["ABC"]
    assert deframer.feed(b"F\x03") == ["DEF"]
    assert deframer.take_notes() == []


def test_without_suffix_the_pause_ends_the_scan() -> None:
    deframer = ScanDeframer(ScanFraming(suffix=""))
    assert deframer.feed(b"4901234567894") == []
    assert deframer.pending
    assert deframer.idle() == ["4901234567894"]
    assert not deframer.pending
    assert deframer.idle() == []
    assert deframer.take_notes() == []


def test_without_suffix_the_next_prefix_ends_the_scan_before_it() -> None:
    deframer = ScanDeframer(ScanFraming(prefix="S:", suffix=""))
    assert deframer.feed(b"S:111S:222S:3") == ["111", "222"]
    assert deframer.idle() == ["3"]


def test_the_prefix_is_removed() -> None:
    deframer = ScanDeframer(ScanFraming(prefix="#"))
    assert deframer.feed(b"#4901234567894\r") == ["4901234567894"]
    assert deframer.take_notes() == []


def test_a_scan_without_the_prefix_is_delivered_and_noted() -> None:
    deframer = ScanDeframer(ScanFraming(prefix="#"))
    assert deframer.feed(b"4901234567894\r") == ["4901234567894"]
    assert deframer.take_notes() == [PREFIX_MISSING(prefix="#")]
    assert deframer.take_notes() == []


def test_an_open_frame_at_a_pause_is_taken_and_noted_when_a_suffix_is_configured() -> None:
    deframer = ScanDeframer(ScanFraming(suffix="\r"))
    assert deframer.feed(b"ABC-1") == []
    assert deframer.idle() == ["ABC-1"]
    assert deframer.take_notes() == [SUFFIX_MISSING(suffix="<CR>")]


def test_aim_identifier_and_gs_reach_parse_scan() -> None:
    raw = b"]C1010950110153000317251231" + b"10ABC123\x1d2112345\r"
    (scan,) = scans_of(ScanFraming(), raw)
    assert scan == "]C1010950110153000317251231" + "10ABC123" + GS + "2112345"
    code = parse_scan(scan)
    assert code.symbology == "]C1"
    assert (code.gtin, code.lot, code.serial) == ("09501101530003", "ABC123", "12345")


def test_aim_identifier_stripped_when_configured() -> None:
    framing = ScanFraming(strip_aim=True)
    assert scans_of(framing, b"]E04901234567894\r", b"]x\r") == ["4901234567894", "]x"]


def test_gs_substitute_is_mapped_back_to_gs() -> None:
    framing = ScanFraming(gs_substitute="|")
    (scan,) = scans_of(framing, b"]d2010460123456789321abc|91EE06|92xyz\r")
    assert scan == "]d2010460123456789321abc" + GS + "91EE06" + GS + "92xyz"
    assert parse_scan(scan).mark is not None


def test_an_empty_substitute_from_the_settings_file_means_none() -> None:
    assert ScanFraming(gs_substitute="").gs_substitute is None
    assert scans_of(ScanFraming(gs_substitute=""), b"a|b\r") == ["a|b"]


def test_iso_15434_envelope_keeps_rs_gs_eot() -> None:
    raw = b"[)>\x1e01\x1d96123\x1d\x1e\x04\r"
    assert scans_of(ScanFraming(), raw) == ["[)>\x1e01\x1d96123\x1d\x1e\x04"]


def test_text_is_utf8_then_shift_jis_then_latin1() -> None:
    assert scans_of(ScanFraming(), "発送伝票-A1\r".encode()) == ["発送伝票-A1"]
    assert scans_of(ScanFraming(), "発送伝票ｶﾅ\r".encode("cp932")) == ["発送伝票ｶﾅ"]
    assert scans_of(ScanFraming(), "Müller\r".encode("latin-1")) == ["Müller"]
    assert decode_scan(b"\xa0\xfd") == "\xa0ý"  # undefined in Shift_JIS: Latin-1
    assert scans_of(ScanFraming(), "\ufeffQR-1\r".encode()) == ["QR-1"]


def test_a_russian_bench_sets_windows_1251() -> None:
    framing = ScanFraming(fallback_encoding="cp1251")
    assert scans_of(framing, "Заказ-я\r".encode("cp1251")) == ["Заказ-я"]


def test_an_unknown_fallback_encoding_is_refused() -> None:
    with pytest.raises(LookupError):
        ScanFraming(fallback_encoding="klingon")


def test_prefix_and_suffix_must_be_ascii() -> None:
    with pytest.raises(ValueError):
        ScanFraming(prefix="№")


def test_noise_is_no_scan() -> None:
    deframer = ScanDeframer(ScanFraming())
    assert deframer.feed(b"\x00\r\xff\xff\r\x07\x1b\r\x00") == []
    assert deframer.feed(b"\xff49012\x0034567894\r") == ["4901234567894"]
    assert deframer.take_notes() == []


def test_an_overlong_frame_is_dropped_up_to_its_end_with_one_note() -> None:
    framing = ScanFraming()
    deframer = ScanDeframer(framing)
    for _ in range(3):
        assert deframer.feed(b"x" * 2000) == []
    assert deframer.feed(b"tail\rOK-1\r") == ["OK-1"]
    assert deframer.take_notes() == [FRAME_TOO_LONG(limit=MAX_FRAME)]


def test_an_overlong_frame_in_one_chunk_is_dropped_too() -> None:
    deframer = ScanDeframer(ScanFraming())
    assert deframer.feed(b"x" * (MAX_FRAME + 1) + b"\rOK-1\r") == ["OK-1"]
    assert len(deframer.take_notes()) == 1


def test_an_overlong_frame_without_suffix_is_dropped_at_the_pause() -> None:
    deframer = ScanDeframer(ScanFraming(suffix=""))
    assert deframer.feed(b"y" * (MAX_FRAME + 10)) == []
    assert deframer.idle() == []
    assert deframer.feed(b"OK-2") == []
    assert deframer.idle() == ["OK-2"]


def test_a_runaway_frame_without_suffix_ends_at_the_next_prefix() -> None:
    deframer = ScanDeframer(ScanFraming(prefix="\x02", suffix=""))
    assert deframer.feed(b"\x02" + b"z" * (MAX_FRAME + 10)) == []
    assert deframer.feed(b"\x02OK-3\x02OK-4") == ["OK-3"]
    assert deframer.idle() == ["OK-4"]
    assert len(deframer.take_notes()) == 1


def test_visible_names_control_characters() -> None:
    assert visible("A\r\n\t\x1d\x07") == "A<CR><LF><Tab><GS><0x07>"


def split(data: bytes, rng: random.Random) -> list[bytes]:
    if not data:
        return [data]
    cuts = sorted(rng.sample(range(1, len(data)), min(len(data) - 1, rng.randrange(8))))
    return [data[a:b] for a, b in zip([0, *cuts], [*cuts, len(data)], strict=True)]


FRAMINGS = [
    ScanFraming(),
    ScanFraming(suffix="\r\n"),
    ScanFraming(suffix="\n"),
    ScanFraming(suffix="\t"),
    ScanFraming(prefix="\x02", suffix="\x03"),
    ScanFraming(prefix="ID:", suffix="\r", gs_substitute="|"),
    ScanFraming(prefix="\x02", suffix=""),
    ScanFraming(suffix="", gs_substitute="~", fallback_encoding="cp1251"),
]

code_chars = st.characters(
    blacklist_categories=("Cc", "Cf", "Cs", "Co", "Cn"), blacklist_characters="|~"
) | st.just(GS)


@settings(max_examples=300, deadline=None)
@given(
    framing=st.sampled_from(FRAMINGS),
    codes=st.lists(st.text(code_chars, min_size=1, max_size=40), min_size=1, max_size=5),
    seed=st.integers(0, 2**32),
)
def test_framed_codes_cut_anywhere_come_back_identical(
    framing: ScanFraming, codes: list[str], seed: int
) -> None:
    if framing.idle_ends_scan and not framing.prefix:
        codes = codes[:1]  # nothing but the pause separates them
    sub = framing.gs_substitute
    wire = b"".join(
        (framing.prefix + (code.replace(GS, sub) if sub else code) + framing.suffix).encode()
        for code in codes
    )
    deframer = ScanDeframer(framing)
    scans = [scan for chunk in split(wire, random.Random(seed)) for scan in deframer.feed(chunk)]
    assert scans + deframer.idle() == codes
    assert deframer.take_notes() == []


@settings(max_examples=300, deadline=None)
@given(
    framing=st.sampled_from([*FRAMINGS, ScanFraming(strip_aim=True, fallback_encoding="latin-1")]),
    data=st.binary(max_size=600) | st.binary(min_size=MAX_FRAME, max_size=MAX_FRAME + 300),
    seed=st.integers(0, 2**32),
)
def test_random_bytes_never_raise(framing: ScanFraming, data: bytes, seed: int) -> None:
    deframer = ScanDeframer(framing)
    scans = [scan for chunk in split(data, random.Random(seed)) for scan in deframer.feed(chunk)]
    scans += deframer.idle()
    deframer.take_notes()
    assert all(isinstance(scan, str) and scan for scan in scans)
