"""The two rules every untrusted value meets, wherever it is read: numbers and text.

Numbers. Python reads `1e309` as infinity, an integer of 400 digits as a number no float can
hold (`math.isfinite` then raises), one of 5,000 digits not at all, and a finite 1e308
overflows the first time it is multiplied. So a number from a file must be finite and at
most `AUTHORED_LIMIT` in size where people write it (questionnaires, career models, answer
files); result files hold what scoring computed from such numbers (weights times points,
summed over items), so they may reach `RESULT_LIMIT`, which still leaves every sum, mean
and JSON dump of them finite.

Text. A lone UTF-16 surrogate (JSON's ``"\\ud800"``) cannot be encoded as UTF-8, so it
breaks hashing, saving and display; C0 control characters other than tab, line feed and
carriage return (NUL, ESC, backspace …) are never part of what a person typed and can
corrupt terminals and CSV readers. Both are refused in every untrusted string.
"""

from __future__ import annotations

import functools
import json
import math
import re
import threading
from collections.abc import Callable, Iterator
from typing import Any

AUTHORED_LIMIT = 1e15
RESULT_LIMIT = 1e100
# An integer literal longer than this is outside both limits whatever its digits, and is
# read as a float (infinity beyond 309 digits) rather than through int(): Python refuses
# int() of over 4,300 digits with an error that carries no line.
MAX_INTEGER_DIGITS = 120

_BAD_TEXT_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


def read_integer_literal(text: str, base: int = 10) -> int | float:
    """An integer as written in a file: exact when it is short enough to be in range, a
    float (possibly infinite) otherwise, so the number rule refuses it with its place."""
    digits = text.lstrip("+-")
    if len(digits) <= MAX_INTEGER_DIGITS:
        return int(text, base)
    return -math.inf if text.startswith("-") else math.inf


def number_problem(value: int | float, limit: float = AUTHORED_LIMIT) -> str | None:
    """Why `value` may not be used as a number from a file, or None when it may."""
    if isinstance(value, float):
        if math.isnan(value):
            return "is not a number (NaN)"
        if math.isinf(value):
            return f"is out of range (numbers must be between {-limit:g} and {limit:g})"
    # Compared exactly (int against float), so no huge integer is ever converted.
    if not -limit <= value <= limit:
        return f"is out of range (numbers must be between {-limit:g} and {limit:g})"
    return None


def text_problem(text: str) -> str | None:
    """Why `text` may not be used as text from a file, or None when it may."""
    found = _BAD_TEXT_RE.search(text)
    if found is None:
        return None
    code = ord(found.group())
    if 0xD800 <= code <= 0xDFFF:
        return f"contains a lone surrogate (U+{code:04X}), which is not a character"
    return f"contains a control character (U+{code:04X})"


def walk_problems(value: Any, limit: float | None, where: str = "") -> Iterator[tuple[str, str]]:
    """(where, problem) for every text (keys included) and, when a `limit` is given, every
    number in a plain JSON value that breaks the rules, in document order. Iterative: no
    recursion limit to reach."""
    stack: list[tuple[str, Any]] = [(where, value)]
    while stack:
        at, current = stack.pop()
        if isinstance(current, str):
            problem = text_problem(current)
            if problem is not None:
                yield at, problem
        elif isinstance(current, bool) or current is None:
            continue
        elif isinstance(current, (int, float)):
            if limit is None:
                continue
            problem = number_problem(current, limit)
            if problem is not None:
                yield at, problem
        elif isinstance(current, dict):
            children: list[tuple[str, Any]] = []
            for key, item in current.items():
                child = f"{at}.{key}" if at else str(key)
                problem = text_problem(key) if isinstance(key, str) else None
                if problem is not None:
                    yield child, f"key {problem}"
                children.append((child, item))
            stack.extend(reversed(children))
        elif isinstance(current, list):
            stack.extend(reversed([(f"{at}[{i}]", item) for i, item in enumerate(current)]))


class _NumberWatch:
    """json.loads's number hooks: integers read as `read_integer_literal` does, and a note
    of whether any number read lies outside `limit` (infinity included)."""

    __slots__ = ("limit", "outside")

    def __init__(self, limit: float) -> None:
        self.limit = limit
        self.outside = False

    def integer(self, literal: str) -> int | float:
        value = read_integer_literal(literal)
        if not -self.limit <= value <= self.limit:
            self.outside = True
        return value

    def real(self, literal: str) -> float:
        value = float(literal)
        if not -self.limit <= value <= self.limit:
            self.outside = True
        return value


# The escapes through which a JSON string can hold a refused character: `\\b`, `\\f`, a
# `\\u` of U+0000-U+001F, or one of a surrogate (pairs too: they are told apart later).
_RISKY_ESCAPE_RE = re.compile(r"\\(?:[bf]|u00[01]|u[dD][89a-fA-F])")


def _may_hold_bad_text(text: str) -> bool:
    """JSON text read from UTF-8 holds a lone surrogate or a control character only through
    an escape (json.loads refuses them raw): `\\b`, `\\f`, or a `\\u` of a control
    character or a surrogate. Without one, no string in it can break the text rule; other
    escapes (`\\"`, `\\n`, `\\u00e9` as ASCII-only writers put it) cannot. A `\\\\` before
    a `u00…` may make this say yes needlessly, never no wrongly."""
    return "\\" in text and _RISKY_ESCAPE_RE.search(text) is not None


def loads_checking_numbers(
    text: str, limit: float, parse_constant: Callable[[str], Any],
) -> tuple[Any, bool]:
    """`json.loads(text)` with integers read by `read_integer_literal`, and whether the
    value may hold something `walk_problems(value, limit)` would refuse: False only when
    every number read was within `limit` and no string can break the text rule, so the
    walk over the parsed value (it costs several times the parse) can be skipped. Noted
    while parsing: a scan of the text for risky numbers cost more than the parse itself."""
    # Integers are read by json's own C code unless some run of digits in the text is long
    # enough to be an integer outside `limit` (or past MAX_INTEGER_DIGITS): every shorter
    # integer literal is within it, and read alike either way.
    digits = _safe_integer_digits(limit)
    hook_integers = digits == 0 or _may_hold_digit_run(text, digits + 1)
    if text.startswith("\ufeff"):  # as json.loads refuses it, in its words
        raise json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0)
    watch, decoder = _decoder(limit, parse_constant, hook_integers)
    watch.outside = False
    value = decoder.decode(text)
    return value, watch.outside or _may_hold_bad_text(text)


# This thread's decoders and their number watches, one per way of calling: making a decoder
# (its scanner) for each text cost as much as reading a small one (4 µs). Each thread has
# its own, so a watch is never shared by two readings at once (none calls another).
_decoders = threading.local()


def _decoder(limit: float, parse_constant: Callable[[str], Any], hook_integers: bool,
             ) -> tuple[_NumberWatch, json.JSONDecoder]:
    made: dict[tuple[float, Callable[[str], Any], bool], tuple[_NumberWatch, json.JSONDecoder]]
    made = _decoders.__dict__.setdefault("made", {})
    key = (limit, parse_constant, hook_integers)
    found = made.get(key)
    if found is None:
        if len(made) >= _KEPT_DECODERS:
            made.clear()
        watch = _NumberWatch(limit)
        found = watch, json.JSONDecoder(
            parse_constant=parse_constant, parse_float=watch.real,
            parse_int=watch.integer if hook_integers else None)
        made[key] = found
    return found


_KEPT_DECODERS = 16


_DIGITS_AS_ZERO = bytes(48 if 48 <= code <= 57 else 32 for code in range(256))


def _may_hold_digit_run(text: str, run: int) -> bool:
    """Whether `text` may hold `run` ASCII digits in a row. Such a run covers two
    neighbouring characters of every `run // 2`-th one and all between them, so only the
    sampled characters are looked at, and the text between two sampled digits is read only
    then: no to a text that has no such run, yes (needlessly, but never wrongly) to some
    that have a shorter one. Looking at every character cost a twentieth of the parse."""
    step = run // 2
    # One byte per sampled character (any other than ASCII becomes "?"), so a byte's place
    # is its character's: UTF-8 would give some characters several bytes.
    sampled = text[::step].encode("ascii", "replace").translate(_DIGITS_AS_ZERO)
    at = sampled.find(b"00")
    while at >= 0:
        between = text[at * step:(at + 1) * step + 1]
        if between.isascii() and between.isdigit():
            return True
        at = sampled.find(b"00", at + 1)
    return False


@functools.lru_cache(maxsize=8)
def _safe_integer_digits(limit: float) -> int:
    """The most digits an integer literal can have and still certainly lie within `limit`
    and be read by int() alike (0: none is certain)."""
    if not 10 <= limit < math.inf:
        return 0
    return min(len(str(int(limit))) - 1, MAX_INTEGER_DIGITS)


# ---- finding where in a JSON text a refused value stands ----------------------------------

_JSON_TOKEN_RE = re.compile(
    r'"(?:[^"\\]|\\.)*"|-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?')
_ESCAPE_RE = re.compile(r"\\u([0-9a-fA-F]{4})|\\.")


def _line_column(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def locate_in_json(text: str, limit: float | None) -> tuple[int, int] | None:
    """Line and column of the first number or string in a (valid) JSON text that breaks
    the rules (numbers only when a `limit` is given); None when there is none. Only run
    once something was refused."""
    for token in _JSON_TOKEN_RE.finditer(text):
        literal = token.group()
        if literal.startswith('"'):
            offset = _bad_escape(literal)
            if offset is not None:
                return _line_column(text, token.start() + offset)
            continue
        if limit is None:
            continue
        value: int | float
        if any(mark in literal for mark in ".eE"):
            value = float(literal)
        else:
            value = read_integer_literal(literal)
        if number_problem(value, limit) is not None:
            return _line_column(text, token.start())
    return None


def _bad_escape(literal: str) -> int | None:
    """Offset in a JSON string literal of an escape giving a refused character."""
    pending_high: int | None = None
    pending_end = -1
    for escape in _ESCAPE_RE.finditer(literal):
        hexdigits = escape.group(1)
        code = int(hexdigits, 16) if hexdigits else None
        if pending_high is not None:
            if code is not None and 0xDC00 <= code <= 0xDFFF and escape.start() == pending_end:
                pending_high = None
                continue
            return pending_high
        if code is None:
            continue
        if 0xD800 <= code <= 0xDBFF:
            pending_high, pending_end = escape.start(), escape.end()
        elif text_problem(chr(code)) is not None:
            return escape.start()
    if pending_high is not None:
        return pending_high
    bad = _BAD_TEXT_RE.search(literal)
    return bad.start() if bad else None
