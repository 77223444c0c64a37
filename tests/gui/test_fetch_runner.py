"""The background fetch of the bench: a connected Rakuten shop's orders come into the queue
without the packer asking, the status bar says what came and when; a marketplace that is
down is said there in red and the queue stays as it was."""

from __future__ import annotations

from werkzeug import Response

from packstation.app import settings as settings_store
from packstation.app.credentials import Credentials
from packstation.app.device_settings import MarketplaceApi
from packstation.connectors.rakuten_rms import RakutenKeys
from packstation.gui.marketplaces_dialog import MarketplacesDialog
from tests.fake_rms import FakeRms
from tests.imports.test_rakuten_json import order_model

NUMBER = "502763-20261206-00000042"


def connect(settings_path, fake: FakeRms) -> None:  # type: ignore[no-untyped-def]
    settings = settings_store.load(settings_path)
    settings.rakuten = MarketplaceApi(enabled=True, shop="main", api_url=fake.url, timeout_s=2)
    settings_store.save(settings, settings_path)
    Credentials().save_rakuten("main", RakutenKeys("SP-secret-1", "SL-license-1"))


def test_a_connected_shop_s_orders_arrive_by_themselves(qtbot, open_bench, settings_path, httpserver, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    fake = FakeRms(httpserver)
    fake.add(order_model(NUMBER, orderDatetime="2026-12-06T10:00:00+0900"))
    connect(settings_path, fake)
    bench = open_bench()
    status = bench.window.fetcher.status
    qtbot.waitUntil(lambda: "1 new" in status.text(), timeout=5000)
    assert status.text().startswith("Rakuten")
    model = bench.window.queue_panel.table.model()
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    assert fake.calls["getOrder"] == 1


def test_a_marketplace_that_is_down_is_said_in_the_status_bar(qtbot, open_bench, settings_path, httpserver, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    fake = FakeRms(httpserver)
    fake.fail = lambda function, body: Response("<html>maintenance</html>", status=503)
    connect(settings_path, fake)
    bench = open_bench()
    status = bench.window.fetcher.status
    qtbot.waitUntil(lambda: "server error (HTTP 503)" in status.text(), timeout=5000)
    assert "c62828" in status.styleSheet()
    assert bench.window.queue_panel.table.model().rowCount() == 0


def test_the_connections_dialog_keeps_settings_and_sends_keys_to_the_keyring(qtbot, open_bench, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    bench = open_bench()
    dialog = MarketplacesDialog(bench.services.settings)
    qtbot.addWidget(dialog)
    box = dialog.boxes["rakuten"]
    box.enabled.setChecked(True)
    box.shop.setText("main")
    box.minutes.setValue(10)
    box.keys[0].setText("SP-secret-9")
    box.keys[1].setText("SL-license-9")
    dialog.boxes["ozon"].keys[0].setText("only-one-key")
    settings = dialog.result_settings()
    assert settings.rakuten.enabled and settings.rakuten.fetch_minutes == 10
    assert not settings.ozon.enabled
    assert dialog.keys_to_store() == [("rakuten", "main", "SP-secret-9", "SL-license-9")]
    bench.services.store_keys(*dialog.keys_to_store()[0])
    assert Credentials().rakuten("main") == RakutenKeys("SP-secret-9", "SL-license-9")
