"""The marketplace commands of `packstation`: orders fetched from the APIs, and their keys.

packstation fetch rakuten|ozon [--since YYYY-MM-DD] [--shop S]   import a marketplace's orders
packstation keys rakuten|ozon [--shop S] [--forget]              store (or remove) a shop's keys
packstation keys smtp                                            the mail server's password
"""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from packstation.app.fetching import (
    OZON_SOURCE,
    PACK_BY_AHEAD,
    RAKUTEN_SOURCE,
    marketplace_orders,
    store_fetched,
)
from packstation.app.device_settings import NotifySettings
from packstation.app.services import Services
from packstation.app.settings import Settings
from packstation.cli_output import print_import
from packstation.connectors import ozon_seller, rakuten_rms
from packstation.connectors.api_errors import ApiError
from packstation.connectors.ozon_seller import OzonKeys
from packstation.connectors.rakuten_rms import RakutenKeys
from packstation.domain.messages import QT_TRANSLATE_NOOP, Text
from packstation.i18n import translate, translate_message

if TYPE_CHECKING:
    from packstation.app.credentials import Credentials

NO_SMTP_LOGIN = QT_TRANSLATE_NOOP(
    "Cli",
    "Set notify.smtp_host and notify.username in the settings first: the password is the "
    "password of that login",
)
DEFAULT_SHOP = "default"
DEFAULT_DAYS = 14
SHOP_HELP = f"which shop's keys (default: {DEFAULT_SHOP}); each shop has its own"

@dataclass(frozen=True)
class Market:
    """What the commands need to know of one marketplace."""

    name: str  # as the commands write it
    source: str  # how the import summary names it
    fetch_help: str
    since_help: str
    api_help: str
    default_url: str
    zone: tzinfo  # the day of --since starts at midnight here
    keys_help: str
    prompts: tuple[Text, Text]
    stored: Text
    removed: Text
    no_keys: Text
    save: Callable[[Credentials, str, str, str], None]  # a shop's two keys, in prompt order
    keys_of: Callable[[Credentials, str], Any]  # the shop's keys, or None


MARKETS = {
    market.name: market
    for market in (
        Market(
            name="rakuten",
            source=RAKUTEN_SOURCE,
            fetch_help="the Rakuten orders of RMS (RakutenPayOrderAPI)",
            since_help=f"orders placed since this day, YYYY-MM-DD, Japan time (default: "
            f"{DEFAULT_DAYS} days ago); longer periods are fetched 63 days at a time",
            api_help="the RakutenPayOrderAPI address",
            default_url=rakuten_rms.DEFAULT_BASE_URL,
            zone=rakuten_rms.JST,
            keys_help="the RMS serviceSecret and licenseKey of a shop, asked for in turn",
            prompts=(
                QT_TRANSLATE_NOOP("Cli", "serviceSecret: "),
                QT_TRANSLATE_NOOP("Cli", "licenseKey: "),
            ),
            stored=QT_TRANSLATE_NOOP("Cli", "The Rakuten keys of {shop} are stored"),
            removed=QT_TRANSLATE_NOOP("Cli", "The Rakuten keys of {shop} are removed"),
            no_keys=QT_TRANSLATE_NOOP(
                "Cli",
                "No Rakuten keys for the shop {shop}: store them with packstation keys rakuten",
            ),
            save=lambda credentials, shop, secret, key: credentials.save_rakuten(
                shop, RakutenKeys(secret, key)
            ),
            keys_of=lambda credentials, shop: credentials.rakuten(shop),
        ),
        Market(
            name="ozon",
            source=OZON_SOURCE,
            fetch_help="the Ozon postings awaiting packaging (Seller API, FBS and rFBS)",
            since_help=f"postings to pack by this day or later, YYYY-MM-DD, Moscow time "
            f"(default: {DEFAULT_DAYS} days ago), up to {PACK_BY_AHEAD.days} days ahead",
            api_help="the Ozon Seller API address",
            default_url=ozon_seller.DEFAULT_BASE_URL,
            zone=ozon_seller.MSK,
            keys_help="the Client-Id and Api-Key of an Ozon seller account, asked for in turn",
            prompts=(
                QT_TRANSLATE_NOOP("Cli", "Client-Id: "),
                QT_TRANSLATE_NOOP("Cli", "Api-Key: "),
            ),
            stored=QT_TRANSLATE_NOOP("Cli", "The Ozon keys of {shop} are stored"),
            removed=QT_TRANSLATE_NOOP("Cli", "The Ozon keys of {shop} are removed"),
            no_keys=QT_TRANSLATE_NOOP(
                "Cli", "No Ozon keys for the shop {shop}: store them with packstation keys ozon"
            ),
            save=lambda credentials, shop, client_id, key: credentials.save_ozon(
                shop, OzonKeys(client_id, key)
            ),
            keys_of=lambda credentials, shop: credentials.ozon(shop),
        ),
    )
}


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    fetch = commands.add_parser("fetch", help="import the orders of a marketplace API")
    markets = fetch.add_subparsers(dest="market", required=True)
    keys = commands.add_parser("keys", help="the marketplace API keys, kept in the OS keyring")
    key_markets = keys.add_subparsers(dest="market", required=True)
    for market in MARKETS.values():
        command = markets.add_parser(market.name, help=market.fetch_help)
        command.add_argument(
            "--since", type=date.fromisoformat, metavar="DATE", help=market.since_help
        )
        command.add_argument("--shop", default=DEFAULT_SHOP, metavar="NAME", help=SHOP_HELP)
        command.add_argument(
            "--api-url",
            default=market.default_url,
            metavar="URL",
            help=f"{market.api_help} (default {market.default_url})",
        )
        command.add_argument(
            "--timeout",
            type=float,
            default=30.0,
            metavar="SECONDS",
            help="seconds to wait for each answer of the API (default 30)",
        )
        key_command = key_markets.add_parser(market.name, help=market.keys_help)
        key_command.add_argument("--shop", default=DEFAULT_SHOP, metavar="NAME", help=SHOP_HELP)
        key_command.add_argument(
            "--forget", action="store_true", help="remove the shop's keys from the keyring"
        )
    key_markets.add_parser(
        "smtp", help="the password of the mail server login in the settings (notify.username)"
    )


def _ask(prompt: str) -> str:
    """A secret from the terminal without echo, or a line of the piped input."""
    if sys.stdin.isatty():
        return getpass.getpass(prompt).strip()
    return sys.stdin.readline().strip()


def run_keys(args: argparse.Namespace, settings: Settings) -> int:
    from packstation.app.credentials import Credentials, NoKeyring

    if args.market == "smtp":
        return _smtp_password(settings.notify)
    market = MARKETS[args.market]
    credentials = Credentials()
    try:
        if args.forget:
            credentials.forget(market.name, args.shop)
            print(translate_message(market.removed(shop=args.shop)))
            return 0
        first, second = (_ask(translate_message(prompt())) for prompt in market.prompts)
        if not first or not second:
            print(translate("Cli", "Both keys are needed; nothing was stored"), file=sys.stderr)
            return 2
        market.save(credentials, args.shop, first, second)
    except NoKeyring as error:
        print(translate_message(error.message), file=sys.stderr)
        return 2
    print(translate_message(market.stored(shop=args.shop)))
    return 0


def _smtp_password(notify: NotifySettings) -> int:
    from packstation.app.credentials import Credentials, NoKeyring

    if not notify.smtp_host or not notify.username:
        print(translate_message(NO_SMTP_LOGIN()), file=sys.stderr)
        return 2
    prompt = translate("Cli", "Password of {user} at {host}: ")
    password = _ask(prompt.format(user=notify.username, host=notify.smtp_host))
    if not password:
        print(translate("Cli", "No password given; nothing was stored"), file=sys.stderr)
        return 2
    try:
        Credentials().save_smtp_password(notify.smtp_host, notify.username, password)
    except NoKeyring as error:
        print(translate_message(error.message), file=sys.stderr)
        return 2
    print(translate("Cli", "The mail password is stored in the keyring"))
    return 0


def run_fetch(services: Services, args: argparse.Namespace) -> int:
    from packstation.app.credentials import Credentials, NoKeyring

    market = MARKETS[args.market]
    try:
        keys = market.keys_of(Credentials(), args.shop)
    except NoKeyring as error:
        print(translate_message(error.message), file=sys.stderr)
        return 2
    if keys is None:
        print(translate_message(market.no_keys(shop=args.shop)), file=sys.stderr)
        return 2
    now = services.station.now()
    since = (
        datetime.combine(args.since, time(), market.zone)
        if args.since
        else now - timedelta(days=DEFAULT_DAYS)
    )
    api = dataclasses.replace(
        getattr(services.settings, market.name),
        shop=args.shop,
        api_url=args.api_url,
        timeout_s=args.timeout,
    )
    try:
        orders = marketplace_orders(market.name, keys, api, since, now)
    except ApiError as error:
        print(
            translate("Cli", "{error}. Nothing was imported; the order queue is as it was.").format(
                error=translate_message(error.message)
            ),
            file=sys.stderr,
        )
        return 1
    summary = store_fetched(
        services.db, services.station, services.settings, market.name, orders
    )
    return print_import(summary, market.source)
