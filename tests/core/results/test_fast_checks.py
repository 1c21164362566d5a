"""The fast paths of reading a result (issue 16) give exactly the answers of the slow ones:
the integrity hash with a kept display block is SPEC 3's hash, and the exact-type shape
check passes only what the naming check passes."""

from __future__ import annotations

import contextlib
import copy
import hashlib
import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assessor.core.errors import AssessorError
from assessor.core.format.loading import load_questionnaire
from assessor.core.format.model import Questionnaire
from assessor.core.integrity import canonical_json, integrity_hash
from assessor.core.results import build_result, files, parse_result, result_to_bytes
from tests.conftest import TEST_DATA

ANSWERS = {"role": "analyst", "tools": ["splunk"], "years": 6, "trained": 2, "avoided": 0,
           "poison": "t0020", "rmf": "govern", "gt-test": True}
LABEL_REFUSED = r"'display\.dimensions\[0\]\.label' must be text"
HOSTILE = (None, True, False, 0, -5, 1.5, 250, 10**120, "x", "", [], ["x"], {}, {"x": 1})


def spec_hash(result: dict[str, Any]) -> str:
    """SPEC 3, word for word."""
    body = {key: value for key, value in result.items() if key != "integrity"}
    return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":"),
                                     ensure_ascii=False, allow_nan=False).encode()).hexdigest()


@pytest.fixture(scope="module")
def questionnaire() -> Questionnaire:
    return load_questionnaire(TEST_DATA / "all_types.yaml")


@pytest.fixture
def result(questionnaire: Questionnaire) -> dict[str, Any]:
    built = build_result(questionnaire, ANSWERS, respondent="Ann")
    # As read back from a file, with the types JSON gives.
    return json.loads(result_to_bytes(built))  # type: ignore[no-any-return]


def test_a_written_result_holds_spec_3_hash(result: dict[str, Any]) -> None:
    assert result["integrity"]["sha256"] == spec_hash(result)
    parsed = parse_result(result_to_bytes(result), "r.json")
    assert integrity_hash(parsed) == spec_hash(parsed) == result["integrity"]["sha256"]
    assert integrity_hash(parsed, parsed=True) == result["integrity"]["sha256"]


@pytest.mark.parametrize("twin", [1, 1.0, True, -0.0, 0.0, "1", None, [1], {"a": 1}])
def test_a_kept_display_never_stands_for_an_equal_looking_one(result: dict[str, Any],
                                                             twin: Any) -> None:
    """1, 1.0 and true are equal in Python but not in JSON: the kept block of one must not
    give the hash of another."""
    for value in (1, 1.0, True, -0.0, 0.0, twin):
        shown = copy.deepcopy(result)
        shown["display"]["plane"] = value
        assert integrity_hash(shown) == spec_hash(shown)  # kept after the first
        assert integrity_hash(shown) == spec_hash(shown)


@pytest.mark.parametrize("body", [
    {}, {"display": {}}, {"display": {"a": 1}}, {"a": 1, "display": {"b": [1.5, None]}},
    {"display": {"b": 1}, "zz": "é\u2028"}, {"display": [1, 2]}, {"display": None, "a": 2},
    {"answers": {"x": 1}, "display": {"x": True}, "integrity": {"sha256": "0" * 64}},
])
def test_every_layout_of_keys_hashes_as_spec_3(body: dict[str, Any]) -> None:
    for _ in range(2):
        assert integrity_hash(body) == spec_hash(body)
        assert integrity_hash(body, parsed=True) == spec_hash(body)


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=25)


@given(st.dictionaries(st.sampled_from(["answers", "display", "format", "integrity", "zz"]),
                       _json_values))
def test_a_parsed_value_hashes_as_spec_3_without_the_cycle_check(body: dict[str, Any]) -> None:
    parsed = json.loads(json.dumps(body))
    assert integrity_hash(parsed, parsed=True) == spec_hash(parsed) == integrity_hash(parsed)


def test_a_value_with_a_cycle_is_refused_as_json_refuses_it(result: dict[str, Any]) -> None:
    """Only a caller that just parsed the value skips the cycle check; others get json's
    own refusal, as before."""
    for member in ("answers", "display"):
        looped = copy.deepcopy(result)
        looped[member]["self"] = looped[member]
        with pytest.raises(ValueError, match="Circular reference detected"):
            integrity_hash(looped)


def test_the_hash_refuses_what_json_refuses(result: dict[str, Any]) -> None:
    for bad in (float("nan"), float("inf"), object()):
        broken = copy.deepcopy(result)
        broken["display"]["plane"] = bad
        with pytest.raises((ValueError, TypeError)) as fast:
            integrity_hash(broken)
        with pytest.raises((ValueError, TypeError)) as slow:
            json.dumps(broken, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                       allow_nan=False)
        assert str(fast.value) == str(slow.value)
        with pytest.raises(type(slow.value), match=str(slow.value)):
            canonical_json(broken)


def leaves(value: Any, at: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every place in a JSON value (containers too), as a path of keys and indexes."""
    yield at
    if isinstance(value, dict):
        for key, item in value.items():
            yield from leaves(item, (*at, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from leaves(item, (*at, index))


def replaced(value: Any, at: tuple[Any, ...], new: Any) -> Any:
    changed = copy.deepcopy(value)
    holder = changed
    for step in at[:-1]:
        holder = holder[step]
    holder[at[-1]] = new
    return changed


def test_the_exact_type_shape_check_passes_only_what_the_naming_check_passes(
        result: dict[str, Any]) -> None:
    body = {key: value for key, value in result.items() if key != "display"}
    assert files._plainly_valid(body)  # the common case does take the fast path
    taken = refused = 0
    for at in leaves(body):
        if not at:
            continue
        for new in HOSTILE:
            changed = replaced(body, at, new)
            if files._plainly_valid(changed):
                taken += 1
                files._check_all(changed, "r.json", None)  # must not raise
            else:
                refused += 1
                with contextlib.suppress(AssessorError):  # either way, never a crash
                    files._check_all(changed, "r.json", None)
    assert taken and refused


def test_a_display_block_that_failed_is_not_kept(result: dict[str, Any]) -> None:
    broken = copy.deepcopy(result)
    broken["display"]["dimensions"][0]["label"] = 5
    broken["integrity"] = {"sha256": spec_hash(broken)}
    for _ in range(2):
        with pytest.raises(AssessorError, match=LABEL_REFUSED):
            parse_result(result_to_bytes(broken), "r.json")
    parse_result(result_to_bytes(result), "r.json")  # the good block, now kept
    with pytest.raises(AssessorError, match=LABEL_REFUSED):
        parse_result(result_to_bytes(broken), "r.json")

