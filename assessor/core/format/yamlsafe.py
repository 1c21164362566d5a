"""The one way untrusted YAML and JSON enter the program.

PyYAML's constructors follow YAML 1.1 (``yes`` is true, ``012`` is octal, dates become
objects) and happily expand alias bombs, so documents are built here from the C parser's
event stream instead: one flat loop with an explicit stack (no recursion to exhaust),
YAML 1.2 core-schema scalars, and refusal of anchors, aliases, custom tags, several
documents, deep nesting, duplicate keys and non-text keys. Every value keeps the line and
column it came from, in its parent container, so later checks can point at it.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
from pathlib import Path
from typing import Any

import yaml

from assessor.core.errors import AssessorError
from assessor.core.format.input_rules import (
    locate_in_json,
    read_integer_literal,
    text_problem,
    walk_problems,
)

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 64
# Values (scalars, mappings, lists) in one document. 5 MiB of `{},` is 1.7 million empty
# mappings, which took 720 MB and 8 s to build; the largest shipped questionnaire (about
# 70 items) has under 2,000 values, so this leaves room for 50 times more while keeping a
# hostile file near 0.1 s and 40 MB (docs/reliability.md, "Hostile input classes").
MAX_NODES = 100_000

Position = tuple[int, int]  # 1-based line, column

_CORE_TAG = "tag:yaml.org,2002:"
_NULL_RE = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL_TRUE = frozenset({"true", "True", "TRUE"})
_BOOL_FALSE = frozenset({"false", "False", "FALSE"})
# Decimal integers without leading zeros: YAML 1.1 read 012 as octal, so a leading-zero
# string is kept as text rather than silently changing meaning between parsers.
_INT_RE = re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$")
_OCT_RE = re.compile(r"^0o[0-7]+$")
_HEX_RE = re.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT_RE = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")
# Every line break YAML knows: libyaml counts lines by these.
_LINE_BREAK_RE = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
_LEADING_ZERO_RE = re.compile(r"^[-+]?0[0-9]+$")
_INF_RE = re.compile(r"^[-+]?\.(?:inf|Inf|INF)$")
_NAN_RE = re.compile(r"^\.(?:nan|NaN|NAN)$")


class YMap(dict[str, Any]):
    """A mapping that remembers where it, its keys and its values stand in the file."""

    __slots__ = ("key_pos", "pos", "source_text", "val_pos")

    def __init__(self, pos: Position) -> None:
        super().__init__()
        self.pos = pos
        self.key_pos: dict[str, Position] = {}
        self.val_pos: dict[str, Position] = {}
        # The written text of plain scalars read as numbers, for places that want text.
        self.source_text: dict[str, str] = {}

    def where(self, key: str) -> Position:
        return self.val_pos.get(key, self.key_pos.get(key, self.pos))


class YList(list[Any]):
    """A sequence that remembers where it and each of its items stand in the file."""

    __slots__ = ("item_pos", "pos", "source_text")

    def __init__(self, pos: Position) -> None:
        super().__init__()
        self.pos = pos
        self.item_pos: list[Position] = []
        self.source_text: dict[int, str] = {}

    def where(self, index: int) -> Position:
        if 0 <= index < len(self.item_pos):
            return self.item_pos[index]
        return self.pos


def resolve_plain(text: str) -> Any:
    """Resolve an untagged plain scalar by the YAML 1.2 core schema."""
    if _NULL_RE.match(text):
        return None
    if text in _BOOL_TRUE:
        return True
    if text in _BOOL_FALSE:
        return False
    if _INT_RE.match(text):
        return read_integer_literal(text)
    if _OCT_RE.match(text):
        return read_integer_literal(text[2:], 8)
    if _HEX_RE.match(text):
        return read_integer_literal(text[2:], 16)
    if _FLOAT_RE.match(text) and not _LEADING_ZERO_RE.match(text):
        return float(text)
    if _INF_RE.match(text):
        return -math.inf if text.startswith("-") else math.inf
    if _NAN_RE.match(text):
        return math.nan
    return text


def _resolve_tagged(tag: str, text: str) -> Any:
    kind = tag[len(_CORE_TAG) :]
    if kind == "str":
        return text
    value = resolve_plain(text)
    kinds: dict[str, type | tuple[type, ...]] = {
        "null": type(None),
        "bool": bool,
        "int": int,
        "float": (float, int),
    }
    expected = kinds.get(kind)
    if expected is None or not isinstance(value, expected):
        raise ValueError(f"'{text}' is not a valid !!{kind}")
    if kind == "float":
        return float(resolve_plain(text))
    return value


def read_limited(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """Read a regular file, refusing one over ``limit`` bytes without reading all of it.

    Anything else is refused before a byte is read: a FIFO would block the read forever,
    a link to /dev/zero would never end, a device may act on being opened. The file is
    opened non-blocking as well, in case it is swapped for a FIFO between the checks."""
    name = str(path)
    try:
        _refuse_special(os.stat(path).st_mode, name)
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                             | getattr(os, "O_BINARY", 0))
        try:
            status = os.fstat(descriptor)
            _refuse_special(status.st_mode, name)
            # Ask for what the file holds (+1 to notice growth past the limit), not for the
            # limit: reading 5 MiB buffers for thousands of small results costs real time.
            data = _read_up_to(descriptor, min(status.st_size, limit) + 1)
        finally:
            os.close(descriptor)
    except IsADirectoryError:
        raise AssessorError.single(name, "is a folder, not a file") from None
    except FileNotFoundError:
        raise AssessorError.single(name, "no such file") from None
    except OSError as exc:
        raise AssessorError.single(name, f"cannot be read: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise AssessorError.single(name, f"is larger than {limit // (1024 * 1024)} MiB")
    return data


def _read_up_to(descriptor: int, wanted: int) -> bytes:
    """Up to `wanted` bytes, fewer only at the end of the file: what a buffered file's
    read(wanted) gives, without making the buffered file (a third of the cost of reading
    a small result, which every file of a cohort pays)."""
    data = os.read(descriptor, wanted)
    while 0 < len(data) < wanted:
        more = os.read(descriptor, wanted - len(data))
        if not more:
            break
        data += more
    return data


def _refuse_special(mode: int, name: str) -> None:
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise AssessorError.single(name, "is a folder, not a file")
    kind = ("a pipe (FIFO)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a device")
    raise AssessorError.single(name, f"is {kind}, not a regular file, and was not read")


def decode_utf8(data: bytes, name: str) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise AssessorError.single(name, "is not valid UTF-8" + utf16_hint(data), line,
                                   column) from None
    return text[1:] if text.startswith("\ufeff") else text


def utf16_hint(data: bytes) -> str:
    """What to do when a file is UTF-16, as some Windows editors save text."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return " (it is UTF-16 text: save it as UTF-8)"
    return ""


def load_yaml_file(path: Path | str) -> Any:
    """Load one YAML (or JSON) document from a file; raise AssessorError on any problem."""
    path = Path(path)
    data = read_limited(path)
    return parse_yaml(decode_utf8(data, str(path)), str(path))


def parse_yaml(text: str, name: str) -> Any:
    """Parse one document from text. Returns YMap/YList/scalars; raises AssessorError."""
    if "\x00" in text:
        index = text.index("\x00")
        raise AssessorError.single(
            name, "contains a NUL character", text.count("\n", 0, index) + 1
        )
    try:
        return _build(text, name)
    except AssessorError:
        raise
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = exc.problem or "invalid YAML"
        if exc.context:
            started = exc.context_mark
            if started is not None and started is not mark:
                message += f" ({exc.context} started at line {started.line + 1})"
            else:
                message += f" ({exc.context})"
        line: int | None = mark.line + 1 if mark else None
        column: int | None = mark.column + 1 if mark else None
        last_line = len(_LINE_BREAK_RE.split(text.rstrip("\r\n\x85\u2028\u2029")))
        if line is not None and line > last_line:
            # The parser noticed at the end of the file (an unclosed bracket, a key left
            # without its value): point at the last line there is, not one past it.
            line, column = last_line, None
        raise AssessorError.single(name, f"YAML syntax error: {message}", line, column) from None
    except yaml.reader.ReaderError as exc:
        position = min(max(exc.position, 0), len(text))
        line = len(_LINE_BREAK_RE.split(text[:position]))
        column = position - max(text.rfind("\n", 0, position), text.rfind("\r", 0, position))
        character = exc.character
        code = character if isinstance(character, int) else ord(str(character)[:1] or " ")
        raise AssessorError.single(
            name, f"contains a character YAML does not allow (U+{code:04X})", line, column
        ) from None
    except yaml.YAMLError as exc:
        raise AssessorError.single(name, f"YAML error: {exc}".splitlines()[0]) from None
    except (RecursionError, MemoryError, ValueError) as exc:
        raise AssessorError.single(name, f"cannot be read as YAML: {exc}") from None


def _fail(name: str, mark: Any, message: str) -> AssessorError:
    return AssessorError.single(name, message, mark.line + 1, mark.column + 1)


def _build(text: str, name: str) -> Any:
    parser = yaml.CSafeLoader(text) if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader(text)
    try:
        return _build_from_events(parser, name)
    finally:
        parser.dispose()


def _build_from_events(parser: Any, name: str) -> Any:
    root: Any = None
    have_root = False
    documents = 0
    # Each stack entry: [container, pending key or None, key position, awaiting_key]
    stack: list[list[Any]] = []

    def attach(value: Any, pos: Position, mark: Any, source: str | None = None) -> None:
        nonlocal root, have_root
        if not stack:
            root, have_root = value, True
            return
        frame = stack[-1]
        container = frame[0]
        if isinstance(container, YList):
            if source is not None:
                container.source_text[len(container)] = source
            container.append(value)
            container.item_pos.append(pos)
        elif frame[3]:  # this scalar/collection is a key
            if isinstance(value, (YMap, YList)):
                raise _fail(name, mark, "mapping keys must be text, not a collection")
            if isinstance(value, bool) or value is None or isinstance(value, float):
                shown = "null" if value is None else str(value).lower()
                raise _fail(name, mark, f"mapping key '{shown}' must be text")
            key = source if isinstance(value, int) and source is not None else value
            if not isinstance(key, str):
                raise _fail(name, mark, "mapping keys must be text")
            if key in container:
                first = container.key_pos[key]
                raise _fail(name, mark, f"duplicate key '{key}' (first at line {first[0]})")
            frame[1], frame[2], frame[3] = key, pos, False
        else:
            key = frame[1]
            container[key] = value
            container.key_pos[key] = frame[2]
            container.val_pos[key] = pos
            if source is not None:
                container.source_text[key] = source
            frame[1], frame[3] = None, True

    nodes = 0
    while parser.check_event():
        event = parser.get_event()
        kind = type(event)
        if kind is yaml.ScalarEvent or kind is yaml.MappingStartEvent \
                or kind is yaml.SequenceStartEvent:
            nodes += 1
            if nodes > MAX_NODES:
                raise _fail(name, event.start_mark,
                            f"has more than {MAX_NODES:,} values; Assessor reads no more")
        if kind is yaml.ScalarEvent:
            mark = event.start_mark
            _check_node_props(event, name)
            pos = (mark.line + 1, mark.column + 1)
            source = None
            if event.tag is not None and event.tag != "!":
                try:
                    value = _resolve_tagged(event.tag, event.value)
                except ValueError as exc:
                    raise _fail(name, mark, str(exc)) from None
            elif event.implicit[0] and event.tag is None and not event.style:
                value = resolve_plain(event.value)
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    source = event.value
            else:
                value = event.value
            if isinstance(value, str):
                problem = text_problem(value)
                if problem is not None:
                    raise _fail(name, mark, f"text {problem}")
            attach(value, pos, mark, source)
        elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            mark = event.start_mark
            _check_node_props(event, name)
            if len(stack) >= MAX_DEPTH:
                raise _fail(name, mark, f"nesting deeper than {MAX_DEPTH} levels")
            pos = (mark.line + 1, mark.column + 1)
            container: YMap | YList = YMap(pos) if kind is yaml.MappingStartEvent else YList(pos)
            attach(container, pos, mark)
            stack.append([container, None, None, True])
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            stack.pop()
        elif kind is yaml.AliasEvent:
            raise _fail(name, event.start_mark, "YAML aliases (*name) are not allowed")
        elif kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise _fail(name, event.start_mark, "several YAML documents in one file")
    if not have_root:
        raise AssessorError.single(name, "is empty", 1, 1)
    return root


def _check_node_props(event: Any, name: str) -> None:
    if event.anchor is not None:
        raise _fail(name, event.start_mark, f"YAML anchors (&{event.anchor}) are not allowed")
    tag = event.tag
    if tag is None or tag == "!":
        return
    if isinstance(event, yaml.ScalarEvent):
        allowed: tuple[str, ...] = ("str", "int", "float", "bool", "null")
    elif isinstance(event, yaml.MappingStartEvent):
        allowed = ("map",)
    else:
        allowed = ("seq",)
    if not (tag.startswith(_CORE_TAG) and tag[len(_CORE_TAG) :] in allowed):
        raise _fail(name, event.start_mark, f"YAML tag '{tag}' is not allowed")


def parse_json_or_yaml(data: bytes, name: str) -> Any:
    """One document from a YAML or JSON file, with positions kept for both.

    JSON is read by the JSON rules (so everything a JSON writer produces loads: surrogate
    pair escapes, raw DEL characters), then located through the YAML parser on an
    equivalent text; where even that is impossible the values keep the document's start as
    their position rather than being refused."""
    text = decode_utf8(data, name)
    if not _JSON_START_RE.match(text):
        return parse_yaml(text, name)
    refuse_oversized_json(text, name)
    try:
        value = json.loads(text, object_pairs_hook=_refuse_duplicate_json_keys,
                           parse_constant=_refuse_json_constant, parse_int=read_integer_literal)
    except json.JSONDecodeError as exc:
        raise AssessorError.single(name, f"is not valid JSON: {exc.msg}", exc.lineno,
                                   exc.colno) from None
    except (ValueError, RecursionError) as exc:
        raise AssessorError.single(name, f"is not valid JSON: {exc}", 1, 1) from None
    for _where, problem in walk_problems(value, None):
        line, column = locate_in_json(text, None) or (1, 1)
        raise AssessorError.single(name, f"text {problem}", line, column)
    try:
        located = parse_yaml(_json_as_yaml_text(text), name)
    except AssessorError:
        located = None
    if located is not None and _plain(located) == value:
        return located
    return _unlocated(value, (1, 1))


_JSON_START_RE = re.compile(r"^\s*[{\[]")
_SURROGATE_PAIR_RE = re.compile(r"(?<!\\)((?:\\\\)*)\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})",
                                re.IGNORECASE)


def _json_as_yaml_text(text: str) -> str:
    """The same JSON written so the YAML parser takes it: surrogate-pair escapes become one
    8-digit escape, and characters YAML will not read raw become escapes."""

    def pair(match: re.Match[str]) -> str:
        high, low = int(match.group(2), 16), int(match.group(3), 16)
        code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        return f"{match.group(1)}\\U{code:08X}"

    text = _SURROGATE_PAIR_RE.sub(pair, text)
    return "".join(
        ch if ch in "\t\n\r" or " " <= ch < "\x7f" or "\xa0" <= ch <= "\ud7ff"
        or "\ue000" <= ch <= "\ufffd" or ch >= "\U00010000" or ch == "\x85"
        else f"\\x{ord(ch):02x}" if ord(ch) <= 0xFF else f"\\u{ord(ch):04x}"
        for ch in text
    )


def refuse_oversized_json(text: str, name: str) -> None:
    """Refuse a JSON text of more than MAX_NODES values (keys included, as in YAML) before
    json builds them all, at the first value past the limit. Outside strings, each value
    but the first follows a `,`, a `:` or the opening bracket of a non-empty list or
    mapping, so those are counted."""
    if text.count("{") + text.count("[") + text.count(",") + text.count(":") < MAX_NODES:
        return  # the cheap bound already says it is small enough
    count = 1
    for token in _JSON_STRUCTURE_RE.finditer(text):
        mark = token.group()
        if mark[0] == '"' or len(mark) > 1:
            continue  # a string, or an empty list or mapping: no value follows
        count += 1
        if count > MAX_NODES:
            start = len(text) - len(text[token.end():].lstrip())
            line = text.count("\n", 0, start) + 1
            column = start - (text.rfind("\n", 0, start) + 1) + 1
            raise AssessorError.single(
                name, f"has more than {MAX_NODES:,} values; Assessor reads no more",
                line, column)


_JSON_STRUCTURE_RE = re.compile(r'"(?:[^"\\]|\\.)*"|\[\s*\]|\{\s*\}|[{\[,:]')


def _refuse_duplicate_json_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key '{key}'")
        result[key] = value
    return result


def _refuse_json_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _unlocated(value: Any, pos: Position) -> Any:
    """JSON values in the position-keeping containers, every position the document's start."""
    if isinstance(value, dict):
        mapping = YMap(pos)
        for key, item in value.items():
            mapping[key] = _unlocated(item, pos)
            mapping.key_pos[key] = mapping.val_pos[key] = pos
        return mapping
    if isinstance(value, list):
        sequence = YList(pos)
        for item in value:
            sequence.append(_unlocated(item, pos))
            sequence.item_pos.append(pos)
        return sequence
    return value
