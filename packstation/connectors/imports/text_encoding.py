"""Which text encoding an import file is in, and reading it as text."""

from __future__ import annotations

import codecs
from collections.abc import Callable, Sequence
from pathlib import Path

from packstation.connectors.imports.problems import NOT_ACCEPTED_TEXT, FileFormatError

_SAMPLE_SIZE = 64 * 1024


def detect_encoding(
    sample: bytes,
    *,
    complete: bool,
    legacy: Sequence[str] = ("cp932",),
    fits: Callable[[str], bool] | None = None,
) -> str:
    """BOM → utf-8-sig; strict UTF-8 → utf-8; else one of the `legacy` encodings.

    The legacy encoding is the first in which the sample's first line decodes to a header
    that `fits` (one the caller knows), else `legacy[0]`. `complete` is False when the
    sample is the head of a longer file: a multibyte character cut at its end does not
    count against UTF-8.
    """
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as error:
        cut_at_end = error.end == len(sample) and error.reason == "unexpected end of data"
        if complete or not cut_at_end:
            return _legacy_encoding(sample, legacy, fits)
    return "utf-8"


def _legacy_encoding(
    sample: bytes, legacy: Sequence[str], fits: Callable[[str], bool] | None
) -> str:
    if fits is not None:
        first_line = sample.split(b"\n", 1)[0]
        for encoding in legacy:
            try:
                header = first_line.decode(encoding)
            except UnicodeDecodeError:
                continue
            if fits(header):
                return encoding
    return legacy[0]


def read_sample(path: Path) -> tuple[bytes, bool]:
    """The head of the file, and whether it is the whole file."""
    with open(path, "rb") as file:
        sample = file.read(_SAMPLE_SIZE + 1)
    return sample[:_SAMPLE_SIZE], len(sample) <= _SAMPLE_SIZE


def read_text(path: Path) -> str:
    """The whole file as text (JSON files, column maps), its encoding detected."""
    data = Path(path).read_bytes()
    encoding = detect_encoding(data, complete=True)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise FileFormatError(
            NOT_ACCEPTED_TEXT(file=str(path), encoding=encoding, offset=error.start)
        ) from None
