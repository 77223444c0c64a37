"""The document commands of `packstation`: the same slips, waybills and manifests as the bench.

packstation doc slip ORDER [--page A4|A5] --out FILE.pdf
packstation doc waybill ORDER --out FILE.pdf
packstation doc manifest --carrier C [--day YYYY-MM-DD] --out FILE.pdf
packstation print slip|waybill ORDER [--printer receipt|label] [--reprint [--supervisor NAME]]
packstation tracking add-range --carrier C [--account A] --first N --last M
packstation tracking ranges
packstation tracking check CARRIER NUMBER

A waybill's reprint takes a supervisor's approval, as at the bench: with users, --supervisor
NAME and their PIN (asked); before there are users, the station's supervisor PIN if one is set.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from packstation.app.device_status import Device
from packstation.app.dispatch import range_bodies
from packstation.app.doc_printing import SLIP, WAYBILL, prepare, print_document
from packstation.app.documents import Documents, NoSuchParcel, slip_data, waybill_data
from packstation.app.printing import PrintService, outcome_message
from packstation.app.reprints import NEEDS_SUPERVISOR
from packstation.app.services import Services
from packstation.app.users import NO_APPROVAL, Approval, Ask
from packstation.cli_users import read_pin
from packstation.devices.printers.jobs import ConfirmationRequired, JobState
from packstation.documents.model import CARRIERS
from packstation.domain.carrier_names import carrier_from_name
from packstation.domain.messages import QT_TRANSLATE_NOOP
from packstation.domain.tracking import display, validate
from packstation.i18n import translate, translate_message
from packstation.store.orders import shipments_by_code
from packstation.store.shipping import Parcel, add_range, tracking_ranges

ORDER_HELP = "the order number, posting number or a code on its marketplace label"
OUT_HELP = "the PDF file to write"
NUMBERS_ADDED = QT_TRANSLATE_NOOP("Cli", "%n numbers of {carrier} added", None, 1)


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    doc = commands.add_parser("doc", help="make a document as a PDF file")
    kinds = doc.add_subparsers(dest="doc_kind", required=True)
    slip = kinds.add_parser("slip", help="the packing slip of an order")
    slip.add_argument("order", help=ORDER_HELP)
    slip.add_argument("--page", choices=("A4", "A5"), default="A4", help="paper size (default A4)")
    slip.add_argument("--out", type=Path, required=True, help=OUT_HELP)
    waybill = kinds.add_parser("waybill", help="the waybill (100x150 mm) of an order")
    waybill.add_argument("order", help=ORDER_HELP)
    waybill.add_argument("--out", type=Path, required=True, help=OUT_HELP)
    manifest = kinds.add_parser("manifest", help="the day's handover manifest of a carrier")
    manifest.add_argument("--carrier", choices=CARRIERS, required=True, help="whose parcels")
    manifest.add_argument(
        "--day",
        type=date.fromisoformat,
        default=date.today(),
        help="the day the parcels were weighed, YYYY-MM-DD (default today)",
    )
    manifest.add_argument("--out", type=Path, required=True, help=OUT_HELP)


def add_tracking_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    tracking = commands.add_parser("tracking", help="waybill numbers the carriers gave the shop")
    actions = tracking.add_subparsers(dest="tracking_command", required=True)
    add = actions.add_parser("add-range", help="a block of numbers from a carrier")
    add.add_argument("--carrier", choices=CARRIERS, required=True, help="whose numbers")
    add.add_argument("--account", default="", help="the carrier account the block belongs to")
    add.add_argument("--first", required=True, help="first number, as printed")
    add.add_argument("--last", required=True, help="last number, as printed")
    actions.add_parser("ranges", help="the ranges and how many numbers each has left")
    check = actions.add_parser(
        "check", help="is a number a valid tracking number of a carrier (format and check digit)"
    )
    check.add_argument(
        "carrier",
        help="the carrier: its code (" + ", ".join(CARRIERS) + ") or its name, such as Japan Post",
    )
    check.add_argument("number", help="the tracking number, as printed or scanned")


def runs_without_database(args: argparse.Namespace) -> bool:
    """Checking a tracking number needs no database."""
    return args.command == "tracking" and args.tracking_command == "check"


def run_tracking_check(args: argparse.Namespace) -> int:
    """`tracking check CARRIER NUMBER`: 0 and the number as the carrier prints it when it is
    valid, 1 and why not (stderr), 2 for a carrier the app does not know."""
    carrier = carrier_from_name(args.carrier)
    if carrier is None:
        print(
            translate("Cli", "No carrier is called {name}: use one of {carriers}.").format(
                name=args.carrier, carriers=", ".join(CARRIERS)
            ),
            file=sys.stderr,
        )
        return 2
    check = validate(carrier, args.number)
    if check.message is not None:
        print(translate_message(check.message), file=sys.stderr)
        return 1
    valid = translate("Cli", "valid")
    print(f"{display(carrier, args.number)}\t{valid}")
    return 0


def run_tracking(services: Services, args: argparse.Namespace) -> int:
    if args.tracking_command == "ranges":
        with services.db.engine.connect() as connection:
            for row in tracking_ranges(connection):
                left = max(row.last - row.next + 1, 0)
                print(f"{row.carrier}\t{row.account}\t{row.first}\t{row.last}\t{left}")
        return 0
    try:
        first, last = range_bodies(args.carrier, args.first, args.last)
    except ValueError as error:
        print(str(error), file=sys.stderr)
        return 2
    with services.db.engine.begin() as connection:
        add_range(connection, args.carrier, args.account, first, last)
    print(translate_message(NUMBERS_ADDED(n=last - first + 1, carrier=args.carrier)))
    return 0


def add_print_parsers(print_commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    for kind in (SLIP, WAYBILL):
        command = print_commands.add_parser(kind, help=f"print the {kind} of an order")
        command.add_argument("order", help=ORDER_HELP)
        command.add_argument(
            "--reprint", action="store_true", help="print again although it was printed"
        )
        command.add_argument(
            "--supervisor", default="", help="who approves a waybill's reprint (asked for a PIN)"
        )
        command.add_argument(
            "--printer",
            choices=("receipt", "label"),
            help="which configured printer (default: label for waybills, receipt for slips)",
        )


def _shipment(services: Services, order: str) -> int | None:
    with services.db.engine.connect() as connection:
        found = shipments_by_code(connection, order)
    if not found:
        print(
            translate("Cli", "No order with the number {code}").format(code=order), file=sys.stderr
        )
        return None
    return found[0][0]


def _has_waybill(parcel: Parcel) -> bool:
    """A waybill carries the parcel's tracking number (or is the marketplace's own label): none
    yet, and it is refused (stderr). A parcel without an address carries its marketplace's
    label, and has a waybill only once that label has come."""
    if parcel.marketplace_label is not None:
        return True
    if parcel.ship_to is None:
        print(
            translate(
                "Cli",
                "Order {order} has no address: it goes with its marketplace's label, which has "
                "not come yet (the outbox fetches it once the marketplace has made it).",
            ).format(order=parcel.label),
            file=sys.stderr,
        )
        return False
    if parcel.tracking_number:
        return True
    print(
        translate(
            "Cli",
            "Order {order} has no tracking number yet, so it has no waybill: pack and weigh "
            "it at the bench, where it gets its number, then make the waybill.",
        ).format(order=parcel.label),
        file=sys.stderr,
    )
    return False


def run_doc(services: Services, args: argparse.Namespace) -> int:
    from packstation.documents.manifest import render_manifest
    from packstation.documents.slip_pdf import render_slip_pdf
    from packstation.documents.waybill import render_waybill

    documents = Documents(services.db, services.settings)
    if args.doc_kind == "manifest":
        pdf = render_manifest(documents.manifest(args.carrier, args.day))
    else:
        shipment = _shipment(services, args.order)
        if shipment is None:
            return 2
        parcel = documents.parcel(shipment)
        if args.doc_kind == "waybill" and not _has_waybill(parcel):
            return 1
        today = date.today()
        try:
            if args.doc_kind == "slip":
                pdf = render_slip_pdf(slip_data(parcel, services.settings, today), args.page)
            elif parcel.marketplace_label is not None:
                pdf = parcel.marketplace_label
            else:
                pdf = render_waybill(waybill_data(parcel, services.settings, today))
        except NoSuchParcel as error:
            print(str(error), file=sys.stderr)
            return 2
    args.out.write_bytes(pdf)
    print(args.out)
    return 0


def run_print(services: Services, args: argparse.Namespace) -> int:
    """`print slip|waybill ORDER`: to the printer configured for it, recorded like the bench."""
    kind = args.print_command
    settings = services.settings
    default = "label" if kind == WAYBILL else "receipt"
    device = Device.LABEL if (args.printer or default) == "label" else Device.RECEIPT
    printer = settings.label_printer if device is Device.LABEL else settings.receipt_printer
    if not printer.enabled:
        print(translate("Cli", "That printer is not set up at this station."), file=sys.stderr)
        return 2
    shipment = _shipment(services, args.order)
    if shipment is None:
        return 2
    document = prepare(services.db, settings, shipment, kind, args.reprint)
    if document is None:
        print(
            translate("Cli", "Already printed: add --reprint to print it again."), file=sys.stderr
        )
        return 1
    if kind == WAYBILL and not _has_waybill(document.parcel):
        return 1
    if document.copy > 1:
        refusal = services.allow_reprint(shipment, kind, "", _approval(services, args, kind))
        if refusal is not None:
            print(translate_message(refusal), file=sys.stderr)
            return 1
    service = PrintService(device, printer)
    try:
        printout = print_document(
            service, services.db, services.station, document, settings, date.today()
        )
    except ConfirmationRequired as error:
        print(translate_message(error.message), file=sys.stderr)
        return 1
    print(translate_message(outcome_message(printout.job, printout.outcome)))
    return 0 if printout.outcome.state is JobState.PRINTED else 1


def _approval(services: Services, args: argparse.Namespace, kind: str) -> Approval:
    """The supervisor's approval of a reprint, as the station asks it: their name (given) and
    PIN (asked), or the station's supervisor PIN; nothing for a document the packer reprints."""
    ask = services.asks_approval()
    if kind not in NEEDS_SUPERVISOR or ask is Ask.NOTHING:
        return NO_APPROVAL
    if ask is Ask.PIN:
        return Approval(pin=read_pin(translate("Cli", "Supervisor PIN: ")))
    if not args.supervisor:
        return NO_APPROVAL
    prompt = translate("Cli", "PIN of {name}: ").format(name=args.supervisor)
    return Approval(name=args.supervisor, pin=read_pin(prompt))
