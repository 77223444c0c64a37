"""How the commands print what an order import did: the same for a file and a marketplace."""

from __future__ import annotations

import sys

from packstation.app.intake import ImportSummary
from packstation.connectors.imports.problems import RowError
from packstation.i18n import translate, translate_message


def print_row_errors(errors: list[RowError]) -> None:
    for error in errors:
        print(error.render(translate), file=sys.stderr)


def print_import(summary: ImportSummary, source: str) -> int:
    """The records that failed and the changes not applied (stderr), the summary (stdout);
    the exit code: 0 when every record was read, else 1."""
    print_row_errors(summary.errors)
    for item in summary.not_applied:
        print(translate_message(item), file=sys.stderr)
    print(translate_message(summary.report(source)))
    return 0 if summary.ok else 1
