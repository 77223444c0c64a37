"""`packstation`: the GUI with no argument, and the headless commands.

packstation [--db URL] [--settings FILE]          start the GUI
packstation --simulate                            the GUI with simulated scale and printers
packstation import FILE [--format F] [--map MAP]  import orders (Rakuten, Ozon, generic)
packstation products import FILE                  import the product catalogue
packstation orders [--status S] [--marketplace M] list orders with deadline and state
packstation check                                 run the confirmation checks again
packstation demo                                  load demo products and orders if empty
packstation scale|simulate|selftest|print ...     the bench devices (see cli_devices)
packstation doc slip|waybill|manifest ...         documents as PDF files (see cli_documents)
packstation outbox list|send|retry ID             buyer mails and confirmations (see cli_outbox)
packstation handover --carrier C [--codes FILE]   the end-of-day handover (see cli_handover)
packstation export|tracking-import b2cloud|ehiden  carrier label software files (see cli_exports)
packstation fetch rakuten|ozon [--since DATE]     import the recent RMS or Ozon orders (cli_fetch)
packstation keys rakuten|ozon                     store a shop's API keys in the OS keyring
packstation users add|list|disable|unlock         who signs in at the stations (cli_users)
packstation backup FILE | restore FILE | serve-check  the database's safety (see cli_backup)
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from platformdirs import user_data_path

from packstation import (
    __version__,
    cli_backup,
    cli_devices,
    cli_documents,
    cli_exports,
    cli_fetch,
    cli_handover,
    cli_outbox,
    cli_users,
)
from packstation.app import simulation
from packstation.app.catalogue import CatalogueSummary
from packstation.app.intake import ImportSummary
from packstation.app.logs import configure_from_environment
from packstation.app.queue import cut_off
from packstation.app.services import Services
from packstation.app.settings import Settings
from packstation.app.startup import CannotStart, load_settings
from packstation.cli_output import print_import, print_row_errors
from packstation.cli_progress import TextProgress
from packstation.connectors.imports.progress import Progress
from packstation.domain.deadlines import countdown
from packstation.domain.states import QUEUE_STATES, OrderState
from packstation.domain.weights import show_grams
from packstation.i18n import install, translate, translate_error, translate_message

PROGRESS = ("auto", "always", "never")
PROGRESS_HELP = "show a progress bar (default auto: when the output is a terminal)"
STATUS_CHOICES = (
    "queue",
    "all",
    "new",
    "confirmed",
    "packing",
    "packed",
    "shipped",
    "delivered",
    "on_hold",
    "cancelled",
    "exception",
    "returned",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="packstation", description="Packing station for e-commerce sellers."
    )
    parser.add_argument("--version", action="version", version=f"packstation {__version__}")
    parser.add_argument(
        "--db",
        help="SQLAlchemy database URL (default: PACKSTATION_DB or the per-user SQLite file)",
    )
    parser.add_argument(
        "--simulate",
        action="store_true",
        help="start the GUI with a simulated scale and printers (demo, trying without hardware); "
        "with a command: the simulated bench's settings and shop",
    )
    parser.add_argument(
        "--settings",
        type=Path,
        help="settings file (default: the per-user settings.json)",
    )
    parser.add_argument(
        "--station",
        metavar="NAME",
        help="this run's station name, instead of the settings' (a second bench on one PC)",
    )
    commands = parser.add_subparsers(dest="command")

    imp = commands.add_parser("import", help="import an order file")
    imp.add_argument("file", type=Path, help="the order file (CSV or JSON)")
    imp.add_argument(
        "--format",
        help="the file's format (default: told from the file)",
        choices=(
            "rakuten",
            "ozon",
            "generic",
            "rakuten-csv",
            "rakuten-json",
            "ozon-json",
            "ozon-csv",
        ),
    )
    imp.add_argument("--map", type=Path, help="column map (JSON) for a generic CSV")
    imp.add_argument("--progress", choices=PROGRESS, default="auto", help=PROGRESS_HELP)

    products = commands.add_parser("products", help="product catalogue")
    product_commands = products.add_subparsers(dest="products_command", required=True)
    product_import = product_commands.add_parser("import", help="import a catalogue CSV")
    product_import.add_argument("file", type=Path, help="the catalogue CSV")
    product_import.add_argument(
        "--progress", choices=PROGRESS, default="auto", help=PROGRESS_HELP
    )
    weights = product_commands.add_parser(
        "weights", help="unit weights that parcels contradict: fix them in the catalogue"
    )
    weights.add_argument(
        "--all", action="store_true", help="every SKU weighed alone, not only those"
    )

    orders = commands.add_parser("orders", help="list orders by ship-by deadline")
    orders.add_argument(
        "--status",
        choices=STATUS_CHOICES,
        default="queue",
        help="which orders (default: the queue, those still to pack)",
    )
    orders.add_argument(
        "--marketplace", choices=("rakuten", "ozon", "other"), help="only this marketplace's"
    )
    orders.add_argument(
        "--search", default="", help="only orders whose number or one of their codes contains this text"
    )

    commands.add_parser("check", help="run the confirmation checks again on new and held orders")

    demo = commands.add_parser("demo", help="load demo products and orders into an empty database")
    demo.add_argument("--images", type=Path, help="where to write the demo product pictures")
    cli_devices.add_parsers(commands)
    cli_documents.add_parsers(commands)
    cli_documents.add_tracking_parsers(commands)
    cli_outbox.add_parsers(commands)
    cli_handover.add_parsers(commands)
    cli_exports.add_parsers(commands)
    cli_fetch.add_parsers(commands)
    cli_users.add_parsers(commands)
    cli_backup.add_parsers(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    configure_from_environment()
    args = build_parser().parse_args(argv)
    if args.command is None:
        from packstation.gui.app import run

        return run(args.db, args.settings, args.simulate, args.station)
    # With --simulate, the simulated bench's settings: the documents name the same shop as its window.
    settings_path = simulation.settings_path(args.settings) if args.simulate else args.settings
    try:
        settings = _start_settings(settings_path, args.station)
        if cli_devices.runs_without_database(args):
            return cli_devices.run(args)
        if cli_documents.runs_without_database(args):
            return cli_documents.run_tracking_check(args)
        if cli_backup.runs_without_services(args):
            return cli_backup.run(args)
        if args.command == "keys":
            return cli_fetch.run_keys(args, settings)
        if args.simulate:
            settings = simulation.with_demo_shop(settings)
        services = Services.open(args.db, settings_path, settings)
        if services.rates_problem is not None:
            print(translate_message(services.rates_problem), file=sys.stderr)
    except CannotStart as failure:
        print(failure.problem.render(translate), file=sys.stderr)
        return 2
    try:
        handler = {
            "import": _import_orders,
            "products": _products,
            "orders": _orders,
            "check": _check,
            "demo": _demo,
            "doc": cli_documents.run_doc,
            "print": cli_documents.run_print,
            "tracking": cli_documents.run_tracking,
            "outbox": cli_outbox.run,
            "handover": cli_handover.run,
            "export": cli_exports.run_export,
            "tracking-import": cli_exports.run_tracking_import,
            "fetch": cli_fetch.run_fetch,
            "users": cli_users.run,
        }[args.command]
        return handler(services, args)
    except BrokenPipeError:
        # `packstation orders | head`: the reader had enough; stop writing, quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    finally:
        services.close()


def _start_settings(path: Path | None, station: str | None) -> Settings:
    """The settings, their language installed; a damaged file kept aside is told."""
    settings, warnings = load_settings(path, station)
    install(settings.language)
    for warning in warnings:
        print(warning.render(translate), file=sys.stderr)
    return settings


def _progress(args: argparse.Namespace, label: str) -> TextProgress | None:
    if args.progress == "never" or (args.progress == "auto" and not sys.stderr.isatty()):
        return None
    return TextProgress(label)


Summary = TypeVar("Summary", ImportSummary, CatalogueSummary)


def _import(args: argparse.Namespace, run: Callable[[Progress | None], Summary]) -> Summary | None:
    """Run an import with its progress bar; None (and the reason printed) when the file as a
    whole cannot be read."""
    progress = _progress(args, args.file.name)
    try:
        return run(progress)
    except (OSError, ValueError) as error:
        print(
            translate("Cli", "Cannot import {file}: {error}").format(
                file=args.file, error=translate_error(error)
            ),
            file=sys.stderr,
        )
        return None
    finally:
        if progress is not None:
            progress.finish()


def _import_orders(services: Services, args: argparse.Namespace) -> int:
    summary = _import(
        args,
        lambda progress: services.import_orders(
            args.file, args.format, column_map=args.map, progress=progress
        ),
    )
    if summary is None:
        return 2
    return print_import(summary, str(args.file))


def _import_products(services: Services, args: argparse.Namespace) -> int:
    summary = _import(
        args, lambda progress: services.import_catalogue(args.file, progress=progress)
    )
    if summary is None:
        return 2
    print_row_errors(summary.errors)
    print(translate_message(summary.report(str(args.file))))
    return 0 if summary.ok else 1


def _products(services: Services, args: argparse.Namespace) -> int:
    if args.products_command == "import":
        return _import_products(services, args)
    header = (
        translate("Cli", "sku"),
        translate("Cli", "catalogue g"),
        translate("Cli", "parcels g"),
        translate("Cli", "parcels"),
        "",
    )
    print("\t".join(header))
    flagged = 0
    for unit in services.unit_weights():
        if not (args.all or unit.disagrees):
            continue
        flagged += unit.disagrees
        learned = unit.learned
        print(
            "\t".join(
                (
                    unit.sku,
                    "" if unit.catalogue is None else show_grams(unit.catalogue),
                    "" if learned is None else show_grams(learned.grams),
                    "0" if learned is None else str(learned.samples),
                    translate("Cli", "fix the catalogue") if unit.disagrees else "",
                )
            )
        )
    return 1 if flagged else 0


def _orders(services: Services, args: argparse.Namespace) -> int:

    if args.status == "queue":
        states = QUEUE_STATES
    elif args.status == "all":
        states = frozenset(OrderState)
    else:
        states = frozenset({OrderState(args.status)})
    page = services.queue(states, args.marketplace, args.search, benched=args.status == "queue")
    now = datetime.now(UTC)
    header = (
        translate("Cli", "ship by"),
        translate("Cli", "left"),
        translate("Cli", "state"),
        translate("Cli", "marketplace"),
        translate("Cli", "order"),
        translate("Cli", "items"),
        translate("Cli", "ship to"),
    )
    print("\t".join(header))
    for row in page.rows:
        overdue, hours, minutes = countdown(row.ship_by, now)
        left = f"{'-' if overdue else ''}{hours}:{minutes:02d}"
        number = row.number if row.seq == 1 else f"{row.number} #{row.seq}"
        fields = (
            row.ship_by.astimezone().strftime("%Y-%m-%d %H:%M"),
            left,
            translate_message(row.state_label()),
            row.marketplace,
            number,
            str(row.units),
            row.destination,
        )
        print("\t".join(fields))
        for reason in row.holds:
            print("\t" + translate_message(reason.message))
    cut = cut_off(page)
    if cut is not None:
        print(translate_message(cut), file=sys.stderr)
    return 0


def _check(services: Services, args: argparse.Namespace) -> int:

    result = services.recheck()
    print(
        translate("Cli", "{confirmed} confirmed, {held} on hold").format(
            confirmed=result.confirmed, held=result.on_hold
        )
    )
    return 0


def _demo(services: Services, args: argparse.Namespace) -> int:
    from packstation.app.demo import (
        load_demo,
    )  # writes pictures with Pillow: only when asked

    images = args.images or user_data_path("packstation", appauthor=False) / "demo-images"
    summary = load_demo(services.db, services.station, services.settings, images_dir=images)
    if summary.skipped:
        print(translate("Cli", "The database already has orders: demo data not loaded"))
    else:
        print(translate_message(summary.report()))
    return 0
