"""The result banner: always three lines high, so the view below it never jumps; a message longer
than three lines at the full size is set smaller until it fits."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from packstation.app.packing import Level
from packstation.gui import style

LINES = 3
FULL_PX = 26
SMALLEST_PX = 12


class Banner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.level = Level.INFO
        self.font_px = FULL_PX
        self.setFixedHeight(LINES * self._metrics(FULL_PX).lineSpacing() + 2 * style.BANNER_PADDING)

    def show_message(self, level: Level, text: str) -> None:
        self.level = level
        self.setProperty("level", level.value)
        self.setText(text)
        self._fit()

    def fits(self) -> bool:
        """Whether the text shows whole at the size it is set in."""
        return self._needed_height(self.font_px) <= self._text_rect().height()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        size = FULL_PX
        room = self._text_rect().height()
        while size > SMALLEST_PX and self._needed_height(size) > room:
            size -= 1
        self.font_px = size
        self.setToolTip("" if self.fits() else self.text())
        self.setStyleSheet(style.banner_css(self.level, size))

    def _text_rect(self) -> QRect:
        pad = style.BANNER_PADDING
        return self.rect().adjusted(pad, pad, -pad, -pad)

    def _needed_height(self, size: int) -> int:
        width = max(self._text_rect().width(), 1)
        bounds = self._metrics(size).boundingRect(
            QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, self.text()
        )
        return bounds.height()

    def _metrics(self, size: int) -> QFontMetrics:
        font = QFont(self.font())
        font.setPixelSize(size)
        font.setWeight(QFont.Weight.DemiBold)
        return QFontMetrics(font)
