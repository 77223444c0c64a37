"""The background worker stops by finishing what it accepted, within a bound, and says what it
could not finish; a job submitted once it is stopping is refused and its owner told."""

from __future__ import annotations

import logging
import threading
import time

from packstation.app.workers import NotRun, Worker

SLOW = 0.05  # seconds a queued job takes, so that the later ones are still queued at stop


def sleeper(ran: list[int], number: int, seconds: float = SLOW):  # type: ignore[no-untyped-def]
    def run() -> int:
        time.sleep(seconds)
        ran.append(number)
        return number

    return run


def test_stop_runs_every_queued_job_and_tells_its_owner(qtbot) -> None:  # type: ignore[no-untyped-def]
    worker = Worker("test-worker")
    ran: list[int] = []
    told: list[int] = []
    for number in range(5):
        worker.submit(sleeper(ran, number), told.append)
    assert worker.stop() == []
    assert ran == [0, 1, 2, 3, 4]
    assert told == [0, 1, 2, 3, 4]  # delivered by stop itself: no event loop is needed
    assert worker.pending == 0


def test_stop_finishes_the_running_job_and_the_queued_ones(qtbot) -> None:  # type: ignore[no-untyped-def]
    worker = Worker("test-worker")
    started = threading.Event()
    ran: list[int] = []

    def first() -> None:
        started.set()
        time.sleep(0.2)
        ran.append(0)

    worker.submit(first)
    assert started.wait(5)
    for number in (1, 2, 3):
        worker.submit(sleeper(ran, number))
    assert worker.stop() == []
    assert ran == [0, 1, 2, 3]


def test_a_job_outliving_the_wait_is_reported_and_the_rest_not_run(qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    worker = Worker("test-worker")
    gate = threading.Event()
    started = threading.Event()
    ran: list[int] = []
    told: list[object] = []
    failed: list[BaseException] = []

    def stuck() -> str:
        started.set()
        gate.wait(10)
        return "printed at last"

    worker.submit(stuck, told.append, what="label 42")
    for number in (1, 2):
        worker.submit(sleeper(ran, number), told.append, failed.append, what=f"slip {number}")
    assert started.wait(5)
    began = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="packstation.app.workers"):
        unfinished = worker.stop(timeout=0.3)
    assert time.monotonic() - began < 1.5
    assert unfinished == ["label 42", "slip 1", "slip 2"]
    assert "still running label 42; not run slip 1, slip 2" in caplog.text
    assert [error.what for error in failed if isinstance(error, NotRun)] == ["slip 1", "slip 2"]
    gate.set()  # the stuck job ends on its own; its owner is told while the worker lives
    qtbot.waitUntil(lambda: told == ["printed at last"])
    time.sleep(2 * SLOW)
    assert ran == []


def test_a_job_submitted_while_stopping_is_refused_and_its_owner_told(qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    worker = Worker("test-worker")
    worker.stop()
    ran: list[int] = []
    failed: list[BaseException] = []
    with caplog.at_level(logging.WARNING, logger="packstation.app.workers"):
        accepted = worker.submit(sleeper(ran, 1), ran.append, failed.append, what="scan 4901")
    assert not accepted
    assert "test-worker is stopping: refused scan 4901" in caplog.text
    qtbot.waitUntil(lambda: len(failed) == 1)
    assert isinstance(failed[0], NotRun) and failed[0].what == "scan 4901"
    assert ran == [] and worker.pending == 0


def test_a_failing_job_is_reported_to_its_owner_or_the_worker(qtbot) -> None:  # type: ignore[no-untyped-def]
    worker = Worker("test-worker")
    heard: list[BaseException] = []
    unhandled: list[BaseException] = []
    worker.failed.connect(unhandled.append)

    def broken() -> None:
        raise ValueError("no paper")

    worker.submit(broken, None, heard.append)
    worker.submit(broken)
    qtbot.waitUntil(lambda: len(heard) == 1 and len(unhandled) == 1)
    assert str(heard[0]) == "no paper" and str(unhandled[0]) == "no paper"
    worker.stop()
