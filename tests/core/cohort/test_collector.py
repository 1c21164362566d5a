"""The cyclic collector is paused while a cohort is worked through, and left as it was."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from assessor.core.cohort.collector import collector_paused, pausing_collector


@pytest.fixture(autouse=True)
def _collector_restored() -> Iterator[None]:
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_paused_meanwhile_and_on_again_after() -> None:
    gc.enable()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_left_off_when_it_was_off() -> None:
    gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_on_again_after_a_failure() -> None:
    gc.enable()

    @pausing_collector
    def failing() -> None:
        assert not gc.isenabled()
        raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        failing()
    assert gc.isenabled()


def test_the_summaries_run_with_it_paused(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The CSV (as bytes and as a file) and the dashboard do their work with it paused."""
    from assessor.core.cohort import csv_summary, dashboard

    seen: list[bool] = []

    def chunks(entries: object) -> Iterator[bytes]:
        seen.append(gc.isenabled())
        yield b"x"

    def ids(entries: object) -> list[str]:
        seen.append(gc.isenabled())
        return []

    monkeypatch.setattr(csv_summary, "_csv_chunks", chunks)
    monkeypatch.setattr(dashboard, "questionnaire_ids", ids)
    gc.enable()
    assert csv_summary.cohort_csv_bytes([]) == b"x"
    csv_summary.write_cohort_csv([], tmp_path / "summary.csv")
    assert dashboard.build_dashboard([]) is None
    assert seen == [False, False, False]
    assert gc.isenabled()
