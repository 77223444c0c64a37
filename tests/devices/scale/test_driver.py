"""The driver against the pty simulator, for every protocol in the registry."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from decimal import Decimal

import pytest
import serial

from packstation.devices.scale import line
from packstation.devices.scale.codec import Codec
from packstation.devices.scale.driver import ScaleDriver
from packstation.devices.scale.reading import Reading, ScaleState
from packstation.devices.scale.registry import NAMES, protocol
from packstation.devices.scale.simulator import ScaleSimulator
from packstation.devices.transport import SerialConfig, open_serial

from .conftest import GUARD, Collector

S = ScaleState
Driven = Callable[..., tuple[ScaleDriver, Collector]]
Simulated = Callable[..., ScaleSimulator]

# The line protocol runs here with its stability flag; without it below.
OPTIONS: dict[str, dict[str, object]] = {"line": {"pattern": line.FLAGGED_PATTERN}}


def is_weight(grams: int, state: ScaleState = S.STABLE) -> Callable[[Reading], bool]:
    return lambda reading: reading.state is state and reading.grams == Decimal(grams)


def is_state(state: ScaleState) -> Callable[[Reading], bool]:
    return lambda reading: reading.state is state


def start(simulator: Simulated, driven: Driven, name: str, *, link: bool = False):
    options = OPTIONS.get(name, {})
    simulated = simulator(name, link=link, **options)
    driver, readings = driven(protocol(name, **options), simulated.path)
    return simulated, driver, readings


@pytest.mark.parametrize("name", NAMES)
def test_stable_motion_overload_and_underload(
    simulator: Simulated, driven: Driven, name: str
) -> None:
    simulated, _, readings = start(simulator, driven, name)
    simulated.set_weight(Decimal("1.5"), "kg")
    readings.wait_for(is_weight(1500))

    since = readings.mark()
    simulated.motion = True
    moving = readings.wait_for(is_state(S.MOTION), since)
    assert moving.grams is None or moving.grams > 1500  # the simulator jitters upwards
    since = readings.mark()
    simulated.motion = False
    readings.wait_for(is_weight(1500), since)

    since = readings.mark()
    simulated.overload = True
    if name == "dibal":  # Dibal sends an overload as 00.000
        readings.wait_for(is_weight(0), since)
    else:
        readings.wait_for(is_state(S.OVERLOAD), since)
    simulated.overload = False

    since = readings.mark()
    simulated.underload = True
    readings.wait_for(is_state(S.UNDERLOAD), since)
    since = readings.mark()
    simulated.underload = False
    readings.wait_for(is_weight(1500), since)


@pytest.mark.parametrize("name", NAMES)
def test_readings_resume_after_garbage(simulator: Simulated, driven: Driven, name: str) -> None:
    simulated, _, readings = start(simulator, driven, name)
    simulated.set_weight(Decimal(700))
    readings.wait_for(is_weight(700))
    simulated.send_garbage(64)
    since = readings.mark()
    simulated.set_weight(Decimal(2000))
    readings.wait_for(is_weight(2000), since)


@pytest.mark.parametrize("name", NAMES)
def test_a_silent_scale_reads_no_reply_until_it_speaks(
    simulator: Simulated, driven: Driven, name: str
) -> None:
    simulated, _, readings = start(simulator, driven, name)
    simulated.set_weight(Decimal(300))
    readings.wait_for(is_weight(300))
    since = readings.mark()
    simulated.silent = True
    readings.wait_for(is_state(S.NO_REPLY), since)
    since = readings.mark()
    simulated.silent = False
    readings.wait_for(is_weight(300), since)


@pytest.mark.parametrize("name", NAMES)
def test_unplug_then_replug_resumes_readings(
    simulator: Simulated, driven: Driven, name: str
) -> None:
    simulated, _, readings = start(simulator, driven, name, link=True)
    simulated.set_weight(Decimal(400))
    readings.wait_for(is_weight(400))
    since = readings.mark()
    simulated.unplug()
    readings.wait_for(is_state(S.UNPLUGGED), since)
    since = readings.mark()
    simulated.replug()
    readings.wait_for(is_weight(400), since)


@pytest.mark.parametrize("name", NAMES)
def test_zero_reaches_the_scale(simulator: Simulated, driven: Driven, name: str) -> None:
    options = dict(OPTIONS.get(name, {}))
    if name == "line":
        options["zero"] = "Z\\r\\n"
    simulated = simulator(name, **options)
    codec = protocol(name, **options)
    driver, readings = driven(codec, simulated.path)
    simulated.set_weight(Decimal(250))
    readings.wait_for(is_weight(250))
    if codec.zero is None:
        assert driver.zero() is False
        return
    since = readings.mark()
    assert driver.zero() is True
    readings.wait_for(is_weight(0), since)
    assert codec.zero.strip() in simulated.received


def test_the_first_open_failing_reads_unplugged(driven: Driven, tmp_path) -> None:
    _, readings = driven(protocol("mt-sics"), str(tmp_path / "no-such-port"))
    assert readings.wait_for(is_state(S.UNPLUGGED)) == Reading(S.UNPLUGGED, None)


@pytest.mark.parametrize("name", ["toledo-8217", "nci"])
def test_a_port_that_refuses_the_protocols_7e1_reads_refused(
    simulator: Simulated, driven: Driven, name: str
) -> None:
    """A pty takes no 7 data bits or parity: the port is there, so it is not UNPLUGGED."""
    codec = protocol(name)
    simulated = simulator(name)
    driver, readings = driven(codec, codec.serial_config(simulated.path))
    assert readings.wait_for(is_state(S.REFUSED)) == Reading(S.REFUSED, None)
    time.sleep(0.2)  # a few reconnect attempts: each refused, told once
    assert readings.readings == [Reading(S.REFUSED, None)]


def test_a_polled_line_scale(simulator: Simulated, driven: Driven) -> None:
    options = {"pattern": line.FLAGGED_PATTERN, "poll": "P\\r\\n"}
    simulated = simulator("line", **options)
    _, readings = driven(protocol("line", **options), simulated.path)
    simulated.set_weight(Decimal(900))
    readings.wait_for(is_weight(900))
    assert b"P" in simulated.received


def test_a_line_scale_without_a_stability_flag_settles_by_equal_readings(
    simulator: Simulated, driven: Driven
) -> None:
    simulated = simulator("line")  # the default pattern has no `stable` group
    codec = protocol("line")
    assert not codec.has_stability_flag
    simulated.set_weight(Decimal(800))
    simulated.motion = True
    _, readings = driven(codec, simulated.path, stable_ms=150)
    readings.wait_for(is_state(S.MOTION))
    since = readings.mark()
    simulated.motion = False
    first = readings.wait_for(lambda r: r.grams == Decimal(800), since)
    assert first.state is S.MOTION  # equal readings have not lasted the window yet
    readings.wait_for(is_weight(800), since)


def test_read_stable(simulator: Simulated, tmp_path) -> None:
    simulated = simulator("mt-sics")
    simulated.set_weight(Decimal("12.5"), "g")
    driver = ScaleDriver(protocol("mt-sics"), SerialConfig(simulated.path))
    assert driver.read_stable(GUARD) == Reading(S.STABLE, Decimal("12.5"), raw=b"S S      12.50 g")

    simulated.overload = True
    assert driver.read_stable(0.3).state is S.OVERLOAD
    simulated.silent = True
    assert driver.read_stable(0.3) == Reading(S.NO_REPLY, None)

    gone = ScaleDriver(protocol("mt-sics"), SerialConfig(str(tmp_path / "gone")))
    assert gone.read_stable(0.3) == Reading(S.UNPLUGGED, None)

    seven_bits = protocol("toledo-8217")
    refused = ScaleDriver(seven_bits, seven_bits.serial_config(simulated.path))
    assert refused.read_stable(0.3) == Reading(S.REFUSED, None)


def test_one_thread_owns_the_driver(simulator: Simulated, driven: Driven) -> None:
    simulated = simulator("mt-sics")
    driver, readings = driven(protocol("mt-sics"), simulated.path)
    readings.wait_for(is_state(S.STABLE))
    with pytest.raises(RuntimeError, match="owned by thread"):
        driver.read_stable(0.1)


def test_run_ends_promptly_when_stopped(simulator: Simulated) -> None:
    simulated = simulator("cas")
    driver = ScaleDriver(protocol("cas"), SerialConfig(simulated.path))
    readings = Collector()
    stop = threading.Event()
    thread = threading.Thread(target=driver.run, args=(readings, stop))
    thread.start()
    readings.wait_for(is_state(S.STABLE))
    stop.set()
    thread.join(timeout=1.0)  # a failure guard; the loop checks `stop` every 50 ms
    assert not thread.is_alive()


@pytest.mark.parametrize("name", ["toledo-8217", "toledo-8213", "nci"])
def test_seven_data_bits_and_even_parity_are_configuration(name: str) -> None:
    """ptys ignore CS7/PARENB, so the settings are checked on pyserial's loop:// port."""
    port = open_serial(protocol(name).serial_config("loop://"))
    try:
        assert (port.bytesize, port.parity, port.baudrate) == (7, serial.PARITY_EVEN, 9600)
    finally:
        port.close()


def test_other_protocols_default_to_8n1() -> None:
    for name in ("mt-sics", "cas", "dibal", "line"):
        codec: Codec = protocol(name)
        assert (codec.baudrate, codec.bytesize, codec.parity) == (9600, 8, "none"), name
