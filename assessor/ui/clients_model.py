"""The profiles a counsellor works with ("clients"), and which one is current: new
assessments, history, notes and plans belong to the current profile. Views listen to its
signals; every change goes through the store and raises StoreError on failure."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal


class ClientsModel(QObject):
    profilesChanged = Signal()
    currentChanged = Signal(int)  # profile id
    resultsChanged = Signal()
    notesChanged = Signal()
    plansChanged = Signal()

    def __init__(self, store: Any, current_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._current = current_id
        self.own_id = current_id  # the app's own user: pages say "your" only to them
        self._counts: dict[int, int] | None = None
        self._switch_guard: Callable[[int], bool] | None = None

    # ---- profiles ---------------------------------------------------------------------

    @property
    def current_id(self) -> int:
        return self._current

    def profiles(self) -> list[Any]:
        return list(self.store.list_profiles())

    def profile(self, profile_id: int) -> Any | None:
        return next((p for p in self.profiles() if p.id == profile_id), None)

    def current(self) -> Any | None:
        return self.profile(self._current)

    def set_switch_guard(self, guard: Callable[[int], bool] | None) -> None:
        """`guard(profile_id)` is asked before every switch the person makes; False keeps
        the current profile (an open questionnaire belongs to it)."""
        self._switch_guard = guard

    def select(self, profile_id: int, force: bool = False) -> bool:
        """Make `profile_id` current; False when the switch guard refused it (the views
        are told to show the profile that is still current)."""
        if profile_id == self._current:
            return True
        if not force and self._switch_guard is not None and not self._switch_guard(profile_id):
            self.profilesChanged.emit()
            return False
        self._current = profile_id
        self.currentChanged.emit(profile_id)
        return True

    def create(self, name: str, note: str | None = None) -> int:
        profile_id = int(self.store.create_profile(name, note or None))
        self.profilesChanged.emit()
        self.select(profile_id)
        return profile_id

    def update(self, profile_id: int, name: str, note: str | None) -> None:
        self.store.rename_profile(profile_id, name, note or None)
        self.profilesChanged.emit()

    def delete(self, profile_id: int) -> None:
        """Delete a profile with its results, notes and plans. Deleting the current one
        makes the first remaining profile current (a fresh "Me" if none is left)."""
        self.store.delete_profile(profile_id)
        self.profilesChanged.emit()
        if profile_id == self._current:
            self.select(int(self.store.default_profile()), force=True)

    # ---- what belongs to the current profile ------------------------------------------

    def results(self) -> list[Any]:
        return list(self.store.list_results(self._current))

    def result_counts(self) -> dict[int, int]:
        """How many results each profile has (read once, until results change: listing
        parses every stored result)."""
        if self._counts is None:
            counts: dict[int, int] = {}
            for entry in self.store.list_results():
                if entry.profile_id is not None:
                    counts[entry.profile_id] = counts.get(entry.profile_id, 0) + 1
            self._counts = counts
        return dict(self._counts)

    def forget_counts(self) -> None:
        self._counts = None

    def result(self, result_id: int) -> Any:
        return self.store.get_result(result_id)

    def notes(self, result_id: int | None = None) -> list[Any]:
        return list(self.store.list_notes(self._current, result_id))

    def add_note(self, text: str, result_id: int | None = None) -> int:
        note_id = int(self.store.add_note(self._current, text, result_id))
        self.notesChanged.emit()
        return note_id

    def update_note(self, note_id: int, text: str) -> None:
        self.store.update_note(note_id, text)
        self.notesChanged.emit()

    def delete_note(self, note_id: int) -> None:
        self.store.delete_note(note_id)
        self.notesChanged.emit()

    def plans(self) -> list[Any]:
        return list(self.store.list_plans(self._current))

    def save_plan(self, cluster_id: str, done: list[str], note: str | None = None,
                  score_overrides: dict[str, float] | None = None) -> int:
        plan_id = int(self.store.save_plan(self._current, cluster_id, done, note or None,
                                           score_overrides or None))
        self.plansChanged.emit()
        return plan_id

    def results_added(self) -> None:
        """Tell the views that a result was stored for the current profile."""
        self._counts = None
        self.profilesChanged.emit()  # the client list shows result counts
        self.resultsChanged.emit()
