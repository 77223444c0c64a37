"""The application has no path that changes or removes an audit event: it only adds them
(store/events.py `add_events`).

This guards the application's code, by reading it: no UPDATE or DELETE statement on the
events table (SQLAlchemy Core, ORM or SQL text) and no `session.delete(` in a module that
works with `Event` objects. The database itself is not made read-only: someone with its
password can still change it, and the foreign keys' ON DELETE CASCADE removes an order's
events with the order."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "packstation"

STATEMENTS = re.compile(
    r"update\(\s*EVENTS|delete\(\s*EVENTS|EVENTS\.update|EVENTS\.delete"
    r"|update\(\s*Event\b|delete\(\s*Event\b"
    r"|UPDATE\s+events\b|DELETE\s+FROM\s+events\b",
    re.IGNORECASE,
)
EVENT_OBJECTS = re.compile(r"\bEvent\b")
SESSION_DELETE = re.compile(r"session\.delete\(")


def changes_events(source: str) -> list[str]:
    """The places in `source` that would change or remove an event."""
    found = [match.group(0) for match in STATEMENTS.finditer(source)]
    if EVENT_OBJECTS.search(source):
        found += [match.group(0) for match in SESSION_DELETE.finditer(source)]
    return found


def test_the_check_sees_each_way_of_changing_an_event() -> None:
    for source in (
        "connection.execute(update(EVENTS).values(reason=''))",
        "session.execute(delete(Event).where(Event.id == 1))",
        "EVENTS.delete().where(EVENTS.c.id == 1)",
        'connection.execute(text("DELETE FROM events WHERE id = 1"))',
        "event = session.get(Event, 1)\nsession.delete(event)",
    ):
        assert changes_events(source), source
    assert not changes_events("user = session.get(User, 1)\nsession.delete(user)")
    assert not changes_events("update(SHIPMENTS).values(state='packed')")


def test_the_application_only_adds_events() -> None:
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) > 50  # the package is where the test looks for it
    offending = {
        str(path.relative_to(PACKAGE)): places
        for path in modules
        if (places := changes_events(path.read_text(encoding="utf-8")))
    }
    assert offending == {}
