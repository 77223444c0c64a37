"""Who is signed in at the window, and the lock: at start when there are users, on Sign out
(Ctrl+L), and after `settings.lock_after_minutes` without a key, click or scan.

While locked the bench stays as it was behind the sign-in screen (an open order resumes when
someone signs in) and every scan goes to the sign-in, as a badge. Before the first user is
added nothing locks and everyone may do everything, as before users.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from packstation.app.services import Services
from packstation.app.users import SignIn
from packstation.app.workers import Worker
from packstation.gui import texts
from packstation.gui.sign_in_dialog import SignInDialog
from packstation.i18n import translate_error

_ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel})
MINUTE_MS = 60_000


class StationLock(QObject):
    def __init__(self, window: QMainWindow, services: Services, worker: Worker) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.worker = worker
        self.status = QLabel()
        self.status.setObjectName("signedIn")
        self.dialog = SignInDialog(services.settings.station_name, window)
        self.dialog.badge_scanned.connect(self._badge)
        self.dialog.pin_entered.connect(self._pin)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    @property
    def locked(self) -> bool:
        return self.dialog.isVisible()

    def start(self) -> None:
        """Locked at start when there are users; else the station works as before."""
        if self.services.access.has_users:
            self.lock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _ACTIVITY:
            self.touch()
        return False

    def touch(self) -> None:
        """Someone is at the station (a key, a click, a scan from the serial scanner too)."""
        if self.idle.isActive():
            self.idle.start()

    def lock(self) -> None:
        if not self.services.access.has_users or self.locked:
            return
        self.idle.stop()
        self.worker.submit(self.services.sign_out, None, self._failed)
        self.status.setText(self.tr("Locked"))
        self.window.centralWidget().hide()
        self.dialog.clear()
        self.dialog.open()

    def sign_out(self) -> None:
        if not self.services.access.has_users:
            self.status.setText(
                self.tr("No users yet: add the first admin with `packstation users add`")
            )
            return
        self.lock()

    def _badge(self, code: str) -> None:
        self.worker.submit(lambda: self.services.sign_in_badge(code), self._signed, self._failed)

    def _pin(self, name: str, pin: str) -> None:
        self.worker.submit(lambda: self.services.sign_in_pin(name, pin), self._signed, self._failed)

    def _signed(self, result: SignIn) -> None:
        if result.user is None:
            self.dialog.refused(texts.message(result.message))
            return
        self.status.setText(texts.message(result.message))
        self.dialog.hide()
        self.window.centralWidget().show()
        minutes = self.services.settings.lock_after_minutes
        if minutes > 0:
            self.idle.start(minutes * MINUTE_MS)

    def _failed(self, error: BaseException) -> None:
        self.dialog.refused(translate_error(error))

    def admin_only(self, slot: Callable[[], None]) -> Callable[[], None]:
        """The slot, run only for an admin (anyone before there are users)."""

        def guarded() -> None:
            if self.services.access.may_administer():
                slot()
                return
            QMessageBox.warning(
                self.window,
                self.tr("Admin only"),
                self.tr("Only an admin may change this. Sign out (Ctrl+L) and sign in as one."),
            )

        return guarded

    def stop(self) -> None:
        self.idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
