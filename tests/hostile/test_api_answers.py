"""Whatever a marketplace answers (any status, any JSON shape): data, RowErrors or an ApiError."""

from __future__ import annotations

import json

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from packstation.connectors import http_answers, ozon_seller, rakuten_rms
from packstation.connectors.api_errors import ApiError
from packstation.connectors.imports import ozon_json, rakuten_json
from packstation.connectors.imports.problems import RowError
from packstation.domain.model import IncomingOrder
from packstation.store.limits import order_problems

FAST = settings(max_examples=150, deadline=None)
KEYS = ["result", "postings", "has_next", "message", "MessageModelList", "messageCode",
        "OrderModelList", "orderNumber", "posting_number", "products", "quantity", "price",
        "PackageModelList", "ItemModelList", "orderNumberList", "PaginationResponseModel"]  # fmt: skip
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats()
    | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=6), children, max_size=5)
    ),
    max_leaves=25,
)
MARKETS = {
    "Ozon": ozon_seller.api_messages,
    "Rakuten": rakuten_rms.api_messages,
}


@pytest.mark.parametrize("market", sorted(MARKETS))
@FAST
@given(
    status=st.sampled_from([200, 201, 204, 301, 400, 401, 404, 429, 500, 503]),
    body=json_values.map(lambda value: json.dumps(value).encode()) | st.binary(max_size=40),
    page=st.booleans(),
)
def test_any_answer_is_an_object_or_an_api_error(
    market: str, status: int, body: bytes, page: bool
) -> None:
    headers = {"content-type": "text/html" if page else "application/json"}
    response = httpx.Response(status, content=body, headers=headers)
    try:
        data = http_answers.checked(response, market, MARKETS[market], "result")
    except ApiError as error:
        assert error.message.render().strip()
        return
    assert isinstance(data, dict)
    for name in ("result", "postings", "OrderModelList"):
        try:
            assert isinstance(http_answers.list_field(data, name, market), list)
        except ApiError as error:
            assert error.message.render().strip()


@pytest.mark.parametrize("parse", [ozon_json.parse_response, rakuten_json.parse_response])
@FAST
@given(answer=json_values)
def test_any_order_answer_gives_orders_or_row_errors(parse, answer: object) -> None:  # type: ignore[no-untyped-def]
    try:
        results = list(parse(answer, "api"))
    except ValueError as error:  # FileFormatError: not that market's answer at all
        assert str(error).strip()
        return
    for result in results:
        assert isinstance(result, IncomingOrder | RowError)
        if isinstance(result, RowError):
            assert result.render().strip()
        else:
            for problem in order_problems(result):
                assert problem.render().strip()
