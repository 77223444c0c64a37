"""`packstation handover`: the end-of-day handover to a carrier, headless.

packstation handover --carrier C [--date YYYY-MM-DD] [--codes FILE|-] [--close]
                     [--allow-missing] [--receipt FILE] [--manifest OUT.pdf]

The scanned numbers are read one a line (a file, or `-` for standard input) into the
carrier's open handover of the day, which a second run resumes: nothing is lost. Each parcel
stopped is printed with its reason, then the parcels of the list not scanned. Exit code 0
when every listed parcel is scanned (and handed over, with --close) and none was stopped;
1 with a parcel stopped or missing; 2 for a carrier the app does not know or a file it
cannot read.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from datetime import date
from pathlib import Path

from packstation.app.handover import HandoverError, HandoverView, MissingParcels
from packstation.app.services import Services
from packstation.documents.model import CARRIERS
from packstation.domain.carrier_names import carrier_from_name
from packstation.domain.handover import Verdict
from packstation.domain.messages import QT_TRANSLATE_NOOP
from packstation.domain.tracking import carrier_name
from packstation.i18n import translate, translate_error, translate_message

OPENED = QT_TRANSLATE_NOOP(
    "Cli", "Handover {id} of {carrier} for {day}: {scanned} of {total} parcels scanned"
)
MISSING = QT_TRANSLATE_NOOP("Cli", "%n parcels not scanned:", None, 1)
CLOSED = QT_TRANSLATE_NOOP(
    "Cli", "Handover closed: %n parcels handed over; manifest {path}", None, 1
)
RECEIPT = QT_TRANSLATE_NOOP("Cli", "Receipt attached: {name}")
CLOSE_FIRST = QT_TRANSLATE_NOOP(
    "Cli", "The manifest is written when the handover closes: add --close."
)


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    handover = commands.add_parser(
        "handover", help="hand a carrier its parcels: scanned numbers in, manifest out"
    )
    handover.add_argument(
        "--carrier",
        required=True,
        help="the carrier: its code (" + ", ".join(CARRIERS) + ") or its name",
    )
    handover.add_argument(
        "--date",
        type=date.fromisoformat,
        default=date.today(),
        help="the pickup day, YYYY-MM-DD (default today)",
    )
    handover.add_argument(
        "--codes", help="the scanned numbers, one a line: a file, or - for standard input"
    )
    handover.add_argument(
        "--close", action="store_true", help="close the handover: the scanned parcels go"
    )
    handover.add_argument(
        "--allow-missing",
        action="store_true",
        help="close although parcels of the list are not scanned (they stay for the next)",
    )
    handover.add_argument(
        "--receipt", type=Path, help="the carrier's signed receipt, a PDF or an image"
    )
    handover.add_argument("--manifest", type=Path, help="also write the manifest PDF here")


def _codes(source: str) -> list[str]:
    lines = sys.stdin if source == "-" else Path(source).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip()]


def run(services: Services, args: argparse.Namespace) -> int:
    carrier = carrier_from_name(args.carrier)
    if carrier is None:
        print(
            translate("Cli", "No carrier is called {name}: use one of {carriers}.").format(
                name=args.carrier, carriers=", ".join(CARRIERS)
            ),
            file=sys.stderr,
        )
        return 2
    try:
        codes = _codes(args.codes) if args.codes else []
    except (OSError, UnicodeDecodeError) as error:
        print(translate_error(error), file=sys.stderr)
        return 2
    handovers = services.handover()
    view = handovers.open(carrier, args.date)
    stopped = False
    for code in codes:
        result = handovers.scan(view.handover_id, code)
        view = result.view
        if result.verdict is Verdict.ACCEPTED:
            print(translate_message(result.message))
            continue
        print(f"{code}\t{translate_message(result.message)}", file=sys.stderr)
        # A parcel scanned twice is handed over all the same: a second run of a list is no fault.
        stopped = stopped or result.verdict is not Verdict.ALREADY_SCANNED
    missing = _report(view)
    failed = stopped or missing
    if args.close and view.closed_at is None:
        try:
            closed = handovers.close(view.handover_id, allow_missing=args.allow_missing)
        except MissingParcels as missing:
            print(translate_message(missing.message), file=sys.stderr)
            failed = True
        else:
            view = closed.view
            message = CLOSED(n=closed.handed_over, path=str(closed.manifest))
            print(translate_message(message))
    if args.manifest is not None:
        failed = not _copy_manifest(view, args.manifest) or failed
    if args.receipt is not None:
        try:
            view = handovers.attach_receipt(view.handover_id, args.receipt)
        except HandoverError as error:
            print(translate_message(error.message), file=sys.stderr)
            return 1
        print(translate_message(RECEIPT(name=view.receipt_name)))
    return 1 if failed else 0


def _report(view: HandoverView) -> bool:
    """The handover's count, and the parcels not scanned (stderr); whether there are any."""
    message = OPENED(
        id=view.handover_id,
        carrier=carrier_name(view.carrier),
        day=view.day.isoformat(),
        scanned=view.scanned,
        total=len(view.parcels),
    )
    print(translate_message(message))
    missing = view.missing
    if missing:
        print(translate_message(MISSING(n=len(missing))), file=sys.stderr)
        for parcel in missing:
            print(f"\t{parcel.label}\t{parcel.tracking}", file=sys.stderr)
    return bool(missing)


def _copy_manifest(view: HandoverView, out: Path) -> bool:
    if view.manifest is None:
        print(translate_message(CLOSE_FIRST()), file=sys.stderr)
        return False
    shutil.copyfile(view.manifest, out)
    print(out)
    return True
