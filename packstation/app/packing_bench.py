"""The order open at one station's bench, shared by the services of its stages (opening,
counting, wrap and weight, label, holds): what each reads and changes, and what they all say.

Every verdict is committed before it is returned, so what the packer sees is what is stored.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum

from packstation.app import dispatch
from packstation.app.context import Station
from packstation.app.settings import Settings
from packstation.app.users import Access, Approval, UserView, approval_event, approved_by
from packstation.domain.audit import Approved, EventKind
from packstation.domain.bench import LineView, ShipmentView
from packstation.domain.bench_stage import BenchRules, Stage, stage_of
from packstation.domain.messages import QT_TRANSLATE_NOOP, Message
from packstation.domain.pack_session import Outcome, PackSession, Verdict
from packstation.domain.rates import DEFAULT_RATES, RateTable
from packstation.domain.states import OrderState
from packstation.domain.weights import WeightCheck
from packstation.store import weighing as weighing_store
from packstation.store.database import Database
from packstation.store.events import event_row

NOT_PACKABLE = QT_TRANSLATE_NOOP("Bench", "Order {number} is {state}: it cannot be packed")
COUNT_CHANGED = QT_TRANSLATE_NOOP(
    "Bench",
    "The counts of this order changed at another station: reloaded. Check the parcel.",
)
NOTHING_OPEN = QT_TRANSLATE_NOOP("Bench", "No order is open")
WEIGH_FIRST = QT_TRANSLATE_NOOP(
    "Bench",
    "Order {number} is not weighed yet: put its parcel on the scale first, or hold it (F9).",
)
WRAP_FIRST = QT_TRANSLATE_NOOP(
    "Bench",
    "Order {number} asks for gift wrap or noshi: confirm it first (F3, or scan the order number).",
)
NOTHING_TO_WEIGH = QT_TRANSLATE_NOOP(
    "Bench", "No packed order to weigh: finish scanning the items first."
)
PACKED_SHORT = QT_TRANSLATE_NOOP("Bench", "PACKED: order {number} is complete")


class Level(StrEnum):
    GOOD = "good"  # counted: green, good sound
    DONE = "done"  # the order is complete
    BAD = "bad"  # stopped: red, bad sound
    PROMPT = "prompt"  # the bench needs something from the packer: amber
    INFO = "info"


@dataclass(frozen=True, slots=True)
class BenchResult:
    level: Level
    message: Message
    view: ShipmentView | None = None
    outcome: Outcome | None = None
    line_id: int | None = None
    candidates: tuple[LineView, ...] = ()  # for teaching a barcode
    takeover: int | None = None  # a shipment the packer may take over from another station
    code: str = ""  # what was scanned
    stage: Stage = Stage.IDLE  # where the bench is after this result (PackingService sets it)


class Bench:
    """One station's open order. Used from one thread (the GUI's database worker, or the CLI)."""

    def __init__(self, db: Database, station: Station, settings: Settings, access: Access) -> None:
        self.db = db
        self.station = station
        self.settings = settings
        self.access = access
        self.rates: RateTable = DEFAULT_RATES  # the shop's, once Services has read them
        self.view: ShipmentView | None = None
        self.session: PackSession | None = None  # while its items are counted
        self.teaching: Verdict | None = None  # an unknown code the packer may link to a line
        self.failed_weight: WeightCheck | None = None  # until a supervisor accepts it
        self._boxes: dict[str, weighing_store.Box] | None = None

    def rules(self) -> BenchRules:
        shipping = self.settings.label_printer.enabled and self.settings.shipping.print_waybill
        scale = self.settings.scale
        return BenchRules(self.station.name, scale.enabled and scale.require_weight, shipping)

    @property
    def stage(self) -> Stage:
        return stage_of(self.view, self.rules(), self.failed_weight is not None)

    def stage_if_packed(self, view: ShipmentView) -> Stage:
        """Where `view` would be the moment its last unit is counted."""
        return stage_of(dataclasses.replace(view, state=OrderState.PACKED), self.rules())

    def reset(self) -> None:
        self.view = None
        self.session = None
        self.teaching = None
        self.failed_weight = None
        self._boxes = None  # boxes added to the catalogue count from the next order on

    def finish_first(self) -> BenchResult | None:
        """The parcel on the bench is packed but not done: what it waits for, as a refusal
        of anything that would leave it (another order, putting it down)."""
        view, stage = self.view, self.stage
        if view is None or not stage.unfinished:
            return None
        message = {
            Stage.WRAPPING: WRAP_FIRST,
            Stage.WEIGHING: WEIGH_FIRST,
            Stage.LABELLING: dispatch.CONFIRM_LABEL_FIRST,
        }[stage](number=view.label)
        return BenchResult(Level.BAD, message, view)

    def require_session(self) -> PackSession:
        if self.session is None:
            raise RuntimeError("no order is open for packing")
        return self.session

    def boxes(self) -> dict[str, weighing_store.Box]:
        """The catalogue's boxes by their codes, read once per order."""
        if self._boxes is None:
            with self.db.engine.connect() as connection:
                self._boxes = weighing_store.boxes_by_code(connection)
        return self._boxes

    def approver(self, approval: Approval) -> BenchResult | UserView | None:
        """Who approves a supervisor's action (`approved_by`); the refusal when nobody may."""
        who = approved_by(self.access, self.settings, approval)
        return BenchResult(Level.BAD, who, self.view) if isinstance(who, Message) else who

    def approval(
        self, who: UserView | None, action: Approved, view: ShipmentView, reason: str = ""
    ) -> list[dict]:
        """The event naming who approved, written with the action's own (none before there
        are users: nobody is named then)."""
        if who is None:
            return []
        return [approval_event(self.station, who, action, view.order_id, view.shipment_id, reason)]

    def event(self, kind: EventKind, view: ShipmentView, **values: object) -> dict:
        return event_row(
            self.station.now(),
            self.station.name,
            self.station.operator,
            kind,
            order_id=view.order_id,
            shipment_id=view.shipment_id,
            **values,  # type: ignore[arg-type]
        )

    def transition(
        self,
        view: ShipmentView,
        source: OrderState,
        target: OrderState,
        reason: str = "",
    ) -> dict:
        return self.event(
            EventKind.TRANSITION,
            view,
            from_state=source.value,
            to_state=target.value,
            reason=reason,
        )
