"""The items of the open order: picture, name, ordered, scanned; green when complete."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QPixmap

from packstation.domain.bench import LineView
from packstation.domain.model import UnitCodeKind
from packstation.gui import style

Index = QModelIndex | QPersistentModelIndex
THUMB = 72


class LinesModel(QAbstractTableModel):
    IMAGE, ITEM, ORDERED, SCANNED = range(4)

    def __init__(self) -> None:
        super().__init__()
        self.lines: tuple[LineView, ...] = ()
        self.last_line: int | None = None
        self._pixmaps: dict[str, QPixmap] = {}
        self._big = QFont()
        self._big.setPointSize(22)
        self._big.setBold(True)

    def set_lines(self, lines: tuple[LineView, ...], last_line: int | None) -> None:
        self.beginResetModel()
        self.lines = lines
        self.last_line = last_line
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 4

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return ["", self.tr("Item"), self.tr("Ordered"), self.tr("Scanned")][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.ITEM:
                return self._describe(line)
            if column == self.ORDERED:
                return str(line.ordered)
            if column == self.SCANNED:
                return str(line.scanned)
        if role == Qt.ItemDataRole.DecorationRole and column == self.IMAGE:
            return self._pixmap(line.image_path)
        if role == Qt.ItemDataRole.SizeHintRole and column == self.IMAGE:
            return QSize(THUMB + 8, THUMB + 8)
        if role == Qt.ItemDataRole.FontRole and column in (self.ORDERED, self.SCANNED):
            return self._big
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.ORDERED,
            self.SCANNED,
        ):
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole:
            if line.line_id == self.last_line and line.open > 0:
                return style.LINE_LAST
            if line.open <= 0:
                return style.LINE_DONE
            if line.scanned > 0:
                return style.LINE_PARTIAL
        return None

    def _describe(self, line: LineView) -> str:
        parts = [line.name]
        if line.variant:
            parts.append(line.variant)
        details = [line.sku]
        if line.fragile:
            details.append(self.tr("FRAGILE"))
        if line.unit_code is UnitCodeKind.SERIAL:
            details.append(self.tr("serial number per unit"))
        elif line.unit_code is UnitCodeKind.LOT:
            details.append(self.tr("lot per unit"))
        elif line.unit_code is UnitCodeKind.MARK:
            details.append(self.tr("Честный ЗНАК mark per unit"))
        if not line.has_barcode:
            details.append(self.tr("no barcode on file"))
        parts.append(" · ".join(details))
        return "\n".join(parts)

    def _pixmap(self, path: str) -> QPixmap | None:
        if not path:
            return None
        if path not in self._pixmaps:
            pixmap = QPixmap(path) if Path(path).exists() else QPixmap()
            self._pixmaps[path] = (
                pixmap.scaled(
                    THUMB,
                    THUMB,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
                if not pixmap.isNull()
                else pixmap
            )
        pixmap = self._pixmaps[path]
        return None if pixmap.isNull() else pixmap
