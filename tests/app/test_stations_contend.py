"""Eight station processes pack 2,000 orders together on one PostgreSQL database, through the
app layer: no order packed twice, no tracking number given twice, no scan lost, every order
shipped (tests/stations.py is one station)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from packstation.app.intake import Intake
from packstation.domain.audit import EventKind
from packstation.domain.states import OrderState
from packstation.store.shipping import add_range
from packstation.store.schema import EVENTS, LINES, PRODUCTS, SHIPMENTS
from tests.builders import load_products, rakuten

ROOT = Path(__file__).resolve().parents[2]
STATIONS = 8
ORDERS = 2000


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_eight_stations_pack_two_thousand_orders_each_once(
    db, db_url: str, station, settings, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    load_products(db)
    with db.engine.begin() as connection:
        connection.execute(update(PRODUCTS).values(stock=10 * ORDERS))  # none goes on hold
    orders = [
        rakuten(f"502763-20261122-{n:08d}", ("TEA", 1), *([("CUP", 1)] if n % 3 == 0 else []))
        for n in range(ORDERS)
    ]
    Intake(db, station, settings).store_orders(orders, "test")
    with db.engine.begin() as connection:
        add_range(connection, "yamato", "", 44441375870, 44441375870 + ORDERS + 100)
    units = sum(line.quantity for order in orders for line in order.shipments[0].lines)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    outs = [tmp_path / f"station-{n}.json" for n in range(STATIONS)]
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.stations", db_url, f"bench-{n}", str(out)],
            cwd=ROOT,
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n, out in enumerate(outs)
    ]
    for process in processes:
        _, errors = process.communicate(timeout=600)
        assert process.returncode == 0, errors[-3000:]
    done = [json.loads(out.read_text()) for out in outs]
    packed = Counter(number for station_done in done for number in station_done["packed"])
    assert len(packed) == ORDERS and max(packed.values()) == 1  # each order once
    tracking = [number for station_done in done for number in station_done["tracking"]]
    assert len(tracking) == len(set(tracking)) == ORDERS
    assert sum(station_done["scans"] for station_done in done) == units
    assert sum(1 for station_done in done if station_done["packed"]) > 1  # they shared the work
    with db.engine.connect() as connection:
        by_state = select(SHIPMENTS.c.state, func.count()).group_by(SHIPMENTS.c.state)
        states = {state: count for state, count in connection.execute(by_state)}
        assert states == {OrderState.SHIPPED.value: ORDERS}
        stored = list(connection.scalars(select(SHIPMENTS.c.tracking_number)))
        assert len(set(stored)) == ORDERS
        assert connection.scalar(select(func.sum(LINES.c.scanned))) == units
        counted = connection.scalar(
            select(func.count()).where(
                EVENTS.c.kind == EventKind.SCAN.value, EVENTS.c.outcome == "counted"
            )
        )
        assert counted == units  # every scan recorded once
        opens = connection.execute(
            select(EVENTS.c.shipment_id, func.count())
            .where(
                EVENTS.c.kind == EventKind.TRANSITION.value,
                EVENTS.c.to_state == OrderState.PACKING.value,
            )
            .group_by(EVENTS.c.shipment_id)
            .having(func.count() > 1)
        ).all()
        assert opens == []  # no order opened by two stations
