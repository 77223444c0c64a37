"""Settings dialogs opened one after the other while the worker has not saved the first edit
yet: each is seeded with the edits before it, and every edit reaches the settings file."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtWidgets import QDialog

from packstation.app import settings as settings_store
from packstation.gui.device_dialog import DeviceDialog
from packstation.gui.settings_dialog import SettingsDialog
from packstation.gui.shop_dialog import ShopDialog


def test_quick_edits_in_three_dialogs_are_all_saved(  # type: ignore[no-untyped-def]
    qtbot, open_bench, settings_path: Path, monkeypatch
) -> None:
    bench = open_bench()
    seeds = []

    def edit_operator(dialog: SettingsDialog) -> QDialog.DialogCode:
        seeds.append(dialog.original)
        dialog.operator.setText("ivan")
        return QDialog.DialogCode.Accepted

    def edit_shop(dialog: ShopDialog) -> QDialog.DialogCode:
        seeds.append(dialog.original)
        dialog.fields["name"].setText("Kitsune Books")
        return QDialog.DialogCode.Accepted

    def edit_tolerance(dialog: DeviceDialog) -> QDialog.DialogCode:
        seeds.append(dialog.original)
        dialog.scale.tolerance_grams.setValue(12)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", edit_operator)
    monkeypatch.setattr(ShopDialog, "exec", edit_shop)
    monkeypatch.setattr(DeviceDialog, "exec", edit_tolerance)
    busy = threading.Event()
    bench.worker.submit(busy.wait)  # the saving waits behind other work
    bench.window.edit_settings()
    bench.window.edit_shop()
    bench.window.devices.edit()
    qtbot.waitUntil(lambda: len(seeds) == 3, timeout=5000)
    busy.set()
    qtbot.waitUntil(lambda: bench.worker.pending == 0, timeout=5000)
    assert seeds[1].operator == "ivan" and seeds[2].shop.name == "Kitsune Books"
    saved = settings_store.load(settings_path)
    assert (saved.operator, saved.shop.name) == ("ivan", "Kitsune Books")
    assert saved.scale.tolerance_grams == 12
    assert bench.services.packing.settings == saved
    assert bench.services.station.operator == "ivan"
