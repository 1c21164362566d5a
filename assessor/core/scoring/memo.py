"""What scoring works out once per questionnaire, career model or cluster (their item
ranges, option tables, path goals) rather than once per answer set: a cohort re-scores
thousands of results with the same questionnaire.

The models are frozen, but hold mappings, so they cannot be dictionary keys: a `PerObject`
keys by identity and holds the object weakly, so a model that is dropped takes its entry
with it, and an id reused by a new object never finds the old one's entry."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class PerObject(Generic[K, V]):
    """`get(obj)` is `make(obj)`, made once per living object."""

    def __init__(self, make: Callable[[K], V]) -> None:
        self._make = make
        self._made: dict[int, tuple[weakref.ref[K], V]] = {}

    def get(self, obj: K) -> V:
        key = id(obj)
        found = self._made.get(key)
        if found is not None and found[0]() is obj:
            return found[1]
        made = self._make(obj)
        made_for = self._made

        def forget(_: object, key: int = key) -> None:
            entry = made_for.get(key)
            if entry is not None and entry[0]() is None:
                del made_for[key]

        self._made[key] = (weakref.ref(obj, forget), made)
        return made
