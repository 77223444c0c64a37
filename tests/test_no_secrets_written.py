"""No key in anything the app writes: a whole fetch, pack, confirm cycle with known Rakuten
keys, through the commands a shop runs (a failed fetch with a refused key included), with the
debug log on; then every file the app wrote and everything it printed and logged is searched
for the keys, whole, as the ESA token and base64-encoded."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from pathlib import Path

from werkzeug import Response

from packstation.app import settings as settings_store
from packstation.app.context import Station
from packstation.app.device_settings import MarketplaceApi
from packstation.app.packing import Level, PackingService
from packstation.app.settings import Settings
from packstation.connectors.rakuten_rms import RakutenKeys
from packstation.store.database import Database
from tests.builders import TEA, load_products
from tests.fake_rms import FakeRms
from tests.imports.test_rakuten_json import order_model

ROOT = Path(__file__).resolve().parents[1]
NUMBER = "502763-20261206-00000077"
SECRET = "SP338531_d1ff1cult-Secret"
LICENSE = "SL338531_l1cense-K3y-Xw7"
YAMATO = "444413758703"


def forbidden() -> list[bytes]:
    token = RakutenKeys(SECRET, LICENSE).authorization().removeprefix("ESA ")
    texts = [SECRET, LICENSE, token, base64.b64encode(SECRET.encode()).decode()]
    return [text.encode() for text in texts] + [text.encode("utf-16-le") for text in texts]


def test_no_key_is_written_or_printed_anywhere(tmp_path, httpserver) -> None:  # type: ignore[no-untyped-def]
    home = tmp_path / "home"
    keyring_file = tmp_path / "keyring" / "keys.json"  # the OS keyring's stand-in: not searched
    keyring_file.parent.mkdir()
    db_url = f"sqlite:///{home / 'data' / 'packstation.sqlite3'}"
    settings_path = home / "config" / "settings.json"
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_STATE_HOME": str(home / "state"),
        "TMPDIR": str(home / "tmp"),
        "PACKSTATION_DB": db_url,
        "PACKSTATION_SETTINGS": str(settings_path),
        "PACKSTATION_TEST_KEYRING": str(keyring_file),
        "PYTHON_KEYRING_BACKEND": "tests.file_keyring.FileKeyring",
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "PACKSTATION_LOG": "debug",  # every library's debug log too (httpx, httpcore)
    }
    (home / "tmp").mkdir(parents=True)
    fake = FakeRms(httpserver)
    model = order_model(NUMBER, orderDatetime="2026-12-06T10:00:00+0900", orderProgress=100)
    model["PackageModelList"][0]["ItemModelList"][0].update(itemNumber="TEA", units=1)
    fake.add(model)
    settings = Settings(station_name="bench-1", operator="aiko")
    settings.rakuten = MarketplaceApi(enabled=True, shop="main", api_url=fake.url, timeout_s=5)
    settings.label_printer.enabled = True
    settings.scale.enabled = False
    settings_path.parent.mkdir(parents=True)
    settings_store.save(settings, settings_path)
    (home / "data").mkdir()
    db = Database(db_url)
    load_products(db)
    printed: list[str] = []

    def run(*args: str, stdin: str = "") -> int:
        done = subprocess.run(
            [sys.executable, "-m", "packstation", *args],
            input=stdin, capture_output=True, text=True, env=env, timeout=120,
        )  # fmt: skip
        printed.extend((done.stdout, done.stderr))
        return done.returncode

    assert run("keys", "rakuten", "--shop", "main", stdin=f"{SECRET}\n{LICENSE}\n") == 0
    fake.fail = lambda function, body: Response('{"errors": "expired"}', status=401)
    assert run("fetch", "rakuten", "--shop", "main", "--api-url", fake.url) == 1
    fake.fail = lambda function, body: None
    assert run("fetch", "rakuten", "--shop", "main", "--api-url", fake.url) == 0
    bench = PackingService(db, Station(settings.station_name, settings.operator), settings)
    for at, code in enumerate((NUMBER, TEA, YAMATO, YAMATO)):
        result = bench.scan(code, at * 1000)
    assert result.level is Level.DONE, result.message
    db.engine.dispose()
    assert run("outbox", "send") == 0
    assert fake.orders[NUMBER]["orderProgress"] == 300
    assert fake.shipping_numbers(NUMBER) == [YAMATO]

    logged = "".join(printed)
    assert " DEBUG httpcore" in logged and " INFO httpx: HTTP Request: POST" in logged
    seen = printed + [str(path) for path in home.rglob("*")]
    files = [path for path in home.rglob("*") if path.is_file()]
    assert any(path.name == "packstation.sqlite3" for path in files)
    for secret in forbidden():
        for text in seen:
            assert secret not in text.encode(), text
        for path in files:
            assert secret not in path.read_bytes(), path
