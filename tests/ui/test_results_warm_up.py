"""Which older results the warm-up draws a ladder for: the newest at each rung (of each
questionnaire) other than the latest result's, among the recent ones, a few at most."""

from __future__ import annotations

from assessor.core.store.types import StoredResult
from assessor.ui import results_warm_up
from assessor.ui.results_warm_up import _other_rungs


def stored(number: int, rung: str, questionnaire: str = "q1") -> StoredResult:
    result = {"questionnaire": {"id": questionnaire, "sha256": questionnaire * 8},
              "placement": {"level": rung, "label": rung.title()},
              "integrity": {"sha256": f"{number:064x}"}}
    return StoredResult(id=number, profile_id=None, result=result, added_at="", source=None)


def test_the_newest_result_at_each_other_rung_newest_first() -> None:
    results = [stored(1, "entry"), stored(2, "senior"), stored(3, "entry"),
               stored(4, "practitioner"), stored(5, "senior")]  # oldest first
    assert [s.id for s in _other_rungs(results)] == [4, 3]  # 5 is the latest: senior


def test_a_rung_of_another_questionnaire_is_another_ladder() -> None:
    results = [stored(1, "senior", "q2"), stored(2, "entry"), stored(3, "senior")]
    assert [s.id for s in _other_rungs(results)] == [2, 1]


def test_only_recent_results_and_a_few_rungs() -> None:
    rungs = [f"rung-{n}" for n in range(10)]
    results = [stored(n, rung) for n, rung in enumerate(rungs)]
    assert len(_other_rungs(results)) == results_warm_up.OTHER_RUNGS
    old = [stored(0, "entry")] + [stored(n, "senior") for n in range(1, 40)]
    assert _other_rungs(old) == []  # the entry one is older than the last RECENT
    assert _other_rungs([]) == [] and _other_rungs(old[:1]) == []
