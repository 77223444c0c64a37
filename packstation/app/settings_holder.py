"""The one owner of the settings a running station uses.

A dialog is seeded from the settings as they are when it opens; saving them to disk happens
later, on the worker. A second dialog opened before that saving ran was seeded from settings
that lack the first change: storing its whole result would undo the first change. So an edit
is given with the settings it started from, and only the fields it changed are applied onto the
newest settings, at once and under a lock; saving writes whatever is newest then.
"""

from __future__ import annotations

import copy
import dataclasses
import threading
from pathlib import Path
from typing import Any

from packstation.app import settings as settings_store
from packstation.app.settings import Settings


class SettingsHolder:
    """The newest settings, read from any thread; an edit is merged field by field (nested
    settings too), the later edit winning a field both changed."""

    def __init__(self, settings: Settings, path: Path | None) -> None:
        self._lock = threading.Lock()  # guards the settings and their version
        self._save_lock = threading.Lock()  # one writer of the file, in the order of versions
        self._settings = copy.deepcopy(settings)
        self._version = 0
        self._saved = 0
        self._path = path

    @property
    def settings(self) -> Settings:
        """The newest settings; shared, so to be edited only through a copy given to `change`."""
        with self._lock:
            return self._settings

    @property
    def version(self) -> int:
        """Counts the settings replaced since this holder began."""
        with self._lock:
            return self._version

    def change(self, base: Settings, edited: Settings) -> Settings:
        """What `edited` changed from `base` (the settings it was seeded with) applied onto the
        newest settings, which are returned. In memory only: fit for the GUI thread."""
        with self._lock:
            self._settings = _merged(self._settings, base, edited)
            self._version += 1
            return self._settings

    def use(self, settings: Settings) -> None:
        """These settings from now on, whole, without saving them (a simulated bench)."""
        with self._lock:
            self._settings = copy.deepcopy(settings)
            self._version += 1
            self._saved = self._version

    def save(self) -> Settings:
        """The newest settings written to the file unless they are there already; returned.
        A save that comes after a later one has written nothing older over it."""
        with self._save_lock:
            with self._lock:
                settings, version = self._settings, self._version
            if version > self._saved:
                settings_store.save(settings, self._path)
                self._saved = version
            return settings


def _merged(current: Any, base: Any, edited: Any) -> Any:
    """`current` with the fields `edited` has other than `base`; a nested settings object
    merged the same way, any other value (a dict of deadlines too) taken whole."""
    changes = {}
    for item in dataclasses.fields(edited):
        before, after = getattr(base, item.name), getattr(edited, item.name)
        if after == before:
            continue
        now = getattr(current, item.name)
        if dataclasses.is_dataclass(after) and type(now) is type(before) is type(after):
            after = _merged(now, before, after)
        changes[item.name] = copy.deepcopy(after)
    return dataclasses.replace(current, **changes)
