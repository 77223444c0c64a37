"""Stable weight frame on the wire → the weight shown in the GUI.

The scale's driver runs on its own thread (as in the app: `ScaleWorker`), reading a real
pseudo-terminal; the benchmark writes one stable frame into the terminal's other end and
times until the weight panel of the GUI thread shows that weight. Continuous-output scales
(CAS) send frames unasked; for polled scales (MT-SICS) the frame is the reply, so the clock
starts when the reply is written.
"""

from __future__ import annotations

import os
import statistics
import time
import tty
from decimal import Decimal

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.timing import percentile
from packstation.app.device_settings import ScaleSettings
from packstation.app.device_status import DeviceStatus
from packstation.app.device_workers import ScaleWorker
from packstation.devices.scale.codec import Display
from packstation.devices.scale.reading import ScaleState
from packstation.devices.scale.registry import protocol
from packstation.gui.weight_panel import WeightPanel

SAMPLES = 200


def measure(name: str, samples: int = SAMPLES) -> list[float]:
    app = QApplication.instance() or QApplication([])
    master, slave = os.openpty()
    tty.setraw(master)
    tty.setraw(slave)
    codec = protocol(name)
    settings = ScaleSettings(enabled=True, protocol=name, port=os.ttyname(slave))
    worker = ScaleWorker(settings)
    panel = WeightPanel()
    shown: dict[str, float] = {}

    def show(status: DeviceStatus) -> None:
        panel.show_scale(status)
        shown[panel.live.text()] = time.perf_counter()

    worker.status.connect(show)
    worker.start()
    times = []
    pending = b""
    try:
        _warm_up(master, codec, shown)
        for i in range(samples):
            grams = Decimal(1000 + i)
            expected = f"{grams} g"
            frame = codec.frame_for(Display(ScaleState.STABLE, grams))
            if codec.poll is not None:  # wait for the driver's poll, then answer it
                while codec.poll not in pending:
                    pending += os.read(master, 64)
                pending = b""
            start = time.perf_counter()
            os.write(master, frame)
            if not _until_shown(expected, shown):
                raise RuntimeError(f"{name}: {expected} never reached the GUI")
            times.append((shown[expected] - start) * 1000)
    finally:
        worker.stop()
        os.close(master)
        os.close(slave)
        panel.deleteLater()
        app.processEvents()
    return times


def _until_shown(text: str, shown: dict[str, float], timeout_ms: int = 2000) -> bool:
    """Run the GUI's event loop until the panel has shown `text`."""
    loop = QEventLoop()
    check = QTimer()
    check.timeout.connect(lambda: text in shown and loop.quit())
    check.start(0)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    check.stop()
    return text in shown


def _wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _warm_up(master: int, codec, shown: dict[str, float]) -> None:  # type: ignore[no-untyped-def]
    """pyserial empties the input when it opens the port: frames count once it is open."""
    frame = codec.frame_for(Display(ScaleState.STABLE, Decimal(999)))
    for _ in range(50):
        if codec.poll is not None:
            os.read(master, 64)
        os.write(master, frame)
        _wait(100)
        if "999 g" in shown:
            return
    raise RuntimeError("the scale driver never read a frame")


def report() -> None:
    print("Stable weight frame on the wire → weight shown in the GUI (goal < 50 ms)")
    for name in ("cas", "mt-sics"):
        times = measure(name)
        print(
            f"  {name:8} {len(times)} frames: median {statistics.median(times):.2f} ms, "
            f"p99 {percentile(times, 0.99):.2f} ms, max {max(times):.2f} ms"
        )


if __name__ == "__main__":
    report()
