"""A marketplace API's failure as the outbox takes it: try again later, or stop and say why."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

from packstation.app.outbox import Refused, TryAgain
from packstation.connectors.api_errors import ApiError, ApiErrorKind

TRY_AGAIN = frozenset(
    {
        ApiErrorKind.TIMEOUT,
        ApiErrorKind.UNREACHABLE,
        ApiErrorKind.RATE_LIMITED,
        ApiErrorKind.SERVER_ERROR,
        ApiErrorKind.MALFORMED,  # a broken answer may hide a change made: the look-up tells
        ApiErrorKind.NOT_READY,
    }
)
NOT_READY_WAIT = timedelta(seconds=60)  # Ozon's labels: ready 45–60 s after shipping


@contextmanager
def told_as_outbox() -> Iterator[None]:
    """An ApiError inside becomes TryAgain (the far end away, busy or not ready; after its
    Retry-After when it gave one) or Refused (it said no: a 4xx, a key refused)."""
    try:
        yield
    except ApiError as error:
        if error.kind not in TRY_AGAIN:
            raise Refused(error.message) from None
        wait = NOT_READY_WAIT if error.kind is ApiErrorKind.NOT_READY else None
        after = timedelta(seconds=error.retry_after) if error.retry_after else wait
        raise TryAgain(error.message, after) from None
