"""Typed, versioned station settings, stored as JSON in the user's config folder.

Each change of shape bumps `SCHEMA_VERSION` and adds a migration from the version before,
so an old settings file is upgraded, never thrown away.
"""

from __future__ import annotations

import getpass
import hashlib
import hmac
import json
import os
import platform
import secrets
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import Any

from platformdirs import user_config_path

from packstation.app.device_settings import (
    PrinterSettings,
    ScaleSettings,
    ScannerSettings,
    ShippingSettings,
    ShopSettings,
)

SCHEMA_VERSION = 1
ENV_VAR = "PACKSTATION_SETTINGS"


def _default_station() -> str:
    return platform.node() or "station"


def _default_operator() -> str:
    try:
        return getpass.getuser()
    except OSError:
        return "packer"


@dataclass
class Settings:
    station_name: str = field(default_factory=_default_station)
    operator: str = field(default_factory=_default_operator)
    language: str = ""  # "" follows the system; "en", "ja", "ru", "zh_CN"
    # Keyboard-wedge scanners: a burst of keys this close together is a scan, not typing.
    scanner_max_gap_ms: int = 50
    scanner_min_length: int = 4
    scanner_needs_suffix: bool = True  # False for scanners that send no Enter or Tab
    double_read_ms: int = 300
    deadline_hours: dict[str, float] = field(
        default_factory=lambda: {"rakuten": 48.0, "ozon": 48.0, "other": 48.0}
    )
    due_soon_hours: float = 6.0
    teach_needs_supervisor: bool = True
    supervisor_pin_hash: str = ""  # "salt$hash"; empty: no PIN is asked
    sounds: bool = True
    scale: ScaleSettings = field(default_factory=ScaleSettings)
    serial_scanner: ScannerSettings = field(default_factory=ScannerSettings)
    receipt_printer: PrinterSettings = field(default_factory=PrinterSettings)
    label_printer: PrinterSettings = field(
        default_factory=lambda: PrinterSettings(language="zpl", address="")
    )
    shop: ShopSettings = field(default_factory=ShopSettings)
    shipping: ShippingSettings = field(default_factory=ShippingSettings)
    schema_version: int = SCHEMA_VERSION

    def deadline_for(self, marketplace: str) -> float:
        return self.deadline_hours.get(marketplace, self.deadline_hours.get("other", 48.0))

    def set_supervisor_pin(self, pin: str) -> None:
        if not pin:
            self.supervisor_pin_hash = ""
            return
        salt = secrets.token_hex(8)
        self.supervisor_pin_hash = f"{salt}${_pin_digest(salt, pin)}"

    def check_supervisor_pin(self, pin: str) -> bool:
        if not self.supervisor_pin_hash:
            return True
        salt, _, digest = self.supervisor_pin_hash.partition("$")
        return hmac.compare_digest(digest, _pin_digest(salt, pin))


def _pin_digest(salt: str, pin: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", pin.encode(), salt.encode(), 100_000).hex()


# version → function upgrading a dict of that version to the next one.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def default_path() -> Path:
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override)
    return user_config_path("packstation", appauthor=False) / "settings.json"


def from_dict(data: dict[str, Any]) -> Settings:
    version = int(data.get("schema_version", 1))
    if version > SCHEMA_VERSION:
        raise ValueError(f"settings are from a newer packstation (schema {version})")
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    values = _known_fields(Settings, data)
    values["schema_version"] = SCHEMA_VERSION
    return Settings(**values)


def _known_fields(kind: type, data: dict[str, Any]) -> dict[str, Any]:
    """The keys `kind` has, nested settings built from their dicts; unknown keys dropped."""
    defaults = kind()
    values: dict[str, Any] = {}
    for item in fields(kind):
        if item.name not in data:
            continue
        value = data[item.name]
        default = getattr(defaults, item.name)
        if is_dataclass(default) and isinstance(value, dict):
            value = type(default)(**_known_fields(type(default), value))
        values[item.name] = value
    return values


def load(path: Path | None = None) -> Settings:
    path = path or default_path()
    if not path.exists():
        return Settings()
    return from_dict(json.loads(path.read_text(encoding="utf-8")))


def save(settings: Settings, path: Path | None = None) -> None:
    path = path or default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(
        json.dumps(asdict(settings), ensure_ascii=False, indent=2), encoding="utf-8"
    )
    temporary.replace(path)
