"""Station navigation state machine, driven without Qt."""

from __future__ import annotations

import pytest

from kiosk.flows.navigation import TRANSIENT, Event, Navigator, Screen, Transition


@pytest.fixture
def nav() -> Navigator:
    return Navigator()


@pytest.fixture
def seen(nav: Navigator) -> list[Transition]:
    log: list[Transition] = []
    nav.add_listener(log.append)
    return log


def test_starts_on_attract_and_start_goes_home(nav: Navigator, seen: list[Transition]) -> None:
    assert nav.state is Screen.ATTRACT
    nav.start()
    assert nav.state is Screen.HOME
    assert seen == [Transition(Screen.ATTRACT, Screen.HOME, Event.START)]


def test_start_only_leaves_attract(nav: Navigator, seen: list[Transition]) -> None:
    nav.start()
    nav.go(Screen.PAY)
    nav.start()
    assert nav.state is Screen.PAY
    assert len(seen) == 2


def test_go_and_back_follow_the_stack(nav: Navigator) -> None:
    nav.start()
    nav.go(Screen.PAY)
    nav.go(Screen.HELP)
    assert nav.back_stack == (Screen.HOME, Screen.PAY)
    nav.back()
    assert nav.state is Screen.PAY
    nav.back()
    assert nav.state is Screen.HOME
    nav.back()  # nothing left: stays home, no transition
    assert nav.state is Screen.HOME


def test_go_home_clears_the_stack(nav: Navigator) -> None:
    nav.start()
    nav.go(Screen.BOOK)
    nav.go(Screen.HELP)
    nav.go(Screen.HOME)
    assert nav.back_stack == ()
    assert not nav.can_navigate


def test_go_to_current_screen_is_a_no_op(nav: Navigator, seen: list[Transition]) -> None:
    nav.start()
    nav.go(Screen.HOME)
    assert len(seen) == 1


def test_transient_screens_are_never_pushed(nav: Navigator) -> None:
    nav.start()
    nav.go(Screen.LANGUAGE)
    nav.go(Screen.HELP)
    assert nav.back_stack == (Screen.HOME,)
    assert Screen.LANGUAGE in TRANSIENT


def test_language_chooser_returns_to_the_screen_it_was_opened_from(nav: Navigator) -> None:
    nav.start()
    nav.go(Screen.PAY)
    nav.go(Screen.LANGUAGE)
    nav.back()
    assert nav.state is Screen.PAY
    assert nav.back_stack == (Screen.HOME,)


def test_fail_shows_error_and_back_returns_for_a_retry(nav: Navigator, seen) -> None:
    nav.start()
    nav.go(Screen.PAY)
    nav.fail()
    assert nav.state is Screen.ERROR
    assert seen[-1].event is Event.FAIL
    nav.fail()  # a second failure while the error is shown changes nothing
    assert nav.back_stack == (Screen.HOME, Screen.PAY)
    nav.back()
    assert nav.state is Screen.PAY


def test_crash_clears_history(nav: Navigator, seen: list[Transition]) -> None:
    nav.start()
    nav.go(Screen.PAY)
    nav.crash()
    assert nav.state is Screen.CRASH
    assert nav.back_stack == ()
    assert seen[-1].event is Event.CRASH
    nav.back()
    assert nav.state is Screen.HOME


def test_session_end_returns_to_attract(nav: Navigator, seen: list[Transition]) -> None:
    nav.start()
    nav.go(Screen.HELP)
    nav.session_end()
    assert nav.state is Screen.ATTRACT
    assert nav.back_stack == ()
    assert seen[-1].event is Event.SESSION_END
    nav.session_end()
    assert len(seen) == 3


def test_backend_down_overlays_and_up_restores_where_the_citizen_was(nav: Navigator) -> None:
    nav.start()
    nav.go(Screen.PAY)
    nav.go(Screen.HELP)
    nav.backend_down()
    assert nav.state is Screen.OUT_OF_SERVICE
    assert nav.out_of_service
    assert not nav.can_navigate
    nav.backend_up()
    assert nav.state is Screen.HELP
    assert nav.back_stack == (Screen.HOME, Screen.PAY)
    assert not nav.out_of_service


def test_navigation_is_ignored_while_out_of_service(nav: Navigator, seen) -> None:
    nav.start()
    nav.backend_down()
    count = len(seen)
    nav.go(Screen.PAY)
    nav.back()
    nav.fail()
    nav.start()
    nav.backend_down()
    assert nav.state is Screen.OUT_OF_SERVICE
    assert len(seen) == count


def test_out_of_service_from_attract_recovers_to_attract(nav: Navigator) -> None:
    nav.backend_down()
    nav.backend_up()
    assert nav.state is Screen.ATTRACT


def test_recovery_never_returns_to_a_stale_error(nav: Navigator) -> None:
    nav.start()
    nav.go(Screen.PAY)
    nav.fail()
    nav.backend_down()
    nav.backend_up()
    assert nav.state is Screen.HOME
    assert nav.back_stack == ()


def test_session_end_while_out_of_service_recovers_to_attract(nav: Navigator) -> None:
    nav.start()
    nav.go(Screen.PAY)
    nav.backend_down()
    nav.session_end()
    assert nav.state is Screen.OUT_OF_SERVICE
    nav.backend_up()
    assert nav.state is Screen.ATTRACT


def test_crash_while_out_of_service_recovers_home(nav: Navigator) -> None:
    nav.start()
    nav.go(Screen.PAY)
    nav.backend_down()
    nav.crash()
    assert nav.state is Screen.OUT_OF_SERVICE
    nav.backend_up()
    assert nav.state is Screen.HOME


def test_backend_up_when_in_service_is_a_no_op(nav: Navigator, seen) -> None:
    nav.backend_up()
    assert seen == []


def test_listener_can_be_removed(nav: Navigator) -> None:
    log: list[Transition] = []
    remove = nav.add_listener(log.append)
    nav.start()
    remove()
    remove()  # twice is harmless
    nav.go(Screen.HELP)
    assert len(log) == 1


def test_every_screen_value_is_a_unique_name() -> None:
    values = [screen.value for screen in Screen]
    assert len(values) == len(set(values))


def test_staff_tools_open_over_anything_and_close_to_the_attract_loop() -> None:
    nav = Navigator()
    nav.start()
    nav.go(Screen.PAY)
    nav.open_staff()
    assert nav.state is Screen.STAFF
    assert not nav.can_navigate
    nav.go(Screen.BOOK)  # citizens' navigation does nothing under the staff tools
    nav.back()
    nav.session_end()
    assert nav.state is Screen.STAFF
    nav.close_staff()
    assert nav.state is Screen.ATTRACT
    assert nav.back_stack == ()


def test_closed_station_stays_closed_until_reopened() -> None:
    nav = Navigator()
    nav.open_staff()
    nav.close_station()
    assert nav.state is Screen.STAFF  # the staff member still sees the tools
    nav.close_staff()
    assert nav.state is Screen.CLOSED
    for event in (nav.start, nav.back, nav.session_end, nav.fail):
        event()
        assert nav.state is Screen.CLOSED
    nav.go(Screen.HOME)
    nav.backend_down()
    nav.backend_up()
    assert nav.state is Screen.CLOSED
    nav.open_staff()
    nav.reopen_station()
    nav.close_staff()
    assert nav.state is Screen.ATTRACT
    nav.start()
    assert nav.state is Screen.HOME


def test_staff_closing_while_backend_down_leads_to_out_of_service() -> None:
    nav = Navigator()
    nav.start()
    nav.backend_down()
    nav.open_staff()
    assert nav.state is Screen.STAFF
    nav.close_staff()
    assert nav.state is Screen.OUT_OF_SERVICE
    nav.backend_up()
    assert nav.state is Screen.ATTRACT


def test_reopening_while_backend_down_shows_out_of_service() -> None:
    nav = Navigator()
    nav.close_station()
    nav.backend_down()
    assert nav.state is Screen.CLOSED
    nav.reopen_station()
    assert nav.state is Screen.OUT_OF_SERVICE
    nav.backend_up()
    assert nav.state is Screen.ATTRACT
