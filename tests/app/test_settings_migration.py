"""Settings files written by older packstations load and save back without losing a value.

settings_files/ holds, for each shape the settings have had (named by the day and commit of
the packstation that wrote it), the file that packstation saved with every value changed from
its default. The schema is still version 1: the shapes differ only by the settings added since,
which an old file lacks and which then take their defaults.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

from packstation.app import settings as store
from packstation.app.settings import SCHEMA_VERSION, Settings

FILES = sorted((Path(__file__).parent / "settings_files").glob("*.json"))
WHOLE = {"deadline_hours", "carriers", "services"}  # dicts of values, not nested settings


def _leaves(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Every value of a settings dict by its dotted name, nested settings opened."""
    leaves = {}
    for key, value in data.items():
        if isinstance(value, dict) and key not in WHOLE:
            leaves.update(_leaves(value, f"{prefix}{key}."))
        else:
            leaves[prefix + key] = value
    return leaves


def _shape(data: dict[str, Any]) -> frozenset[str]:
    """The dotted names of a settings dict, inside its dicts of values too."""
    return frozenset(
        name
        for key, value in data.items()
        for name in (
            [f"{key}.{inner}" for inner in _shape(value)] if isinstance(value, dict) else [key]
        )
    )


@pytest.mark.parametrize("old", FILES, ids=[path.stem for path in FILES])
def test_an_old_settings_file_loads_and_saves_back_every_value(tmp_path: Path, old: Path) -> None:
    written = _leaves(json.loads(old.read_text(encoding="utf-8")))
    loaded = store.read(old)
    assert loaded.damaged is None
    now = _leaves(asdict(loaded.settings))
    assert {name: now[name] for name in written if name != "schema_version"} == {
        name: value for name, value in written.items() if name != "schema_version"
    }
    defaults = _leaves(asdict(Settings()))
    assert {name: now[name] for name in now if name not in written} == {
        name: defaults[name] for name in now if name not in written
    }
    again = tmp_path / "settings.json"
    store.save(loaded.settings, again)
    saved = json.loads(again.read_text(encoding="utf-8"))
    assert saved["schema_version"] == SCHEMA_VERSION
    assert store.load(again) == loaded.settings
    kept = _leaves(saved)
    assert all(kept[name] == value for name, value in written.items() if name != "schema_version")


def test_every_shape_the_settings_had_is_kept_as_a_file() -> None:
    """The files differ from each other: each stands for a shape of its own."""
    shapes = {_shape(json.loads(path.read_text(encoding="utf-8"))) for path in FILES}
    assert len(shapes) == len(FILES) >= 7


def test_migrations_run_in_order_from_the_files_version(  # type: ignore[no-untyped-def]
    tmp_path: Path, monkeypatch
) -> None:
    """The path the next change of shape takes: version 1 upgraded through 2 to 3."""

    def two(data: dict[str, Any]) -> dict[str, Any]:
        data = dict(data)
        data["operator"] = data.pop("packer")
        return data

    def three(data: dict[str, Any]) -> dict[str, Any]:
        return {**data, "sounds": data.pop("beeps") == "on"}

    monkeypatch.setattr(store, "SCHEMA_VERSION", 3)
    monkeypatch.setattr(store, "MIGRATIONS", {1: two, 2: three})
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema_version": 1, "packer": "aiko", "beeps": "off"}))
    settings = store.load(path)
    assert (settings.operator, settings.sounds, settings.schema_version) == ("aiko", False, 3)
    path.write_text(json.dumps({"schema_version": 2, "operator": "ivan", "beeps": "on"}))
    assert store.load(path).sounds is True
    store.save(settings, path)
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == 3
