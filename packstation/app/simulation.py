"""A simulated bench: a scale on a pseudo-terminal and two network printers on loopback, each
speaking its real protocol, for the demo (`packstation --simulate`, `make run`) and for trying
the app without hardware. The station's device settings point at them for the session.

The scale is an MT-SICS balance behind a symlink, the slip printer an ESC/POS printer, the
label printer a ZPL printer; what they print is decoded into text and PNG files in `out_dir`.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from platformdirs import user_data_path

from packstation.app.device_settings import PrinterSettings, ShopSettings
from packstation.app.device_status import Device
from packstation.app.settings import Settings
from packstation.devices.printers.simulation import DecodedJob
from packstation.devices.printers.simulator import PrinterSimulator
from packstation.devices.scale.simulator import ScaleSimulator

DEMO_SHOP = ShopSettings(
    name="梱包堂 渋谷本店",
    postal_code="150-0001",
    region="東京都",
    city="渋谷区",
    line1="神宮前1-2-3",
    line2="パックビル5階",
    phone="03-1234-5678",
    email="shop@example.com",
    registration_number="T1234567890123",
    thank_you="この度はご注文いただき、誠にありがとうございました。",
)
JobListener = Callable[[Device, DecodedJob], None]  # called on the simulator's thread


def bench_folder() -> Path:
    """Where the simulated bench keeps its settings and what its printers printed."""
    return user_data_path("packstation", appauthor=False) / "simulated-bench"


def settings_path(given: Path | None) -> Path:
    """The simulated bench's own settings file (the station's real devices stay set), unless
    one is given."""
    return given or bench_folder() / "settings.json"


def with_demo_shop(settings: Settings) -> Settings:
    """The settings, with the demo shop on the documents when they name no shop."""
    if settings.shop.name:
        return settings
    return dataclasses.replace(settings, shop=copy.deepcopy(DEMO_SHOP))


class SimulatedBench:
    def __init__(self, out_dir: Path, on_job: JobListener | None = None) -> None:
        out_dir.mkdir(parents=True, exist_ok=True)
        self.out_dir = out_dir
        self.on_job = on_job
        self.scale = ScaleSimulator("mt-sics", link=out_dir / "scale")
        self.printers = {
            Device.RECEIPT: PrinterSimulator(
                "escpos", out_dir=out_dir / "slips", on_job=self._listener(Device.RECEIPT)
            ),
            Device.LABEL: PrinterSimulator(
                "zpl", out_dir=out_dir / "labels", on_job=self._listener(Device.LABEL)
            ),
        }

    def _listener(self, device: Device):  # type: ignore[no-untyped-def]
        def heard(number: int, job: DecodedJob, files: list[Path]) -> None:
            if self.on_job is not None:
                self.on_job(device, job)

        return heard

    def apply(self, settings: Settings) -> Settings:
        """The settings with every device pointed at its simulator (and the demo shop)."""
        simulated = copy.deepcopy(with_demo_shop(settings))
        simulated.scale = dataclasses.replace(
            settings.scale, enabled=True, protocol="mt-sics", port=self.scale.path
        )
        simulated.receipt_printer = PrinterSettings(
            enabled=True, language="escpos", address=self._address(Device.RECEIPT)
        )
        simulated.label_printer = dataclasses.replace(
            settings.label_printer,
            enabled=True,
            language="zpl",
            connection="network",
            address=self._address(Device.LABEL),
            dpi=203,
        )
        return simulated

    def _address(self, device: Device) -> str:
        return f"127.0.0.1:{self.printers[device].port}"

    # -- what a person does at the simulated bench ------------------------------------------
    def put_on_scale(self, grams: Decimal) -> None:
        self.scale.set_weight(grams)

    def set_scale_fault(self, *, motion: bool, overload: bool, silent: bool) -> None:
        self.scale.motion = motion
        self.scale.overload = overload
        self.scale.silent = silent

    def set_paper(self, device: Device, *, paper_out: bool, cover_open: bool) -> None:
        printer = self.printers[device]
        printer.status = dataclasses.replace(
            printer.status, paper_end=paper_out, cover_open=cover_open
        )

    def close(self) -> None:
        self.scale.close()
        for printer in self.printers.values():
            printer.close()
