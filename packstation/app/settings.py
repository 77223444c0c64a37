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
from datetime import datetime
from pathlib import Path
from typing import Any

from platformdirs import user_config_path

from packstation.app.device_settings import (
    MarketplaceApi,
    NotifySettings,
    PrinterSettings,
    ScaleSettings,
    ScannerSettings,
    ShippingSettings,
    ShopSettings,
)
from packstation.app.files import write_atomically

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
    # A shipment held only for short stock ships what the stock covers when held orders are
    # checked again; the rest waits as a backorder on hold.
    backorder_short_stock: bool = False
    # The station's own PIN, used only until the first user is added (app/users.py).
    supervisor_pin_hash: str = ""  # "salt$hash"; empty: no PIN is asked
    lock_after_minutes: int = 10  # idle this long, a station with users locks; 0: never
    sounds: bool = True
    scale: ScaleSettings = field(default_factory=ScaleSettings)
    serial_scanner: ScannerSettings = field(default_factory=ScannerSettings)
    receipt_printer: PrinterSettings = field(default_factory=PrinterSettings)
    label_printer: PrinterSettings = field(
        default_factory=lambda: PrinterSettings(language="zpl", address="")
    )
    shop: ShopSettings = field(default_factory=ShopSettings)
    shipping: ShippingSettings = field(default_factory=ShippingSettings)
    notify: NotifySettings = field(default_factory=NotifySettings)
    rakuten: MarketplaceApi = field(default_factory=MarketplaceApi)
    ozon: MarketplaceApi = field(default_factory=MarketplaceApi)
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


class NewerSettings(ValueError):
    """Settings written by a newer packstation: kept as they are, not read."""

    def __init__(self, version: int) -> None:
        super().__init__(f"settings are from a newer packstation (schema {version})")
        self.version = version


class DamagedSettings(ValueError):
    """A settings file that is not settings: not JSON, not an object, or values of the
    wrong type."""


def from_dict(data: dict[str, Any]) -> Settings:
    if not isinstance(data, dict):
        raise DamagedSettings(f"not an object but {type(data).__name__}")
    version = data.get("schema_version", 1)
    if type(version) is not int or version < 1:
        raise DamagedSettings(f"schema_version {version!r}")
    if version > SCHEMA_VERSION:
        raise NewerSettings(version)
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
        elif not _same_kind(value, default):
            raise DamagedSettings(f"{kind.__name__}.{item.name}: {value!r}")
        values[item.name] = value
    return values


def _same_kind(value: object, default: object) -> bool:
    """`value` can stand where the default stands: a whole number for a float, a dict of
    the default dict's kind of values."""
    if isinstance(default, bool) or isinstance(value, bool):
        return type(value) is type(default)
    if isinstance(default, float):
        return isinstance(value, int | float)
    if isinstance(default, dict):
        sample = next(iter(default.values()), None)
        return isinstance(value, dict) and all(
            isinstance(key, str) and (sample is None or _same_kind(item, sample))
            for key, item in value.items()
        )
    return isinstance(value, type(default))


@dataclass(frozen=True, slots=True)
class Loaded:
    """The settings a front end starts with, and what became of a damaged file: moved to
    `damaged` (its exact bytes), the defaults used instead."""

    settings: Settings
    damaged: Path | None = None
    reason: str = ""


def read(path: Path | None = None) -> Loaded:
    """The settings in `path`, defaults when there is none; a file that cannot be read as
    settings is moved aside to `settings.damaged-YYYYMMDD-HHMMSS.json` beside it, never
    lost, and the defaults are used. A file from a newer packstation raises NewerSettings."""
    path = path or default_path()
    if not path.exists():
        return Loaded(Settings())
    try:
        return Loaded(from_dict(json.loads(path.read_bytes().decode("utf-8"))))
    except (UnicodeDecodeError, json.JSONDecodeError, DamagedSettings) as error:
        return Loaded(Settings(), _move_aside(path), str(error))


def _move_aside(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    number = 1
    while backup.exists():
        number += 1
        backup = path.with_name(f"{path.stem}.damaged-{stamp}-{number}{path.suffix}")
    path.rename(backup)
    return backup


def load(path: Path | None = None) -> Settings:
    return read(path).settings


def save(settings: Settings, path: Path | None = None) -> None:
    path = path or default_path()
    text = json.dumps(asdict(settings), ensure_ascii=False, indent=2)
    write_atomically(path, text.encode("utf-8"))
