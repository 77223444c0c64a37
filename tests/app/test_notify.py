"""The buyer's mail: composed when the parcel ships, enqueued once, and handed to a real
(local) SMTP server by the outbox; a server away is tried again, a refusal stops the mail."""

from __future__ import annotations

import socket
from dataclasses import replace
from email import message_from_bytes
from email.policy import default
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from packstation.app import notify
from packstation.app.device_settings import NotifySettings
from packstation.app.intake import Intake
from packstation.app.outbox import OutboxSender, Refused, TryAgain
from packstation.app.packing import Level, PackingService
from packstation.store import outbox as outbox_store
from tests.builders import TEA, TOKYO, load_products, rakuten

pytestmark = pytest.mark.both_databases

NUMBER = "502763-20261122-00000001"
YAMATO = "444413758703"
BUYER = "taro@example.jp"


class Inbox:
    """An SMTP server's handler: keeps what it receives; answers `refuse` when set."""

    def __init__(self) -> None:
        self.mails: list[Any] = []
        self.refuse = ""

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:  # noqa: N802
        if self.refuse:
            return self.refuse
        self.mails.append(message_from_bytes(envelope.content, policy=default))
        return "250 OK"


@pytest.fixture
def smtp() -> Any:
    inbox = Inbox()
    with socket.socket() as probe:  # a free port: the controller itself cannot take port 0
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


def ship(db, station, settings) -> PackingService:  # type: ignore[no-untyped-def]
    settings.label_printer.enabled = True
    settings.scale.enabled = False
    load_products(db)
    order = rakuten(NUMBER, ("TEA", 1), ship_to=replace(TOKYO, email=BUYER))
    Intake(db, station, settings).store_orders([order], "test")
    service = PackingService(db, station, settings)
    service.scan(NUMBER, 0)
    service.scan(TEA, 1000)
    service.scan(YAMATO, 2000)
    assert service.scan(YAMATO, 3000).level is Level.DONE
    return service


def mail_settings(port: int) -> NotifySettings:
    return NotifySettings(
        smtp_host="127.0.0.1",
        smtp_port=port,
        starttls=False,
        sender="shop@example.jp",
        marketplace_tells={"rakuten": False},
    )


def test_a_shipped_parcel_mails_the_buyer_once_in_japanese(db, station, settings, clock, smtp) -> None:  # type: ignore[no-untyped-def]
    inbox, port = smtp
    settings.notify = mail_settings(port)
    settings.shop.name = "梱包堂"
    ship(db, station, settings)
    sender = OutboxSender(db, {notify.KIND: notify.smtp_sender(settings.notify, lambda: None)}, clock)
    assert sender.send_due().sent == 1
    assert sender.send_due().sent == 0
    [mail] = inbox.mails
    assert mail["To"] == BUYER and mail["From"] == "shop@example.jp"
    assert NUMBER in mail["Subject"] and "梱包堂" in mail["Subject"]
    body = mail.get_content()
    assert "ヤマト運輸" in body and "4444-1375-8703" in body
    assert "kuronekoyamato" in body and YAMATO in body  # the tracking link


def test_no_mail_where_the_marketplace_tells_the_buyer_or_nothing_is_set_up(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    settings.notify = replace(mail_settings(25), marketplace_tells={"rakuten": True})
    ship(db, station, settings)
    with db.engine.connect() as connection:
        assert outbox_store.unsent(connection) == []


def test_a_mail_server_away_is_tried_again_and_a_refusal_stops_the_mail(smtp) -> None:  # type: ignore[no-untyped-def]
    inbox, port = smtp
    payload = {"to": BUYER, "subject": "s", "body": "b"}
    inbox.refuse = "451 4.3.0 try again later"
    with pytest.raises(TryAgain, match="451"):
        notify.smtp_sender(mail_settings(port), lambda: None)(payload)
    inbox.refuse = "550 5.1.1 no such mailbox"
    with pytest.raises(Refused, match="550"):
        notify.smtp_sender(mail_settings(port), lambda: None)(payload)
    with pytest.raises(TryAgain):  # nobody listening: the server is away
        notify.smtp_sender(mail_settings(1), lambda: None)(payload)
    assert inbox.mails == []


def test_the_outbox_commands_list_send_and_retry(tmp_path, db_url, smtp, capsys, qapp) -> None:  # type: ignore[no-untyped-def]
    from packstation.app import settings as settings_store
    from packstation.app.services import Services
    from packstation.app.settings import Settings
    from packstation.cli import main

    inbox, port = smtp
    path = tmp_path / "station.json"
    settings_store.save(Settings(station_name="bench-1", notify=mail_settings(port)), path)
    services = Services.open(db_url, path)
    try:
        ship(services.db, services.station, services.settings)
    finally:
        services.close()
    common = ["--db", db_url, "--settings", str(path), "outbox"]
    capsys.readouterr()
    assert main([*common, "list"]) == 0
    listed = capsys.readouterr().out
    assert NUMBER in listed and "buyer_mail" in listed and "pending" in listed
    inbox.refuse = "550 5.1.1 no such mailbox"
    assert main([*common, "send"]) == 1
    assert "1 failed" in capsys.readouterr().out
    assert main([*common, "list"]) == 0
    row = capsys.readouterr().out.split("\t")
    assert row[3] == "failed" and "550" in row[-1]
    inbox.refuse = ""
    assert main([*common, "retry", row[0]]) == 0
    assert main([*common, "retry", row[0]]) == 1  # no longer a failed one
    assert main([*common, "send"]) == 0 and len(inbox.mails) == 1
    assert main([*common, "list"]) == 0
    assert "empty" in capsys.readouterr().out
