"""The one reading of a `format` value that questionnaires, packs and results share."""

from __future__ import annotations

import pytest

from assessor.core.format.versions import READABLE_MAJOR, format_major, unreadable_format


@pytest.mark.parametrize(("value", "major"), [
    ("assessor/1", "1"), ("assessor/1.3", "1"), ("assessor/2", "2"), ("assessor/10.0", "10"),
])
def test_the_major_version_is_read(value: str, major: str) -> None:
    assert format_major(value, "assessor") == major


@pytest.mark.parametrize("value", [
    None, 1, True, "", "assessor", "assessor/", "assessor/x", "assessor/1.", "Assessor/1",
    " assessor/1", "assessor/1 ", "assessor-pack/1", "xassessor/1", "assessor/1\n",
])
def test_anything_else_is_no_format(value: object) -> None:
    assert format_major(value, "assessor") is None


def test_results_have_no_minor_version() -> None:
    assert format_major("assessor-result/1", "assessor-result", minor=False) == READABLE_MAJOR
    assert format_major("assessor-result/1.1", "assessor-result", minor=False) is None
    assert format_major("assessor-result/1.1", "assessor-result") == "1"


def test_the_family_is_matched_literally() -> None:
    assert format_major("assessorXpack/1", "assessor.pack") is None


@pytest.mark.parametrize(("value", "problem"), [
    ("assessor-pack/1", None), ("assessor-pack/1.4", None),
    (7, "'format' must be the text 'assessor-pack/1'"),
    ("assessor/1", "unknown format 'assessor/1' (expected 'assessor-pack/1')"),
    ("assessor-pack/2", "pack format 'assessor-pack/2' is newer than this version of "
                        "Assessor reads (it reads assessor-pack/1, major version 1); "
                        "update Assessor"),
])
def test_one_check_says_why_a_format_cannot_be_read(value: object, problem: str | None) -> None:
    assert unreadable_format(value, "assessor-pack", "assessor-pack/1",
                             what="pack format") == problem
