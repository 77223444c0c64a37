"""`read_scale` and `simulate_scale`, the CLI's helpers, against the pty simulator."""

from __future__ import annotations

import io
import os
import threading
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from packstation.devices.scale import line
from packstation.devices.scale.console import HELP, read_scale, simulate_scale
from packstation.devices.scale.driver import ScaleDriver
from packstation.devices.scale.reading import Reading, ScaleState
from packstation.devices.scale.registry import protocol
from packstation.devices.scale.simulator import ScaleSimulator
from packstation.devices.transport import SerialConfig

from .conftest import GUARD

Simulated = Callable[..., ScaleSimulator]


def test_read_scale_prints_the_stable_weight(simulator: Simulated) -> None:
    simulated = simulator("mt-sics")
    simulated.set_weight(Decimal("1.2345"), "kg")
    out = io.StringIO()
    assert read_scale("mt-sics", SerialConfig(simulated.path), GUARD, out) == 0
    assert out.getvalue() == "1234.5 g\n"


def test_read_scale_with_a_line_pattern(simulator: Simulated) -> None:
    simulated = simulator("line")
    simulated.set_weight(Decimal(1000))
    out = io.StringIO()
    config = SerialConfig(simulated.path)
    assert read_scale("line", config, GUARD, out, pattern=line.FLAGGED_PATTERN) == 0
    assert out.getvalue() == "1000 g\n"


def test_read_scale_says_what_to_do_when_the_scale_does_not_answer(
    simulator: Simulated,
) -> None:
    simulated = simulator("mt-sics")
    simulated.silent = True
    out = io.StringIO()
    assert read_scale("mt-sics", SerialConfig(simulated.path), 0.3, out) == 1
    assert out.getvalue().startswith("No reply: The scale does not answer")


def test_read_scale_reports_other_states_with_code_2(simulator: Simulated, tmp_path) -> None:
    simulated = simulator("toledo-8217")
    simulated.overload = True
    out = io.StringIO()
    assert read_scale("toledo-8217", SerialConfig(simulated.path), 0.3, out) == 2
    assert out.getvalue() == "Overload: Take the weight off the scale: it is over capacity.\n"

    out = io.StringIO()
    assert read_scale("cas", SerialConfig(str(tmp_path / "gone")), 0.3, out) == 2
    assert out.getvalue().startswith("Not connected: ")


def test_simulate_scale_takes_commands_and_a_driver_reads_them(tmp_path: Path) -> None:
    command_read, command_write = os.pipe()
    out_read, out_write = os.pipe()
    link = tmp_path / "ttyScale"
    with (
        open(command_read, encoding="ascii") as commands,
        open(out_write, "w", encoding="ascii") as out,
        open(command_write, "w", encoding="ascii") as keyboard,
        open(out_read, encoding="ascii") as screen,
    ):
        codes: list[int] = []
        thread = threading.Thread(
            target=lambda: codes.append(simulate_scale("mt-sics", link, commands, out))
        )
        thread.start()
        try:
            assert screen.readline() == f"{link}\n"

            def say(command: str) -> str:
                keyboard.write(command + "\n")
                keyboard.flush()
                return screen.readline()

            assert say("w 2.5 kg") == "weight 2.5 kg\n"
            driver = ScaleDriver(protocol("mt-sics"), SerialConfig(str(link)))
            assert driver.read_stable(GUARD).grams == Decimal(2500)
            assert say("m") == "motion on\n"
            assert driver.read_stable(0.2).state is ScaleState.MOTION
            assert say("m") == "motion off\n"
            assert say("w nothing") == "weight? nothing\n"
            assert say("x") == f"replugged {link}\n"
            assert driver.read_stable(GUARD) == Reading(
                ScaleState.STABLE, Decimal("2500.000"), raw=b"S S    2.50000 kg"
            )
            assert say("z") == "zeroed\n"
            assert say("o") == "overload on\n"
            assert say("help") == HELP.splitlines()[0] + "\n"
        finally:
            keyboard.write("q\n")
            keyboard.flush()
            thread.join(timeout=GUARD)
        assert not thread.is_alive()
        assert codes == [0]
        assert not link.exists()
