"""The buyer told that the parcel is on its way: carrier, tracking number and tracking link.

The mail is composed when the parcel ships (so it says what was true then) and goes out
through the outbox by SMTP. It is written in the buyer's language, which is the
marketplace's (Rakuten: Japanese, Ozon: Russian, else English), not the packer's. A
marketplace that tells its buyers itself (the setting `notify.marketplace_tells`) gets no
mail from the shop: Rakuten and Ozon do by default.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable
from email.message import EmailMessage
from typing import Any

from packstation.app.device_settings import NotifySettings
from packstation.app.outbox import Refused, TryAgain
from packstation.documents.formatting import carrier_name
from packstation.domain.bench import ShipmentView
from packstation.domain.carriers import tracking_url
from packstation.domain.tracking import display

KIND = "buyer_mail"
LANGUAGES = {"rakuten": "ja", "ozon": "ru"}
SUBJECT = {
    "ja": "【{shop}】ご注文 {order} を発送しました",
    "ru": "{shop}: заказ {order} отправлен",
    "en": "{shop}: your order {order} is on its way",
}
BODY = {
    "ja": (
        "{name} 様\n\n{shop}でございます。ご注文 {order} の商品を本日発送いたしました。\n\n"
        "配送業者：{carrier}\nお問い合わせ番号：{tracking}\n{link}\n"
        "お届けまで今しばらくお待ちください。\n"
    ),
    "ru": (
        "Здравствуйте, {name}!\n\nМагазин {shop} отправил ваш заказ {order}.\n\n"
        "Служба доставки: {carrier}\nТрек-номер: {tracking}\n{link}\n"
        "Спасибо за покупку!\n"
    ),
    "en": (
        "Dear {name},\n\n{shop} has shipped your order {order}.\n\n"
        "Carrier: {carrier}\nTracking number: {tracking}\n{link}\n"
        "Thank you for your order.\n"
    ),
}
LINK = {"ja": "配送状況：{url}\n", "ru": "Отследить: {url}\n", "en": "Track it: {url}\n"}


def buyer_mail(
    view: ShipmentView, carrier: str, tracking: str, shop: str, settings: NotifySettings
) -> dict[str, Any] | None:
    """The mail to the buyer as an outbox payload; None when no mail is to go (not set up,
    the marketplace tells the buyer itself, or no address to send it to)."""
    address = view.ship_to.email if view.ship_to is not None else ""
    if not settings.smtp_host or settings.marketplace_tells.get(view.marketplace, False):
        return None
    if "@" not in address:
        return None
    language = LANGUAGES.get(view.marketplace, "en")
    url = tracking_url(carrier, tracking)
    values = {
        "name": view.ship_to.name if view.ship_to is not None else "",
        "shop": shop,
        "order": view.number,
        "carrier": carrier_name(carrier, language),
        "tracking": display(carrier, tracking),
        "link": LINK[language].format(url=url) if url else "",
    }
    return {
        "to": address,
        "subject": SUBJECT[language].format(**values),
        "body": BODY[language].format(**values),
    }


def mail_key(view: ShipmentView, tracking: str) -> str:
    """One mail per parcel and tracking number, however often it is enqueued."""
    return f"{KIND}:{view.shipment_id}:{tracking}"


def smtp_sender(
    settings: NotifySettings, password: Callable[[], str | None]
) -> Callable[[dict[str, Any]], None]:
    """The outbox handler that hands a mail to the shop's SMTP server. A server away or busy
    (connection refused, timeout, 4xx answers) is tried again; a refused recipient, sender
    or login (5xx) fails the mail with the server's answer."""
    import smtplib


    def send(payload: dict[str, Any]) -> None:
        mail = EmailMessage()
        mail["From"] = settings.sender
        mail["To"] = payload["to"]
        mail["Subject"] = payload["subject"]
        mail.set_content(payload["body"])
        try:
            with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=20) as server:
                if settings.starttls:
                    server.starttls(context=ssl.create_default_context())
                if settings.username:
                    server.login(settings.username, password() or "")
                server.send_message(mail)
        except smtplib.SMTPResponseException as error:
            reason = f"{settings.smtp_host}: {error.smtp_code} {_text(error.smtp_error)}"
            if 400 <= error.smtp_code < 500:
                raise TryAgain(reason) from None
            raise Refused(reason) from None
        except smtplib.SMTPRecipientsRefused as error:
            raise Refused(f"{settings.smtp_host} refused {', '.join(error.recipients)}") from None
        except (OSError, smtplib.SMTPException) as error:
            raise TryAgain(f"{settings.smtp_host}: {error}") from None

    return send


def _text(answer: bytes | str) -> str:
    return answer.decode("utf-8", "replace") if isinstance(answer, bytes) else answer
