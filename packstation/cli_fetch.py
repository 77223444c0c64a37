"""The marketplace commands of `packstation`: orders fetched from the APIs, and their keys.

packstation fetch rakuten [--since YYYY-MM-DD] [--shop S]   import the recent Rakuten orders
packstation keys rakuten [--shop S] [--forget]              store (or remove) a shop's RMS keys
"""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import date, datetime, time, timedelta

from packstation.app.credentials import Credentials, NoKeyring
from packstation.app.fetching import RAKUTEN_SOURCE, rakuten_orders
from packstation.app.intake import Intake
from packstation.app.services import Services
from packstation.cli_output import print_import
from packstation.connectors.api_errors import ApiError
from packstation.connectors.rakuten_rms import DEFAULT_BASE_URL, JST, RakutenKeys, RakutenRms
from packstation.i18n import translate, translate_message

DEFAULT_SHOP = "default"
DEFAULT_DAYS = 14
SHOP_HELP = f"which shop's keys (default: {DEFAULT_SHOP}); each shop has its own"


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    fetch = commands.add_parser("fetch", help="import the orders of a marketplace API")
    markets = fetch.add_subparsers(dest="market", required=True)
    rakuten = markets.add_parser("rakuten", help="the Rakuten orders of RMS (RakutenPayOrderAPI)")
    rakuten.add_argument(
        "--since",
        type=date.fromisoformat,
        metavar="DATE",
        help=f"orders placed since this day, YYYY-MM-DD, Japan time (default: {DEFAULT_DAYS} "
        "days ago); longer periods are fetched 63 days at a time",
    )
    rakuten.add_argument("--shop", default=DEFAULT_SHOP, metavar="NAME", help=SHOP_HELP)
    rakuten.add_argument(
        "--api-url",
        default=DEFAULT_BASE_URL,
        metavar="URL",
        help=f"the RakutenPayOrderAPI address (default {DEFAULT_BASE_URL})",
    )
    rakuten.add_argument(
        "--timeout",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help="seconds to wait for each answer of the API (default 30)",
    )

    keys = commands.add_parser("keys", help="the marketplace API keys, kept in the OS keyring")
    key_markets = keys.add_subparsers(dest="market", required=True)
    rakuten_keys = key_markets.add_parser(
        "rakuten", help="the RMS serviceSecret and licenseKey of a shop, asked for in turn"
    )
    rakuten_keys.add_argument("--shop", default=DEFAULT_SHOP, metavar="NAME", help=SHOP_HELP)
    rakuten_keys.add_argument(
        "--forget", action="store_true", help="remove the shop's keys from the keyring"
    )


def _ask(prompt: str) -> str:
    """A secret from the terminal without echo, or a line of the piped input."""
    if sys.stdin.isatty():
        return getpass.getpass(prompt).strip()
    return sys.stdin.readline().strip()


def run_keys(args: argparse.Namespace) -> int:
    credentials = Credentials()
    try:
        if args.forget:
            credentials.forget("rakuten", args.shop)
            print(translate("Cli", "The Rakuten keys of {shop} are removed").format(shop=args.shop))
            return 0
        secret = _ask(translate("Cli", "serviceSecret: "))
        license_key = _ask(translate("Cli", "licenseKey: "))
        if not secret or not license_key:
            print(translate("Cli", "Both keys are needed; nothing was stored"), file=sys.stderr)
            return 2
        credentials.save_rakuten(args.shop, RakutenKeys(secret, license_key))
    except NoKeyring as error:
        print(translate_message(error.message), file=sys.stderr)
        return 2
    print(translate("Cli", "The Rakuten keys of {shop} are stored").format(shop=args.shop))
    return 0


def run_fetch(services: Services, args: argparse.Namespace) -> int:
    try:
        keys = Credentials().rakuten(args.shop)
    except NoKeyring as error:
        print(translate_message(error.message), file=sys.stderr)
        return 2
    if keys is None:
        print(
            translate(
                "Cli",
                "No Rakuten keys for the shop {shop}: store them with packstation keys rakuten",
            ).format(shop=args.shop),
            file=sys.stderr,
        )
        return 2
    until = services.station.now()
    since = (
        datetime.combine(args.since, time(), JST)
        if args.since
        else until - timedelta(days=DEFAULT_DAYS)
    )
    try:
        with RakutenRms(keys, base_url=args.api_url, timeout=args.timeout) as client:
            orders = rakuten_orders(client, since, until)
    except ApiError as error:
        print(
            translate("Cli", "{error}. Nothing was imported; the order queue is as it was.").format(
                error=translate_message(error.message)
            ),
            file=sys.stderr,
        )
        return 1
    summary = Intake(services.db, services.station, services.settings).store_orders(
        orders, RAKUTEN_SOURCE
    )
    return print_import(summary, RAKUTEN_SOURCE)
