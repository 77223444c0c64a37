"""A fake RakutenPayOrderAPI with state, on a real local HTTP server (pytest-httpserver).

It keeps its orders as OrderModels: searchOrder lists them, getOrder returns them,
confirmOrder moves orderProgress 100 → 300, updateOrderShipping appends the rows it is given
to the basket's ShippingModelList, as RMS does (a second call adds a second row). `fail` is
asked before each call and may answer instead (a 500, a 429, a stall), for the bad days.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Callable
from typing import Any

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

BASE = "/es/2.0/order/"
INFO = {"messageType": "INFO", "messageCode": "ORDER_EXT_API_INFO_101", "message": "OK"}


class FakeRms:
    def __init__(self, server: HTTPServer) -> None:
        self.server = server
        self.orders: dict[str, dict[str, Any]] = {}
        self.calls: Counter[str] = Counter()
        self.updates: list[dict[str, Any]] = []
        self.fail: Callable[[str, dict[str, Any]], Response | None] = lambda function, body: None
        self._lock = threading.Lock()
        for function in ("searchOrder", "getOrder", "confirmOrder", "updateOrderShipping"):
            server.expect_request(f"{BASE}{function}/", method="POST").respond_with_handler(
                self._handler(function)
            )

    @property
    def url(self) -> str:
        return self.server.url_for(BASE)

    def add(self, model: dict[str, Any]) -> None:
        self.orders[str(model["orderNumber"])] = model

    def shipping_numbers(self, number: str) -> list[str]:
        return [
            row["shippingNumber"]
            for package in self.orders[number]["PackageModelList"]
            for row in package.get("ShippingModelList") or []
        ]

    def _handler(self, function: str) -> Callable[[Request], Response]:
        def handle(request: Request) -> Response:
            body = json.loads(request.get_data() or b"{}")
            with self._lock:
                self.calls[function] += 1
            failure = self.fail(function, body)
            if failure is not None:
                return failure
            with self._lock:
                answer = getattr(self, "_" + function)(body)
            return Response(json.dumps(answer), content_type="application/json")

        return handle

    def _searchOrder(self, body: dict[str, Any]) -> dict[str, Any]:  # noqa: N802 - RMS's name
        pages = body["PaginationRequestModel"]
        size, page = pages["requestRecordsAmount"], pages["requestPage"]
        numbers = sorted(self.orders)
        total_pages = max(1, -(-len(numbers) // size))
        return {
            "MessageModelList": [INFO],
            "orderNumberList": numbers[(page - 1) * size : page * size],
            "PaginationResponseModel": {
                "totalRecordsAmount": len(numbers),
                "totalPages": total_pages,
                "requestPage": page,
            },
        }

    def _getOrder(self, body: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        models = [self.orders[n] for n in body["orderNumberList"] if n in self.orders]
        return {"MessageModelList": [INFO], "OrderModelList": models, "version": 7}

    def _confirmOrder(self, body: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        for number in body["orderNumberList"]:
            self.orders[number]["orderProgress"] = 300
        return {"MessageModelList": [INFO]}

    def _updateOrderShipping(self, body: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        self.updates.append(body)
        order = self.orders[body["orderNumber"]]
        for basket in body["BasketidModelList"]:
            for package in order["PackageModelList"]:
                if str(package["basketId"]) == str(basket["basketId"]):
                    rows = package.setdefault("ShippingModelList", [])
                    rows += basket["ShippingModelList"]
        return {"MessageModelList": [INFO]}
