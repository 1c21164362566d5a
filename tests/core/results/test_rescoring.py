"""Results that try to pass as re-scored, or to dodge re-scoring (issue 14, security 2, 6):
one rule in `rescoring.check_rescored`, the same in the cohort and the store import."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from assessor.core.cohort import import_results
from assessor.core.format.loading import load_questionnaire
from assessor.core.format.model import Questionnaire
from assessor.core.results import build_result, integrity_hash, write_result
from assessor.core.results.store_import import NOT_RESCORED, import_result_files
from assessor.core.store import Store
from assessor.reports.html import render_html
from tests.conftest import TEST_DATA
from tests.core.packs_factory import MODEL, QUESTIONNAIRE

ALL_TYPES = TEST_DATA / "all_types.yaml"
ANSWERS = {"role": "analyst", "tools": ["splunk"], "years": 6, "trained": 2, "avoided": 0,
           "poison": "t0020", "rmf": "govern", "gt-test": True}
Edit = Callable[[dict[str, Any]], None]


@pytest.fixture(scope="module")
def questionnaire() -> Questionnaire:
    return load_questionnaire(ALL_TYPES)


@pytest.fixture
def store() -> Iterator[Store]:
    opened = Store.open()
    yield opened
    opened.close()


def sealed(result: dict[str, Any], folder: Path, name: str = "edited.json") -> Path:
    """What an editor of their own file does: change it, recompute the integrity hash."""
    result["integrity"] = {"sha256": integrity_hash(result)}
    path = folder / name
    write_result(result, path)
    return path


def edited(questionnaire: Questionnaire, change: Edit) -> dict[str, Any]:
    result = build_result(questionnaire, ANSWERS, respondent="Ann")
    change(result)
    return result


def raise_score(result: dict[str, Any]) -> None:
    result["scores"]["ml"]["percent"] = 99.0


def test_an_untouched_result_is_re_scored_everywhere(tmp_path: Path, questionnaire: Questionnaire,
                                                     store: Store) -> None:
    path = sealed(edited(questionnaire, lambda r: None), tmp_path)
    outcome = import_results([path], [questionnaire])
    assert outcome.refused == [] and [e.rescored for e in outcome.entries] == [True]
    [imported] = import_result_files(store, [path], extra_questionnaire_dirs=[TEST_DATA])
    assert (imported.status, imported.rescored, imported.reason) == ("imported", True, None)


@pytest.mark.parametrize("sha", ["0" * 64, "f" * 64])
def test_a_made_up_sha256_with_the_questionnaire_given_is_refused_not_hash_only(
    tmp_path: Path, questionnaire: Questionnaire, store: Store, sha: str
) -> None:
    def change(result: dict[str, Any]) -> None:
        raise_score(result)
        result["questionnaire"]["sha256"] = sha

    path = sealed(edited(questionnaire, change), tmp_path)
    outcome = import_results([path], [questionnaire])
    assert outcome.entries == []
    assert "which is at hand, but not the file it was scored with" in outcome.refused[0].reason
    # The store import was not asked to re-score, yet it says so plainly.
    [imported] = import_result_files(store, [path], extra_questionnaire_dirs=[TEST_DATA])
    assert imported.rescored is False
    assert imported.reason is not None and "which is at hand" in imported.reason
    assert imported.reason != NOT_RESCORED


@pytest.mark.parametrize("spelling", [str.upper, lambda s: s[:-1], lambda s: s + "0",
                                      lambda s: " " + s[1:], lambda s: s[:-1] + "\n"])
def test_any_other_spelling_of_the_questionnaire_sha256_is_refused(
    tmp_path: Path, questionnaire: Questionnaire, store: Store, spelling: Callable[[str], str]
) -> None:
    def change(result: dict[str, Any]) -> None:
        raise_score(result)
        result["questionnaire"]["sha256"] = spelling(result["questionnaire"]["sha256"])

    path = sealed(edited(questionnaire, change), tmp_path)
    [refusal] = import_results([path], [questionnaire]).refused
    assert "'questionnaire.sha256' must be 64 lower-case hexadecimal digits" in refusal.reason
    [imported] = import_result_files(store, [path], extra_questionnaire_dirs=[TEST_DATA])
    assert imported.status == "refused"


def test_a_made_up_career_model_mapping_is_refused_not_a_reason_to_check_less(
    tmp_path: Path, questionnaire: Questionnaire, store: Store
) -> None:
    def change(result: dict[str, Any]) -> None:
        raise_score(result)
        result["career_model"] = {"id": "other", "version": "1", "sha256": "a" * 64}

    path = sealed(edited(questionnaire, change), tmp_path)
    [refusal] = import_results([path], [questionnaire]).refused
    assert "states a career model" in refusal.reason
    [imported] = import_result_files(store, [path], extra_questionnaire_dirs=[TEST_DATA])
    assert imported.status == "refused"


@pytest.fixture
def separate_model(tmp_path: Path) -> Questionnaire:
    folder = tmp_path / "separate"
    folder.mkdir()
    (folder / "acme-model.yaml").write_text(MODEL, encoding="utf-8")
    (folder / "acme-check.yaml").write_text(QUESTIONNAIRE, encoding="utf-8")
    return load_questionnaire(folder / "acme-check.yaml")


def test_with_a_separate_model_another_model_id_is_refused_and_another_sha_still_re_scores_scores(
    tmp_path: Path, separate_model: Questionnaire
) -> None:
    answers = {"q1": 3, "q2": 1}
    other_id = build_result(separate_model, answers)
    assert other_id["career_model"]["id"] == "acme-model"
    other_id["career_model"]["id"] = "made-up"
    other_sha = build_result(separate_model, answers)
    other_sha["career_model"]["sha256"] = "b" * 64
    other_sha["scores"]["ml"]["percent"] = 99.0
    fits_only = build_result(separate_model, answers)
    fits_only["career_model"]["sha256"] = "c" * 64
    paths = [sealed(other_id, tmp_path, "a.json"), sealed(other_sha, tmp_path, "b.json"),
             sealed(fits_only, tmp_path, "c.json")]
    outcome = import_results(paths, [separate_model])
    assert [r.reason.split(": ", 1)[1][:40] for r in outcome.refused] == [
        "does not state the career model 'acme-mo",
        "re-scoring gives different scores than t",
    ]
    assert [(e.source, e.rescored) for e in outcome.entries] == [(str(paths[2]), False)]


def set_in(path: tuple[Any, ...], value: Any) -> Edit:
    def change(result: dict[str, Any]) -> None:
        target = result
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return change


HOSTILE_URL = "javascript:alert(document.domain)"


@pytest.mark.parametrize(("change", "expected"), [
    (set_in(("questionnaire", "title"), "Certified expert assessment"), "questionnaire title"),
    (set_in(("questionnaire", "id"), "other-check"), "questionnaire id"),
    (set_in(("questionnaire", "version"), "9"), "questionnaire version"),
    (set_in(("display", "dimensions", 0, "label"), "Genius"), "'dimensions'"),
    (set_in(("display", "items", "role", "text"), "Changed question"), "'items'"),
    (set_in(("display", "ladder", 0, "label"), "Chief AI officer"), "'ladder'"),
    (set_in(("display", "clusters", 0, "summary"), "Changed"), "'clusters'"),
    (set_in(("display", "milestones", "rmf-course", "resources", 0, "url"), HOSTILE_URL),
     "'milestones'"),
    (set_in(("display", "x-extra"), {"a": 1}), "'x-extra'"),
    (set_in(("display", "provider"), {"name": "Trusted Bank", "contact": None, "website": None}),
     "names a provider"),
])
def test_a_re_scored_result_whose_texts_differ_from_the_rebuilt_ones_is_refused(
    tmp_path: Path, questionnaire: Questionnaire, store: Store, change: Edit, expected: str
) -> None:
    path = sealed(edited(questionnaire, change), tmp_path)
    [refusal] = import_results([path], [questionnaire]).refused
    assert expected in refusal.reason
    [imported] = import_result_files(store, [path], extra_questionnaire_dirs=[TEST_DATA])
    assert imported.status == "refused"


def test_a_result_from_an_older_version_lacking_display_keys_still_re_scores(
    tmp_path: Path, questionnaire: Questionnaire
) -> None:
    def change(result: dict[str, Any]) -> None:
        del result["display"]["plane"]
        for item in result["display"]["items"].values():
            item.pop("choices", None)

    path = sealed(edited(questionnaire, change), tmp_path)
    assert [e.rescored for e in import_results([path], [questionnaire]).entries] == [True]


def test_hostile_resource_addresses_are_never_links_in_the_html_report(
    questionnaire: Questionnaire,
) -> None:
    result = build_result(questionnaire, {**ANSWERS, "rmf": "detect", "gt-test": False})
    assert [s["milestone"] for s in result["paths"]["auditor"]["steps"]] == ["rmf-course"]
    resources = result["display"]["milestones"]["rmf-course"]["resources"]
    good = copy.deepcopy(resources[0])
    resources[:] = [good] + [{"title": f"Notes {i}", "url": url} for i, url in enumerate(
        [HOSTILE_URL, "JavaScript:alert(1)", " javascript:x", "file:///etc/passwd",
         "data:text/html,<script>x</script>", "vbscript:x", "//evil.example/x"])]
    for cluster in ("auditor", None):
        page = render_html(result, cluster)
        lowered = page.lower()
        for scheme in ("javascript:", "file:", "data:", "vbscript:", "//evil"):
            assert f'<a href="{scheme}' not in lowered and f'<a href=" {scheme}' not in lowered
    page = render_html(result, "auditor")
    assert 'href="https://www.nist.gov/itl/ai-risk-management-framework"' in page
    assert "Notes 1" in page and "javascript:alert(document.domain)" in page  # shown as text
    assert page.count("<a href=") == page.count('<a href="https://')
