import copy
import dataclasses
import threading
from pathlib import Path

from packstation.app import settings as store
from packstation.app.settings import Settings
from packstation.app.settings_holder import SettingsHolder


def _holder(tmp_path: Path) -> tuple[SettingsHolder, Path]:
    path = tmp_path / "settings.json"
    return SettingsHolder(Settings(station_name="bench-1", operator="aiko"), path), path


def test_two_edits_seeded_from_the_same_settings_both_stay(tmp_path: Path) -> None:
    """The second dialog opened before the first edit was saved: neither change is lost."""
    holder, path = _holder(tmp_path)
    first_seed = holder.settings
    second_seed = holder.settings
    first = dataclasses.replace(first_seed, operator="ivan", sounds=False)
    second = copy.deepcopy(second_seed)
    second.shop.name = "Kitsune Books"
    second.scale.tolerance_grams = 7
    holder.change(first_seed, first)
    newest = holder.change(second_seed, second)
    assert (newest.operator, newest.sounds) == ("ivan", False)
    assert (newest.shop.name, newest.scale.tolerance_grams) == ("Kitsune Books", 7)
    assert newest.station_name == "bench-1"
    holder.save()
    holder.save()
    assert store.load(path) == newest


def test_nested_settings_merge_field_by_field(tmp_path: Path) -> None:
    holder, _ = _holder(tmp_path)
    seed = holder.settings
    port = copy.deepcopy(seed)
    port.scale.port = "/dev/ttyUSB1"
    tolerance = copy.deepcopy(seed)
    tolerance.scale.tolerance_grams = 9
    holder.change(seed, port)
    newest = holder.change(seed, tolerance)
    assert (newest.scale.port, newest.scale.tolerance_grams) == ("/dev/ttyUSB1", 9)


def test_the_later_edit_of_one_field_wins(tmp_path: Path) -> None:
    holder, _ = _holder(tmp_path)
    seed = holder.settings
    holder.change(seed, dataclasses.replace(seed, operator="ivan"))
    assert holder.change(seed, dataclasses.replace(seed, operator="mei")).operator == "mei"


def test_an_edit_that_changed_nothing_undoes_nothing(tmp_path: Path) -> None:
    holder, _ = _holder(tmp_path)
    seed = holder.settings
    holder.change(seed, dataclasses.replace(seed, lock_after_minutes=3))
    assert holder.change(seed, copy.deepcopy(seed)).lock_after_minutes == 3


def test_a_save_writes_only_settings_not_written_yet(tmp_path: Path) -> None:
    holder, path = _holder(tmp_path)
    seed = holder.settings
    holder.change(seed, dataclasses.replace(seed, operator="ivan"))
    assert holder.save().operator == "ivan" and store.load(path).operator == "ivan"
    path.unlink()
    holder.save()  # nothing newer: nothing written
    assert not path.exists()


def test_settings_used_but_not_edited_are_not_saved(tmp_path: Path) -> None:
    holder, path = _holder(tmp_path)
    holder.use(Settings(station_name="simulated"))
    assert holder.settings.station_name == "simulated"
    holder.save()
    assert not path.exists()


def test_edits_from_many_threads_at_once_all_stay(tmp_path: Path) -> None:
    holder, path = _holder(tmp_path)
    seed = holder.settings
    gate = threading.Barrier(4)
    markets = ("rakuten", "ozon")

    def edit_api(market: str) -> None:
        edited = copy.deepcopy(seed)
        getattr(edited, market).shop = f"{market}-shop"
        gate.wait()
        holder.change(seed, edited)
        holder.save()

    def edit_scanner(gap: int) -> None:
        gate.wait()
        holder.change(seed, dataclasses.replace(seed, scanner_max_gap_ms=gap))
        holder.save()

    threads = [threading.Thread(target=edit_api, args=(market,)) for market in markets]
    threads.append(threading.Thread(target=edit_scanner, args=(70,)))
    threads.append(threading.Thread(target=lambda: (gate.wait(), holder.save())))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    saved = store.load(path)
    assert (saved.rakuten.shop, saved.ozon.shop) == ("rakuten-shop", "ozon-shop")
    assert saved.scanner_max_gap_ms == 70
    assert holder.version == 3 and saved == holder.settings
