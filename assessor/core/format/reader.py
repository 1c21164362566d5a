"""Typed, located access to a loaded YAML tree, collecting every problem it meets."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from assessor.core.errors import Problem, did_you_mean
from assessor.core.format.input_rules import number_problem
from assessor.core.format.yamlsafe import Position, YList, YMap

# Always used with fullmatch: `$` would also accept a trailing newline ("tiny\n").
ID_RE = re.compile(r"[a-z0-9][a-z0-9_-]*")
DOCUMENT_ID_RE = re.compile(r"[a-z0-9][a-z0-9-]*")
EXTENSION_PREFIX = "x-"


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if is_number(value):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


class Reader:
    """Reads values out of YMaps, recording a located problem for each thing wrong."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.problems: list[Problem] = []
        self._missing: set[tuple[Position, str]] = set()

    def at(self, pos: Position, message: str) -> None:
        self.problems.append(Problem(self.name, pos[0], pos[1], message))

    def missing(self, node: YMap, key: str, what: str) -> None:
        """Report a missing key once, however many checks notice it."""
        if (node.pos, key) in self._missing:
            return
        self._missing.add((node.pos, key))
        self.at(node.pos, f"{what} is missing required key '{key}'")

    def check_keys(
        self, node: YMap, allowed: Iterable[str], required: Iterable[str], what: str
    ) -> None:
        allowed_set = set(allowed)
        for key in node:
            if key not in allowed_set and not key.startswith(EXTENSION_PREFIX):
                hint = did_you_mean(key, sorted(allowed_set - set(node)))
                self.at(node.key_pos[key], f"unknown key '{key}' in {what}{hint}")
        for key in required:
            if key not in node:
                self.missing(node, key, what)

    def text(self, node: YMap, key: str, what: str, *, required: bool = False) -> str | None:
        if key not in node:
            if required:
                self.missing(node, key, what)
            return None
        value = node[key]
        if isinstance(value, str):
            return value
        if is_number(value) and key in node.source_text:
            # A title like `2025` or a version like `1.2` is text the author typed.
            return node.source_text[key]
        self.at(node.where(key), f"'{key}' must be text, not {type_name(value)}")
        return None

    def ident(
        self,
        node: YMap,
        key: str,
        what: str,
        *,
        required: bool = True,
        pattern: re.Pattern[str] = ID_RE,
    ) -> str | None:
        value = self.text(node, key, what, required=required)
        if value is None:
            return None
        if not pattern.fullmatch(value):
            allowed = "[a-z0-9][a-z0-9-]*" if pattern is DOCUMENT_ID_RE else "[a-z0-9][a-z0-9_-]*"
            self.at(node.where(key), f"'{key}' value '{value}' is not a valid id (use {allowed})")
            return None
        return value

    def number(
        self,
        node: YMap,
        key: str,
        what: str,
        *,
        required: bool = False,
        positive: bool = False,
        integer: bool = False,
    ) -> float | None:
        if key not in node:
            if required:
                self.missing(node, key, what)
            return None
        return self.number_value(node, key, node[key], positive=positive, integer=integer)

    def number_value(
        self,
        container: YMap | YList,
        key: Any,
        value: Any,
        *,
        positive: bool = False,
        integer: bool = False,
    ) -> float | None:
        label = f"'{key}'" if isinstance(key, str) else "value"
        if not is_number(value) or (integer and isinstance(value, float)
                                    and not value.is_integer()):
            kind = "a whole number" if integer else "a number"
            self.at(container.where(key), f"{label} must be {kind}, not {type_name(value)}")
            return None
        problem = number_problem(value)
        if problem is not None:
            self.at(container.where(key), f"{label} {problem}")
            return None
        if positive and value <= 0:
            self.at(container.where(key), f"{label} must be greater than 0")
            return None
        return value  # type: ignore[no-any-return]

    def boolean(self, node: YMap, key: str, default: bool) -> bool:
        if key not in node:
            return default
        value = node[key]
        if isinstance(value, bool):
            return value
        self.at(node.where(key), f"'{key}' must be true or false, not {type_name(value)}")
        return default

    def mapping(self, node: YMap, key: str, what: str, *, required: bool = False) -> YMap | None:
        if key not in node:
            if required:
                self.missing(node, key, what)
            return None
        value = node[key]
        if isinstance(value, YMap):
            return value
        self.at(node.where(key), f"'{key}' must be a mapping, not {type_name(value)}")
        return None

    def sequence(self, node: YMap, key: str, what: str, *, required: bool = False) -> YList | None:
        if key not in node:
            if required:
                self.missing(node, key, what)
            return None
        value = node[key]
        if isinstance(value, YList):
            return value
        self.at(node.where(key), f"'{key}' must be a list, not {type_name(value)}")
        return None

    def mappings(self, node: YMap, key: str, what: str, *, required: bool = False) -> list[YMap]:
        """A list whose entries must each be a mapping; bad entries are reported and skipped."""
        values = self.sequence(node, key, what, required=required)
        if values is None:
            return []
        result: list[YMap] = []
        for index, entry in enumerate(values):
            if isinstance(entry, YMap):
                result.append(entry)
            else:
                self.at(values.where(index), f"each entry of '{key}' must be a mapping")
        return result

    def texts(self, node: YMap, key: str, what: str) -> tuple[str, ...]:
        values = self.sequence(node, key, what)
        if values is None:
            return ()
        result: list[str] = []
        for index, entry in enumerate(values):
            if isinstance(entry, str):
                result.append(entry)
            elif is_number(entry) and index in values.source_text:
                result.append(values.source_text[index])
            else:
                self.at(values.where(index), f"each entry of '{key}' must be text")
        return tuple(result)

    def unique(self, seen: dict[str, Position], value: str, pos: Position, what: str) -> bool:
        if value in seen:
            self.at(pos, f"duplicate {what} id '{value}' (first at line {seen[value][0]})")
            return False
        seen[value] = pos
        return True
