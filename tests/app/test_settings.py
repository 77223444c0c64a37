import json
import re
from pathlib import Path

import pytest

from packstation.app import settings as store
from packstation.app.settings import SCHEMA_VERSION, Settings


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(station_name="bench-7", operator="ivan", language="ru", double_read_ms=250)
    settings.deadline_hours["rakuten"] = 24
    store.save(settings, path)
    loaded = store.load(path)
    assert loaded == settings
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION


def test_missing_file_gives_defaults_and_unknown_keys_are_ignored(tmp_path: Path) -> None:
    assert store.load(tmp_path / "none.json") == Settings()
    path = tmp_path / "old.json"
    path.write_text(json.dumps({"schema_version": 1, "operator": "aiko", "retired_option": True}))
    assert store.load(path).operator == "aiko"


def test_settings_from_a_newer_version_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.json"
    path.write_text(json.dumps({"schema_version": SCHEMA_VERSION + 1}))
    with pytest.raises(ValueError, match="newer"):
        store.load(path)


def test_supervisor_pin_is_stored_hashed() -> None:
    settings = Settings()
    assert settings.check_supervisor_pin("anything")  # no PIN set: nothing to check
    settings.set_supervisor_pin("2468")
    assert "2468" not in settings.supervisor_pin_hash
    assert settings.check_supervisor_pin("2468") and not settings.check_supervisor_pin("1357")
    settings.set_supervisor_pin("")
    assert settings.check_supervisor_pin("")


def test_deadline_per_marketplace_falls_back_to_other() -> None:
    settings = Settings(deadline_hours={"other": 72.0})
    assert settings.deadline_for("rakuten") == 72.0


@pytest.mark.parametrize(
    "content",
    [
        b'{"operator": "aiko", "language": "ja"',  # cut off: not JSON
        b"\xff\xfe{\x00}\x00",  # not UTF-8
        b'["operator", "aiko"]',  # not an object
        b'{"scanner_max_gap_ms": "fast"}',
        b'{"sounds": 1}',
        b'{"deadline_hours": {"rakuten": "two days"}}',
        b'{"scale": "mt-sics"}',
        b'{"schema_version": "1"}',
    ],
)
def test_a_damaged_file_is_kept_aside_with_its_bytes_and_defaults_are_used(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    loaded = store.read(path)
    assert loaded.settings == Settings()
    assert loaded.damaged is not None and loaded.reason
    assert loaded.damaged.parent == tmp_path
    assert re.fullmatch(r"settings\.damaged-\d{8}-\d{6}\.json", loaded.damaged.name)
    assert loaded.damaged.read_bytes() == content
    assert not path.exists()


def test_a_second_damaged_file_in_the_same_second_keeps_the_first(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    kept = []
    for content in (b"{", b"[]"):
        path.write_bytes(content)
        kept.append(store.read(path).damaged)
    assert sorted(item.read_bytes() for item in kept if item) == [b"[]", b"{"]


def test_whole_numbers_stand_for_decimals(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"due_soon_hours": 4, "deadline_hours": {"ozon": 24}}))
    loaded = store.read(path)
    assert loaded.damaged is None
    assert loaded.settings.due_soon_hours == 4 and loaded.settings.deadline_for("ozon") == 24
