"""What every marketplace client does with HTTP: send a JSON request, read what came back.

A call that gets no answer is a TIMEOUT or UNREACHABLE ApiError; an answer is classified
by its status (401 keys, 429 rate limit with its Retry-After, 5xx, other 4xx with the
API's own messages, anything else unexpected) and its body (a web page or text that is
not JSON is MALFORMED). Each client says how its API words a refusal (`MessagesOf`).
No text made here holds a request header.
"""

from __future__ import annotations

import json
import ssl
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

import certifi

from packstation.connectors import api_errors as e
from packstation.connectors.api_errors import ApiError, ApiErrorKind
from packstation.domain.messages import Text

if TYPE_CHECKING:
    import httpx

MessagesOf = Callable[[object], tuple[str, ...]]  # the API's messages in a decoded answer


@cache
def tls() -> ssl.SSLContext:
    """One verifying TLS context for every client: loading the CA bundle takes 20 ms, which
    the outbox would otherwise pay for every message it sends."""
    return ssl.create_default_context(cafile=certifi.where())


def send(
    http: httpx.Client,
    market: str,
    timeout: float,
    path: str,
    body: object,
    headers: dict[str, str],
) -> httpx.Response:
    """POST `body` as JSON; no answer at all raises ApiError (TIMEOUT, UNREACHABLE)."""
    import httpx

    try:
        return http.post(path, json=body, headers=headers)
    except httpx.TimeoutException:
        raise ApiError(
            ApiErrorKind.TIMEOUT, e.TIMED_OUT(market=market, seconds=f"{timeout:g}")
        ) from None
    except httpx.TransportError as error:
        detail = str(error) or type(error).__name__
        raise ApiError(
            ApiErrorKind.UNREACHABLE, e.UNREACHABLE(market=market, detail=detail)
        ) from None


def retry_after(response: httpx.Response) -> int | None:
    value = response.headers.get("Retry-After", "").strip()
    return int(value) if value.isdigit() else None


def is_web_page(response: httpx.Response) -> bool:
    return "html" in response.headers.get("Content-Type", "") or response.text.lstrip().startswith(
        "<"
    )


def decoded(response: httpx.Response, market: str) -> object:
    """The JSON of an answer; a web page or anything else is MALFORMED."""
    status = response.status_code
    if is_web_page(response):
        raise ApiError(
            ApiErrorKind.MALFORMED, e.WEB_PAGE(market=market, status=status), status=status
        )
    try:
        return json.loads(response.content)
    except (ValueError, RecursionError):
        raise ApiError(
            ApiErrorKind.MALFORMED, e.NOT_JSON(market=market, status=status), status=status
        ) from None


def refuse_failure(
    response: httpx.Response,
    market: str,
    messages_of: MessagesOf,
    unauthorized: Text = e.UNAUTHORIZED,
) -> None:
    """ApiError for an answer that is not a success (2xx); nothing for a success."""
    status = response.status_code
    if status == 401:
        raise ApiError(ApiErrorKind.UNAUTHORIZED, unauthorized(market=market), status=status)
    if status == 429:
        wait = retry_after(response)
        message = (
            e.RATE_LIMITED_NO_WAIT(market=market)
            if wait is None
            else e.RATE_LIMITED(market=market, seconds=wait)
        )
        raise ApiError(ApiErrorKind.RATE_LIMITED, message, status=status, retry_after=wait)
    if status >= 500:
        raise ApiError(
            ApiErrorKind.SERVER_ERROR, e.SERVER_ERROR(market=market, status=status), status=status
        )
    if 400 <= status < 500:
        try:
            texts = messages_of(decoded(response, market))
        except ApiError:
            texts = ()
        detail = "; ".join(texts) or response.reason_phrase
        raise ApiError(
            ApiErrorKind.REJECTED,
            e.REJECTED(market=market, status=status, detail=detail),
            status=status,
            api_messages=texts,
        )
    if not 200 <= status < 300:
        raise ApiError(
            ApiErrorKind.MALFORMED, e.UNEXPECTED_STATUS(market=market, status=status), status=status
        )


def lacks(market: str, field_name: str) -> ApiError:
    return ApiError(ApiErrorKind.MALFORMED, e.LACKS_FIELD(market=market, field=field_name))


def checked(
    response: httpx.Response,
    market: str,
    messages_of: MessagesOf,
    expected: str,
    unauthorized: Text = e.UNAUTHORIZED,
) -> dict[str, object]:
    """The JSON object of a successful answer; ApiError for any other (an answer that is
    not an object lacks `expected`, the field the caller wanted from it)."""
    refuse_failure(response, market, messages_of, unauthorized)
    data = decoded(response, market)
    if not isinstance(data, dict):
        raise lacks(market, expected)
    return data


def list_field(
    data: dict[str, object], name: str, market: str, *, required: bool = True
) -> list[object]:
    """A list field of an answer; null is an empty list; absent (when required) or not a
    list is malformed."""
    if name not in data:
        if required:
            raise lacks(market, name)
        return []
    value = data[name]
    if value is None:
        return []
    if not isinstance(value, list):
        raise lacks(market, name)
    return value
