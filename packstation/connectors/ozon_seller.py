"""Ozon Seller API, FBS and rFBS: postings to pack, their marks, shipping, labels, the act.

Every call is a JSON POST to `https://api-seller.ozon.ru<path>` with the headers `Client-Id`
and `Api-Key` (diPhantxm/ozon-api-client ozon/ozon.go). Requests and answers follow
diPhantxm/ozon-api-client ozon/fbs.go and the swagger-derived schemas of
salacoste/ozon-daytona-seller-api ozon-api-md/common-types:

- /v3/posting/fbs/unfulfilled/list: `{dir, filter{cutoff_from, cutoff_to (required), status},
  limit ≤ 1000, offset, with}` → `result{count, postings}`. `count` is "the counter of
  elements in the answer": a full page (or a count beyond what was read) asks for the next.
- /v3/posting/fbs/list: `{dir, filter{since, to: at most a year apart, status}, limit, offset,
  with}` → `result{postings, has_next}`. The limit is 50 in fbs.go and 1000 in the later
  schema: pages of 50 suit both.
- /v3/posting/fbs/get: `{posting_number, with}` → `result{posting}`.
- /v2/posting/fbs/get-by-barcode: `{barcode}` → `result{posting}`.
- /v6/fbs/posting/product/exemplar/set: `{posting_number, multi_box_qty?, products[{product_id
  (the Ozon SKU), exemplars[{exemplar_id?, gtd, is_gtd_absent, rnpt, is_rnpt_absent,
  marks[{mark, mark_type: mandatory_mark | jw_uin}]}]}]}` → `{result: bool}`; always the whole
  set of a posting's exemplars. It starts a check: /v5/fbs/posting/product/exemplar/status.
- /v4/posting/fbs/ship: `{posting_number, packages[{products[{product_id, quantity}]}],
  with{additional_data}}` → `result[posting numbers]`; several packages split the posting.
- /v2/posting/fbs/package-label: `{posting_number[≤ 20]}` → the PDF (application/pdf; the
  schema describes `{file_content (base64), file_name, content_type}`, which is read too).
  Ready 45–60 s after shipping; until then the refusal "The next postings aren't ready"
  (`POSTINGS_NOT_READY`), an ApiError of kind NOT_READY.
- /v2/posting/fbs/act/create `{delivery_method_id, departure_date, containers_count?}` →
  `result{id}`; act/check-status `{id}` → `result{status (in_process, ready, error, cancelled,
  "The next postings aren't ready"), act_type, added_to_act, removed_from_act,
  has_postings_for_next_carriage}`; act/get-pdf `{id}` → the PDF; act/get-barcode/text `{id}`
  → `{result: the barcode's text}`.
- /v2/fbs/posting/tracking-number/set (rFBS): `{tracking_numbers[{posting_number,
  tracking_number}] ≤ 20}` → `result[{posting_number, result: bool, error}]`.

A refusal is an rpcStatus `{code, message, details}`; its message is the ApiError's detail.
Failures raise ApiError (see api_errors); no text of it holds a key.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from datetime import time as day_start
from typing import TYPE_CHECKING

from packstation.connectors import api_errors as e
from packstation.connectors import http_answers as answers
from packstation.connectors.api_errors import ApiError, ApiErrorKind
from packstation.connectors.paging import chunks, windows

if TYPE_CHECKING:
    import httpx

DEFAULT_BASE_URL = "https://api-seller.ozon.ru"
MARKET = "Ozon Seller API"
MSK = timezone(timedelta(hours=3))
UNFULFILLED_LIMIT = 1000  # /v3/posting/fbs/unfulfilled/list: postings per page
LIST_LIMIT = 50  # /v3/posting/fbs/list: postings per page
MAX_PERIOD = timedelta(days=365)  # the lists: at most a year a request
LABEL_LIMIT = 20  # package-label: posting numbers per call
TRACKING_LIMIT = 20  # tracking-number/set: pairs per call
AWAITING_PACKAGING = "awaiting_packaging"
MANDATORY_MARK = "mandatory_mark"  # Честный ЗНАК; "jw_uin" is a jewel's УИН
NOT_READY_SIGNS = ("not ready", "aren't ready")  # in a refusal's message, case aside


@dataclass(frozen=True)
class OzonKeys:
    """A shop's Ozon Seller API keys; never shown (repr leaves them out)."""

    client_id: str = field(repr=False)
    api_key: str = field(repr=False)

    def headers(self) -> dict[str, str]:
        return {"Client-Id": self.client_id, "Api-Key": self.api_key}


@dataclass(frozen=True)
class Exemplar:
    """One unit of a product as it was packed: the marks scanned from it. No GTD or RNPT
    sends the API's "is absent" for it."""

    marks: tuple[str, ...] = ()
    mark_type: str = MANDATORY_MARK
    exemplar_id: int | None = None
    gtd: str = ""
    rnpt: str = ""

    def model(self) -> dict[str, object]:
        model: dict[str, object] = {
            "gtd": self.gtd,
            "is_gtd_absent": not self.gtd,
            "rnpt": self.rnpt,
            "is_rnpt_absent": not self.rnpt,
            "marks": [{"mark": mark, "mark_type": self.mark_type} for mark in self.marks],
        }
        if self.exemplar_id is not None:
            model["exemplar_id"] = self.exemplar_id
        return model


@dataclass(frozen=True)
class ActStatus:
    """Where the documents of a handover stand (act/check-status)."""

    status: str  # in_process, ready, error, cancelled, or the "not ready" text
    act_type: str
    added: tuple[str, ...]  # postings in this act: hand them over today
    removed: tuple[str, ...]  # postings left for the next handover
    more_to_hand_over: bool  # has_postings_for_next_carriage: create another act

    @property
    def ready(self) -> bool:
        return self.status == "ready"


@dataclass(frozen=True)
class TrackingResult:
    """What tracking-number/set said of one posting."""

    posting_number: str
    accepted: bool
    errors: tuple[str, ...]


def ozon_datetime(moment: datetime) -> str:
    """`2026-11-23T09:00:00.000Z`: the API's format, in UTC."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def api_messages(data: object) -> tuple[str, ...]:
    """The message of an rpcStatus refusal (nothing when it has none)."""
    message = data.get("message") if isinstance(data, dict) else None
    return (message.strip(),) if isinstance(message, str) and message.strip() else ()


def _texts(value: object) -> tuple[str, ...]:
    """An answer's error field: a text, a list of texts or nothing."""
    items = value if isinstance(value, list) else [value]
    return tuple(str(item) for item in items if item not in (None, ""))


def _lacks(field_name: str) -> ApiError:
    return answers.lacks(MARKET, field_name)


def _strings(value: object, field_name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise _lacks(field_name)
    return tuple(value)


def _unique(postings: list[object]) -> list[object]:
    """Postings seen in two windows (their edges are shared) once, the first time."""
    seen: set[str] = set()
    kept = []
    for posting in postings:
        number = posting.get("posting_number") if isinstance(posting, dict) else None
        if isinstance(number, str):
            if number in seen:
                continue
            seen.add(number)
        kept.append(posting)
    return kept


class OzonSeller:
    """An Ozon Seller API client for one shop. Use it in a `with` block (or close it)."""

    def __init__(
        self,
        keys: OzonKeys,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float = 30.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        import httpx

        self._keys = keys
        self._timeout = timeout
        self._http = httpx.Client(
            base_url=base_url.rstrip("/"),
            timeout=timeout,
            transport=transport,
            verify=answers.tls(),
        )

    def __enter__(self) -> OzonSeller:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def __repr__(self) -> str:
        return f"OzonSeller({str(self._http.base_url)!r})"

    def _answer(self, path: str, body: dict[str, object]) -> httpx.Response:
        headers = self._keys.headers() | {"Content-Type": "application/json; charset=utf-8"}
        response = answers.send(self._http, MARKET, self._timeout, path, body, headers)
        try:
            answers.refuse_failure(response, MARKET, api_messages, e.UNAUTHORIZED_API_KEY)
        except ApiError as error:
            said = " ".join(error.api_messages).lower().replace("_", " ")
            if error.kind is ApiErrorKind.REJECTED and any(s in said for s in NOT_READY_SIGNS):
                detail = "; ".join(error.api_messages)
                raise ApiError(
                    ApiErrorKind.NOT_READY,
                    e.NOT_READY(market=MARKET, detail=detail),
                    status=error.status,
                    api_messages=error.api_messages,
                ) from None
            raise
        return response

    def _result(self, path: str, body: dict[str, object]) -> object:
        """The `result` of a successful answer (which must have one)."""
        data = answers.decoded(self._answer(path, body), MARKET)
        if not isinstance(data, dict) or "result" not in data:
            raise _lacks("result")
        return data["result"]

    def _pdf(self, path: str, body: dict[str, object]) -> bytes:
        """A PDF answer, sent as it is or as the base64 `file_content` of a JSON object."""
        response = self._answer(path, body)
        if response.content.startswith(b"%PDF"):
            return response.content
        data = answers.decoded(response, MARKET)
        content = data.get("file_content") if isinstance(data, dict) else None
        if isinstance(content, str):
            try:
                pdf = base64.b64decode(content, validate=True)
            except ValueError:
                pdf = b""
            if pdf.startswith(b"%PDF"):
                return pdf
        raise _lacks("file_content")

    def _pages(self, path: str, body: dict[str, object], limit: int) -> list[object]:
        postings: list[object] = []
        while True:
            result = self._result(path, body | {"limit": limit, "offset": len(postings)})
            if not isinstance(result, dict):
                raise _lacks("result")
            page = answers.list_field(result, "postings", MARKET)
            postings += page
            has_next, count = result.get("has_next"), result.get("count")
            if isinstance(has_next, bool):
                more = has_next
            else:
                more = len(page) >= limit or (isinstance(count, int) and count > len(postings))
            if not page or not more:
                return postings

    def _listed(
        self,
        path: str,
        limit: int,
        period: tuple[datetime, datetime],
        names: tuple[str, str],
        status: str | None,
    ) -> list[object]:
        """Every posting of a list in the period, asked a year at a time, page by page."""
        postings: list[object] = []
        for window_start, window_end in windows(*period, MAX_PERIOD, gap=timedelta(0)):
            filters: dict[str, object] = {
                names[0]: ozon_datetime(window_start),
                names[1]: ozon_datetime(window_end),
            }
            if status:
                filters["status"] = status
            body = {"dir": "asc", "filter": filters, "with": {"barcodes": True}}
            postings += self._pages(path, body, limit)
        return _unique(postings)

    def unfulfilled_postings(
        self, cutoff_from: datetime, cutoff_to: datetime, *, status: str | None = None
    ) -> list[object]:
        """The postings not yet handed over whose pack-by time (cutoff) is in [cutoff_from,
        cutoff_to] (aware datetimes), of one status if given; every page, a year at a time."""
        return self._listed(
            "/v3/posting/fbs/unfulfilled/list",
            UNFULFILLED_LIMIT,
            (cutoff_from, cutoff_to),
            ("cutoff_from", "cutoff_to"),
            status,
        )

    def postings(self, since: datetime, to: datetime, status: str | None = None) -> list[object]:
        """The postings created in [since, to] (aware datetimes), of one status if given;
        every page, a year at a time."""
        period = (since, to)
        return self._listed("/v3/posting/fbs/list", LIST_LIMIT, period, ("since", "to"), status)

    def posting(self, posting_number: str) -> dict[str, object]:
        """One posting as Ozon has it now (its `status` above all)."""
        body = {"posting_number": posting_number, "with": {}}
        result = self._result("/v3/posting/fbs/get", body)
        if not isinstance(result, dict):
            raise _lacks("result")
        return result

    def posting_by_barcode(self, barcode: str) -> dict[str, object]:
        """The posting whose label carries this barcode."""
        result = self._result("/v2/posting/fbs/get-by-barcode", {"barcode": barcode})
        if not isinstance(result, dict):
            raise _lacks("result")
        return result

    def set_exemplars(
        self,
        posting_number: str,
        products: Mapping[int, Sequence[Exemplar]],
        *,
        multi_box_qty: int | None = None,
    ) -> bool:
        """Send the units of each product (by Ozon SKU) with their marks: all of the posting's,
        every time. True when Ozon took them for checking."""
        body: dict[str, object] = {
            "posting_number": posting_number,
            "products": [
                {"product_id": product_id, "exemplars": [unit.model() for unit in units]}
                for product_id, units in products.items()
            ],
        }
        if multi_box_qty is not None:
            body["multi_box_qty"] = multi_box_qty
        result = self._result("/v6/fbs/posting/product/exemplar/set", body)
        if not isinstance(result, bool):
            raise _lacks("result")
        return result

    def ship(self, posting_number: str, packages: Sequence[Sequence[tuple[int, int]]]) -> list[str]:
        """Pack the posting into these packages, each a list of (Ozon SKU, quantity); the
        posting numbers that result (several packages split the posting)."""
        if not packages or any(not package for package in packages):
            raise ValueError("a posting ships in one or more packages, none of them empty")
        if any(quantity < 1 for package in packages for _, quantity in package):
            raise ValueError("each product of a package ships at least once")
        body = {
            "posting_number": posting_number,
            "packages": [
                {"products": [{"product_id": sku, "quantity": qty} for sku, qty in package]}
                for package in packages
            ],
            "with": {"additional_data": False},
        }
        numbers = _strings(self._result("/v4/posting/fbs/ship", body), "result")
        if not numbers:
            raise _lacks("result")
        return list(numbers)

    def package_label(self, posting_numbers: Sequence[str]) -> bytes:
        """The labels of 1 to 20 shipped postings, one PDF; ApiError NOT_READY in the first
        minute after shipping."""
        if not 1 <= len(posting_numbers) <= LABEL_LIMIT:
            raise ValueError(f"a label call takes 1 to {LABEL_LIMIT} postings")
        return self._pdf("/v2/posting/fbs/package-label", {"posting_number": list(posting_numbers)})

    def package_label_when_ready(
        self,
        posting_numbers: Sequence[str],
        *,
        attempts: int = 8,
        interval: float = 15.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> bytes:
        """`package_label`, asked again `interval` seconds after each "not ready", at most
        `attempts` times; the last NOT_READY is raised when they are used up."""
        if attempts < 1:
            raise ValueError("a label is asked for at least once")
        for _ in range(attempts - 1):
            try:
                return self.package_label(posting_numbers)
            except ApiError as error:
                if error.kind is not ApiErrorKind.NOT_READY:
                    raise
            sleep(interval)
        return self.package_label(posting_numbers)

    def create_act(
        self, delivery_method_id: int, departure_date: date, containers_count: int | None = None
    ) -> int:
        """Start the handover documents of a delivery method for a day; the act's id."""
        body: dict[str, object] = {
            "delivery_method_id": delivery_method_id,
            "departure_date": datetime.combine(departure_date, day_start(), MSK).isoformat(),
        }
        if containers_count is not None:
            body["containers_count"] = containers_count
        result = self._result("/v2/posting/fbs/act/create", body)
        act_id = result.get("id") if isinstance(result, dict) else None
        if not isinstance(act_id, int) or isinstance(act_id, bool):
            raise _lacks("id")
        return act_id

    def act_status(self, act_id: int) -> ActStatus:
        result = self._result("/v2/posting/fbs/act/check-status", {"id": act_id})
        if not isinstance(result, dict) or not isinstance(result.get("status"), str):
            raise _lacks("status")
        return ActStatus(
            status=str(result["status"]),
            act_type=str(result.get("act_type") or ""),
            added=_strings(result.get("added_to_act"), "added_to_act"),
            removed=_strings(result.get("removed_from_act"), "removed_from_act"),
            more_to_hand_over=result.get("has_postings_for_next_carriage") is True,
        )

    def act_pdf(self, act_id: int) -> bytes:
        """The act and waybill of a ready act, one PDF."""
        return self._pdf("/v2/posting/fbs/act/get-pdf", {"id": act_id})

    def act_barcode(self, act_id: int) -> str:
        """The text of the act's barcode, shown at the pickup point or sorting centre."""
        result = self._result("/v2/posting/fbs/act/get-barcode/text", {"id": act_id})
        if not isinstance(result, str) or not result:
            raise _lacks("result")
        return result

    def set_tracking_numbers(self, pairs: Iterable[tuple[str, str]]) -> list[TrackingResult]:
        """rFBS: give postings (posting number, tracking number) their carrier's tracking
        numbers, 20 a call; what Ozon said of each."""
        results: list[TrackingResult] = []
        for part in chunks(list(pairs), TRACKING_LIMIT):
            body = {
                "tracking_numbers": [
                    {"posting_number": posting, "tracking_number": tracking}
                    for posting, tracking in part
                ]
            }
            result = self._result("/v2/fbs/posting/tracking-number/set", body)
            if not isinstance(result, list):
                raise _lacks("result")
            for item in result:
                if not isinstance(item, dict) or not isinstance(item.get("posting_number"), str):
                    raise _lacks("posting_number")
                results.append(
                    TrackingResult(
                        posting_number=str(item["posting_number"]),
                        accepted=item.get("result") is True,
                        errors=_texts(item.get("error")),
                    )
                )
        return results
