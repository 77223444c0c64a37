"""Starting the GUI."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from packstation.app.services import Services
from packstation.app.workers import Worker
from packstation.gui.main_window import MainWindow
from packstation.gui.scanner_filter import ScannerFilter
from packstation.i18n import install


def build_window(services: Services, app: QApplication) -> tuple[MainWindow, Worker, ScannerFilter]:
    settings = services.settings
    worker = Worker()
    scanner = ScannerFilter(
        settings.scanner_max_gap_ms,
        settings.scanner_min_length,
        settings.scanner_needs_suffix,
    )
    app.installEventFilter(scanner)
    window = MainWindow(services, worker, scanner)
    return window, worker, scanner


def run(db_url: str | None = None, settings_path: Path | None = None) -> int:
    # Qt Multimedia reports every audio backend it does not find; the bench does not care.
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("packstation")
    services = Services.open(db_url, settings_path)
    install(services.settings.language)
    window, worker, scanner = build_window(services, app)
    window.resize(1440, 880)
    window.show()
    try:
        return app.exec()
    finally:
        app.removeEventFilter(scanner)
        worker.stop()
        services.close()
