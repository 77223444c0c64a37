"""Starting the GUI."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLoggingCategory, Qt
from PySide6.QtWidgets import QApplication

# Qt Multimedia reports, as it loads, every audio backend this PC lacks: the bench does not care.
QLoggingCategory.setFilterRules("qt.multimedia*=false")

from packstation.app import simulation  # noqa: E402
from packstation.app.rates import RATES_EXAMPLE  # noqa: E402
from packstation.app.services import Services  # noqa: E402
from packstation.app.startup import CannotStart, StartupProblem, load_settings  # noqa: E402
from packstation.app.workers import Worker  # noqa: E402
from packstation.gui.main_window import MainWindow  # noqa: E402
from packstation.gui.scanner_filter import ScannerFilter  # noqa: E402
from packstation.gui.shown_probe import quit_when_shown  # noqa: E402
from packstation.gui.startup_dialog import startup_box  # noqa: E402
from packstation.i18n import install, translate  # noqa: E402


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


def close_bench(
    window: MainWindow, worker: Worker, scanner: ScannerFilter, app: QApplication
) -> None:
    """The window's own threads stop first (closing it again after the packer did stops nothing
    twice): what their last outcomes hand to the database worker is still accepted. Then the
    database worker runs every job submitted before, so that a scan or a weight given just
    before closing is stored."""
    app.removeEventFilter(scanner)
    window.close()
    worker.stop()


def _tell(problem: StartupProblem) -> None:
    """On the console too: the GUI may have been started from one, or by a script."""
    print(problem.render(translate), file=sys.stderr)
    startup_box(problem).exec()


def run(
    db_url: str | None = None,
    settings_path: Path | None = None,
    simulate: bool = False,
    station: str | None = None,
) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("packstation")
    folder = None
    if simulate:
        folder = simulation.bench_folder()
        settings_path = simulation.settings_path(settings_path)
    services = None
    try:
        settings, warnings = load_settings(settings_path, station)
        install(settings.language)
        for warning in warnings:
            _tell(warning)
        services = Services.open(db_url, settings_path, settings)
        services.claim_station()
        if services.rates_problem is not None:
            _tell(StartupProblem(services.rates_problem, RATES_EXAMPLE(), stops=False))
    except CannotStart as failure:
        if services is not None:
            services.close()
        _tell(failure.problem)
        return 2
    bench = None if folder is None else simulation.SimulatedBench(folder)
    if bench is not None:
        services.use_settings(bench.apply(services.settings))
    window, worker, scanner = build_window(services, app)
    if bench is not None:
        from packstation.gui.simulator_panel import SimulatorPanel

        panel = SimulatorPanel(bench, window.pack_view, window)
        bench.on_job = panel.relay
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
    window.resize(1600, 900)
    quit_when_shown(window, window.queue_loaded)
    window.show()
    try:
        return app.exec()
    finally:
        close_bench(window, worker, scanner, app)
        services.close()
        if bench is not None:
            bench.close()
