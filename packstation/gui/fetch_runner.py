"""The connected shops' orders fetched in the background, every few minutes as each shop's
settings say (`fetch_minutes`), on a thread of its own; the last result and its time in the
status bar. A marketplace that is down leaves the queue as it was: the bench works on."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from packstation.app.fetching import FAILED, MARKETS, Fetched
from packstation.app.services import Services
from packstation.app.workers import Worker
from packstation.gui import texts
from packstation.i18n import translate_message

CHECK_MS = 30_000  # how often the runner looks whether a shop is due


class FetchRunner(QObject):
    fetched = Signal(object)  # Fetched

    def __init__(self, services: Services, parent: QWidget) -> None:
        super().__init__(parent)
        self.services = services
        self.worker = Worker("packstation-fetch", self)
        self.status = QLabel()
        self.status.setObjectName("fetchStatus")
        self.status.setVisible(False)
        self.last: dict[str, Fetched] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.fetch_due)
        self._timer.start()
        self.fetch_due()

    def due(self) -> list[str]:
        """The connected shops whose fetch is due now."""
        now = self.services.station.now()
        markets = []
        for market in MARKETS:
            api = getattr(self.services.settings, market)
            if not api.enabled or api.fetch_minutes <= 0:
                continue
            last = self.last.get(market)
            if last is None or (now - last.at).total_seconds() >= api.fetch_minutes * 60:
                markets.append(market)
        return markets

    def fetch_due(self) -> None:
        if self.worker.pending:
            return  # the fetch before is still at it
        for market in self.due():
            self.worker.submit(
                lambda market=market: self.services.fetch(market),
                self._show,
                lambda error, market=market: self._show(
                    Fetched(market, self.services.station.now(), problem=FAILED(error=str(error)))
                ),
            )

    def _show(self, result: Fetched) -> None:
        self.last[result.market] = result
        parts = []
        failed = False
        for market in MARKETS:
            last = self.last.get(market)
            if last is None:
                continue
            at = last.at.astimezone().strftime("%H:%M")
            name = texts.marketplace(market)
            if last.problem is not None:
                failed = True
                parts.append(
                    self.tr("{0} {1}: {2}").format(name, at, translate_message(last.problem))
                )
            elif last.summary is not None:
                new, changed = last.summary.new, last.summary.changed
                parts.append(
                    self.tr("{0} {1}: {2} new, {3} changed").format(name, at, new, changed)
                )
        self.status.setText(" · ".join(parts))
        self.status.setVisible(bool(parts))
        self.status.setStyleSheet("color:#c62828; font-weight:600;" if failed else "")
        self.fetched.emit(result)

    def stop(self) -> None:
        self._timer.stop()
        self.worker.stop()
