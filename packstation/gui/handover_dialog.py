"""The end-of-day handover: choose the carrier and day, scan each parcel as it goes onto the
truck (the scanner's codes come here while the dialog is open), see what is still missing,
close the handover with its manifest, attach the signed receipt. A parcel that must not go
is stopped with a red banner and the bad sound. The database work runs on the worker."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from packstation.app.doc_printing import document_printer, print_pdf
from packstation.app.handover import CloseResult, HandoverView, ScanResult
from packstation.app.packing import Level
from packstation.app.services import Services
from packstation.app.workers import Worker
from packstation.devices.printers.jobs import JobOutcome, JobState
from packstation.documents.model import CARRIERS
from packstation.domain.tracking import carrier_name
from packstation.gui import texts
from packstation.gui.banner import Banner
from packstation.gui.sounds import Sounds
from packstation.i18n import translate_error, translate_message

TICK = "✔"


class HandoverDialog(QDialog):
    def __init__(self, services: Services, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.worker = worker
        self.handovers = services.handover()
        self.sounds = Sounds(services.settings.sounds, self)
        self.view: HandoverView | None = None
        self.printing = Worker("packstation-handover-print", self)  # never the database worker
        self.setWindowTitle(self.tr("Handover"))
        self.resize(820, 620)

        self.carrier = QComboBox()
        self.carrier.setObjectName("carrier")
        for code in CARRIERS:
            self.carrier.addItem(texts.message(carrier_name(code)), code)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setObjectName("day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.start = QPushButton(self.tr("Start or resume"))
        self.start.setObjectName("start")
        self.start.clicked.connect(self.open_handover)
        choice = QHBoxLayout()
        choice.addWidget(QLabel(self.tr("Carrier")))
        choice.addWidget(self.carrier, 1)
        choice.addWidget(QLabel(self.tr("Pickup day")))
        choice.addWidget(self.day)
        choice.addWidget(self.start)

        self.banner = Banner()
        self.banner.show_message(
            Level.INFO, self.tr("Choose the carrier and the day, then start the handover.")
        )
        self.count = QLabel()
        self.count.setObjectName("count")
        self.count.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.code = QLineEdit()
        self.code.setObjectName("code")
        hint = self.tr("Scan each parcel's waybill or label (or type it, Enter)")
        self.code.setPlaceholderText(hint)
        self.code.returnPressed.connect(self._typed)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("parcels")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Scanned"), self.tr("Order"), self.tr("Tracking number"), self.tr("At")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        self.close_handover = QPushButton(self.tr("Close handover"))
        self.close_handover.setObjectName("closeHandover")
        self.close_handover.clicked.connect(self.close_now)
        self.receipt = QPushButton(self.tr("Attach receipt…"))
        self.receipt.setObjectName("attachReceipt")
        self.receipt.clicked.connect(self.attach_receipt)
        self.save = QPushButton(self.tr("Save manifest…"))
        self.save.setObjectName("saveManifest")
        self.save.clicked.connect(self.save_manifest)
        done = QPushButton(self.tr("Done"))
        done.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.close_handover, self.receipt, self.save):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(done)

        layout = QVBoxLayout(self)
        layout.addLayout(choice)
        layout.addWidget(self.banner)
        layout.addWidget(self.count)
        layout.addWidget(self.code)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._enable()

    # -- the handover -----------------------------------------------------------------------------
    def open_handover(self) -> None:
        carrier = self.carrier.currentData()
        day = self.day.date().toPython()
        assert isinstance(day, date)
        self.worker.submit(lambda: self.handovers.open(carrier, day), self._opened, self._failed)

    def _opened(self, view: HandoverView) -> None:
        self._show(view)
        name = texts.message(carrier_name(view.carrier))
        if view.closed_at is not None:
            self.banner.show_message(Level.INFO, self.tr("This handover is closed."))
        elif not view.parcels:
            self.banner.show_message(
                Level.PROMPT,
                self.tr("No parcel of {0} is waiting for this day.").format(name),
            )
        else:
            self.banner.show_message(
                Level.PROMPT, self.tr("Handover to {0}: scan each parcel.").format(name)
            )
        self.code.setFocus()

    def _show(self, view: HandoverView) -> None:
        self.view = view
        self.count.setText(
            self.tr("{0} of {1} handed over").format(view.scanned, len(view.parcels))
        )
        self.table.setRowCount(len(view.parcels))
        for row, parcel in enumerate(view.parcels):
            at = parcel.scanned_at.astimezone().strftime("%H:%M") if parcel.scanned_at else ""
            values = (TICK if parcel.scanned_at else "", parcel.label, parcel.tracking, at)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    item.setForeground(Qt.GlobalColor.darkGreen)
                self.table.setItem(row, column, item)
        self._enable()

    def _enable(self) -> None:
        view = self.view
        is_open = view is not None and view.closed_at is None
        self.code.setEnabled(is_open)
        self.close_handover.setEnabled(is_open)
        self.receipt.setEnabled(view is not None)
        self.save.setEnabled(view is not None and view.manifest is not None)

    # -- scans ------------------------------------------------------------------------------------
    def accept_scan(self, code: str) -> None:
        """A code from the scanner, while the dialog is open."""
        self.scan(code)

    def _typed(self) -> None:
        code = self.code.text().strip()
        self.code.clear()
        if code:
            self.scan(code)

    def scan(self, code: str) -> None:
        view = self.view
        if view is None or view.closed_at is not None:
            self.sounds.play(Level.BAD)
            self.banner.show_message(
                Level.BAD, self.tr("Start the handover first: choose the carrier and the day.")
            )
            return
        handover_id = view.handover_id
        self.worker.submit(
            lambda: self.handovers.scan(handover_id, code), self._scanned, self._failed
        )

    def _scanned(self, result: ScanResult) -> None:
        self._show(result.view)
        self.banner.show_message(result.level, texts.message(result.message))
        self.sounds.play(result.level)

    # -- close, manifest, receipt -----------------------------------------------------------------
    def close_now(self) -> None:
        view = self.view
        if view is None or view.closed_at is not None:
            return
        missing = view.missing
        if missing:
            labels = "\n".join(f"{p.label}  {p.tracking}" for p in missing[:15])
            more = "\n…" if len(missing) > 15 else ""
            answer = QMessageBox.question(
                self,
                self.tr("Parcels missing"),
                self.tr("%n parcels of the list are not scanned:", "", len(missing))
                + f"\n\n{labels}{more}\n\n"
                + self.tr("Close anyway? They stay on the list of the next handover."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        handover_id = view.handover_id
        allow = bool(missing)
        self.worker.submit(
            lambda: self.handovers.close(handover_id, allow_missing=allow),
            self._closed,
            self._failed,
        )

    def _closed(self, closed: CloseResult) -> None:
        self._show(closed.view)
        count = closed.handed_over
        text = self.tr("Handover closed: %n parcels handed over. Manifest: {0}", "", count)
        self.banner.show_message(Level.DONE, text.format(closed.manifest))
        self.sounds.play(Level.DONE)
        printer = document_printer(self.services.settings)
        if printer is not None and closed.pdf:
            job = f"manifest-handover-{closed.view.handover_id}"
            self.printing.submit(
                lambda: print_pdf(printer, closed.pdf, job, job), self._printed, self._failed
            )

    def _printed(self, outcome: JobOutcome) -> None:
        if outcome.state is JobState.PRINTED:
            printed = self.tr("The manifest is printed: have it signed.")
            self.banner.show_message(Level.DONE, printed)
            return
        reason = translate_message(outcome.reason) if outcome.reason else ""
        text = self.tr("The manifest did not print ({0}): save it and print it elsewhere.")
        self.banner.show_message(Level.BAD, text.format(reason))
        self.sounds.play(Level.BAD)

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        self.printing.stop()
        super().done(result)

    def save_manifest(self) -> None:
        view = self.view
        if view is None or view.manifest is None:
            return
        source = view.manifest
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Handover manifest"), source.name, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.worker.submit(
                lambda: shutil.copyfile(source, path),
                lambda _: self.banner.show_message(
                    Level.INFO, self.tr("Manifest saved to {0}").format(path)
                ),
                self._failed,
            )

    def attach_receipt(self) -> None:
        view = self.view
        if view is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach the signed receipt"),
            "",
            self.tr("Scans and photos (*.pdf *.jpg *.png *.tif *.webp *.heic);;All files (*)"),
        )
        if path:
            self.attach(Path(path))

    def attach(self, path: Path) -> None:
        assert self.view is not None
        handover_id = self.view.handover_id
        self.worker.submit(
            lambda: self.handovers.attach_receipt(handover_id, path),
            self._attached,
            self._failed,
        )

    def _attached(self, view: HandoverView) -> None:
        self._show(view)
        self.banner.show_message(
            Level.GOOD, self.tr("Receipt attached: {0}").format(view.receipt_name)
        )

    def _failed(self, error: BaseException) -> None:
        self.sounds.play(Level.BAD)
        self.banner.show_message(Level.BAD, translate_error(error))
