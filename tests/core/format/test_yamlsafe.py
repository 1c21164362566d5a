"""The hardened YAML loader: YAML 1.2 core scalars, refusals, positions, and fuzzing."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessor.core.errors import AssessorError
from assessor.core.format.loading import parse_document
from assessor.core.format.yamlsafe import YList, YMap, parse_yaml
from tests.conftest import TEST_DATA


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("true", True), ("false", False), ("True", True), ("FALSE", False),
        ("yes", "yes"), ("no", "no"), ("NO", "NO"), ("on", "on"), ("off", "off"), ("y", "y"),
        ("012", "012"), ("0o17", 15), ("0x1F", 31), ("12", 12), ("-3", -3), ("+4", 4),
        ("1.5", 1.5), ("1e3", 1000.0), ("1:30", "1:30"), ("2024-01-01", "2024-01-01"),
        ("~", None), ("null", None), ("", None), ("'true'", "true"), ('"12"', "12"),
        ("!!str 12", "12"), ("!!float 1", 1.0),
    ],
)
def test_core_schema_scalars(text: str, expected: object) -> None:
    value = parse_yaml(f"v: {text}\n", "t.yaml")["v"]
    assert value == expected
    assert type(value) is type(expected)


def test_special_floats() -> None:
    values = parse_yaml("a: .inf\nb: -.Inf\nc: .nan\n", "t.yaml")
    assert values["a"] == math.inf and values["b"] == -math.inf and math.isnan(values["c"])


def test_positions_are_kept() -> None:
    root = parse_yaml("a: 1\nlist:\n  - x\n  - {k: v}\n", "t.yaml")
    assert isinstance(root, YMap)
    assert root.where("a") == (1, 4)
    items = root["list"]
    assert isinstance(items, YList)
    assert items.where(0) == (3, 5)
    assert items[1].where("k") == (4, 9)


def test_alias_bomb_is_refused_before_expansion() -> None:
    bomb = "a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\n"
    with pytest.raises(AssessorError, match="anchors"):
        parse_yaml(bomb, "bomb.yaml")


def test_deep_nesting_refused_not_recursed() -> None:
    with pytest.raises(AssessorError, match="nesting"):
        parse_yaml("a: " + "[" * 10_000 + "]" * 10_000, "deep.yaml")


def test_nul_byte_refused() -> None:
    with pytest.raises(AssessorError, match="NUL"):
        parse_yaml("a: 1\nb: \x00\n", "nul.yaml")


def test_json_is_read_with_positions() -> None:
    root = parse_yaml('{"questionnaire": "q",\n "answers": {"a": 1}}', "a.json")
    assert root["answers"].where("a") == (2, 19)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_only_raise_assessor_error(data: bytes) -> None:
    try:
        parse_document(data, None, name="fuzz.yaml", search_dirs=[])
    except AssessorError as error:
        assert error.problems
        assert all(p.file == "fuzz.yaml" for p in error.problems)


VALID = (TEST_DATA / "all_types.yaml").read_bytes()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=len(VALID) - 1),
            st.integers(min_value=0, max_value=12),
            st.sampled_from([b"", b"x", b"-", b":", b" ", b"\n", b"{", b"]", b"&a ", b"*a",
                             b"!!", b"7", b"'", b"true", b"\t", b"id: ", b"\xff"]),
        ),
        min_size=1, max_size=4,
    )
)
def test_mutated_valid_document_only_raises_assessor_error(
    mutations: list[tuple[int, int, bytes]],
) -> None:
    data = VALID
    for offset, length, replacement in mutations:
        data = data[:offset] + replacement + data[offset + length :]
    try:
        parse_document(data, Path("mutant.yaml"), search_dirs=[])
    except AssessorError as error:
        for problem in error.problems:
            assert problem.file == "mutant.yaml"
            assert problem.line is None or problem.line >= 1
