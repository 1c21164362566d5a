"""The one owner of the current person: a switch reaches every listener, once."""

from __future__ import annotations

from assessor.app.person import CurrentPerson


def test_a_switch_reaches_every_listener_once() -> None:
    person = CurrentPerson(1)
    heard: list[tuple[str, int]] = []
    person.subscribe(lambda pid: heard.append(("a", pid)))
    person.subscribe(lambda pid: heard.append(("b", pid)))
    assert person.select(2) is True
    assert person.select(2) is False  # already current: nobody is told again
    assert heard == [("a", 2), ("b", 2)]
    assert person.profile_id == 2


def test_own_user_is_the_first_person_unless_told() -> None:
    person = CurrentPerson(1)
    assert person.is_own
    person.select(5)
    assert not person.is_own and person.own_profile_id == 1
    counsellor_view = CurrentPerson(5, own_profile_id=1)
    assert not counsellor_view.is_own


def test_an_unsubscribed_listener_hears_nothing_more() -> None:
    person = CurrentPerson(1)
    heard: list[int] = []
    stop = person.subscribe(heard.append)
    person.select(2)
    stop()
    stop()  # stopping twice is harmless
    person.select(3)
    assert heard == [2]


def test_a_listener_may_stop_listening_while_being_told() -> None:
    person = CurrentPerson(1)
    heard: list[int] = []
    stops: list[object] = []

    def once(pid: int) -> None:
        heard.append(pid)
        stops[0]()  # type: ignore[operator]  # the stored unsubscribe function

    stops.append(person.subscribe(once))
    person.subscribe(lambda pid: heard.append(pid * 10))
    person.select(2)
    person.select(3)
    assert heard == [2, 20, 30]
