"""The dialog that tells a start-up problem before (or instead of) the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from packstation.app.startup import StartupProblem
from packstation.i18n import translate


def startup_box(problem: StartupProblem, parent: QWidget | None = None) -> QMessageBox:
    """Critical when the station cannot start, a warning when it starts anyway."""
    if problem.stops:
        icon = QMessageBox.Icon.Critical
        title = QCoreApplication.translate("Startup", "packstation cannot start")
    else:
        icon = QMessageBox.Icon.Warning
        title = QCoreApplication.translate("Startup", "packstation started with default settings")
    return QMessageBox(icon, title, problem.render(translate), QMessageBox.StandardButton.Ok, parent)
