"""The device commands, run as a technician runs them: simulators in other processes."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from packstation.app import settings as settings_store
from packstation.app.device_settings import PrinterSettings
from packstation.app.settings import Settings
from packstation.cli import main
from packstation.devices.printers.simulator import PrinterSimulator
from packstation.devices.scale.simulator import ScaleSimulator
from packstation.devices.scanner.layout_check import TEST_CODE


@pytest.fixture(autouse=True)
def _one_qt_application(qapp) -> None:  # type: ignore[no-untyped-def]
    """The CLI installs translations on a QCoreApplication; here it must be the test's."""


@pytest.fixture
def label(tmp_path: Path) -> Iterator[PrinterSimulator]:
    with PrinterSimulator("tspl", out_dir=tmp_path / "printed") as simulator:
        yield simulator


def test_scale_read_prints_the_stable_weight(capsys: pytest.CaptureFixture[str]) -> None:
    with ScaleSimulator("nci") as scale:
        scale.set_weight(Decimal("2.5"), "kg")
        # a pseudo-terminal takes no 7E1, the protocol's default: 8N1 over it
        args = ["--port", scale.path, "--protocol", "nci", "--bytesize", "8", "--parity", "none"]
        assert main(["scale", "read", *args]) == 0
    assert capsys.readouterr().out.strip() == "2500 g"


def test_a_line_that_refuses_the_settings_is_reported_not_raised(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with ScaleSimulator("toledo-8217") as scale:
        code = main(["scale", "read", "--port", scale.path, "--protocol", "toledo-8217",
                     "--timeout", "1.5"])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 2 and out.startswith("Serial settings refused: The port ")
    assert "does not take 9600 baud, 7 data bits, parity even, stop bits 1" in out


def test_scale_read_of_a_port_that_is_not_there_says_not_connected(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["scale", "read", "--port", str(tmp_path / "gone"), "--protocol", "mt-sics"])
    assert code == 2 and capsys.readouterr().out.startswith("Not connected: ")


def test_scale_read_without_an_answer_exits_non_zero(capsys: pytest.CaptureFixture[str]) -> None:
    with ScaleSimulator("mt-sics") as scale:
        scale.silent = True
        code = main(
            ["scale", "read", "--port", scale.path, "--protocol", "mt-sics", "--timeout", "1.5"]
        )
    assert code == 1 and "does not answer" in capsys.readouterr().out


def test_simulated_scale_in_another_process_is_read_through_its_link(tmp_path: Path) -> None:
    link = tmp_path / "scale"
    simulator = subprocess.Popen(
        [sys.executable, "-m", "packstation", "simulate", "scale", "--protocol", "toledo-8217",
         "--link", str(link)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    assert simulator.stdin is not None and simulator.stdout is not None
    try:
        assert simulator.stdout.readline().strip() == str(link)
        simulator.stdin.write("w 1.25 kg\n")
        simulator.stdin.flush()
        simulator.stdout.readline()
        reader = subprocess.run(
            [sys.executable, "-m", "packstation", "scale", "read", "--port", str(link),
             "--protocol", "toledo-8217", "--bytesize", "8", "--parity", "none"],
            capture_output=True,
            text=True,
            timeout=30,
        )  # fmt: skip
        assert reader.returncode == 0, reader.stdout + reader.stderr
        assert reader.stdout.strip() == "1250 g"
    finally:
        simulator.communicate("q\n", timeout=10)


def test_selftest_and_print_test_use_the_settings_file(
    tmp_path: Path, label: PrinterSimulator, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "settings.json"
    address = f"127.0.0.1:{label.port}"
    printer = PrinterSettings(enabled=True, language="tspl", address=address)
    settings_store.save(Settings(label_printer=printer), path)
    assert main(["--settings", str(path), "print", "test", "--printer", "label"]) == 0
    assert label.wait_for_jobs(1, 5)[0].images
    assert main(["--settings", str(path), "selftest", "--scanned", TEST_CODE]) == 0
    report = capsys.readouterr().out
    assert "OK  Label printer" in report and "OK  Serial scanner" in report
    assert main(["--settings", str(path), "print", "test", "--printer", "receipt"]) == 2
