"""The simulated bench's controls, docked beside the bench: put the parcel on the scale, make
a fault, run a printer out of paper; and what the simulated printers printed."""

from __future__ import annotations

import random
from decimal import Decimal

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from packstation.app.device_status import DEVICE_NAMES, Device
from packstation.app.simulation import SimulatedBench
from packstation.devices.printers.simulation import DecodedJob
from packstation.gui import texts
from packstation.gui.pack_view import PackView
from packstation.gui.printout_preview import PrintoutPreview

PREVIEW_WIDTH = 260
SWAP_MS = 400  # the scale reads empty this long between two parcels (it is polled every 100 ms)


class _Printed(QObject):
    """Carries a printed job from the simulator's thread to the GUI thread."""

    job = Signal(object, object)  # Device, DecodedJob


class SimulatorPanel(QDockWidget):
    def __init__(self, bench: SimulatedBench, pack_view: PackView, parent: QWidget) -> None:
        super().__init__(self.tr("Simulated bench"), parent)
        self.setObjectName("simulatorPanel")
        self.bench = bench
        self.pack_view = pack_view
        self.printed = _Printed(self)
        self.printed.job.connect(self.show_job)
        self._random = random.Random(7)

        self.grams = QDoubleSpinBox()
        self.grams.setObjectName("simulatedGrams")
        self.grams.setRange(0, 30_000)
        self.grams.setDecimals(1)
        self.grams.setSuffix(" g")
        put = QPushButton(self.tr("Put the parcel on"))
        put.setObjectName("putParcel")
        put.setToolTip(self.tr("The open order's expected weight, give or take a few grams"))
        put.clicked.connect(self.put_parcel)
        weigh = QPushButton(self.tr("Weigh"))
        weigh.clicked.connect(lambda: self.bench.put_on_scale(Decimal(str(self.grams.value()))))
        take_off = QPushButton(self.tr("Take it off"))
        take_off.clicked.connect(lambda: self.bench.put_on_scale(Decimal(0)))
        self.motion = QCheckBox(self.tr("Moving"))
        self.overload = QCheckBox(self.tr("Overload"))
        self.silent = QCheckBox(self.tr("Not answering"))
        for box in (self.motion, self.overload, self.silent):
            box.toggled.connect(self._scale_faults)
        scale = QGroupBox(texts.message(DEVICE_NAMES[Device.SCALE]()))
        scale_layout = QVBoxLayout(scale)
        row = QHBoxLayout()
        row.addWidget(self.grams)
        row.addWidget(weigh)
        scale_layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(put)
        row.addWidget(take_off)
        scale_layout.addLayout(row)
        row = QHBoxLayout()
        for box in (self.motion, self.overload, self.silent):
            row.addWidget(box)
        scale_layout.addLayout(row)

        printers = QGroupBox(self.tr("Printers"))
        form = QFormLayout(printers)
        self.faults: dict[Device, tuple[QCheckBox, QCheckBox]] = {}
        for device in (Device.RECEIPT, Device.LABEL):
            paper = QCheckBox(self.tr("Paper out"))
            cover = QCheckBox(self.tr("Cover open"))
            paper.setObjectName(f"paperOut_{device.value}")
            self.faults[device] = (paper, cover)
            for box in (paper, cover):
                box.toggled.connect(lambda _checked, d=device: self._printer_faults(d))
            line = QHBoxLayout()
            line.addWidget(paper)
            line.addWidget(cover)
            form.addRow(texts.message(DEVICE_NAMES[device]()), line)

        self.caption = QLabel(self.tr("Nothing printed yet"))
        self.caption.setObjectName("printedCaption")
        self.caption.setWordWrap(True)
        self.preview = PrintoutPreview(PREVIEW_WIDTH)
        self.preview.setObjectName("printedPreview")
        self.preview.setStyleSheet("background:white; border:1px solid #b0bec5;")
        folder = QLabel(self.tr("Printouts are kept in {0}").format(bench.out_dir))
        folder.setWordWrap(True)
        folder.setStyleSheet("color:#546e7a;")

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(scale)
        layout.addWidget(printers)
        layout.addWidget(self.caption)
        layout.addWidget(self.preview, 1)
        layout.addWidget(folder)
        self.setWidget(body)

    def relay(self, device: Device, job: DecodedJob) -> None:
        """Called on the simulator's thread for every printed job."""
        self.printed.job.emit(device, job)

    # -- the scale ---------------------------------------------------------------------------
    def put_parcel(self) -> None:
        view = self.pack_view.view
        expected = view.expected_weight.grams if view is not None else None
        grams = Decimal(str(self.grams.value())) if expected is None else expected
        grams += Decimal(self._random.randint(-30, 30)) / 10
        self.grams.setValue(float(grams))
        # Whatever lay on the scale is taken off first, as the packer's hands would.
        self.bench.put_on_scale(Decimal(0))
        QTimer.singleShot(SWAP_MS, lambda: self.bench.put_on_scale(grams))

    def _scale_faults(self) -> None:
        self.bench.set_scale_fault(
            motion=self.motion.isChecked(),
            overload=self.overload.isChecked(),
            silent=self.silent.isChecked(),
        )

    # -- the printers ------------------------------------------------------------------------
    def _printer_faults(self, device: Device) -> None:
        paper, cover = self.faults[device]
        self.bench.set_paper(device, paper_out=paper.isChecked(), cover_open=cover.isChecked())

    def show_job(self, device: Device, job: DecodedJob) -> None:
        name = texts.message(DEVICE_NAMES[device]())
        first = next((line for line in job.text.splitlines() if line.strip()), "")
        self.caption.setText(self.tr("{0} printed: {1}").format(name, first))
        self.preview.show_job(job)
