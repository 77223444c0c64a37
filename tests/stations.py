"""One packing station as a process, for the tests where several contend for one database:
`python -m tests.stations URL NAME OUT` packs the most urgent order no bench has, scan by scan
through the app layer (item scans, the waybill number from the carrier's range, the label
scan), until none is left, and writes what it did to OUT as JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from packstation.app.context import Station
from packstation.app.packing import Level, PackingService
from packstation.app.packing_open import NOTHING_TO_PACK
from packstation.app.settings import Settings
from packstation.domain.states import OrderState
from packstation.store.database import Database
from tests.builders import CUP, TEA

CODES = {"TEA": TEA, "CUP": CUP}


def main(url: str, name: str, out: Path) -> None:
    settings = Settings(station_name=name, operator=f"packer-{name}", sounds=False)
    settings.label_printer.enabled = True  # the waybill's number comes from the range
    db = Database(url)
    bench = PackingService(db, Station(name, f"packer-{name}"), settings)
    packed: list[str] = []
    tracking: list[str] = []
    scans = 0
    at = 0.0
    while True:
        opened = bench.open_next()
        if not bench.packing:
            assert opened.message.text is NOTHING_TO_PACK, opened.message.render()
            break
        view = opened.view
        assert view is not None and view.state is OrderState.PACKING
        for line in view.lines:
            for _ in range(line.ordered - line.scanned):
                at += 1000.0
                result = bench.scan(CODES[line.sku], at)
                scans += 1
                assert result.level in (Level.GOOD, Level.PROMPT), result.message.render()
        number = bench.view.tracking_number if bench.view is not None else None
        assert number is not None, "no tracking number from the range"
        at += 1000.0
        shipped = bench.scan(number, at)
        assert shipped.level is Level.DONE, shipped.message.render()
        packed.append(view.number)
        tracking.append(number)
    db.dispose()
    out.write_text(json.dumps({"packed": packed, "tracking": tracking, "scans": scans}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], Path(sys.argv[3]))
