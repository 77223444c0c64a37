"""The outbox: a message enqueued with its change goes out once, is tried again when the far
end is away, stops with its reason when refused, and is sent again after a sender died."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from packstation.app.outbox import STALE, OutboxSender, Refused, TryAgain, wait_after
from packstation.domain.outbox import Outgoing
from packstation.store import outbox as outbox_store

pytestmark = pytest.mark.both_databases


def enqueue(db, clock, key: str = "k1", kind: str = "test") -> bool:  # type: ignore[no-untyped-def]
    with db.engine.begin() as connection:
        return outbox_store.enqueue(connection, key, kind, {"n": key}, clock())


def unsent(db) -> list[Outgoing]:  # type: ignore[no-untyped-def]
    with db.engine.connect() as connection:
        return outbox_store.unsent(connection)


def test_a_message_enqueued_twice_is_sent_once(db, clock) -> None:  # type: ignore[no-untyped-def]
    received: list[dict[str, Any]] = []
    assert enqueue(db, clock) and not enqueue(db, clock)
    sender = OutboxSender(db, {"test": received.append}, clock)
    assert sender.send_due().sent == 1
    assert sender.send_due().sent == 0
    assert received == [{"n": "k1"}] and unsent(db) == []


def test_a_far_end_away_is_tried_again_later_with_a_growing_wait(db, clock) -> None:  # type: ignore[no-untyped-def]
    calls = []

    def away(payload: dict[str, Any]) -> None:
        calls.append(clock())
        if len(calls) < 3:
            raise TryAgain("503 Service Unavailable")

    enqueue(db, clock)
    sender = OutboxSender(db, {"test": away}, clock)
    assert sender.send_due().later == 1
    [waiting] = unsent(db)
    assert waiting.state == "pending" and waiting.last_error == "503 Service Unavailable"
    assert sender.send_due().later == 0  # not due yet: nothing is hammered
    clock.now += wait_after(1)
    assert sender.send_due().later == 1
    clock.now += wait_after(1)
    assert sender.send_due().sent == 0  # the second wait is twice the first
    clock.now += wait_after(2)
    assert sender.send_due().sent == 1 and len(calls) == 3
    assert wait_after(20) == timedelta(hours=1)


def test_retry_after_is_kept(db, clock) -> None:  # type: ignore[no-untyped-def]
    def busy(payload: dict[str, Any]) -> None:
        raise TryAgain("429 Too Many Requests", after=timedelta(seconds=7))

    enqueue(db, clock)
    OutboxSender(db, {"test": busy}, clock).send_due()
    [waiting] = unsent(db)
    assert waiting.due_at == clock() + timedelta(seconds=7)


def test_a_refused_message_stops_with_its_reason_until_retried(db, clock) -> None:  # type: ignore[no-untyped-def]
    answers = [Refused("400 shippingNumber is too long"), None]

    def strict(payload: dict[str, Any]) -> None:
        answer = answers.pop(0)
        if answer is not None:
            raise answer

    enqueue(db, clock)
    sender = OutboxSender(db, {"test": strict}, clock)
    assert sender.send_due().failed == 1
    clock.now += timedelta(days=1)
    assert sender.send_due().failed == 0  # a failed message waits for the owner
    [failed] = unsent(db)
    assert failed.state == "failed" and "too long" in failed.last_error
    with db.engine.begin() as connection:
        assert outbox_store.retry_now(connection, failed.id, clock())
    assert sender.send_due().sent == 1 and unsent(db) == []


def test_a_kind_without_a_sender_fails_with_a_reason(db, clock) -> None:  # type: ignore[no-untyped-def]
    enqueue(db, clock, kind="unknown")
    assert OutboxSender(db, {}, clock).send_due().failed == 1
    assert "no sender for unknown" in unsent(db)[0].last_error


def test_a_message_whose_sender_died_while_sending_is_sent_again_after_a_while(db, clock) -> None:  # type: ignore[no-untyped-def]
    enqueue(db, clock)
    with db.engine.begin() as connection:  # a sender claims it, then the process is killed
        assert outbox_store.claim_due(connection, clock(), clock() - STALE) is not None
    received: list[dict[str, Any]] = []
    sender = OutboxSender(db, {"test": received.append}, clock)
    assert sender.send_due().sent == 0  # another sender may still be at it
    clock.now += STALE + timedelta(seconds=1)
    assert sender.send_due().sent == 1 and received == [{"n": "k1"}]
    assert unsent(db) == []
