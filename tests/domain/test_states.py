import pytest

from packstation.domain.states import (
    TRANSITIONS,
    IllegalTransition,
    OrderState,
    can_transition,
    check_transition,
)

S = OrderState

HAPPY_PATH = [S.NEW, S.CONFIRMED, S.PACKING, S.PACKED, S.SHIPPED, S.DELIVERED]


def test_the_happy_path_is_legal() -> None:
    for source, target in zip(HAPPY_PATH, HAPPY_PATH[1:]):
        check_transition(source, target)


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (S.NEW, S.PACKING),
        (S.CONFIRMED, S.SHIPPED),
        (S.PACKING, S.SHIPPED),
        (S.SHIPPED, S.PACKING),
        (S.CANCELLED, S.CONFIRMED),
        (S.DELIVERED, S.CANCELLED),
        (S.ON_HOLD, S.PACKING),
    ],
)
def test_illegal_transitions_raise_a_clear_error(source: OrderState, target: OrderState) -> None:
    with pytest.raises(IllegalTransition) as raised:
        check_transition(source, target)
    assert raised.value.source is source and raised.value.target is target
    text = str(raised.value)
    assert source.value.replace("_", " ") in text and target.value.replace("_", " ") in text


def test_terminal_states_lead_nowhere() -> None:
    assert not TRANSITIONS[S.CANCELLED]
    assert not TRANSITIONS[S.RETURNED]


def test_every_open_state_can_be_cancelled_or_held() -> None:
    for state in (S.NEW, S.CONFIRMED, S.PACKING, S.PACKED):
        assert can_transition(state, S.CANCELLED)
        assert can_transition(state, S.ON_HOLD)
    assert can_transition(S.ON_HOLD, S.CONFIRMED)


def test_after_shipping_exceptions_and_returns() -> None:
    assert can_transition(S.SHIPPED, S.EXCEPTION)
    assert can_transition(S.EXCEPTION, S.RETURNED)
    assert can_transition(S.DELIVERED, S.RETURNED)
