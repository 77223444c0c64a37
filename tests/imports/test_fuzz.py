"""Whatever a file holds, a parser yields values or RowErrors, or raises ValueError."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from packstation.connectors.imports import (
    FORMATS,
    RowError,
    detect_format,
    parse_catalogue,
    parse_orders,
)
from packstation.domain.model import CatalogueProduct, IncomingOrder

from .samples import RAKUTEN_NEW_HEADER

HEADERS = {
    "rakuten-csv": ",".join(RAKUTEN_NEW_HEADER),
    "ozon-csv": "Номер заказа;Номер отправления;Принят в обработку;Дата отгрузки;Статус;Артикул;Количество;Ваша цена",
    "generic": "order_number,ordered_at,ship_by,shipment,sku,quantity,unit_price,tax_rate,gift,status,delivery_date",
    "catalogue": "sku,name,barcodes,weight_g,cost_price,fragile,stock,unit_code,case_barcodes",
}
FUZZ = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

cells = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        [
            "",
            "1",
            "-1",
            "0",
            "２",
            "1,5",
            "2024-05-01 10:00",
            "01.05.2024",
            "-99999",
            "yes",
            "A",
            "A*3",
        ]
    ),
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)
order_keys = st.sampled_from(
    ["orderNumber", "orderDatetime", "orderProgress", "PackageModelList", "ItemModelList", "SenderModel", "units",
     "posting_number", "in_process_at", "products", "quantity", "price", "customer", "address", "requirements"]
)  # fmt: skip
records = st.lists(st.dictionaries(order_keys, json_values, max_size=6) | json_values, max_size=4)


def consume(parse, path: Path, kinds: tuple[type, ...]) -> None:
    try:
        results = list(parse(path))
    except ValueError:
        return
    for result in results:
        assert isinstance(result, kinds), result
        if isinstance(result, RowError):
            assert result.source == str(path)
            assert result.line >= 1
            result.render()


def check_all(path: Path) -> None:
    for fmt in FORMATS:
        consume(lambda p, fmt=fmt: parse_orders(p, fmt), path, (IncomingOrder, RowError))
    consume(parse_catalogue, path, (CatalogueProduct, RowError))
    try:
        assert detect_format(path) in FORMATS
    except ValueError:
        pass


@FUZZ
@given(data=st.binary(max_size=400))
def test_random_bytes(tmp_path, data):
    path = tmp_path / "random"
    path.write_bytes(data)
    check_all(path)


@FUZZ
@given(kind=st.sampled_from(sorted(HEADERS)), rows=st.lists(st.lists(cells, max_size=12), max_size=6),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp932"]))  # fmt: skip
def test_random_rows_under_a_real_header(tmp_path, kind, rows, encoding):
    header = HEADERS[kind]
    delimiter = ";" if ";" in header else ","
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(rows)
    path = tmp_path / "rows.csv"
    path.write_bytes((header + "\n" + out.getvalue()).encode(encoding, errors="replace"))
    check_all(path)


@FUZZ
@given(data=records, wrapper=st.sampled_from(["OrderModelList", "postings", "result", None]))
def test_random_json_records(tmp_path, data, wrapper):
    content = data if wrapper is None else {wrapper: data}
    path = tmp_path / "records.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    check_all(path)
