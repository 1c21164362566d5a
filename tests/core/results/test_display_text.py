"""Reading a result with a display block read before (`results.display_text`, issue 16)
gives exactly what reading the whole file gives: the same value, key for key and type for
type, or the same refusal. Each case is read twice: once with nothing kept (the whole
reading) and once after a valid result with the same display block was read."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assessor.core.errors import AssessorError
from assessor.core.format.loading import load_questionnaire
from assessor.core.results import build_result, integrity_hash, result_to_bytes
from assessor.core.results import display_text as kept_texts
from assessor.core.results.files import parse_result_fingerprinted
from tests.conftest import TEST_DATA

ANSWERS = {"role": "analyst", "tools": ["splunk"], "years": 6, "trained": 2, "avoided": 0,
           "poison": "t0020", "rmf": "govern", "gt-test": True}
MARK = ',\n  "display": '


def _result(respondent: str = "Ann") -> dict[str, Any]:
    questionnaire = load_questionnaire(TEST_DATA / "all_types.yaml")
    return json.loads(result_to_bytes(build_result(questionnaire, ANSWERS,  # type: ignore[no-any-return]
                                                   respondent=respondent)))


SEED = result_to_bytes(_result("Seed"))


@pytest.fixture(autouse=True)
def nothing_kept() -> Iterator[None]:
    kept_texts._kept.clear()
    kept_texts._tried.clear()
    yield
    kept_texts._kept.clear()
    kept_texts._tried.clear()


def strictly_equal(a: Any, b: Any) -> bool:
    """Equal as JSON values: same types (true is not 1), floats bit for bit, keys in order."""
    if type(a) is not type(b):
        return False
    if type(a) is dict:
        return list(a) == list(b) and all(strictly_equal(a[key], b[key]) for key in a)
    if type(a) is list:
        return len(a) == len(b) and all(strictly_equal(x, y) for x, y in zip(a, b, strict=True))
    if type(a) is float:
        return a.hex() == b.hex() or (math.isnan(a) and math.isnan(b))
    return bool(a == b)


def read(data: bytes, *, share: bool = False) -> tuple[str, Any]:
    try:
        return "value", parse_result_fingerprinted(data, "r.json", share_display=share)[0]
    except AssessorError as exc:
        return "refused", exc.lines()


def whole_and_kept(data: bytes, *, share: bool = False) -> tuple[tuple[str, Any], tuple[str, Any]]:
    """(the whole reading's outcome, the outcome with the seed's display block kept)."""
    kept_texts._kept.clear()
    kept_texts._tried.clear()
    whole = read(data, share=share)
    kept_texts._kept.clear()
    kept_texts._tried.clear()
    parse_result_fingerprinted(SEED, "seed.json")
    assert kept_texts._kept, "the seed's display block is kept"
    return whole, read(data, share=share)


def same_outcome(data: bytes, *, share: bool = False) -> tuple[str, Any]:
    whole, kept = whole_and_kept(data, share=share)
    assert whole[0] == kept[0], (whole, kept)
    if whole[0] == "value":
        assert strictly_equal(whole[1], kept[1])
    else:
        assert whole[1] == kept[1]
    return kept


def sealed_text(text: str) -> bytes:
    """`text` with its integrity hash recomputed over what it parses to (an editor's file)."""
    value = json.loads(text)
    digest = integrity_hash(value)
    start = text.rindex('"sha256": "') + len('"sha256": "')
    return (text[:start] + digest + text[start + 64:]).encode()


def test_a_result_with_a_kept_block_is_read_as_a_whole_reading_reads_it() -> None:
    data = result_to_bytes(_result("Bo"))
    for share in (False, True):
        outcome = same_outcome(data, share=share)
        assert outcome[0] == "value"


def test_the_shortcut_is_taken_and_a_copy_is_a_copy() -> None:
    parse_result_fingerprinted(SEED, "seed.json")
    (display, _), = kept_texts._kept.values()
    data = result_to_bytes(_result("Bo"))
    shared = parse_result_fingerprinted(data, "r.json", share_display=True)[0]
    assert shared["display"] is display  # read with the kept block, not parsed again
    own = parse_result_fingerprinted(data, "r.json")[0]
    assert own["display"] is not display and strictly_equal(own["display"], display)
    own["display"]["items"].clear()  # a caller's change stays in its own copy
    assert display["items"]


def test_each_of_several_kept_blocks_is_found_where_it_stands() -> None:
    """Blocks of two questionnaires kept: a result of either is read with its own block,
    with or without the final line feed, and a block followed by more text is not."""
    sample = load_questionnaire(TEST_DATA / "sample.yaml")
    other_seed = result_to_bytes(build_result(sample, {"q1": 4, "q2": 2, "q3": "b"},
                                              respondent="Seed"))
    parse_result_fingerprinted(SEED, "seed.json")
    parse_result_fingerprinted(other_seed, "other-seed.json")
    assert len(kept_texts._kept) == 2
    results = (result_to_bytes(_result("Bo")),
               result_to_bytes(build_result(sample, {"q1": 1, "q2": 5, "q3": "a"},
                                            respondent="Cy")))
    for data in results:
        for text in (data, data.rstrip(b"\n")):
            value = parse_result_fingerprinted(text, "r.json", share_display=True)[0]
            assert any(value["display"] is display for display, _ in kept_texts._kept.values())
            assert strictly_equal(value, json.loads(text))
    for data in results:
        assert same_outcome(data.rstrip(b"\n") + b" \n")[0] == "value"  # read whole


def _with_prefix_member(text: str, member: str) -> str:
    """`member` (raw JSON text) added as the first member of the top-level object."""
    return "{" + member + "," + text[1:]


@pytest.mark.parametrize("member", [
    '"display": {"dimensions": []}',  # a second display key: the last one wins
    '"integrity": {"sha256": "0"}',  # a second integrity key, before the display one
    '"\\u0069ntegrity": {"sha256": "0"}',  # the same, spelt with an escape
    '"\\u0064isplay": 1',
    '"x": "\\u0000"',  # a text the walk refuses, with its line and column
    '"x": 1e400',  # a number the walk refuses
    '"x": ' + "9" * 150,
    '"x": NaN',
])
def test_repeated_keys_and_hostile_values_before_the_block(member: str) -> None:
    text = _with_prefix_member(result_to_bytes(_result("Bo")).decode(), member)
    same_outcome(text.encode())
    if not any(hostile in member for hostile in ("NaN", "1e400")):  # no hash of those
        same_outcome(sealed_text(text))


def test_a_block_nested_one_level_down_is_not_taken_for_the_top_level_one() -> None:
    """The kept block's text, with the standard ending after it, but inside another member:
    the top-level object has no display block at all."""
    text = result_to_bytes(_result("Bo")).decode()
    start = text.rindex(MARK)
    block_and_ending = text[start:]  # ,\n  "display": BLOCK,\n  "integrity": {...}\n}\n
    nested = (text[:start] + ',\n  "extra": {"a": 1' + block_and_ending.rstrip()[:-1]
              + '}, "integrity": {"sha256": "' + "0" * 64 + '"}\n}\n')
    same_outcome(nested.encode())
    same_outcome(sealed_text(nested))


@pytest.mark.parametrize("ending", [
    "\n}",  # no final line feed
    "\n}\n\n",  # more after the ending
    "\n}\n]",
    "\n}}",
    ", \"more\": 1\n}\n",
])
def test_other_endings_are_read_whole(ending: str) -> None:
    text = result_to_bytes(_result("Bo")).decode()
    same_outcome((text.rstrip()[:-1].rstrip() + ending).encode())


def test_an_edited_block_is_refused_as_before() -> None:
    text = result_to_bytes(_result("Bo")).decode()
    edited = text.replace('"Machine learning"', '"Machine learning!"', 1)
    assert edited != text
    assert same_outcome(edited.encode())[0] == "refused"  # its integrity hash no longer holds
    assert same_outcome(sealed_text(edited))[0] == "value"  # resealed: a new block, read whole


def test_an_empty_object_before_the_block_is_refused_as_before() -> None:
    text = result_to_bytes(_result("Bo")).decode()
    start = text.rindex(MARK)
    assert same_outcome(("{" + text[start:]).encode())[0] == "refused"


_JSON_BITS = st.sampled_from(['"', "{", "}", "[", "]", ",", ":", " ", "\n", "1", "e", "-",
                              "true", "null", '"integrity"', '"display"', "\\", "\\u0069",
                              "\\n", "x", MARK, ',\n  "integrity": '])


@settings(max_examples=150, deadline=None)
@given(st.lists(_JSON_BITS, max_size=8), st.integers(min_value=0, max_value=10**6))
def test_any_text_put_before_the_block_reads_as_the_whole_reading_reads_it(
        bits: list[str], where: int) -> None:
    text = result_to_bytes(_result("Bo")).decode()
    start = text.rindex(MARK)
    at = where % start
    changed = text[:at] + "".join(bits) + text[at:]
    same_outcome(changed.encode())
    try:
        resealed = sealed_text(changed)
    except (ValueError, RecursionError, TypeError, AttributeError):
        return  # not JSON, or not an object: nothing to reseal
    same_outcome(resealed)
