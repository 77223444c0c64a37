"""The pack session: what a scan means for the parcel on the bench.

`PackSession.evaluate()` decides and changes nothing; the application commits the
verdict to the database and only then calls `PackSession.apply()`, so that what the
packer sees is always what is stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from packstation.domain.barcodes import ScannedCode, lookup_key, parse_scan
from packstation.domain.messages import QT_TRANSLATE_NOOP, Message
from packstation.domain.model import UnitCodeKind

MAX_UNIT_CODE_LENGTH = 128


class Outcome(StrEnum):
    COUNTED = "counted"
    NEED_UNIT_CODE = "need_unit_code"
    DOUBLE_READ = "double_read"
    TEACH = "teach"
    WRONG_ITEM = "wrong_item"
    TOO_MANY = "too_many"
    UNKNOWN = "unknown"
    BAD_CHECK_DIGIT = "bad_check_digit"
    UNREADABLE = "unreadable"
    EXPIRED = "expired"
    CODE_USED = "code_used"
    NEED_MARK = "need_mark"
    UNIT_CODE_PENDING = "unit_code_pending"
    CASE_NOT_ALLOWED = "case_not_allowed"
    INVALID_QUANTITY = "invalid_quantity"
    SCAN_FIRST = "scan_first"
    REASON_REQUIRED = "reason_required"
    LINE_DONE = "line_done"


# Outcomes that are neither a count nor a rejection: the bench asks for something.
PROMPTS = frozenset({Outcome.NEED_UNIT_CODE, Outcome.TEACH})
NEUTRAL = frozenset({Outcome.DOUBLE_READ})

COUNTED = QT_TRANSLATE_NOOP("PackSession", "{name}: {scanned} of {ordered}")
COUNTED_CASE = QT_TRANSLATE_NOOP("PackSession", "{name}: case of {pack}, {scanned} of {ordered}")
NEED_SERIAL = QT_TRANSLATE_NOOP("PackSession", "{name}: now scan this unit's serial number")
NEED_LOT = QT_TRANSLATE_NOOP("PackSession", "{name}: now scan this unit's lot number")
DOUBLE_READ = QT_TRANSLATE_NOOP("PackSession", "Same code read twice: counted once")
TEACH = QT_TRANSLATE_NOOP("PackSession", "Unknown code {code}: link it to an item of this order?")
WRONG_ITEM = QT_TRANSLATE_NOOP(
    "PackSession", "WRONG ITEM: {name} ({sku}) is not in this order. Put it back."
)
TOO_MANY = QT_TRANSLATE_NOOP(
    "PackSession",
    "ONE TOO MANY: {name}: the order asks for %n and all %n are already in. Take this one out.",
    None,
    1,
)
CASE_TOO_BIG = QT_TRANSLATE_NOOP(
    "PackSession",
    "TOO MANY: a case of {pack} {name}, but only {open} still open. Open the case and scan single units.",
)
UNKNOWN = QT_TRANSLATE_NOOP(
    "PackSession", "UNKNOWN CODE {code}: not in the catalogue. Set the item aside."
)
BAD_CHECK_DIGIT = QT_TRANSLATE_NOOP(
    "PackSession", "MISREAD: {code} has a wrong check digit. Scan it again."
)
UNREADABLE = QT_TRANSLATE_NOOP(
    "PackSession", "UNREADABLE: {code} is not a valid GS1 code. Scan it again."
)
EXPIRED = QT_TRANSLATE_NOOP("PackSession", "EXPIRED: {name} expired on {expiry}. Do not ship it.")
CODE_USED = QT_TRANSLATE_NOOP(
    "PackSession", "ALREADY USED: {code} was captured before. Scan another unit."
)
NEED_MARK = QT_TRANSLATE_NOOP(
    "PackSession", "{name} needs its Честный ЗНАК mark: scan the DataMatrix code, not the EAN."
)
UNIT_CODE_PENDING = QT_TRANSLATE_NOOP(
    "PackSession", "First scan the {kind} of the {name} you just scanned (Esc cancels)."
)
CASE_NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "PackSession", "{name} needs a code for every unit: open the case and scan each unit."
)
BAD_UNIT_CODE = QT_TRANSLATE_NOOP("PackSession", "That is not a usable {kind}: {code}")
INVALID_QUANTITY = QT_TRANSLATE_NOOP("PackSession", "Enter between 1 and {open} for {name}.")
QUANTITY_NEEDS_SCAN = QT_TRANSLATE_NOOP(
    "PackSession", "Scan one {name} first; then you may enter how many more."
)
QUANTITY_NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "PackSession", "{name} needs a code for every unit: scan each one."
)
REASON_REQUIRED = QT_TRANSLATE_NOOP("PackSession", "A reason is required.")
LINE_DONE = QT_TRANSLATE_NOOP("PackSession", "{name} is already complete.")
VERIFIED = QT_TRANSLATE_NOOP("PackSession", "{name}: verified by supervisor ({reason})")

KIND_LABELS = {
    UnitCodeKind.SERIAL: QT_TRANSLATE_NOOP("PackSession", "serial number"),
    UnitCodeKind.LOT: QT_TRANSLATE_NOOP("PackSession", "lot number"),
    UnitCodeKind.MARK: QT_TRANSLATE_NOOP("PackSession", "Честный ЗНАК mark"),
}


@dataclass(slots=True)
class SessionLine:
    line_id: int
    sku: str
    name: str
    ordered: int
    scanned: int = 0
    unit_code: UnitCodeKind | None = None
    has_barcode: bool = True
    real_scans: int = 0  # units counted by a scan, not by a typed quantity or an override

    @property
    def open(self) -> int:
        return self.ordered - self.scanned


@dataclass(frozen=True, slots=True)
class ProductCode:
    """A barcode of a product in this order."""

    sku: str
    pack_quantity: int = 1


@dataclass(frozen=True, slots=True)
class KnownProduct:
    """A product from the catalogue, for codes that are not in this order."""

    sku: str
    name: str


@dataclass(frozen=True, slots=True)
class Verdict:
    outcome: Outcome
    message: Message
    code: ScannedCode | None = None
    line_id: int | None = None
    quantity: int = 0
    unit_code: str | None = None
    unit_code_kind: UnitCodeKind | None = None
    unit_code_key: str | None = None  # what must be unique; None for lots
    candidates: tuple[int, ...] = ()
    by_scan: bool = True

    @property
    def counted(self) -> bool:
        return self.outcome is Outcome.COUNTED

    @property
    def rejected(self) -> bool:
        return self.outcome not in PROMPTS and self.outcome not in NEUTRAL and not self.counted


CatalogueLookup = Callable[[str], KnownProduct | None]


@dataclass
class PackSession:
    lines: list[SessionLine]
    codes: dict[str, ProductCode]  # lookup key → product, for the products of this order
    catalogue: CatalogueLookup = lambda key: None
    double_read_ms: int = 300
    used_unit_codes: set[str] = field(default_factory=set)
    pending_line: int | None = None
    _last_read: tuple[str, float] | None = None

    def __post_init__(self) -> None:
        self._by_id = {line.line_id: line for line in self.lines}

    # -- state ---------------------------------------------------------------------------
    @property
    def complete(self) -> bool:
        return all(line.open <= 0 for line in self.lines)

    def line(self, line_id: int) -> SessionLine:
        return self._by_id[line_id]

    def lines_for_sku(self, sku: str) -> Iterable[SessionLine]:
        return (line for line in self.lines if line.sku == sku)

    # -- decisions -----------------------------------------------------------------------
    def evaluate(self, raw: str, at_ms: float, today: date) -> Verdict:
        """Decide what a scan means. Nothing changes until `apply()`."""
        code = parse_scan(raw)
        last = self._last_read
        self._last_read = (code.raw, at_ms)
        if last is not None and last[0] == code.raw and at_ms - last[1] < self.double_read_ms:
            return Verdict(Outcome.DOUBLE_READ, DOUBLE_READ(), code)
        if self.pending_line is not None:
            return self._unit_code_for_pending(code)
        if code.unreadable:
            return Verdict(Outcome.UNREADABLE, UNREADABLE(code=code.raw), code)
        if code.bad_check_digit:
            return self._bad_check_digit(code)
        product = self.codes.get(code.key)
        if product is None and code.gtin is None:
            product = self.codes.get(lookup_key(code.data))
        if product is None:
            return self._not_in_order(code)
        return self._in_order(code, product, today)

    def _bad_check_digit(self, code: ScannedCode) -> Verdict:
        # An internal code may look like a GTIN with a wrong check digit: take it as written.
        product = self.codes.get(code.data)
        if product is not None and not code.gs1:
            return self._in_order(code, product, None)
        return Verdict(Outcome.BAD_CHECK_DIGIT, BAD_CHECK_DIGIT(code=code.raw), code)

    def _not_in_order(self, code: ScannedCode) -> Verdict:
        known = self.catalogue(code.key)
        if known is not None:
            return Verdict(Outcome.WRONG_ITEM, WRONG_ITEM(name=known.name, sku=known.sku), code)
        candidates = tuple(
            line.line_id for line in self.lines if not line.has_barcode and line.open > 0
        )
        if candidates and not code.gs1:
            return Verdict(Outcome.TEACH, TEACH(code=code.data), code, candidates=candidates)
        return Verdict(Outcome.UNKNOWN, UNKNOWN(code=code.raw), code)

    def _in_order(self, code: ScannedCode, product: ProductCode, today: date | None) -> Verdict:
        lines = list(self.lines_for_sku(product.sku))
        line = next((candidate for candidate in lines if candidate.open > 0), lines[0])
        name = line.name
        if today is not None and code.expiry is not None and code.expiry < today:
            return Verdict(
                Outcome.EXPIRED,
                EXPIRED(name=name, expiry=code.expiry.isoformat()),
                code,
            )
        if line.open <= 0:
            total = sum(candidate.ordered for candidate in lines)
            return Verdict(
                Outcome.TOO_MANY,
                TOO_MANY(name=name, n=total),
                code,
            )
        pack = product.pack_quantity
        if line.unit_code is not None and pack > 1:
            return Verdict(
                Outcome.CASE_NOT_ALLOWED,
                CASE_NOT_ALLOWED(name=name),
                code,
                line.line_id,
            )
        if pack > line.open:
            return Verdict(
                Outcome.TOO_MANY,
                CASE_TOO_BIG(pack=pack, name=name, open=line.open),
                code,
                line.line_id,
            )
        if line.unit_code is None:
            return self._counted(code, line, pack)
        return self._unit_coded(code, line)

    def _unit_coded(self, code: ScannedCode, line: SessionLine) -> Verdict:
        kind = line.unit_code
        if kind is UnitCodeKind.MARK:
            if code.mark is None:
                return Verdict(Outcome.NEED_MARK, NEED_MARK(name=line.name), code, line.line_id)
            return self._with_unit_code(code, line, kind, code.mark, f"{code.gtin}:{code.serial}")
        value = code.serial if kind is UnitCodeKind.SERIAL else code.lot
        if value is not None:
            return self._with_unit_code(code, line, kind, value, self._unit_key(line, kind, value))
        text = NEED_SERIAL if kind is UnitCodeKind.SERIAL else NEED_LOT
        return Verdict(Outcome.NEED_UNIT_CODE, text(name=line.name), code, line.line_id)

    def _unit_code_for_pending(self, code: ScannedCode) -> Verdict:
        line = self._by_id[self.pending_line]  # type: ignore[index]
        kind = line.unit_code
        assert kind is not None and kind is not UnitCodeKind.MARK
        if code.key in self.codes or lookup_key(code.data) in self.codes:
            return Verdict(
                Outcome.UNIT_CODE_PENDING,
                UNIT_CODE_PENDING(kind=KIND_LABELS[kind](), name=line.name),
                code,
                line.line_id,
            )
        value = (code.serial if kind is UnitCodeKind.SERIAL else code.lot) or code.data
        if not value.isprintable() or len(value) > MAX_UNIT_CODE_LENGTH:
            return Verdict(
                Outcome.UNREADABLE,
                BAD_UNIT_CODE(kind=KIND_LABELS[kind](), code=value),
                code,
                line.line_id,
            )
        return self._with_unit_code(code, line, kind, value, self._unit_key(line, kind, value))

    @staticmethod
    def _unit_key(line: SessionLine, kind: UnitCodeKind, value: str) -> str | None:
        # Serial numbers are unique per product; a lot is shared by many units.
        return f"{line.sku}:{value}" if kind is UnitCodeKind.SERIAL else None

    def _with_unit_code(
        self,
        code: ScannedCode,
        line: SessionLine,
        kind: UnitCodeKind,
        value: str,
        key: str | None,
    ) -> Verdict:
        if key is not None and key in self.used_unit_codes:
            return Verdict(Outcome.CODE_USED, CODE_USED(code=value), code, line.line_id)
        verdict = self._counted(code, line, 1)
        return Verdict(
            verdict.outcome,
            verdict.message,
            code,
            line.line_id,
            1,
            unit_code=value,
            unit_code_kind=kind,
            unit_code_key=key,
        )

    def _counted(self, code: ScannedCode | None, line: SessionLine, quantity: int) -> Verdict:
        scanned = line.scanned + quantity
        if quantity > 1 and code is not None:
            message = COUNTED_CASE(
                name=line.name, pack=quantity, scanned=scanned, ordered=line.ordered
            )
        else:
            message = COUNTED(name=line.name, scanned=scanned, ordered=line.ordered)
        return Verdict(
            Outcome.COUNTED,
            message,
            code,
            line.line_id,
            quantity,
            by_scan=code is not None,
        )

    def used_code(self, verdict: Verdict) -> Verdict:
        """The verdict when the store finds the unit code already used by another order."""
        return Verdict(
            Outcome.CODE_USED,
            CODE_USED(code=verdict.unit_code),
            verdict.code,
            verdict.line_id,
        )

    def add_quantity(self, line_id: int, quantity: int) -> Verdict:
        """The packer scanned one of a bulky multiple and types how many more there are."""
        line = self._by_id[line_id]
        if line.unit_code is not None:
            return Verdict(
                Outcome.INVALID_QUANTITY,
                QUANTITY_NOT_ALLOWED(name=line.name),
                None,
                line_id,
            )
        if line.real_scans <= 0:
            return Verdict(Outcome.SCAN_FIRST, QUANTITY_NEEDS_SCAN(name=line.name), None, line_id)
        if not 1 <= quantity <= line.open:
            return Verdict(
                Outcome.INVALID_QUANTITY,
                INVALID_QUANTITY(open=line.open, name=line.name),
                None,
                line_id,
            )
        return self._counted(None, line, quantity)

    def verify_without_scan(self, line_id: int, reason: str) -> Verdict:
        """A supervisor marks what is open on a line as verified, with a reason."""
        line = self._by_id[line_id]
        if not reason.strip():
            return Verdict(Outcome.REASON_REQUIRED, REASON_REQUIRED(), None, line_id)
        if line.open <= 0:
            return Verdict(Outcome.LINE_DONE, LINE_DONE(name=line.name), None, line_id)
        return Verdict(
            Outcome.COUNTED,
            VERIFIED(name=line.name, reason=reason.strip()),
            None,
            line_id,
            line.open,
            by_scan=False,
        )

    def teach(self, verdict: Verdict, line_id: int) -> Verdict:
        """Link an unknown code to an open line with no barcode on file, and count it."""
        assert verdict.outcome is Outcome.TEACH and verdict.code is not None
        line = self._by_id[line_id]
        self.codes[lookup_key(verdict.code.data)] = ProductCode(line.sku)
        line.has_barcode = True
        return self._in_order(verdict.code, ProductCode(line.sku), None)

    def completes(self, verdict: Verdict) -> bool:
        """Would applying this verdict leave nothing open?"""
        if verdict.outcome is not Outcome.COUNTED:
            return False
        return all(
            line.open - (verdict.quantity if line.line_id == verdict.line_id else 0) <= 0
            for line in self.lines
        )

    # -- after the commit ----------------------------------------------------------------
    def apply(self, verdict: Verdict) -> None:
        """Take a verdict the store has committed into the session's view."""
        if verdict.outcome is Outcome.NEED_UNIT_CODE:
            self.pending_line = verdict.line_id
            return
        if verdict.outcome is not Outcome.COUNTED or verdict.line_id is None:
            return
        line = self._by_id[verdict.line_id]
        line.scanned += verdict.quantity
        if verdict.by_scan and verdict.code is not None:
            line.real_scans += verdict.quantity
        if verdict.unit_code_key is not None:
            self.used_unit_codes.add(verdict.unit_code_key)
        self.pending_line = None

    def cancel_pending(self) -> None:
        self.pending_line = None
