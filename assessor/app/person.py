"""The one owner of "the current person": whom new assessments, drafts, history, notes and
plans belong to. Everything that needs the profile id reads it here and listens for a switch,
instead of keeping its own copy in step."""

from __future__ import annotations

from collections.abc import Callable

Listener = Callable[[int], None]


class CurrentPerson:
    """The profile the app is working with, and the app's own user (the first profile)."""

    def __init__(self, profile_id: int, own_profile_id: int | None = None) -> None:
        self._profile_id = profile_id
        self.own_profile_id = profile_id if own_profile_id is None else own_profile_id
        self._listeners: list[Listener] = []

    @property
    def profile_id(self) -> int:
        return self._profile_id

    @property
    def is_own(self) -> bool:
        """True while the app's own user is selected (pages then say "your")."""
        return self._profile_id == self.own_profile_id

    def select(self, profile_id: int) -> bool:
        """Make `profile_id` current and tell every listener; False when it already was."""
        if profile_id == self._profile_id:
            return False
        self._profile_id = profile_id
        for listener in list(self._listeners):
            listener(profile_id)
        return True

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener(profile_id)` after every switch; returns the way to stop."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe
