"""A sender killed between sending a report and recording the answer: RMS took the tracking
number, the outbox still says `sending`. The restarted sender reads the order in RMS first
and does not add the number a second time (updateOrderShipping is not idempotent)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from werkzeug import Response

from packstation.app import rakuten_reports
from packstation.app import settings as settings_store
from packstation.app.credentials import Credentials
from packstation.app.device_settings import MarketplaceApi
from packstation.app.outbox import STALE, OutboxSender
from packstation.connectors.rakuten_rms import RakutenKeys
from packstation.domain.outbox import SENDING
from packstation.store import outbox as outbox_store
from tests.app.test_notify import NUMBER, YAMATO, ship
from tests.fake_rms import FakeRms
from tests.file_keyring import FileKeyring
from tests.imports.test_rakuten_json import order_model

pytestmark = pytest.mark.both_databases

ROOT = Path(__file__).resolve().parents[2]
KEYS = RakutenKeys("SP-kill-secret", "SL-kill-license")


def test_a_sender_killed_after_rms_took_the_number_does_not_send_it_twice(db_url, db, station, settings, clock, httpserver, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    fake = FakeRms(httpserver)
    fake.add(order_model(NUMBER, PackageModelList=[{"basketId": 1, "ShippingModelList": []}]))
    settings.rakuten = MarketplaceApi(enabled=True, shop="main", api_url=fake.url, timeout_s=30)
    ship(db, station, settings)
    settings_store.save(settings, Path(os.environ["PACKSTATION_SETTINGS"]))
    monkeypatch.setenv("PACKSTATION_TEST_KEYRING", str(tmp_path / "keyring.json"))
    Credentials(FileKeyring()).save_rakuten("main", KEYS)

    answered = threading.Event()
    taken = threading.Event()

    def stall_after_taking(function: str, body: dict) -> Response | None:  # type: ignore[type-arg]
        if function != "updateOrderShipping" or taken.is_set():
            return None
        fake._updateOrderShipping(body)  # RMS takes the row ...
        taken.set()
        answered.wait(30)  # ... and its answer never reaches the sender
        return Response("{}", status=500)

    fake.fail = stall_after_taking
    sender = subprocess.Popen(
        [sys.executable, "-m", "packstation", "--db", db_url, "outbox", "send"],
        env={
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "PYTHON_KEYRING_BACKEND": "tests.file_keyring.FileKeyring",
            "QT_QPA_PLATFORM": "offscreen",
        },
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        assert taken.wait(60), sender.stderr.read().decode() if sender.poll() is not None else ""
        sender.send_signal(signal.SIGKILL)
        sender.wait(10)
    finally:
        answered.set()
        if sender.poll() is None:
            sender.kill()
    with db.engine.connect() as connection:
        [left] = outbox_store.unsent(connection)
    assert left.state == SENDING  # the outbox never heard the answer

    clock.now = left.due_at + STALE + timedelta(seconds=1)  # the restart, after the stale time
    restarted = OutboxSender(db, rakuten_reports.senders(settings.rakuten, lambda shop: KEYS), clock)
    assert restarted.send_due().sent == 1
    assert fake.shipping_numbers(NUMBER) == [YAMATO]
    assert fake.calls["updateOrderShipping"] == 1
    with db.engine.connect() as connection:
        assert outbox_store.unsent(connection) == []
