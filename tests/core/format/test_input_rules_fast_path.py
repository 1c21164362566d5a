"""The parse-time shortcut: a result text the parse calls plain (every number within the
limit, no escape that can give a refused character) really holds nothing the full walk
would refuse (so skipping the walk never lets a hostile value through)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assessor.core.format.input_rules import (
    MAX_INTEGER_DIGITS,
    RESULT_LIMIT,
    _may_hold_digit_run,
    loads_checking_numbers,
    walk_problems,
)

_numbers = st.one_of(
    st.integers(min_value=-(10**130), max_value=10**130),
    st.floats(allow_nan=False, allow_infinity=False),
    st.floats(min_value=-1e6, max_value=1e6),
)
_texts = st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from("\x00\x07\x08\x0c\x1b"))


def _refuse(name: str) -> Any:
    raise ValueError(name)


def json_text_may_break_rules(text: str, limit: float) -> bool:
    return bool(loads_checking_numbers(text, limit, _refuse)[1])


_values: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | _numbers | _texts,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_texts, inner, max_size=4),
    max_leaves=20,
)


@given(_values, st.booleans())
def test_a_text_called_plain_breaks_no_rule(value: Any, ascii_only: bool) -> None:
    text = json.dumps(value, ensure_ascii=ascii_only)
    parsed = json.loads(text)
    if not json_text_may_break_rules(text, RESULT_LIMIT):
        assert list(walk_problems(parsed, RESULT_LIMIT)) == []


def test_what_the_scan_sends_to_the_walk() -> None:
    assert not json_text_may_break_rules('{"a": 1.5, "b": "plain ü text", "c": [1, -2]}',
                                         RESULT_LIMIT)
    for risky in ('{"a": "\\u0000"}', '{"a": "\\b"}', '{"a": "\\f"}', '{"a": 1e101}',
                  '{"a": -2.5E+300}', '{"a": ' + "9" * 101 + "}", '{"a": 1e309}'):
        assert json_text_may_break_rules(risky, RESULT_LIMIT), risky
    assert not json_text_may_break_rules('{"a": ' + "9" * 100 + "}", RESULT_LIMIT)
    # Exponents within the limit, and hashes that look like them, need no walk any more.
    assert not json_text_may_break_rules('{"a": 1e5, "b": 2.5E-3, "c": "3e3ab"}', RESULT_LIMIT)


def test_escapes_that_cannot_give_a_refused_character_need_no_walk() -> None:
    """ASCII-only writers escape every accent (`\\u00e9`) and quote: those are plain."""
    for plain in ('{"a": "caf\\u00e9 \\"quoted\\" \\n\\t\\r \\\\ \\/ \\u2028 \\u0020"}',
                  '{"caf\\u00e9": 1}'):
        assert not json_text_may_break_rules(plain, RESULT_LIMIT), plain
    for risky in ('{"a": "\\u001b"}', '{"a": "\\u001F"}', '{"a": "\\ud800"}',
                  '{"a": "\\uDFFF"}', '{"\\u0007": 1}', '{"a": "x\\\\\\u0000"}'):
        assert json_text_may_break_rules(risky, RESULT_LIMIT), risky


@given(st.integers(min_value=-(10**130), max_value=10**130), st.sampled_from([RESULT_LIMIT, 1e15]))
def test_integers_read_by_json_itself_are_read_alike(number: int, limit: float) -> None:
    """Short integer literals skip the Python hook: same value, same verdict."""
    text = json.dumps({"n": [number, -number], "s": "12345"})
    value, risky = loads_checking_numbers(text, limit, _refuse)
    if len(str(abs(number))) <= MAX_INTEGER_DIGITS:  # longer ones are read as infinite
        assert value == {"n": [number, -number], "s": "12345"}
        assert type(value["n"][0]) is int
    assert risky == (abs(number) > limit)


def test_a_reading_after_another_says_what_its_own_text_holds() -> None:
    """The decoder and its number watch serve reading after reading: a text out of range
    does not make the next one risky, and each gives what json.loads gives."""
    for text, risky in (('{"n": 1e200}', True), ('{"n": 1.5}', False),
                        ('{"n": ' + "9" * 130 + "}", True), ('{"n": 12}', False)):
        value, may_break = loads_checking_numbers(text, RESULT_LIMIT, _refuse)
        assert may_break is risky, text
        assert value == json.loads(text) or risky


@pytest.mark.parametrize("text", ["\ufeff{}", "\ufeff\ufeff{}", "{", "[1,]", '{"a": NaN}'])
def test_a_text_json_refuses_is_refused_as_json_loads_refuses_it(text: str) -> None:
    with pytest.raises(ValueError) as expected:
        json.loads(text, parse_constant=_refuse)
    with pytest.raises(ValueError) as given:
        loads_checking_numbers(text, RESULT_LIMIT, _refuse)
    assert type(given.value) is type(expected.value)
    assert str(given.value) == str(expected.value)


@pytest.mark.parametrize("limit", [RESULT_LIMIT, 1e15])
def test_a_long_integer_is_noticed_wherever_it_stands(limit: float) -> None:
    """The digit runs are looked for at sampled characters only: a run one digit too long
    for the limit is found at every offset from the sampling, and one that fits is read
    by json itself there too, with the same value."""
    fits = len(str(int(limit))) - 1  # 100 for results, 15 for authored files
    for offset in range(2 * fits + 3):
        for digits, risky in ((fits + 1, True), (fits, False)):
            number = "9" * digits
            text = '{"pad": "' + "x" * offset + '", "n": ' + number + ', "m": "ab12"}'
            value, may_break = loads_checking_numbers(text, limit, _refuse)
            assert may_break is risky, (offset, digits)
            assert value == json.loads(text) and type(value["n"]) is int


@pytest.mark.parametrize("pad", ["é", "日本", "\U0001F600", "\ud800"])
def test_a_long_integer_after_text_other_than_ascii_is_noticed(pad: str) -> None:
    """Characters that UTF-8 spells in several bytes before the run (a name in another
    script, an emoji, a lone surrogate) do not move where the run is looked for."""
    for count in (1, 49, 50, 51, 200):
        text = '{"name": "' + pad * count + '", "n": ' + "9" * 101 + "}"
        assert _may_hold_digit_run(text, 101), (pad, count)
        if "\ud800" not in pad:
            assert loads_checking_numbers(text, RESULT_LIMIT, _refuse)[1] is True


def test_digits_in_several_places_are_no_run() -> None:
    """Sampled digits with other characters between them (hashes, decimals, dates): no walk."""
    text = json.dumps({"sha": "0123456789" * 30, "at": "2025-09-08T10:48:00+02:00",
                       "x": [72.72727272727273] * 40, "s": "1a" * 200})
    apart = text.replace("0123456789", "012345678a")
    assert not _may_hold_digit_run(apart, 101)
    assert not json_text_may_break_rules(apart, RESULT_LIMIT)
    assert _may_hold_digit_run(text, 101)  # a run of 300 digits, in a string
