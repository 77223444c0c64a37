"""Rakuten RMS RakutenPayOrderAPI (楽天ペイ受注API): search, get, confirm, report shipping.

Every call is a JSON POST to `<base>/<function>/` with
`Authorization: ESA base64(serviceSecret:licenseKey)` (oh0123/rakuten-spi-sdk types/rms.go
GenToken; JakeJP/Rakuten.RMS.Api RakutenPayOrderService.cs for the endpoint addresses).
Request and response fields follow oh0123/rakuten-spi-sdk rms/order.go:

- searchOrder: `dateType`, `startDatetime`/`endDatetime` as `YYYY-MM-DDThh:mm:ss+0900`, at
  most 63 days apart; `orderProgressList`, `shippingNumberBlankFlag`;
  `PaginationRequestModel{requestRecordsAmount ≤ 1000, requestPage}`. The answer has
  `orderNumberList`, `PaginationResponseModel{totalRecordsAmount, totalPages, requestPage}`
  and `MessageModelList[{messageType, messageCode, message}]`.
- getOrder: `{orderNumberList ≤ 100, version}` → `OrderModelList`, `MessageModelList`.
- confirmOrder: `{orderNumberList}` → `MessageModelList` (JakeJP ConfirmOrder).
- updateOrderShipping: `{orderNumber, BasketidModelList:[{basketId, ShippingModelList:[
  {deliveryCompany, shippingNumber, shippingDate "YYYY-MM-DD"}]}]}`, at most 20 rows a basket
  → `MessageModelList`.

Failures raise ApiError (see api_errors); no text of it holds a key.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from packstation.connectors import http_answers as answers
from packstation.connectors.api_errors import ApiError
from packstation.connectors.paging import chunks, windows

DEFAULT_BASE_URL = "https://api.rms.rakuten.co.jp/es/2.0/order/"
MARKET = "Rakuten RMS"
JST = timezone(timedelta(hours=9))
MAX_WINDOW = timedelta(days=63)  # searchOrder: endDatetime within 63 days of startDatetime
PAGE_SIZE = 1000  # searchOrder: order numbers per page
GET_LIMIT = 100  # getOrder: order numbers per call
GET_VERSION = 7  # getOrder: 7 = SKU support (SkuModelList)
SHIPPING_ROWS_LIMIT = 20  # updateOrderShipping: ShippingModels per basket
ORDER_DATE = 1  # searchOrder dateType 1: 注文日

# deliveryCompany codes (rms/order.go ShippingModel), by the app's carrier codes.
DELIVERY_COMPANIES = {
    "generic": "1000",  # その他
    "yamato": "1001",  # ヤマト運輸
    "sagawa": "1002",  # 佐川急便
    "japanpost": "1003",  # 日本郵便
    "ems": "1017",
    "dhl": "1018",
    "fedex": "1019",
    "ups": "1020",
    "usps": "1024",
}


@dataclass(frozen=True)
class RakutenKeys:
    """A shop's RMS WEB SERVICE keys; never shown (repr leaves them out)."""

    service_secret: str = field(repr=False)
    license_key: str = field(repr=False)

    def authorization(self) -> str:
        token = f"{self.service_secret}:{self.license_key}".encode()
        return "ESA " + base64.b64encode(token).decode("ascii")


@dataclass(frozen=True)
class ShippingRow:
    """One parcel of a basket as updateOrderShipping reports it."""

    carrier: str  # one of DELIVERY_COMPANIES
    tracking_number: str
    shipped_on: date

    def model(self) -> dict[str, object]:
        try:
            company = DELIVERY_COMPANIES[self.carrier]
        except KeyError:
            raise ValueError(f"Rakuten has no delivery company code for {self.carrier!r}") from None
        return {
            "deliveryCompany": company,
            "shippingNumber": self.tracking_number,
            "shippingDate": self.shipped_on.isoformat(),
        }


def rms_datetime(moment: datetime) -> str:
    """`2026-11-23T18:00:00+0900`: the API's format, in Japan time."""
    return moment.astimezone(JST).strftime("%Y-%m-%dT%H:%M:%S%z")


def api_messages(data: object) -> tuple[str, ...]:
    """`CODE: message` of each MessageModel in an answer (nothing when it has none)."""
    models = data.get("MessageModelList") if isinstance(data, dict) else None
    if not isinstance(models, list):
        return ()
    texts = []
    for model in models:
        if isinstance(model, dict):
            code, text = str(model.get("messageCode") or ""), str(model.get("message") or "")
            texts.append(f"{code}: {text}" if code and text else code or text)
    return tuple(text for text in texts if text)


def _lacks(field_name: str) -> ApiError:
    return answers.lacks(MARKET, field_name)


def _list_field(data: dict[str, object], name: str, *, required: bool = True) -> list[object]:
    return answers.list_field(data, name, MARKET, required=required)


class RakutenRms:
    """A RakutenPayOrderAPI client for one shop. Use it in a `with` block (or close it)."""

    def __init__(
        self,
        keys: RakutenKeys,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float = 30.0,
    ) -> None:
        import httpx

        self._keys = keys
        self._timeout = timeout
        self._http = httpx.Client(
            base_url=base_url.rstrip("/") + "/", timeout=timeout, verify=answers.tls()
        )

    def __enter__(self) -> RakutenRms:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def __repr__(self) -> str:
        return f"RakutenRms({str(self._http.base_url)!r})"

    def _post(self, function: str, body: dict[str, object]) -> dict[str, object]:
        headers = {
            "Authorization": self._keys.authorization(),
            "Content-Type": "application/json; charset=utf-8",
        }
        response = answers.send(self._http, MARKET, self._timeout, f"{function}/", body, headers)
        return answers.checked(response, MARKET, api_messages, "MessageModelList")

    def search_orders(
        self,
        start: datetime,
        end: datetime,
        *,
        date_type: int = ORDER_DATE,
        order_progress: Iterable[int] = (),
        shipping_number_blank: bool = False,
    ) -> list[str]:
        """The numbers of the orders in [start, end] (aware datetimes), oldest window first;
        a longer period is searched window by window, each page by page."""
        progress = list(order_progress)
        numbers: list[str] = []
        for window_start, window_end in windows(start, end, MAX_WINDOW):
            body: dict[str, object] = {
                "dateType": date_type,
                "startDatetime": rms_datetime(window_start),
                "endDatetime": rms_datetime(window_end),
            }
            if progress:
                body["orderProgressList"] = progress
            if shipping_number_blank:
                body["shippingNumberBlankFlag"] = 1
            numbers += self._search_pages(body)
        return list(dict.fromkeys(numbers))

    def _search_pages(self, body: dict[str, object]) -> list[str]:
        numbers: list[str] = []
        page = 1
        while True:
            body["PaginationRequestModel"] = {
                "requestRecordsAmount": PAGE_SIZE,
                "requestPage": page,
            }
            data = self._post("searchOrder", body)
            found = _list_field(data, "orderNumberList")
            if not all(isinstance(number, str) for number in found):
                raise _lacks("orderNumberList")
            numbers += found
            pagination = data.get("PaginationResponseModel")
            pages = pagination.get("totalPages") if isinstance(pagination, dict) else None
            done = page >= pages if isinstance(pages, int) else len(found) < PAGE_SIZE
            if done or not found:
                return numbers
            page += 1

    def get_orders(self, numbers: Sequence[str]) -> list[object]:
        """The OrderModels of these orders (getOrder version 7), 100 numbers a call."""
        models: list[object] = []
        for part in chunks(list(numbers), GET_LIMIT):
            data = self._post("getOrder", {"orderNumberList": list(part), "version": GET_VERSION})
            if "OrderModelList" not in data and "MessageModelList" not in data:
                raise _lacks("OrderModelList")
            models += _list_field(data, "OrderModelList", required=False)
        return models

    def confirm_orders(self, numbers: Sequence[str]) -> tuple[str, ...]:
        """注文確認 for these orders, 100 a call; the API's messages about them."""
        texts: tuple[str, ...] = ()
        for part in chunks(list(numbers), GET_LIMIT):
            data = self._post("confirmOrder", {"orderNumberList": list(part)})
            _list_field(data, "MessageModelList")
            texts += api_messages(data)
        return texts

    def update_shipping(
        self, order_number: str, basket_id: int, rows: Sequence[ShippingRow]
    ) -> tuple[str, ...]:
        """Add these parcels (carrier, tracking number, day shipped) to a basket of an order;
        the API's messages. At most 20 rows a basket (ValueError)."""
        if not rows or len(rows) > SHIPPING_ROWS_LIMIT:
            raise ValueError(f"a basket takes 1 to {SHIPPING_ROWS_LIMIT} shipping rows")
        body = {
            "orderNumber": order_number,
            "BasketidModelList": [
                {"basketId": basket_id, "ShippingModelList": [row.model() for row in rows]}
            ],
        }
        data = self._post("updateOrderShipping", body)
        _list_field(data, "MessageModelList")
        return api_messages(data)
