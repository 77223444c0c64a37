"""The device commands of `packstation`: diagnostics and simulators, no database needed.

packstation scale read --port PORT --protocol P [--baud B --bytesize N --parity P]
packstation simulate scale --protocol P [--link PATH]
packstation simulate printer --protocol escpos|zpl|tspl [--port 9100] [--out DIR]
packstation selftest [--scan | --scanned TEXT]
packstation print test --printer receipt|label
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

from packstation import cli_documents
from packstation.app import settings as settings_store
from packstation.app.device_status import Device
from packstation.app.device_tests import print_test
from packstation.app.selftest import run_selftest
from packstation.devices.printers.sim_console import simulate_printer
from packstation.devices.scale.console import read_scale, simulate_scale
from packstation.devices.scale.registry import NAMES, protocol
from packstation.devices.scanner.layout_check import TEST_CODE
from packstation.domain.errors import DomainError
from packstation.i18n import translate, translate_message

COMMANDS = ("scale", "simulate", "selftest", "print")


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    scale = commands.add_parser("scale", help="talk to a serial scale")
    scale_commands = scale.add_subparsers(dest="scale_command", required=True)
    read = scale_commands.add_parser("read", help="print one stable reading in grams")
    read.add_argument("--port", required=True, help="device path, socket://host:port, rfc2217://")
    read.add_argument("--protocol", required=True, choices=NAMES, help="the scale's protocol")
    read.add_argument("--baud", type=int, help="baud rate (default: the protocol's usual)")
    read.add_argument(
        "--bytesize", type=int, choices=(7, 8), help="data bits (default: the protocol's usual)"
    )
    read.add_argument(
        "--parity", choices=("none", "even", "odd"), help="parity (default: the protocol's usual)"
    )
    read.add_argument(
        "--stopbits", type=int, choices=(1, 2), help="stop bits (default: the protocol's usual)"
    )
    read.add_argument("--pattern", help="regular expression of the line protocol")
    read.add_argument("--timeout", type=float, default=5.0, help="seconds (default 5)")

    simulate = commands.add_parser("simulate", help="run a device simulator")
    simulated = simulate.add_subparsers(dest="device", required=True)
    sim_scale = simulated.add_parser("scale", help="a scale on a pseudo-terminal")
    sim_scale.add_argument(
        "--protocol", default="mt-sics", choices=NAMES, help="what it speaks (default mt-sics)"
    )
    sim_scale.add_argument("--link", type=Path, help="keep a symlink to the device here")
    sim_printer = simulated.add_parser("printer", help="a network printer on loopback")
    sim_printer.add_argument(
        "--protocol",
        default="escpos",
        choices=("escpos", "zpl", "tspl"),
        help="what it speaks (default escpos)",
    )
    sim_printer.add_argument("--port", type=int, default=9100, help="TCP port (default 9100)")
    sim_printer.add_argument(
        "--out",
        type=Path,
        default=Path("printed"),
        help="folder for what it prints, decoded (default ./printed)",
    )
    sim_printer.add_argument(
        "--dpi", type=int, default=203, choices=(203, 300), help="its head's dots per inch"
    )

    selftest = commands.add_parser("selftest", help="check every configured device")
    scan = selftest.add_mutually_exclusive_group()
    scan.add_argument("--scan", action="store_true", help="ask for a scan of the test barcode")
    scan.add_argument("--scanned", help="what the scanner typed for the test barcode")

    printing = commands.add_parser("print", help="print on the configured printers")
    print_commands = printing.add_subparsers(dest="print_command", required=True)
    test = print_commands.add_parser("test", help="a test page or test label")
    test.add_argument(
        "--printer",
        choices=("receipt", "label"),
        default="receipt",
        help="which configured printer (default receipt)",
    )
    cli_documents.add_print_parsers(print_commands)


def runs_without_database(args: argparse.Namespace) -> bool:
    """Device commands need the settings only; printing an order's documents reads orders."""
    if args.command == "print":
        return args.print_command == "test"
    return args.command in COMMANDS


def run(args: argparse.Namespace) -> int:
    handler = {
        "scale": _scale_read,
        "simulate": _simulate,
        "selftest": _selftest,
        "print": _print_test,
    }[args.command]
    return handler(args)


def _scale_read(args: argparse.Namespace) -> int:
    try:
        options = {"pattern": args.pattern} if args.pattern else {}
        serial = protocol(args.protocol, **options).serial_config(args.port)
    except DomainError as error:
        print(translate_message(error.message), file=sys.stderr)
        return 2
    changes = {
        "baudrate": args.baud,
        "bytesize": args.bytesize,
        "parity": args.parity,
        "stopbits": args.stopbits,
    }
    serial = dataclasses.replace(serial, **{k: v for k, v in changes.items() if v is not None})
    return read_scale(
        args.protocol, serial, args.timeout, sys.stdout, pattern=args.pattern, translate=translate
    )


def _simulate(args: argparse.Namespace) -> int:
    if args.device == "scale":
        return simulate_scale(args.protocol, args.link, sys.stdin, sys.stdout)
    return simulate_printer(args.protocol, args.port, args.out, args.dpi, sys.stdin, sys.stdout)


def _selftest(args: argparse.Namespace) -> int:
    settings = settings_store.load(args.settings)
    scanned = args.scanned
    if args.scan:
        print(
            translate("Cli", "Scan the scanner test barcode ({code}) now:").format(code=TEST_CODE)
        )
        scanned = sys.stdin.readline().rstrip("\r\n")
    checks = run_selftest(settings, scanned)
    for check in checks:
        print(check.render(translate))
    return 1 if any(check.ok is False for check in checks) else 0


def _print_test(args: argparse.Namespace) -> int:
    settings = settings_store.load(args.settings)
    device = Device.RECEIPT if args.printer == "receipt" else Device.LABEL
    printer = settings.receipt_printer if device is Device.RECEIPT else settings.label_printer
    if not printer.enabled:
        print(translate("Cli", "That printer is not set up at this station."), file=sys.stderr)
        return 2
    result = print_test(device, printer, settings.station_name, translate)
    print(translate_message(result.message))
    return 0 if result.ok else 1
