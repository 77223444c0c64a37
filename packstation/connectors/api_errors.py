"""What goes wrong talking to a marketplace API: one exception, its kind, a message for people.

The texts name the marketplace and what to do; they never hold a key or a request header.
"""

from __future__ import annotations

from enum import Enum

from packstation.domain.messages import QT_TRANSLATE_NOOP, Message

TIMED_OUT = QT_TRANSLATE_NOOP("Connector", "{market} did not answer within {seconds} seconds")
UNREACHABLE = QT_TRANSLATE_NOOP("Connector", "{market} cannot be reached: {detail}")
RATE_LIMITED = QT_TRANSLATE_NOOP(
    "Connector", "{market} has had too many requests; try again in {seconds} seconds"
)
RATE_LIMITED_NO_WAIT = QT_TRANSLATE_NOOP(
    "Connector", "{market} has had too many requests; try again later"
)
SERVER_ERROR = QT_TRANSLATE_NOOP(
    "Connector", "{market} has a server error (HTTP {status}); try again later"
)
REJECTED = QT_TRANSLATE_NOOP("Connector", "{market} refused the request (HTTP {status}): {detail}")
UNAUTHORIZED = QT_TRANSLATE_NOOP(
    "Connector",
    "{market} refused the keys (HTTP 401): the license key has expired or a key is wrong; "
    "enter the current keys again",
)
UNAUTHORIZED_API_KEY = QT_TRANSLATE_NOOP(
    "Connector",
    "{market} refused the keys (HTTP 401): the Api-Key has expired or is wrong, or belongs to "
    "another Client-Id; enter the current keys again",
)
NOT_READY = QT_TRANSLATE_NOOP(
    "Connector", "{market} has not prepared it yet ({detail}); try again in a minute"
)
NOT_JSON = QT_TRANSLATE_NOOP(
    "Connector", "{market} answered with something that is not JSON (HTTP {status})"
)
WEB_PAGE = QT_TRANSLATE_NOOP(
    "Connector", "{market} answered with a web page instead of data (HTTP {status})"
)
LACKS_FIELD = QT_TRANSLATE_NOOP("Connector", "{market}'s answer lacks {field}")
UNEXPECTED_STATUS = QT_TRANSLATE_NOOP("Connector", "{market} answered HTTP {status}")


class ApiErrorKind(Enum):
    TIMEOUT = "timeout"
    UNREACHABLE = "unreachable"  # no connection: DNS, refused, TLS
    RATE_LIMITED = "rate_limited"  # 429
    SERVER_ERROR = "server_error"  # 5xx
    REJECTED = "rejected"  # other 4xx: the API said why in `api_messages`
    UNAUTHORIZED = "unauthorized"  # 401: a key expired or is wrong
    MALFORMED = "malformed"  # not JSON, a web page, JSON without the expected fields
    NOT_READY = "not_ready"  # refused for now: what was asked is still being made; ask later


class ApiError(Exception):
    """A marketplace call that failed; `message` says it for people (translated on show)."""

    def __init__(
        self,
        kind: ApiErrorKind,
        message: Message,
        *,
        status: int | None = None,
        retry_after: int | None = None,
        api_messages: tuple[str, ...] = (),
    ) -> None:
        super().__init__(message.render())
        self.kind = kind
        self.message = message
        self.status = status
        self.retry_after = retry_after  # seconds, from a 429's Retry-After
        self.api_messages = api_messages

    def __repr__(self) -> str:
        return f"ApiError({self.kind.value}, {self.message.render()!r})"
