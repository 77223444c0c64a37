"""The carrier file commands of `packstation`: the day's parcels for the carrier's label
software, and the tracking numbers it issued back.

packstation export b2cloud|ehiden [--date YYYY-MM-DD] FILE
packstation tracking-import b2cloud|ehiden FILE
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from packstation.app.carrier_exports import (
    EXPORTED,
    FORMATS,
    IMPORTED,
    Outcome,
    export_day,
    import_tracking,
)
from packstation.app.services import Services
from packstation.i18n import translate, translate_error, translate_message

FORMAT_HELP = "b2cloud: Yamato B2 Cloud; ehiden: Sagawa e飛伝Ⅲ"


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    export = commands.add_parser(
        "export", help="the day's parcels as a CSV file for the carrier's label software"
    )
    export.add_argument("format", choices=tuple(FORMATS), help=FORMAT_HELP)
    export.add_argument(
        "--date",
        type=date.fromisoformat,
        default=date.today(),
        help="the day the parcels were weighed, YYYY-MM-DD (default today)",
    )
    export.add_argument("file", type=Path, help="the CSV file to write (Shift_JIS)")
    tracking = commands.add_parser(
        "tracking-import", help="tracking numbers the carrier's label software issued"
    )
    tracking.add_argument("format", choices=tuple(FORMATS), help=FORMAT_HELP)
    tracking.add_argument("file", type=Path, help="the software's export of issued waybills")


def _report(outcome: Outcome) -> int:
    for message in (*outcome.notes, *outcome.problems):
        print(translate_message(message), file=sys.stderr)
    return 1 if outcome.problems else 0


def run_export(services: Services, args: argparse.Namespace) -> int:
    try:
        outcome = export_day(services.db, services.settings, args.format, args.date, args.file)
    except OSError as error:
        print(
            translate("Cli", "Cannot write {file}: {error}").format(
                file=args.file, error=translate_error(error)
            ),
            file=sys.stderr,
        )
        return 2
    status = _report(outcome)
    print(translate_message(EXPORTED(n=outcome.done, file=str(args.file))))
    return status


def run_tracking_import(services: Services, args: argparse.Namespace) -> int:
    try:
        outcome = import_tracking(services.db, args.format, args.file)
    except OSError as error:
        print(
            translate("Cli", "Cannot import {file}: {error}").format(
                file=args.file, error=translate_error(error)
            ),
            file=sys.stderr,
        )
        return 2
    status = _report(outcome)
    print(
        translate_message(
            IMPORTED(n=outcome.done, unchanged=outcome.unchanged, file=str(args.file))
        )
    )
    return status
