"""What a simulated printer printed, as the paper shows it: text lines in their emphasis, size
and alignment, and images, in the order printed, scaled to the preview's width."""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from packstation.devices.printers.simulation import DecodedJob, PrintedLine

DOTS_PER_COLUMN = 12  # ESC/POS Font A: 12 dots a character, 48 columns on 576 dots
_ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft,
    "center": Qt.AlignmentFlag.AlignHCenter,
    "right": Qt.AlignmentFlag.AlignRight,
}


def to_qimage(image: Image.Image) -> QImage:
    grey = image.convert("L")
    data = grey.tobytes()
    return QImage(data, grey.width, grey.height, grey.width, QImage.Format.Format_Grayscale8).copy()


class PrintoutPreview(QTextBrowser):
    """A read-only page of the last printed job, `width` pixels for the paper."""

    def __init__(self, width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paper_width = width
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(width + 2 * int(self.document().documentMargin()) + 4)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def show_job(self, job: DecodedJob) -> None:
        parts = list(job.parts)
        while parts and isinstance(parts[-1], PrintedLine) and not parts[-1].text.strip():
            parts.pop()  # the feed before the cut
        columns = max(
            (len(p.text) * p.size[0] for p in parts if isinstance(p, PrintedLine)), default=0
        )
        dots = max(
            [columns * DOTS_PER_COLUMN] + [p.width for p in parts if isinstance(p, Image.Image)]
        )
        scale = self.paper_width / dots if dots else 1.0
        font = self._font(DOTS_PER_COLUMN * scale)
        self.clear()
        cursor = QTextCursor(self.document())
        for index, part in enumerate(parts):
            block = QTextBlockFormat()
            if isinstance(part, PrintedLine):
                block.setAlignment(_ALIGN.get(part.align, Qt.AlignmentFlag.AlignLeft))
            if index:
                cursor.insertBlock(block)
            else:
                cursor.setBlockFormat(block)
            if isinstance(part, PrintedLine):
                cursor.insertText(part.text, self._format(font, part))
            else:
                image = to_qimage(part)
                width = max(1, round(part.width * scale))
                cursor.insertImage(
                    image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
                )

    def _font(self, column_width: float) -> QFont:
        """A fixed-pitch font whose characters are `column_width` pixels wide."""
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPixelSize(20)
        advance = QFontMetricsF(font).horizontalAdvance("0")
        font.setPixelSize(max(1, int(20 * column_width / advance)))
        return font

    def _format(self, font: QFont, line: PrintedLine) -> QTextCharFormat:
        width, height = line.size
        sized = QFont(font)
        sized.setPixelSize(font.pixelSize() * height)
        sized.setStretch(max(1, min(4000, 100 * width // height)))
        sized.setBold(line.bold)
        text_format = QTextCharFormat()
        text_format.setFont(sized)
        return text_format
