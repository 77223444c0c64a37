"""The parcel's paper at the bench: once its tracking number is known, the waybill goes to the
label printer and the slip to the slip printer by themselves (each on or off per station);
reprints are on keys and ask first (a waybill's, a supervisor's approval). The parcel is loaded
on the database worker; rendering, sending and the print ledger run on each printer's thread."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox

from packstation.app.device_status import Device
from packstation.app.doc_printing import (
    KIND_NAMES,
    SLIP,
    WAYBILL,
    Document,
    Printout,
    prepare,
    print_document,
)
from packstation.app.packing import BenchResult, Level
from packstation.app.reprints import NEEDS_SUPERVISOR
from packstation.app.services import Services
from packstation.app.workers import Worker
from packstation.devices.printers.jobs import JobState
from packstation.domain.states import OrderState
from packstation.gui import texts
from packstation.domain.messages import Message
from packstation.gui.bench_devices import BenchDevices
from packstation.gui.dialogs import ReasonDialog
from packstation.gui.pack_view import PackView
from packstation.gui.presenter import BenchPresenter
from packstation.i18n import translate_error

_PRINTER = {WAYBILL: Device.LABEL, SLIP: Device.RECEIPT}


class BenchDocuments(QObject):
    def __init__(
        self,
        window: QMainWindow,
        services: Services,
        worker: Worker,
        presenter: BenchPresenter,
        devices: BenchDevices,
        pack_view: PackView,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.worker = worker
        self.devices = devices
        self.pack_view = pack_view
        self.presenter = presenter
        self._asked: set[tuple[int, str]] = set()  # auto-printed in this session
        self._labels_in_flight: set[int] = set()  # marketplace labels queued, not yet printed
        presenter.result.connect(self._on_result)

    def _on_result(self, result: BenchResult) -> None:
        view = result.view
        if view is None or view.state is not OrderState.PACKED or not view.tracking_number:
            return
        shipping = self.services.settings.shipping
        for kind, wanted in ((WAYBILL, shipping.print_waybill), (SLIP, shipping.print_slip)):
            if wanted and (view.shipment_id, kind) not in self._asked:
                self._asked.add((view.shipment_id, kind))
                self._print(view.shipment_id, kind, reprint=False)

    def reprint(self, kind: str, shipment_id: int | None = None) -> None:
        """Print a parcel's document again (the open order's, or the one given), after the
        packer confirms (a waybill: a supervisor approves, with a reason); it is recorded as a
        reprint."""
        view = self.pack_view.view
        if shipment_id is None:
            if view is None:
                self.pack_view.set_banner(Level.BAD, self.tr("Open an order first"))
                return
            shipment_id = view.shipment_id
        label = view.label if view is not None and view.shipment_id == shipment_id else ""
        name = texts.message(KIND_NAMES[kind]())
        if kind in NEEDS_SUPERVISOR:
            self._approve_reprint(shipment_id, kind, name, label or str(shipment_id))
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Reprint"),
            self.tr("Print the {0} of order {1} again? It is recorded as a reprint.").format(
                name, label or shipment_id
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._print(shipment_id, kind, reprint=True)

    def _approve_reprint(self, shipment_id: int, kind: str, name: str, label: str) -> None:
        dialog = ReasonDialog(
            self.tr("Reprint"),
            self.tr(
                "Print the {0} of order {1} again? A supervisor approves it; it is recorded as "
                "a reprint."
            ).format(name, label),
            self.services.asks_approval(),
            self.window,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.reason.text().strip():
            return
        reason, approval = dialog.reason.text(), dialog.approval()

        def approved(refusal: Message | None) -> None:
            if refusal is not None:
                self.pack_view.set_banner(Level.BAD, texts.message(refusal))
            else:
                self._print(shipment_id, kind, reprint=True)

        self.worker.submit(
            lambda: self.services.allow_reprint(shipment_id, kind, reason, approval),
            approved,
            self._failed,
        )

    def print_marketplace_labels(self, shipment_ids: list[int]) -> None:
        """Labels the marketplace made after the parcels left the bench (Ozon FBS), printed
        once each on the label printer; one already on its way is not sent again."""
        for shipment_id in shipment_ids:
            if shipment_id not in self._labels_in_flight:
                self._labels_in_flight.add(shipment_id)
                self._print(shipment_id, WAYBILL, False)

    def _print(self, shipment_id: int, kind: str, reprint: bool) -> None:
        printer = self.devices.hub.printers.get(_PRINTER[kind])
        if printer is None:
            self._labels_in_flight.discard(shipment_id)
            return
        db, settings, station = self.services.db, self.services.settings, self.services.station
        today = date.today()

        def failed(error: BaseException) -> None:
            self._labels_in_flight.discard(shipment_id)
            self._failed(error)

        def send(document: Document | None) -> None:
            if document is None:
                self._labels_in_flight.discard(shipment_id)
                return  # printed before (another session): only a deliberate reprint
            printer.submit(
                lambda service: print_document(service, db, station, document, settings, today),
                self._printed,
                failed,
            )

        self.worker.submit(lambda: prepare(db, settings, shipment_id, kind, reprint), send, failed)

    def _printed(self, printout: Printout) -> None:
        self._labels_in_flight.discard(printout.document.parcel.shipment_id)
        if printout.outcome.state is not JobState.PRINTED:
            reason = printout.outcome.reason
            text = texts.message(reason) if reason is not None else ""
            self.pack_view.set_banner(
                Level.BAD,
                self.tr("Not printed: {0} {1}").format(printout.job.name, text),
            )

    def _failed(self, error: BaseException) -> None:
        self.pack_view.set_banner(Level.BAD, translate_error(error))
