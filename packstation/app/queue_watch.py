"""Hearing soon that another station changed the queue (claimed, finished or held an order).

On PostgreSQL, which several stations share, every change's transaction notifies a channel
(store/events.py) and `Listener` waits on it on a thread of its own with a connection of its
own: a change shows at every station as soon as it commits. On SQLite, one station's file or a
few on a share, the GUI polls the newest event's id (`last_change`) every POLL_MS.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from packstation.store.database import Database
from packstation.store.events import CHANNEL
from packstation.store.events import last_change as newest_event

POLL_MS = 1000  # SQLite: how often the newest event is looked up
WAIT_S = 0.5  # PostgreSQL: how long one wait for notifications lasts (and so a stop)
RECONNECT_S = 2.0  # PostgreSQL: the pause before listening again after the server went away
CONNECT_S = 5  # PostgreSQL: how long connecting to the server may take


def listens(db: Database) -> bool:
    """Whether the database tells of changes itself (else they are polled)."""
    return db.engine.dialect.name == "postgresql"


def last_change(db: Database) -> int:
    with db.engine.connect() as connection:
        return newest_event(connection)


class Listener:
    """Calls `on_change` (on its own thread) for each change another transaction committed, and
    once after each (re)connection, since changes made while it was away were not heard."""

    def __init__(self, db: Database, on_change: Callable[[], None]) -> None:
        url = db.engine.url.set(drivername="postgresql")
        self._conninfo = url.render_as_string(hide_password=False)
        self._on_change = on_change
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._listen, name="packstation-listen", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Stops within WAIT_S (or the connect timeout, while connecting)."""
        self._stopped.set()
        if self._thread.is_alive():
            self._thread.join(WAIT_S + CONNECT_S)

    def _listen(self) -> None:
        import psycopg  # only the stations on PostgreSQL need it

        while not self._stopped.is_set():
            try:
                connect = psycopg.connect(
                    self._conninfo, autocommit=True, connect_timeout=CONNECT_S
                )
                with connect as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self._on_change()
                    while not self._stopped.is_set():
                        if any(True for _ in conn.notifies(timeout=WAIT_S)):
                            self._on_change()
            except psycopg.Error:
                self._stopped.wait(RECONNECT_S)
