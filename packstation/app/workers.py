"""Background work for the GUI: one worker thread owns the database work.

`Worker.submit(job, on_done, on_error)` runs `job()` on the worker thread, in the order
submitted (one writer for the database), and calls `on_done(result)` or `on_error(exc)`
back on the thread that owns the Worker (the GUI thread). Jobs are plain Python callables
from `packstation.app`; only this module knows about threads and signals.

Stopping finishes what was accepted: `close()` refuses new jobs, `wait(timeout)` lets the
accepted ones run for at most that long and gives up on the rest, `stop(timeout)` does both on
the owner's thread and tells the owners of the jobs their outcome before it returns.
"""

from __future__ import annotations

import logging
import queue
import threading
import traceback
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from packstation.domain.errors import DomainError
from packstation.domain.messages import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]

STOP_SECONDS = 5.0  # how long stopping waits for the accepted jobs by default

NOT_RUN = QT_TRANSLATE_NOOP("Workers", "Not done: the background work was stopping. Try it again.")


class NotRun(DomainError):
    """The job was not run: it came after its worker began to stop, or stopping gave up on it."""

    def __init__(self, what: str) -> None:
        super().__init__(NOT_RUN())
        self.what = what


@dataclass(eq=False)
class _Job:
    run: Callable[[], Any]
    done: Done | None
    failed: Failed | None
    what: str  # for people reading the log: what the job does


def _name(run: Callable[[], Any]) -> str:
    return getattr(run, "__qualname__", None) or repr(run)


class Worker(QObject):
    """A thread for blocking work, reporting back by signals.

    The thread is a daemon: a job that outlives `stop`'s wait does not keep the application
    from ending (a QThread destroyed while it runs would abort the process instead)."""

    _ready = Signal()  # outcomes wait in `_outcomes` (emitted on the worker thread)
    failed = Signal(object)  # an error no job-specific handler took

    def __init__(self, name: str = "packstation-worker", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._lock = threading.Lock()  # guards what follows, shared with the thread
        self._accepted: list[_Job] = []  # in order, until each has run
        self._running: _Job | None = None
        self._given_up = False  # the wait ended: the jobs not started are not run
        self._outcomes: deque[tuple[_Job, object, BaseException | None]] = deque()
        self._closed = False
        self._pending = 0
        self._ready.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._thread = threading.Thread(target=self._serve, name=name, daemon=True)
        self._thread.start()

    @property
    def pending(self) -> int:
        """Jobs submitted whose owners have not been told the outcome yet."""
        return self._pending

    def submit(
        self,
        run: Callable[[], Any],
        done: Done | None = None,
        failed: Failed | None = None,
        *,
        what: str | None = None,
    ) -> bool:
        """Queue `run`; False when the worker is stopping: the job is refused, which the log
        says and `failed` hears (as NotRun, delivered like any outcome), so that an owner
        waiting for it is not left waiting."""
        job = _Job(run, done, failed, what or _name(run))
        self._pending += 1
        with self._lock:
            if not self._closed:
                self._accepted.append(job)
                self._jobs.put(job)
                return True
            self._outcomes.append((job, None, NotRun(job.what)))
        log.warning("%s is stopping: refused %s", self._thread.name, job.what)
        self._ready.emit()
        return False

    def _serve(self) -> None:  # the worker thread
        while (job := self._jobs.get()) is not None:
            with self._lock:
                if self._given_up:
                    continue  # `wait` has told its owner already
                self._running = job
            error: BaseException | None = None
            result = None
            try:
                result = job.run()
            except Exception as failure:  # reported to the GUI, which tells the packer
                log.error("background job failed:\n%s", traceback.format_exc())
                error = failure
            with self._lock:
                self._running = None
                self._accepted.remove(job)
                self._outcomes.append((job, result, error))
            try:
                self._ready.emit()
            except RuntimeError:  # the Worker was deleted after `wait` gave up on this job
                return

    @Slot()
    def _deliver(self) -> None:
        """The outcomes so far to their owners, on the owner's thread."""
        while True:
            with self._lock:
                if not self._outcomes:
                    return
                job, result, error = self._outcomes.popleft()
            self._pending -= 1
            if error is None:
                if job.done is not None:
                    job.done(result)
            elif job.failed is not None:
                job.failed(error)
            else:
                self.failed.emit(error)

    def close(self) -> None:
        """Refuse new jobs; the thread ends after the jobs accepted before. Does not wait."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._jobs.put(None)

    def wait(self, timeout: float = STOP_SECONDS) -> list[str]:
        """After `close`: wait up to `timeout` seconds for the accepted jobs. Those it gives up
        on are returned and logged, the one still running first: it ends on its own (its
        outcome is delivered if the Worker still lives), the others are not run and their
        owners get NotRun. Safe to call from any thread; the outcomes are delivered on the
        owner's thread."""
        self._thread.join(timeout)
        with self._lock:
            if not self._thread.is_alive():
                return []
            self._given_up = True
            running = [] if self._running is None else [self._running.what]
            not_run = [job for job in self._accepted if job is not self._running]
            for job in not_run:
                self._accepted.remove(job)
                self._outcomes.append((job, None, NotRun(job.what)))
        if not running and not not_run:
            return []  # the thread was just ending
        log.warning(
            "%s gave up after %.1f s: still running %s; not run %s",
            self._thread.name,
            timeout,
            ", ".join(running) or "nothing",
            ", ".join(job.what for job in not_run) or "nothing",
        )
        self._ready.emit()
        return running + [job.what for job in not_run]

    def stop(self, timeout: float = STOP_SECONDS) -> list[str]:
        """Refuse new jobs, run the ones accepted (for at most `timeout` seconds), and tell their
        owners the outcome now, on the owner's thread, before returning what was not finished.

        The outcomes are delivered here rather than left to the event loop because at the
        application's exit there is no event loop after this, and a done callback may still
        have work to hand on (a printed label to record on the database worker, stopped after
        the devices). The owners are alive while they stop their workers, so their callbacks
        have someone to tell; a job submitted by such a callback to this worker is refused."""
        self.close()
        unfinished = self.wait(timeout)
        self._deliver()
        return unfinished
