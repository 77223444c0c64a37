"""Background work for the GUI: one worker thread owns the database work.

`Worker.submit(job, on_done, on_error)` runs `job()` on the worker thread, in the order
submitted (one writer for the database), and calls `on_done(result)` or `on_error(exc)`
back on the thread that owns the Worker (the GUI thread). Jobs are plain Python callables
from `packstation.app`; only this module knows about threads and signals.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


@dataclass(eq=False)
class _Job:
    run: Callable[[], Any]
    done: Done | None
    failed: Failed | None


class _Runner(QObject):
    finished = Signal(object, object, object)  # job, result, error

    @Slot(object)
    def execute(self, job: _Job) -> None:
        try:
            result = job.run()
        except Exception as error:  # reported to the GUI, which tells the packer
            log.error("background job failed:\n%s", traceback.format_exc())
            self.finished.emit(job, None, error)
            return
        self.finished.emit(job, result, None)


class Worker(QObject):
    """A thread for blocking work, reporting back by signals."""

    _run = Signal(object)
    failed = Signal(object)  # an error no job-specific handler took

    def __init__(self, name: str = "packstation-worker", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName(name)
        self._runner = _Runner()
        self._runner.moveToThread(self._thread)
        self._run.connect(self._runner.execute)
        self._runner.finished.connect(self._finished)
        self._pending = 0
        self._thread.start()

    @property
    def pending(self) -> int:
        return self._pending

    def submit(
        self,
        run: Callable[[], Any],
        done: Done | None = None,
        failed: Failed | None = None,
    ) -> None:
        self._pending += 1
        self._run.emit(_Job(run, done, failed))

    @Slot(object, object, object)
    def _finished(self, job: _Job, result: object, error: BaseException | None) -> None:
        self._pending -= 1
        if error is None:
            if job.done is not None:
                job.done(result)
        elif job.failed is not None:
            job.failed(error)
        else:
            self.failed.emit(error)

    def stop(self) -> None:
        """Finish the jobs already submitted, then end the thread."""
        self._thread.quit()
        self._thread.wait()
