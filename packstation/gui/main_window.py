"""The main window: the queue on the left, the pack view on the right, a shortcut for everything."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QSplitter,
)

from packstation import __version__
from packstation.app.device_status import Device
from packstation.app.doc_printing import SLIP, WAYBILL
from packstation.app.packing import BenchResult, Level
from packstation.app.queue import QueuePage, cut_off, order_count
from packstation.app.services import Services
from packstation.app.users import Ask
from packstation.app.workers import Worker
from packstation.documents.model import CARRIERS
from packstation.domain.bench_stage import Stage
from packstation.domain.counts import ORDERS, PARCELS
from packstation.domain.pack_session import Outcome
from packstation.gui import texts
from packstation.gui.audit_dialog import AuditDialog
from packstation.gui.bench_devices import BenchDevices
from packstation.gui.bench_documents import BenchDocuments
from packstation.gui.dialogs import (
    CarrierDialog,
    QuantityDialog,
    ReasonDialog,
    SupervisorDialog,
    TeachDialog,
)
from packstation.gui.fetch_runner import FetchRunner
from packstation.gui.handover_dialog import HandoverDialog
from packstation.gui.history_dialog import HistoryDialog
from packstation.gui.marketplaces_dialog import MarketplacesDialog
from packstation.gui.outbox_dialog import OutboxDialog
from packstation.gui.outbox_runner import OutboxRunner
from packstation.gui.pack_view import PackView
from packstation.gui.presenter import BenchPresenter
from packstation.gui.queue_model import QueueModel
from packstation.gui.queue_panel import QueuePanel
from packstation.gui.queue_watch import QueueWatch
from packstation.gui.scanner_filter import ScannerFilter
from packstation.gui.settings_dialog import SettingsDialog
from packstation.gui.shop_dialog import ShopDialog
from packstation.gui.sounds import Sounds
from packstation.gui.station_lock import StationLock
from packstation.i18n import translate, translate_error

MAX_ERRORS_SHOWN = 20
# Fixed minimums, so that neither pane's content (a long title, many chips) moves the divider.
QUEUE_MIN_WIDTH = 320
PACK_VIEW_MIN_WIDTH = 480


class _Progress(QObject):
    """Carries an import's progress from the worker thread to the GUI thread."""

    changed = Signal(int, int)


QUEUE_SETTLE_MS = 150  # the queue loads once the scans asking for it have settled


class MainWindow(QMainWindow):
    queue_loaded = Signal()  # a load of the queue is in its model

    def __init__(self, services: Services, worker: Worker, scanner: ScannerFilter) -> None:
        super().__init__()
        self.services = services
        self.worker = worker
        self.scanner = scanner
        settings = services.settings
        self.setWindowTitle(
            self.tr("packstation — {0} — {1}").format(settings.station_name, settings.operator)
        )
        self.sounds = Sounds(settings.sounds, self)
        self.presenter = BenchPresenter(worker, services.packing, self)
        self.queue_model = QueueModel(timedelta(hours=settings.due_soon_hours))
        self.queue_panel = QueuePanel(self.queue_model)
        self.pack_view = PackView()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.queue_panel)
        splitter.addWidget(self.pack_view)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        self.queue_panel.setMinimumWidth(QUEUE_MIN_WIDTH)
        self.pack_view.setMinimumWidth(PACK_VIEW_MIN_WIDTH)
        self.setCentralWidget(splitter)
        self.status = QLabel()
        self.devices = BenchDevices(self, services, worker, self.presenter, self.pack_view)
        self.documents = BenchDocuments(
            self, services, worker, self.presenter, self.devices, self.pack_view
        )
        self.statusBar().addWidget(self.status, 1)
        self.outbox = OutboxRunner(services, self)
        self.statusBar().addPermanentWidget(self.outbox.status)
        self.outbox.labels_ready.connect(self.documents.print_marketplace_labels)
        self.fetcher = FetchRunner(services, self)
        self.fetcher.fetched.connect(lambda _: self.refresh_queue())
        self.queue_watch = QueueWatch(services, self)
        self.queue_watch.changed.connect(self.refresh_queue)
        self.statusBar().addPermanentWidget(self.fetcher.status)
        self.statusBar().addPermanentWidget(self.devices.bar)
        self.lock = StationLock(self, services, worker)
        self.statusBar().addPermanentWidget(self.lock.status)
        self.statusBar().addPermanentWidget(QLabel(f"packstation {__version__}"))
        self._build_actions()

        self._queue_timer = QTimer(self)
        self._queue_timer.setSingleShot(True)
        self._queue_timer.setInterval(QUEUE_SETTLE_MS)
        self._queue_timer.timeout.connect(self._load_queue)
        self._queue_loading = self._queue_again = False
        scanner.scanned.connect(self.on_scan)
        self.presenter.result.connect(self.on_result)
        self.presenter.queue_stale.connect(self.refresh_queue)
        self.presenter.failed.connect(self.on_failure)
        self.worker.failed.connect(lambda error: self.on_failure(translate_error(error)))
        self.queue_panel.filters_changed.connect(self.refresh_queue)
        self.queue_panel.open_requested.connect(self.presenter.open_shipment)
        self.queue_panel.search_submitted.connect(self._search_submitted)
        self._clock = QTimer(self)
        self._clock.setInterval(30_000)
        self._clock.timeout.connect(self.queue_model.tick)
        self._clock.start()
        self.devices.start(self.on_scan)
        self.refresh_queue()
        self.presenter.resume()
        self.lock.start()

    # -- actions and shortcuts --------------------------------------------------------------------
    def _build_actions(self) -> None:
        def action(menu, text: str, shortcut: QKeySequence | str, slot, name: str) -> QAction:  # type: ignore[no-untyped-def]
            item = QAction(text, self)
            item.setObjectName(name)
            item.setShortcut(QKeySequence(shortcut))
            item.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            item.triggered.connect(slot)
            menu.addAction(item)
            self.addAction(item)
            return item

        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        action(
            file_menu,
            self.tr("Import orders…"),
            "Ctrl+I",
            self.import_orders,
            "importOrders",
        )
        action(
            file_menu,
            self.tr("Import catalogue…"),
            "Ctrl+Shift+I",
            self.import_catalogue,
            "importCatalogue",
        )
        admin = self.lock.admin_only
        action(file_menu, self.tr("Settings…"), "Ctrl+,", admin(self.edit_settings), "settings")
        action(
            file_menu, self.tr("Devices…"), "Ctrl+Shift+,", admin(self.devices.edit), "devices"
        )
        action(
            file_menu, self.tr("Shop and documents…"), "Ctrl+Alt+,", admin(self.edit_shop), "shop"
        )
        action(
            file_menu,
            self.tr("Marketplace connections…"),
            "",
            admin(self.edit_marketplaces),
            "marketplaces",
        )
        action(file_menu, self.tr("Sign out"), "Ctrl+L", self.lock.sign_out, "signOut")
        action(
            file_menu,
            self.tr("Quit"),
            QKeySequence.StandardKey.Quit,
            self.close,
            "quit",
        )
        orders = bar.addMenu(self.tr("&Orders"))
        action(orders, self.tr("Next order by deadline"), "Ctrl+N", self.presenter.open_next, "next")
        action(orders, self.tr("Refresh queue"), "F5", self.refresh_queue, "refresh")
        action(
            orders,
            self.tr("Open selected order"),
            "Ctrl+O",
            self._open_selected,
            "openSelected",
        )
        action(
            orders,
            self.tr("Check held orders again"),
            "Ctrl+R",
            self.recheck,
            "recheck",
        )
        action(orders, self.tr("Order history…"), "Ctrl+H", self.show_history, "history")
        action(orders, self.tr("Audit trail…"), "", self.show_audit, "audit")
        action(orders, self.tr("Outbox…"), "", self.show_outbox, "outbox")
        action(orders, self.tr("Handover…"), "", self.show_handover, "handover")
        action(orders, self.tr("Handover manifest…"), "Ctrl+M", self.save_manifest, "manifest")
        action(orders, self.tr("Put order on hold…"), "F9", self.hold, "hold")
        action(orders, self.tr("Release hold…"), "Shift+F9", self.release, "release")
        action(orders, self.tr("Release a left station's order…"), "", self.release_claim, "releaseClaim")
        pack = bar.addMenu(self.tr("&Pack"))
        action(pack, self.tr("Enter quantity…"), "F2", self.enter_quantity, "quantity")
        action(
            pack,
            self.tr("Verify without scan (supervisor)…"),
            "F4",
            self.verify_line,
            "verify",
        )
        action(
            pack,
            self.tr("Cancel serial or lot capture"),
            "Esc",
            self.presenter.cancel_pending,
            "cancelPending",
        )
        action(pack, self.tr("Put order down"), "Ctrl+W", self.put_down, "putDown")
        action(pack, self.tr("Undo last scan"), "Ctrl+Z", self.presenter.undo, "undoScan")
        action(
            pack,
            self.tr("Gift wrap and noshi done"),
            "F3",
            self.presenter.confirm_wrap,
            "confirmWrap",
        )
        action(pack, self.tr("Close this parcel"), "F11", self.presenter.close_parcel, "closeParcel")
        action(
            pack,
            self.tr("Ship what is here (backorder the rest)"),
            "Shift+F11",
            self.presenter.ship_what_is_here,
            "shipWhatIsHere",
        )
        devices = bar.addMenu(self.tr("&Devices"))
        action(devices, self.tr("Self-test…"), "Ctrl+T", self.devices.selftest, "selftest")
        action(
            devices,
            self.tr("Print test page"),
            "Ctrl+Shift+P",
            lambda: self.devices.print_test(Device.RECEIPT),
            "testPage",
        )
        action(
            devices,
            self.tr("Print test label"),
            "Ctrl+Shift+L",
            lambda: self.devices.print_test(Device.LABEL),
            "testLabel",
        )
        action(devices, self.tr("Zero the scale"), "Ctrl+0", self.devices.zero_scale, "zeroScale")
        pack.addSeparator()
        action(pack, self.tr("Take weight"), "F6", self.devices.take_weight, "takeWeight")
        action(pack, self.tr("Enter weight…"), "Shift+F6", self.devices.enter_weight, "enterWeight")
        action(
            pack,
            self.tr("Accept weight (supervisor)…"),
            "F7",
            self.devices.accept_weight,
            "acceptWeight",
        )
        action(pack, self.tr("Enter tracking number…"), "F8", self.enter_tracking, "tracking")
        action(pack, self.tr("Choose carrier…"), "Shift+F8", self.choose_carrier, "carrier")
        action(
            pack,
            self.tr("Reprint waybill (supervisor)…"),
            "Ctrl+Shift+W",
            lambda: self.documents.reprint(WAYBILL),
            "reprintWaybill",
        )
        action(
            pack,
            self.tr("Reprint packing slip…"),
            "Ctrl+Shift+S",
            lambda: self.documents.reprint(SLIP),
            "reprintSlip",
        )

    # -- scans -------------------------------------------------------------------------------------
    def on_scan(self, code: str, at_ms: float) -> None:
        self.lock.touch()
        modal = QApplication.activeModalWidget()
        if hasattr(modal, "accept_scan"):
            modal.accept_scan(code)  # a dialog that waits for a test scan
            return
        if modal is not None:
            self.sounds.play(Level.BAD)
            self.status.setText(self.tr("A dialog is open: finish it, then scan again"))
            return
        packing = self.presenter.stage is Stage.COUNTING
        if QApplication.focusWidget() is self.queue_panel.search and not packing:
            # Nothing is being packed: a scan into the search field looks the order up.
            self.queue_panel.search.setText(code)
        self.presenter.scan(code, at_ms)

    def on_result(self, result: BenchResult) -> None:
        self.pack_view.show_result(result)
        self.sounds.play(result.level)
        if result.view is not None:
            self.queue_panel.select(result.view.shipment_id)
        self.devices.after_result(result)
        if result.takeover is not None:
            self._offer_takeover(result)
        elif result.outcome is Outcome.TEACH and result.candidates:
            self._teach(result)

    def on_failure(self, text: str) -> None:
        self.sounds.play(Level.BAD)
        self.pack_view.set_banner(
            Level.BAD,
            self.tr("Something went wrong: {0}. Nothing was lost; try again.").format(text),
        )

    # -- queue -------------------------------------------------------------------------------------
    def refresh_queue(self) -> None:
        """The queue loaded again soon: requests that come close together (every scan asks)
        are one load, off the scan's way; one that comes during a load is one more after it."""
        self._queue_timer.start()

    def _load_queue(self) -> None:
        if self._queue_loading:
            self._queue_again = True
            return
        self._queue_loading, self._queue_again = True, False
        states = self.queue_panel.states()
        marketplace = self.queue_panel.marketplace_filter()
        search = self.queue_panel.search.text()
        benched = self.queue_panel.benched()
        self.worker.submit(
            lambda: self.services.queue(states, marketplace, search, benched=benched),
            self._queue_loaded,
            self._queue_failed,
        )

    def _queue_done(self) -> None:
        self._queue_loading = False
        if self._queue_again:
            self._queue_timer.start()

    def _queue_failed(self, error: BaseException) -> None:
        self._queue_done()
        self.on_failure(translate_error(error))

    def _queue_loaded(self, page: QueuePage) -> None:
        self._queue_done()
        rows = page.rows
        self.queue_model.set_rows(rows)
        self.queue_panel.fit_columns_once()
        cut = cut_off(page)
        self.status.setText(
            texts.message(cut)
            if cut is not None
            else self.tr("{0} ({1}) in the list").format(
                texts.message(ORDERS(n=order_count(rows))), texts.message(PARCELS(n=len(rows)))
            )
        )
        if self.pack_view.view is not None:
            self.queue_panel.select(self.pack_view.view.shipment_id)
        self.queue_loaded.emit()

    def _search_submitted(self, text: str) -> None:
        if text.strip():
            self.presenter.open_code(text)

    def _open_selected(self) -> None:
        shipment_id = self.queue_panel.selected_shipment()
        if shipment_id is not None:
            self.presenter.open_shipment(shipment_id)

    def recheck(self) -> None:
        def done(result) -> None:  # type: ignore[no-untyped-def]
            self.status.setText(
                self.tr("Checked again: {0} confirmed, {1} still on hold").format(
                    result.confirmed, result.on_hold
                )
            )
            self.refresh_queue()

        self.worker.submit(
            self.services.recheck, done, lambda error: self.on_failure(translate_error(error))
        )

    # -- pack actions ------------------------------------------------------------------------------
    def _open_line(self):  # type: ignore[no-untyped-def]
        view = self.presenter.at(Stage.COUNTING)
        if view is None:
            self.pack_view.set_banner(Level.BAD, self.tr("Open an order first"))
            return None
        index = self.pack_view.lines.currentIndex()
        last = self.presenter.last.line_id if self.presenter.last else None
        line_id = view.lines[index.row()].line_id if index.isValid() else last
        if line_id is None:
            line_id = next((line.line_id for line in view.lines if line.open > 0), None)
        return None if line_id is None else view.line(line_id)

    def enter_quantity(self) -> None:
        line = self._open_line()
        if line is None:
            return
        dialog = QuantityDialog(line, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.presenter.add_quantity(line.line_id, dialog.quantity.value())

    def verify_line(self) -> None:
        line = self._open_line()
        if line is None:
            return
        dialog = SupervisorDialog(line, self.services.asks_approval(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.presenter.verify_line(line.line_id, dialog.reason.text(), dialog.approval())

    def _teach(self, result: BenchResult) -> None:
        ask = self.services.asks_approval()
        if not self.services.settings.teach_needs_supervisor:
            ask = Ask.NOTHING
        dialog = TeachDialog(result.code, result.candidates, ask, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.presenter.teach(dialog.lines.currentData(), dialog.approval())

    def _offer_takeover(self, result: BenchResult) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Take over?"),
            texts.message(result.message)
            + "\n\n"
            + self.tr("Take this order over at this station?"),
        )
        if answer == QMessageBox.StandardButton.Yes and result.takeover is not None:
            self.presenter.open_shipment(result.takeover, takeover=True)

    def hold(self) -> None:
        view = self.pack_view.view
        if view is None:
            self.pack_view.set_banner(Level.BAD, self.tr("Open an order first"))
            return
        dialog = ReasonDialog(
            self.tr("Put order on hold"),
            self.tr("Order {0} goes on hold; what is scanned stays counted.").format(view.label),
            Ask.NOTHING,
            self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.reason.text().strip():
            self.presenter.hold(dialog.reason.text())

    def release(self) -> None:
        view = self.pack_view.view
        shipment_id = view.shipment_id if view is not None else self.queue_panel.selected_shipment()
        if shipment_id is None:
            return
        dialog = ReasonDialog(
            self.tr("Release hold"),
            self.tr("Lift every hold of this order. The checks run again."),
            self.services.asks_approval(),
            self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.reason.text().strip():
            self.presenter.release(shipment_id, dialog.reason.text(), dialog.approval())

    def release_claim(self) -> None:
        """The order selected in the queue, held by a station that crashed or was left."""
        shipment_id = self.queue_panel.selected_shipment()
        if shipment_id is None:
            self.pack_view.set_banner(Level.BAD, self.tr("Select the order in the queue first"))
            return
        dialog = ReasonDialog(
            self.tr("Release a left station's order"),
            self.tr("The order stays as counted, and any station may open it."),
            self.services.asks_approval(),
            self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.reason.text().strip():
            self.presenter.release_claim(shipment_id, dialog.reason.text(), dialog.approval())

    def save_manifest(self) -> None:
        """Today's manifest of one carrier, as an A4 PDF to print and have signed."""
        carrier, chosen = QInputDialog.getItem(
            self, self.tr("Handover manifest"), self.tr("Carrier"), list(CARRIERS), 0, False
        )
        if not chosen:
            return
        today = date.today()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Handover manifest"),
            f"manifest-{carrier}-{today.isoformat()}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return

        def write() -> int:
            pdf, parcels = self.services.manifest_pdf(carrier, today)
            Path(path).write_bytes(pdf)
            return parcels

        self.worker.submit(
            write,
            lambda parcels: self.status.setText(
                self.tr("Manifest of %n parcels saved to {0}", "", parcels).format(path)
            ),
            lambda error: self.on_failure(translate_error(error)),
        )

    def show_handover(self) -> None:
        HandoverDialog(self.services, self.worker, self).exec()
        self.refresh_queue()

    def show_audit(self) -> None:
        AuditDialog(self.services, self.worker, self).exec()

    def show_outbox(self) -> None:
        OutboxDialog(self.services, self.worker, self).exec()

    def show_history(self) -> None:
        view = self.pack_view.view
        shipment_id = view.shipment_id if view is not None else self.queue_panel.selected_shipment()
        if shipment_id is None:
            self.pack_view.set_banner(Level.BAD, self.tr("Open or select an order first"))
            return
        label = view.label if view is not None else str(shipment_id)

        def show(history) -> None:  # type: ignore[no-untyped-def]
            HistoryDialog(
                label, history, lambda kind: self.documents.reprint(kind, shipment_id), self
            ).exec()

        self.worker.submit(
            lambda: self.services.history(shipment_id),
            show,
            lambda error: self.on_failure(translate_error(error)),
        )

    def choose_carrier(self) -> None:
        view = self.presenter.at(Stage.LABELLING)
        if view is None:
            self.pack_view.set_banner(Level.BAD, self.tr("Finish packing the order first"))
            return
        dialog = CarrierDialog(CARRIERS, view.carrier, view.service, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.presenter.choose_carrier(
                dialog.carrier.currentData(), dialog.service.text().strip()
            )

    def enter_tracking(self) -> None:
        code, accepted = QInputDialog.getText(
            self, self.tr("Tracking number"), self.tr("The waybill's tracking number:")
        )
        if accepted and code.strip():
            self.presenter.enter_tracking(code.strip())

    def put_down(self) -> None:
        self.presenter.close()

    # -- files ---------------------------------------------------------------------------------------
    def import_orders(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import orders"),
            "",
            self.tr("Order files (*.csv *.json *.txt);;All files (*)"),
        )
        if path:
            self._import(Path(path), self.services.import_orders, self.tr("Importing orders…"))

    def import_catalogue(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import catalogue"),
            "",
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if path:
            self._import(
                Path(path),
                self.services.import_catalogue,
                self.tr("Importing catalogue…"),
            )

    def _import(self, path: Path, run, title: str) -> None:  # type: ignore[no-untyped-def]
        dialog = QProgressDialog(title, "", 0, 1000, self)
        dialog.setCancelButton(None)
        dialog.setMinimumDuration(300)
        relay = _Progress(self)
        relay.changed.connect(
            lambda done, total: dialog.setValue(int(1000 * done / total) if total else 0)
        )

        def finished(summary) -> None:  # type: ignore[no-untyped-def]
            dialog.close()
            self._import_report(path, summary)
            self.refresh_queue()

        def failed(error: BaseException) -> None:
            dialog.close()
            QMessageBox.critical(
                self,
                title,
                self.tr("The file could not be imported: {0}").format(translate_error(error)),
            )

        self.worker.submit(
            lambda: run(path, progress=lambda done, total: relay.changed.emit(done, total)),
            finished,
            failed,
        )

    def _import_report(self, path: Path, summary) -> None:  # type: ignore[no-untyped-def]
        text = texts.message(summary.report(path.name))
        box = QMessageBox(
            QMessageBox.Icon.Warning if summary.errors else QMessageBox.Icon.Information,
            self.tr("Import"),
            text,
            parent=self,
        )
        problems = [error.render(translate) for error in summary.errors]
        problems += [texts.message(item) for item in getattr(summary, "not_applied", [])]
        if problems:
            box.setDetailedText("\n".join(problems))
            box.setInformativeText("\n".join(problems[:MAX_ERRORS_SHOWN]))
        box.exec()

    # -- settings ------------------------------------------------------------------------------------
    def edit_settings(self) -> None:
        base = self.services.settings
        dialog = SettingsDialog(base, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        settings = self.services.change_settings(base, dialog.result_settings())
        language_changed = settings.language != base.language
        self.scanner.configure(
            settings.scanner_max_gap_ms,
            settings.scanner_min_length,
            settings.scanner_needs_suffix,
        )
        self.sounds.enabled = settings.sounds
        self.queue_model.due_soon = timedelta(hours=settings.due_soon_hours)
        self.worker.submit(
            self.services.save_settings,
            None,
            lambda error: self.on_failure(translate_error(error)),
        )
        if language_changed:
            QMessageBox.information(
                self,
                self.tr("Language"),
                self.tr("The new language is used from the next start."),
            )

    def edit_shop(self) -> None:
        base = self.services.settings
        dialog = ShopDialog(base, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.services.change_settings(base, dialog.result_settings())
        self.worker.submit(
            self.services.save_settings,
            None,
            lambda error: self.on_failure(translate_error(error)),
        )

    def edit_marketplaces(self) -> None:
        base = self.services.settings
        dialog = MarketplacesDialog(base, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        keys = dialog.keys_to_store()
        self.services.change_settings(base, dialog.result_settings())

        def save() -> None:
            for market, shop, first, second in keys:
                self.services.store_keys(market, shop, first, second)
            self.services.save_settings()

        self.worker.submit(
            save,
            lambda _: self.fetcher.fetch_due(),
            lambda error: self.on_failure(translate_error(error)),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._clock.stop()
        self._queue_timer.stop()
        self.lock.stop()
        self.devices.stop()
        self.outbox.stop()
        self.fetcher.stop()
        self.queue_watch.stop()
        event.accept()
