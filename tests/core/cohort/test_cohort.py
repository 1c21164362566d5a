"""Cohort import (checks, duplicates, hand-made results) and the dashboard's data."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from assessor.core.cohort import expand_sources, import_results
from assessor.core.cohort.dashboard import (
    DashboardFilter,
    build_dashboard,
    suppress_partition,
)
from assessor.core.format.loading import load_questionnaire
from assessor.core.format.model import Questionnaire
from assessor.core.results import integrity_hash, write_result
from tests.cohort_factory import edit_scores, load_json, random_result, write_cohort
from tests.conftest import TEST_DATA

ALL_TYPES = TEST_DATA / "all_types.yaml"


@pytest.fixture(scope="module")
def questionnaire() -> Questionnaire:
    return load_questionnaire(ALL_TYPES)


def test_folders_expand_to_their_json_files_sorted(tmp_path: Path) -> None:
    (tmp_path / "b.json").write_text("{}")
    (tmp_path / "a.json").write_text("{}")
    (tmp_path / "notes.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.json").write_text("{}")
    lone = tmp_path / "sub" / "c.json"
    assert expand_sources([tmp_path, lone]) == [tmp_path / "a.json", tmp_path / "b.json", lone]


def test_hand_made_result_with_wrong_types_is_refused_whole(tmp_path: Path,
                                                            questionnaire: Questionnaire) -> None:
    """Integrity only proves the file is as its writer made it; a writer who is not Assessor
    can still put text where a percent belongs."""
    result = random_result(questionnaire, random.Random(1))
    result["scores"]["ml"]["percent"] = "lots"
    result["integrity"] = {"sha256": integrity_hash(result)}
    bad = tmp_path / "bad.json"
    write_result(result, bad)
    undated = random_result(questionnaire, random.Random(2))
    undated["completed_at"] = "last tuesday"
    undated["integrity"] = {"sha256": integrity_hash(undated)}
    write_result(undated, tmp_path / "undated.json")
    outcome = import_results([bad, tmp_path / "undated.json"])  # no questionnaire: hash only
    assert outcome.entries == []
    assert [r.reason for r in outcome.refused] == [
        f"{bad}: is not a valid result: 'scores.ml.percent' must be a number",
        f"{tmp_path / 'undated.json'}: is not a valid result: completed_at 'last tuesday' is "
        "not an ISO-8601 date and time",
    ]


def test_rescoring_happens_only_for_the_given_questionnaire(tmp_path: Path,
                                                            questionnaire: Questionnaire) -> None:
    paths = write_cohort(questionnaire, tmp_path / "r", 3)
    resealed = tmp_path / "resealed.json"
    write_result(edit_scores(load_json(paths[0]), "gov", reseal=True), resealed)
    checked = import_results([*paths, resealed], [questionnaire])
    assert [e.source for e in checked.entries] == [str(p) for p in paths]
    assert all(e.rescored for e in checked.entries)
    assert [r.source for r in checked.refused] == [str(resealed)]
    unchecked = import_results([*paths, resealed])
    assert len(unchecked.entries) == 4
    assert unchecked.refused == []
    assert len(unchecked.hash_only) == 4


def test_same_result_twice_counts_once_whatever_its_name(tmp_path: Path,
                                                        questionnaire: Questionnaire) -> None:
    [original] = write_cohort(questionnaire, tmp_path / "r", 1)
    copy = tmp_path / "renamed.json"
    # Same result, re-indented: a different file, the same integrity hash.
    copy.write_text(original.read_text().replace("\n  ", "\n    "))
    outcome = import_results([original, copy, original], [questionnaire])
    assert len(outcome.entries) == 1
    assert [(d.source, d.first) for d in outcome.duplicates] == [
        (str(copy), str(original)), (str(original), str(original))]


# ---- dashboard ---------------------------------------------------------------------------


def test_suppression_hides_small_counts_and_what_would_reveal_them() -> None:
    texts = [c.text for c in suppress_partition([10, 3, 20], 5)]
    assert texts == ["≥5", "<5", "20"]  # 10 hidden too, or 3 = 33 − 10 − 20
    assert [c.text for c in suppress_partition([10, 0, 20], 5)] == ["10", "<5", "20"]
    assert [c.text for c in suppress_partition([2, 3, 20], 5)] == ["<5", "<5", "20"]
    assert [c.value for c in suppress_partition([7, 5], 5)] == [7, 5]


@pytest.fixture(scope="module")
def entries(tmp_path_factory: pytest.TempPathFactory, questionnaire: Questionnaire) -> list:  # type: ignore[type-arg]
    folder = tmp_path_factory.mktemp("dash")
    outcome = import_results(write_cohort(questionnaire, folder, 120, seed=3), [questionnaire])
    assert not outcome.refused
    return outcome.entries


def test_level_and_cluster_counts_match_the_results(entries: list, tmp_path: Path) -> None:  # type: ignore[type-arg]
    dashboard = build_dashboard(entries, min_group=5)
    assert dashboard is not None
    assert dashboard.respondents.value == 120
    assert dashboard.rescored == 120
    levels = Counter(load_json(Path(e.source))["placement"]["level"] for e in entries)
    for row in dashboard.levels:
        if row.count.value is not None:
            assert row.count.value == levels[row.id]
        else:
            assert levels[row.id] < 5 or row.count.text == "≥5"
    assert [row.id for row in dashboard.levels] == ["starter", "entry", "senior"]
    best = Counter(load_json(Path(e.source))["clusters"][0]["id"] for e in entries)
    assert {c.id: c.best_fit.value for c in dashboard.clusters} == {
        cid: (n if n >= 5 else None) for cid, n in best.items()} | {
        cid: None for cid in ("builder", "auditor") if cid not in best}
    auditor = next(c for c in dashboard.clusters if c.id == "auditor")
    ready = sum(1 for e in entries
                if next(c for c in load_json(Path(e.source))["clusters"]
                        if c["id"] == "auditor")["ready"])
    assert auditor.ready.value in (ready, None)
    assert (auditor.ready.value is None) == (ready < 5 or 120 - ready < 5)


def test_milestone_reach_counts_paths_to_each_best_fit(entries: list) -> None:  # type: ignore[type-arg]
    dashboard = build_dashboard(entries, min_group=1)
    assert dashboard is not None
    expected: Counter[str] = Counter()
    for entry in entries:
        result = load_json(Path(entry.source))
        best = result["clusters"][0]["id"]
        expected.update({s["milestone"] for s in result["paths"][best]["steps"]})
    assert {m.id: m.people.value for m in dashboard.milestones} == dict(expected)
    counts = [m.people.value or 0 for m in dashboard.milestones]
    assert counts == sorted(counts, reverse=True)
    assert all(m.shortfall_reduced > 0 for m in dashboard.milestones)


def test_heatmap_is_anonymous_and_only_for_big_enough_groups(entries: list) -> None:  # type: ignore[type-arg]
    dashboard = build_dashboard(entries, min_group=5)
    assert dashboard is not None and dashboard.heatmap is not None
    heatmap = dashboard.heatmap
    assert len(heatmap.rows) == 120
    assert [d for d, _ in heatmap.dimensions] == ["ml", "sec", "gov"]
    totals = [sum(v or 0 for v in row) for row in heatmap.rows]
    assert totals == sorted(totals, reverse=True)  # ordered by gap, not by person
    first = sorted(entries, key=lambda e: e.completed_at)[0]
    assert first.respondent not in repr(heatmap)

    chosen = build_dashboard(entries, min_group=5, cluster_id="auditor")
    assert chosen is not None and chosen.heatmap is not None
    assert [d for d, _ in chosen.heatmap.dimensions] == ["gov"]
    assert chosen.heatmap.against == "Auditor"
    gov_gaps = sorted(max(0.0, 60 - (e.percents["gov"] or 0)) for e in entries)
    assert sorted(row[0] or 0 for row in chosen.heatmap.rows) == pytest.approx(gov_gaps,
                                                                               abs=0.051)

    few = build_dashboard(entries, min_group=200)
    assert few is not None
    assert few.heatmap is None
    assert few.heatmap_note is not None and "fewer than 200" in few.heatmap_note
    assert few.respondents.text == "<200"
    assert all(row.count.hidden for row in few.levels)


def test_filters_by_version_and_date(entries: list, tmp_path: Path) -> None:  # type: ignore[type-arg]
    newer_file = tmp_path / "all_types_v3.yaml"
    newer_file.write_text(ALL_TYPES.read_text().replace('version: "2.0.1"', 'version: "3.0"'))
    newer = load_questionnaire(newer_file)
    later = import_results(write_cohort(newer, tmp_path / "v3", 8, seed=9), [newer]).entries
    cohort = [*entries, *later]
    everything = build_dashboard(cohort)
    assert everything is not None
    assert everything.versions == ("2.0.1", "3.0")
    assert everything.respondents.value == 128
    only_new = build_dashboard(cohort, DashboardFilter(versions=("3.0",)))
    assert only_new is not None and only_new.respondents.value == 8
    spring = DashboardFilter(since=date(2025, 3, 1), until=date(2025, 5, 31))
    in_spring = sum(1 for e in cohort if e.completed and
                    date(2025, 3, 1) <= e.completed.date() <= date(2025, 5, 31))
    dated = build_dashboard(cohort, spring, min_group=1)
    assert dated is not None and dated.respondents.value == in_spring
    assert 0 < in_spring < 128
    assert build_dashboard([], DashboardFilter()) is None


def test_result_scored_with_another_career_model_version_is_checked_by_hash_only(
    tmp_path: Path,
) -> None:
    # Like the store's import: fits depend on the model, so a result scored with another
    # version of a separate career model cannot be re-scored, only hash-checked.
    from assessor.core.cohort import import_results
    from assessor.core.format.loading import load_questionnaire
    from assessor.core.results import build_result

    questionnaire = load_questionnaire(
        Path(__file__).resolve().parents[3] / "questionnaires" / "ai-cyber-quick.yaml"
    )
    result = build_result(questionnaire, {})
    result["career_model"]["sha256"] = "0" * 64
    result["integrity"] = {"sha256": integrity_hash(result)}
    path = tmp_path / "older-model.json"
    write_result(result, path)
    outcome = import_results([path], [questionnaire])
    assert not outcome.refused
    assert [entry.rescored for entry in outcome.entries] == [False]


def _with_forged_path(questionnaire: Questionnaire, folder: Path) -> Path:
    """A result whose stored path was edited (a step dropped) and the hash recomputed."""
    result = random_result(questionnaire, random.Random(5))
    forged = next(cluster for cluster, path in result["paths"].items() if path["steps"])
    result["paths"][forged]["steps"] = result["paths"][forged]["steps"][1:]
    result["integrity"] = {"sha256": integrity_hash(result)}
    path = folder / "forged-path.json"
    write_result(result, path)
    return path


def test_paths_are_re_scored_and_kept_only_when_the_summary_shows_them(
        tmp_path: Path, questionnaire: Questionnaire) -> None:
    from assessor.core.cohort import import_files
    from assessor.core.cohort.csv_summary import cohort_csv_bytes

    good = write_cohort(questionnaire, tmp_path / "good", 3)
    forged = _with_forged_path(questionnaire, tmp_path)
    full = import_files([*good, forged], [questionnaire])
    assert [r.source for r in full.refused] == [str(forged)]
    assert "different paths" in full.refused[0].reason
    assert all(entry.paths for entry in full.entries)
    csv_only = import_files([*good, forged], [questionnaire], details=False)
    assert csv_only.refused == []  # the CSV shows no paths: they are not what is checked
    assert all(entry.rescored and entry.paths == {} for entry in csv_only.entries)
    # Nor does it show answers or display texts: a CSV-only import keeps none of them.
    assert all(entry.answers == {} and entry.display == {} for entry in csv_only.entries)
    assert all(entry.answers and entry.display for entry in full.entries)
    assert cohort_csv_bytes(csv_only.entries[:3]) == cohort_csv_bytes(full.entries)


def test_display_is_compared_exactly_when_rebuilt_once_for_the_cohort(
        tmp_path: Path, questionnaire: Questionnaire) -> None:
    """The display block is rebuilt once per questionnaire and compared by its encoding
    first; a value that encodes differently is still compared value by value: 70 for 70.0
    is the same number, `true` for a weight of 1.0 is not, nor is a changed label."""
    def written(name: str, change: Callable[[dict[str, Any]], None]) -> Path:
        result = random_result(questionnaire, random.Random(7))
        result["respondent"] = name
        change(result["display"]["clusters"][0])
        result["integrity"] = {"sha256": integrity_hash(result)}
        path = tmp_path / f"{name}.json"
        write_result(result, path)
        return path

    same = written("same", lambda cluster: None)
    as_int = written("as-int", lambda cluster: cluster["target"].update(ml=70))
    as_bool = written("as-bool", lambda cluster: cluster["weights"].update(sec=True))
    relabelled = written("relabelled", lambda cluster: cluster.update(label="Breaker"))
    outcome = import_results([same, as_int, as_bool, relabelled], [questionnaire])
    assert [(e.source, e.rescored) for e in outcome.entries] == [(str(same), True),
                                                                  (str(as_int), True)]
    assert [r.source for r in outcome.refused] == [str(as_bool), str(relabelled)]
    assert all("different display block ('clusters'" in r.reason for r in outcome.refused)
