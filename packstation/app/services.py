"""Everything a front end (the GUI, the CLI) needs, opened once from the configuration."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from packstation.app import audit as audit_trail
from packstation.app import rates as rates_store
from packstation.app import settings as settings_store
from packstation.app.catalogue import CatalogueSummary, import_catalogue
from packstation.app.confirmation import RecheckResult, recheck
from packstation.app.context import Station
from packstation.app.documents import Documents
from packstation.app.handover import HandoverService, data_folder
from packstation.app.intake import ImportSummary, Intake
from packstation.app.outbox import OutboxSender, Refused
from packstation.app.packing import PackingService
from packstation.app.queue import QueuePage, load_queue
from packstation.app.reprints import allow_reprint
from packstation.app.settings import Settings
from packstation.app.settings_holder import SettingsHolder
from packstation.app.startup import claim_station, open_database
from packstation.app.users import Access, Approval, Ask, SignIn
from packstation.connectors.imports.progress import Progress
from packstation.domain.audit import EventKind
from packstation.domain.messages import Message
from packstation.domain.outbox import Outgoing
from packstation.domain.states import OrderState
from packstation.domain.tracking import display
from packstation.domain.weights import UnitWeight
from packstation.store import history as history_store
from packstation.store import labels as labels_store
from packstation.store import outbox as outbox_store
from packstation.store import weighing as weighing_store
from packstation.store.database import Database
from packstation.store.station_lock import StationLock

if TYPE_CHECKING:
    from packstation.app.fetching import Fetched
    from packstation.connectors.ozon_seller import OzonKeys
    from packstation.connectors.rakuten_rms import RakutenKeys


@dataclass(frozen=True, slots=True)
class HistoryLine:
    at: datetime
    station: str
    operator: str
    kind: str
    what: str


@dataclass(frozen=True, slots=True)
class PrintedLine:
    at: datetime
    kind: str
    copy: int
    reprint: bool
    state: str
    printer: str


@dataclass(frozen=True, slots=True)
class ParcelHistory:
    events: list[HistoryLine]
    printed: list[PrintedLine]


def _what(row, carrier: str) -> str:  # type: ignore[no-untyped-def]
    """An event in a line: the change of state, the code (a tracking number as the carrier
    prints it), the outcome, the reason."""
    parts = []
    if row.from_state or row.to_state:
        parts.append(f"{row.from_state or ''} → {row.to_state or ''}")
    code = row.code
    right_label = row.kind == EventKind.LABEL and row.outcome == "right"
    if code and (row.kind == EventKind.TRACKING or right_label):
        code = display(carrier, code)
    parts += [part for part in (code, row.outcome, row.reason, row.detail) if part]
    if row.quantity:
        parts.append(f"×{row.quantity}")
    return " · ".join(parts)


def rates_path(settings_path: Path | None) -> Path:
    """The shop's rate table: rates.json beside the settings file."""
    return (settings_path or settings_store.default_path()).with_name("rates.json")


class Services:
    def __init__(
        self,
        db: Database,
        settings: Settings,
        settings_path: Path | None,
        station: Station,
        packing: PackingService,
        station_lock: StationLock | None = None,
        rates_problem: Message | None = None,
    ) -> None:
        self.db = db
        self.settings_path = settings_path
        self.station = station
        self.packing = packing
        self.station_lock = station_lock
        self.rates_problem = rates_problem  # the shop's rate table is damaged: example rates used
        self.holder = SettingsHolder(settings, settings_path)

    @property
    def settings(self) -> Settings:
        """The newest settings, an edit not saved yet included (seeds the next dialog)."""
        return self.holder.settings

    @classmethod
    def open(
        cls,
        db_url: str | None = None,
        settings_path: Path | None = None,
        settings: Settings | None = None,
    ) -> Services:
        """`settings` as the front end loaded them (`startup.load_settings`), else read from
        `settings_path`; CannotStart when the database cannot be opened."""
        if settings is None:
            settings = settings_store.load(settings_path)
        db = open_database(db_url)
        station = Station(settings.station_name, settings.operator)
        packing = PackingService(db, station, settings, Access(db, station.clock))
        problem = None
        try:
            packing.rates = rates_store.load(rates_path(settings_path))
        except rates_store.DamagedRates as damaged:
            problem = damaged.message
        return cls(db, settings, settings_path, station, packing, rates_problem=problem)

    def import_orders(
        self,
        path: Path,
        fmt: str | None = None,
        *,
        column_map: Path | None = None,
        progress: Progress | None = None,
    ) -> ImportSummary:
        return Intake(self.db, self.station, self.settings).run(
            path, fmt, column_map=column_map, progress=progress
        )

    def import_catalogue(self, path: Path, *, progress: Progress | None = None) -> CatalogueSummary:
        return import_catalogue(self.db, path, progress=progress)

    def queue(
        self,
        states: Collection[OrderState],
        marketplace: str | None = None,
        search: str = "",
        *,
        benched: bool = False,
    ) -> QueuePage:
        return load_queue(self.db, states, marketplace, search, benched=benched)

    def recheck(self, shipment_ids: Collection[int] | None = None) -> RecheckResult:
        return recheck(
            self.db,
            self.station,
            shipment_ids,
            backorder_short=self.settings.backorder_short_stock,
        )

    def history(self, shipment_id: int) -> ParcelHistory:
        """What happened to a parcel and what was printed for it, oldest first."""
        with self.db.engine.connect() as connection:
            carrier = history_store.carrier(connection, shipment_id)
            happened = [
                HistoryLine(row.at, row.station, row.operator, row.kind, _what(row, carrier))
                for row in history_store.events(connection, shipment_id)
            ]
            paper = [
                PrintedLine(row.at, row.kind, row.copy, row.reprint, row.state, row.printer)
                for row in history_store.printed(connection, shipment_id)
            ]
        return ParcelHistory(happened, paper)

    def audit(self, filters: audit_trail.AuditFilters) -> audit_trail.AuditPage:
        """The newest events of the audit trail that match `filters`, and how many match."""
        return audit_trail.search(self.db, filters)

    def manifest_pdf(self, carrier: str, day: date) -> tuple[bytes, int]:
        """The day's handover manifest of a carrier as a PDF, and how many parcels it lists."""
        from packstation.documents.manifest import render_manifest

        data = Documents(self.db, self.settings).manifest(carrier, day)
        return render_manifest(data), len(data.parcels)

    def handover(self) -> HandoverService:
        """The end-of-day handovers to the carriers, files kept in the data folder."""
        lookup = self._ozon_posting if self.settings.ozon.enabled else None
        return HandoverService(self.db, self.station, self.settings, data_folder(), lookup)

    def _ozon_posting(self, barcode: str) -> str | None:
        """The posting an Ozon label barcode names (get-by-barcode); None when Ozon does not
        know it or cannot be asked now (the code is then judged as it is)."""
        from packstation.app.credentials import Credentials, NoKeyring
        from packstation.app.market_clients import ozon_client
        from packstation.connectors.api_errors import ApiError

        api = self.settings.ozon
        try:
            keys = Credentials().ozon(api.shop)
            if keys is None:
                return None
            with ozon_client(keys, api, timeout=min(api.timeout_s, 5.0)) as ozon:
                number = ozon.posting_by_barcode(barcode).get("posting_number")
        except (ApiError, NoKeyring):
            return None
        return number if isinstance(number, str) and number else None

    def unit_weights(self) -> list[UnitWeight]:
        """Catalogue and learned unit weights of every SKU weighed alone in a parcel."""
        with self.db.engine.connect() as connection:
            skus = weighing_store.sampled_skus(connection)
            return list(weighing_store.unit_weights(connection, skus).values())

    def outbox_sender(self) -> OutboxSender:
        """What sends the outbox's messages, as the settings are now."""
        from packstation.app import notify, ozon_reports, rakuten_reports
        from packstation.app.ozon_records import OzonRecords

        handlers = {notify.KIND: notify.smtp_sender(self.settings.notify, self._smtp_password)}
        handlers.update(rakuten_reports.senders(self.settings.rakuten, self._rakuten_keys))
        handlers.update(
            ozon_reports.senders(
                self.settings.ozon,
                self._ozon_keys,
                OzonRecords(self.db, self.station, data_folder()),
            )
        )
        return OutboxSender(self.db, handlers, self.station.clock)

    def outbox(self) -> tuple[list[Outgoing], dict[str, int]]:
        """The messages still to go or failed, and how many of each state there are."""
        with self.db.engine.connect() as connection:
            return outbox_store.unsent(connection), outbox_store.counts(connection)

    def labels_to_print(self) -> list[int]:
        """The parcels packed here whose marketplace label came and is not printed yet."""
        with self.db.engine.connect() as connection:
            return labels_store.unprinted(connection, self.station.name)

    def outbox_counts(self) -> dict[str, int]:
        """How many messages of each state there are, for the status bar."""
        with self.db.engine.connect() as connection:
            return outbox_store.counts(connection)

    def retry_outgoing(self, message_id: int) -> bool:
        with self.db.engine.begin() as connection:
            return outbox_store.retry_now(connection, message_id, self.station.now())

    def _smtp_password(self) -> str | None:
        from packstation.app.credentials import Credentials

        notify_settings = self.settings.notify
        with _keyring_refusal():
            return Credentials().smtp_password(notify_settings.smtp_host, notify_settings.username)

    def _rakuten_keys(self, shop: str) -> RakutenKeys | None:
        from packstation.app.credentials import Credentials

        with _keyring_refusal():
            return Credentials().rakuten(shop)

    def _ozon_keys(self, shop: str) -> OzonKeys | None:
        from packstation.app.credentials import Credentials

        with _keyring_refusal():
            return Credentials().ozon(shop)

    def store_keys(self, market: str, shop: str, first: str, second: str) -> None:
        """A shop's two API keys (Rakuten: serviceSecret, licenseKey; Ozon: Client-Id,
        Api-Key) into the OS keyring; NoKeyring when there is none."""
        from packstation.app.credentials import Credentials
        from packstation.connectors.ozon_seller import OzonKeys
        from packstation.connectors.rakuten_rms import RakutenKeys

        if market == "rakuten":
            Credentials().save_rakuten(shop, RakutenKeys(first, second))
        else:
            Credentials().save_ozon(shop, OzonKeys(first, second))

    def fetch(self, market: str) -> Fetched:
        """The orders of a connected shop (`settings.rakuten|ozon`) since FIRST_FETCH ago,
        stored; a marketplace that fails leaves the queue as it was and says why."""
        from packstation.app import ozon_reports, rakuten_reports
        from packstation.app.credentials import Credentials, NoKeyring
        from packstation.app.fetching import FIRST_FETCH, Fetched, marketplace_orders, store_fetched
        from packstation.connectors.api_errors import ApiError

        api = getattr(self.settings, market)
        now = self.station.now()
        credentials = Credentials()
        keys_of = credentials.rakuten if market == "rakuten" else credentials.ozon
        try:
            keys = keys_of(api.shop)
        except NoKeyring as error:
            return Fetched(market, now, problem=error.message)
        if keys is None:
            no_keys = rakuten_reports.NO_KEYS if market == "rakuten" else ozon_reports.NO_KEYS
            return Fetched(market, now, problem=no_keys(shop=api.shop))
        try:
            orders = marketplace_orders(market, keys, api, now - FIRST_FETCH, now)
        except ApiError as error:
            return Fetched(market, now, problem=error.message)
        summary = store_fetched(self.db, self.station, self.settings, market, orders)
        return Fetched(market, now, summary=summary)

    @property
    def access(self) -> Access:
        return self.packing.access

    def asks_approval(self) -> Ask:
        """What a supervisor's action asks for now (the dialogs' PIN fields)."""
        return self.access.ask(bool(self.settings.supervisor_pin_hash))

    def allow_reprint(
        self, shipment_id: int, kind: str, reason: str, approval: Approval
    ) -> Message | None:
        """Whether a document may be printed again (`reprints.allow_reprint`)."""
        return allow_reprint(
            self.db, self.station, self.settings, self.access, shipment_id, kind, reason, approval
        )

    def sign_in_badge(self, code: str) -> SignIn:
        return self._signed(self.access.sign_in_badge(code))

    def sign_in_pin(self, name: str, pin: str) -> SignIn:
        return self._signed(self.access.sign_in_pin(name, pin))

    def sign_out(self) -> None:
        self.access.sign_out()
        self._use_station(self.settings)

    def _signed(self, result: SignIn) -> SignIn:
        self._use_station(self.settings)
        return result

    def change_settings(self, base: Settings, edited: Settings) -> Settings:
        """An edit of the settings `base` (what its dialog was seeded with) made the newest
        settings at once, in memory, which are returned; `save_settings` stores and uses them."""
        return self.holder.change(base, edited)

    def save_settings(self) -> None:
        """Save the newest settings and use them from now on (station and operator included);
        on the worker, between the jobs that use them."""
        self._use(self.holder.save())

    def use_settings(self, settings: Settings) -> None:
        """Use these settings from now on, without saving them (a simulated bench)."""
        self.holder.use(settings)
        self._use(settings)

    def _use(self, settings: Settings) -> None:
        self.packing.settings = settings
        self._use_station(settings)

    def _use_station(self, settings: Settings) -> None:
        """The station's name, and its operator: who is signed in, else the settings' one."""
        user = self.access.signed_in
        operator = settings.operator if user is None else user.name
        self.station = dataclasses.replace(
            self.station, name=settings.station_name, operator=operator
        )
        self.packing.station = self.station

    def claim_station(self) -> None:
        """Hold this station's lock while it runs: CannotStart when it runs elsewhere already."""
        if self.station_lock is None:
            self.station_lock = claim_station(self.db, self.station.name)

    def close(self) -> None:
        if self.station_lock is not None:
            self.station_lock.release()
            self.station_lock = None
        self.db.dispose()


@contextmanager
def _keyring_refusal() -> Iterator[None]:
    """No keyring to read a secret from: the outbox message waits, failed, saying what to do."""
    from packstation.app.credentials import NoKeyring

    try:
        yield
    except NoKeyring as error:
        raise Refused(error.message) from None
