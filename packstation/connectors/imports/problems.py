"""What goes wrong with an import: a row that cannot be imported (RowError), a file that
cannot (FileFormatError), and the messages that say why."""

from __future__ import annotations

from dataclasses import dataclass

from packstation.domain.messages import (
    QT_TRANSLATE_NOOP,
    Message,
    Translate,
    untranslated,
)

ORDER_SKIPPED = QT_TRANSLATE_NOOP(
    "Import", "Order {order} was not imported because of the errors above"
)
NOT_TOGETHER = QT_TRANSLATE_NOOP(
    "Import", "Rows of order {order} are not together; sort the file by order number"
)
NO_ORDER_NUMBER = QT_TRANSLATE_NOOP("Import", "The order number is missing")
NO_SKU = QT_TRANSLATE_NOOP("Import", "The SKU is missing")
WRONG_COLUMN_COUNT = QT_TRANSLATE_NOOP(
    "Import", "The row has {found} columns, the header has {expected}"
)
UNREADABLE_ROW = QT_TRANSLATE_NOOP("Import", "The row cannot be read: {detail}")
NOT_WHOLE_NUMBER = QT_TRANSLATE_NOOP("Import", "{column} “{value}” is not a whole number")
NOT_AMOUNT = QT_TRANSLATE_NOOP("Import", "{column} “{value}” is not an amount")
NOT_DATETIME = QT_TRANSLATE_NOOP("Import", "{column} “{value}” is not a date and time")
MISSING_VALUE = QT_TRANSLATE_NOOP("Import", "{column} is missing")
NOT_VALUE = QT_TRANSLATE_NOOP("Import", "{column} has an unexpected value “{value}”")
NOT_OBJECT = QT_TRANSLATE_NOOP("Import", "The record is not a JSON object")
NOT_JSON = QT_TRANSLATE_NOOP("Import", "{file} is not JSON: {detail}")
NOT_ORDERS = QT_TRANSLATE_NOOP("Import", "{file} does not hold {format} orders")
NOT_DATE = QT_TRANSLATE_NOOP("Import", "{column} “{value}” is not a date")
NOT_TAX_RATE = QT_TRANSLATE_NOOP("Import", "{column} “{value}” is not a tax rate")
NOT_YES_NO = QT_TRANSLATE_NOOP(
    "Import", "{column} “{value}” is not yes or no (1/0, true/false, yes/no)"
)
EMPTY_FILE = QT_TRANSLATE_NOOP("Import", "{file} is empty")
MISSING_COLUMNS = QT_TRANSLATE_NOOP("Import", "{file} lacks the columns: {columns}")
NOT_TEXT = QT_TRANSLATE_NOOP("Import", "{file} is not {encoding} text (at byte {offset})")
NOT_ACCEPTED_TEXT = QT_TRANSLATE_NOOP(
    "Import",
    "{file} is not {encoding} text (at byte {offset}); import files are UTF-8, "
    "Shift_JIS (cp932) for Rakuten or Windows-1251 for Ozon",
)


@dataclass(frozen=True, slots=True)
class RowError:
    """A row (or record) that could not be imported, and why."""

    source: str  # the file name as given
    line: int  # 1-based physical line in a CSV file; 1-based record number in a JSON file
    message: Message
    order_number: str = ""

    def render(self, translate: Translate = untranslated) -> str:
        return f"{self.source}:{self.line}: {self.message.render(translate)}"


class FileFormatError(ValueError):
    """The whole file cannot be imported: wrong format, missing columns, not text."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message

    def __reduce__(self) -> tuple[type[FileFormatError], tuple[Message]]:
        return FileFormatError, (self.message,)  # raised in a parsing process, re-raised here
