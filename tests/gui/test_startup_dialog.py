"""The GUI tells a start-up problem in a message box before any window, and does not hang."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from packstation.app.startup import CannotStart, load_settings, open_database
from packstation.gui.app import run
from packstation.gui.main_window import MainWindow
from packstation.gui.startup_dialog import startup_box


def test_a_stop_is_critical_and_a_kept_settings_file_a_warning(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = tmp_path / "settings.json"
    settings.write_bytes(b"{")
    _, [warning] = load_settings(settings)
    box = startup_box(warning)
    qtbot.addWidget(box)
    assert box.icon() is QMessageBox.Icon.Warning
    assert box.windowTitle() == "packstation started with default settings"
    assert box.text() == warning.render()
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(CannotStart) as failure:
        open_database(f"sqlite:///{blocker}/packstation.sqlite3")
    stop = startup_box(failure.value.problem)
    qtbot.addWidget(stop)
    assert stop.icon() is QMessageBox.Icon.Critical
    assert stop.windowTitle() == "packstation cannot start"
    assert "cannot be created" in stop.text()


def test_the_gui_shows_the_warning_then_the_stop_and_returns_2(qapp, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    settings = tmp_path / "settings.json"
    settings.write_bytes(b'{"operator": ')
    database = tmp_path / "bench.sqlite3"
    database.write_bytes(b"not a database" * 100)
    shown: list[tuple[QMessageBox.Icon, str]] = []

    def close_the_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append((box.icon(), box.text()))
            box.done(0)

    def windows() -> set[int]:
        return {id(widget) for widget in qapp.topLevelWidgets() if isinstance(widget, MainWindow)}

    before = windows()
    closer = QTimer()
    closer.timeout.connect(close_the_box)
    closer.start(20)
    try:
        assert run(f"sqlite:///{database}", settings) == 2
    finally:
        closer.stop()
    assert [icon for icon, _ in shown] == [QMessageBox.Icon.Warning, QMessageBox.Icon.Critical]
    assert "default settings" in shown[0][1]
    assert "is not a database" in shown[1][1]
    assert windows() == before
    assert shown[1][1] in capsys.readouterr().err
