from decimal import Decimal

from packstation.devices.scale.reading import Reading, ScaleState
from packstation.devices.scale.stability import FOUND_AT_START, AutoCapture, Loads, StabilityFilter


def weight(grams: str, state: ScaleState = ScaleState.STABLE) -> Reading:
    return Reading(state, Decimal(grams))


def test_equal_readings_become_stable_after_the_window() -> None:
    stability = StabilityFilter(window_ms=500)
    moving = ScaleState.MOTION
    assert stability.feed(weight("100", moving), 0.0).state is ScaleState.MOTION
    assert stability.feed(weight("100", moving), 0.3).state is ScaleState.MOTION
    settled = stability.feed(weight("100", moving), 0.5)
    assert settled == Reading(ScaleState.STABLE, Decimal(100))
    assert stability.feed(weight("101", moving), 0.6).state is ScaleState.MOTION
    assert stability.feed(weight("101", moving), 1.1).state is ScaleState.STABLE


def test_readings_within_the_resolution_count_as_equal() -> None:
    stability = StabilityFilter(window_ms=200, resolution_g=Decimal("0.5"))
    stability.feed(weight("100.0"), 0.0)
    assert stability.feed(weight("100.4"), 0.1).state is ScaleState.MOTION
    assert stability.feed(weight("99.6"), 0.2).state is ScaleState.STABLE
    assert stability.feed(weight("100.6"), 0.3).state is ScaleState.MOTION


def test_other_states_pass_through_and_restart_the_window() -> None:
    stability = StabilityFilter(window_ms=100)
    stability.feed(weight("100"), 0.0)
    overload = Reading(ScaleState.OVERLOAD, None)
    assert stability.feed(overload, 0.2) == overload
    assert stability.feed(weight("100"), 0.3).state is ScaleState.MOTION
    assert stability.feed(weight("100"), 0.4).state is ScaleState.STABLE


def test_auto_capture_takes_one_weight_per_parcel() -> None:
    capture = AutoCapture(min_grams=Decimal(20), hold_ms=800)
    assert capture.feed(weight("5"), 0.0) is None  # empty scale
    assert capture.feed(weight("1200", ScaleState.MOTION), 0.1) is None
    assert capture.feed(weight("1250"), 0.2) is None
    assert capture.feed(weight("1250"), 0.9) is None
    assert capture.feed(weight("1250"), 1.0) == Decimal(1250)
    assert capture.feed(weight("1250"), 2.0) is None  # the same parcel, still there
    assert capture.feed(weight("1300", ScaleState.MOTION), 2.1) is None  # touched
    assert capture.feed(weight("1300"), 3.5) is None
    assert capture.feed(weight("0"), 4.0) is None  # taken off: re-armed
    assert capture.feed(weight("800"), 4.1) is None
    assert capture.feed(weight("800"), 4.9) == Decimal(800)


def test_auto_capture_restarts_the_hold_when_the_weight_changes() -> None:
    capture = AutoCapture(min_grams=Decimal(20), hold_ms=500)
    assert capture.feed(weight("900"), 0.0) is None
    assert capture.feed(weight("950"), 0.4) is None
    assert capture.feed(weight("950"), 0.8) is None
    assert capture.feed(weight("950"), 0.9) == Decimal(950)


def test_auto_capture_ignores_light_items_and_rearms_below_zero() -> None:
    capture = AutoCapture(min_grams=Decimal(20), hold_ms=0)
    assert capture.feed(weight("10"), 0.0) is None
    assert capture.feed(weight("500"), 0.1) == Decimal(500)
    assert capture.feed(Reading(ScaleState.UNDERLOAD, None), 0.2) is None
    assert capture.feed(weight("500"), 0.3) == Decimal(500)
    assert capture.feed(Reading(ScaleState.NO_REPLY, None), 0.4) is None
    assert capture.feed(weight("500"), 0.5) is None  # no reply is not "taken off"


def loads() -> Loads:
    return Loads(Decimal(20), lambda grams: max(Decimal(30), grams * 5 / 100))


def test_a_load_begins_after_the_platter_was_empty() -> None:
    platter = loads()
    assert platter.current == FOUND_AT_START  # nobody knows what lies there before it is seen
    assert not platter.feed(weight("0"))
    assert platter.current is None
    assert not platter.feed(weight("559", ScaleState.MOTION))
    assert platter.feed(weight("559"))
    first = platter.current
    assert not platter.feed(weight("559"))  # the same parcel, still there
    assert not platter.feed(Reading(ScaleState.NO_REPLY, None))
    assert not platter.feed(weight("560"))  # back, within what the weight check cannot tell
    assert platter.current == first
    assert not platter.feed(weight("5"))  # taken off
    assert platter.feed(weight("565"))  # a parcel of similar weight is another load
    assert platter.current != first


def test_a_change_beyond_the_tolerance_is_a_new_load_without_the_platter_going_empty() -> None:
    platter = loads()
    platter.feed(weight("0"))
    platter.feed(weight("1000"))
    first = platter.current
    assert not platter.feed(weight("1040"))  # touched: within 5 % of 1000 g
    assert platter.feed(weight("1160"))  # something was put on (or swapped)
    assert platter.current != first
    assert not platter.feed(Reading(ScaleState.UNDERLOAD, None))
    assert platter.current is None


def test_the_load_found_at_start_stays_unknown_until_it_is_taken_off_or_changed() -> None:
    platter = loads()
    assert not platter.feed(weight("559"))
    assert not platter.feed(weight("570"))  # what was there at start, touched: unknown still
    assert platter.current == FOUND_AT_START
    assert platter.feed(weight("700"))
    assert platter.current == 1


def test_auto_capture_rearms_for_a_new_load_that_never_left_the_platter() -> None:
    capture = AutoCapture(min_grams=Decimal(20), hold_ms=0)
    assert capture.feed(weight("500"), 0.0) == Decimal(500)
    assert capture.feed(weight("900"), 0.1) is None
    capture.rearm()
    assert capture.feed(weight("900"), 0.2) == Decimal(900)
