"""Result files: export, import with re-scoring, and every refusal leaving the store as it was."""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assessor.core import atomic
from assessor.core.errors import AssessorError
from assessor.core.format.loading import load_questionnaire
from assessor.core.results import build_result, integrity_hash, result_to_bytes
from assessor.core.results.store_import import (
    NOT_RESCORED,
    ImportOutcome,
    export_result,
    import_result_files,
)
from assessor.core.store import Store, StoreError

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample.yaml"
ANSWERS = {"q1": 4, "q2": 2, "q3": "a", "q4": "x"}


@pytest.fixture
def questionnaires(tmp_path: Path) -> Path:
    """A folder holding only the sample questionnaire, passed in as an extra folder."""
    folder = tmp_path / "questionnaires-at-hand"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / "sample.yaml")
    return folder


@pytest.fixture
def store() -> Iterator[Store]:
    opened = Store.open()
    yield opened
    opened.close()


COMPLETED_AT = "2026-11-30T09:15:00+00:00"


def make_result(answers: dict[str, Any] | None = None, respondent: str = "Ann") -> dict[str, Any]:
    # A fixed completion time: two results made for the same answers are the same result
    # (a duplicate) even when the clock ticks between them on a busy machine.
    return build_result(load_questionnaire(SAMPLE), answers or ANSWERS, respondent=respondent,
                        completed_at=COMPLETED_AT)


def reseal(result: dict[str, Any]) -> dict[str, Any]:
    """What a learner editing their own file would do: recompute the integrity hash."""
    result["integrity"] = {"sha256": integrity_hash(result)}
    return result


def snapshot(store: Store) -> list[str]:
    with sqlite3.connect(store.path) as raw:
        return list(raw.iterdump())


def import_one(store: Store, path: Path, folder: Path) -> ImportOutcome:
    outcomes = import_result_files(store, [path], extra_questionnaire_dirs=[folder])
    assert len(outcomes) == 1
    return outcomes[0]


def test_round_trip_gives_identical_data(store: Store, questionnaires: Path,
                                         tmp_path: Path) -> None:
    result = make_result()
    file = tmp_path / "ann.json"
    export_result(result, file)
    outcome = import_one(store, file, questionnaires)
    assert (outcome.status, outcome.reason, outcome.rescored) == ("imported", None, True)
    assert outcome.result_id is not None
    stored = store.get_result(outcome.result_id)
    assert stored.result == result
    assert stored.source == str(file)
    assert json.loads(file.read_text(encoding="utf-8")) == result


def test_results_sharing_a_display_block_are_each_stored_as_their_file_says(
        store: Store, questionnaires: Path, tmp_path: Path) -> None:
    """The import reads each file's display block as the very value read before it (the
    block is the same in every result of a questionnaire): each stored result is still its
    file's, and the block kept for later readers is left as it was."""
    from assessor.core.results import read_result_file

    files = []
    for index, answers in enumerate([ANSWERS, {"q1": 1, "q2": 5, "q3": "b"},
                                     {"q1": 3, "q2": 3, "q3": "a", "q4": "y"}]):
        file = tmp_path / f"result-{index}.json"
        export_result(make_result(answers, respondent=f"R{index}"), file)
        files.append(file)
    outcomes = import_result_files(store, files[:2], extra_questionnaire_dirs=[questionnaires])
    assert [o.status for o in outcomes] == ["imported", "imported"]
    for outcome, file in zip(outcomes, files[:2], strict=True):
        assert outcome.result_id is not None
        assert store.get_result(outcome.result_id).result == json.loads(file.read_bytes())
    assert read_result_file(files[2]) == json.loads(files[2].read_bytes())


def test_duplicate_import_is_kept_once(store: Store, questionnaires: Path,
                                       tmp_path: Path) -> None:
    result = make_result()
    first, second = tmp_path / "a.json", tmp_path / "copy-of-a.json"
    export_result(result, first)
    # The same result, written with different whitespace, is still the same result.
    second.write_text(json.dumps(result), encoding="utf-8")
    imported = import_one(store, first, questionnaires)
    before = snapshot(store)
    again = import_one(store, second, questionnaires)
    assert again.status == "duplicate"
    assert again.result_id == imported.result_id
    assert "already in the store" in again.describe()
    assert snapshot(store) == before
    assert len(store.list_results()) == 1


def test_duplicates_within_one_batch_are_kept_once(store: Store, questionnaires: Path,
                                                   tmp_path: Path) -> None:
    result = make_result()
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    export_result(result, first)
    export_result(result, second)
    outcomes = import_result_files(store, [first, second],
                                   extra_questionnaire_dirs=[questionnaires])
    assert [o.status for o in outcomes] == ["imported", "duplicate"]
    assert outcomes[0].result_id == outcomes[1].result_id
    assert str(first) in (outcomes[1].reason or "")
    assert len(store.list_results()) == 1


def _tampered_percent() -> dict[str, Any]:
    result = make_result()
    result["scores"]["ml"]["percent"] = 99.0
    return reseal(result)


def _stale_scores() -> dict[str, Any]:
    result = make_result()
    result["answers"]["q1"] = 1  # the scores still say q1 = 4
    return reseal(result)


def _stale_fit() -> dict[str, Any]:
    result = make_result()
    result["clusters"][0]["fit"] = 100.0
    return reseal(result)


def _answer_not_in_questionnaire() -> dict[str, Any]:
    result = make_result()
    result["answers"]["q3"] = "zzz"
    return reseal(result)


def _bad_hash() -> dict[str, Any]:
    result = make_result()
    result["respondent"] = "Someone else"
    return result


def _newer_format() -> dict[str, Any]:
    result = make_result()
    result["format"] = "assessor-result/2"
    return reseal(result)


REFUSALS = {
    "tampered percent": (lambda: result_to_bytes(_tampered_percent()), "different scores"),
    "changed answer, stale scores": (lambda: result_to_bytes(_stale_scores()),
                                     "different scores"),
    "edited fit": (lambda: result_to_bytes(_stale_fit()), "different cluster fits"),
    "answer outside the questionnaire": (lambda: result_to_bytes(_answer_not_in_questionnaire()),
                                         "answers do not fit the questionnaire"),
    "bad hash": (lambda: result_to_bytes(_bad_hash()), "failed its integrity check"),
    "truncated": (lambda: result_to_bytes(make_result())[:-200], "is not valid JSON"),
    "wrong format version": (lambda: result_to_bytes(_newer_format()),
                             "has result format assessor-result/2, newer than"),
    "NaN": (lambda: result_to_bytes(make_result()).replace(b'"percent": 75.0', b'"percent": NaN'),
            "NaN is not allowed"),
    "over 5 MiB": (lambda: result_to_bytes(make_result())[:-3]
                   + b" " * (5 * 1024 * 1024) + b"}\n", "is larger than 5 MiB"),
    "not a result": (lambda: b'{"hello": "world"}', "is not an Assessor result"),
    "empty": (lambda: b"", "is not valid JSON"),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_bad_files_are_refused_and_change_nothing(
    case: str, store: Store, questionnaires: Path, tmp_path: Path,
) -> None:
    make_bytes, expected = REFUSALS[case]
    data = make_bytes()
    if case == "NaN":
        assert b"NaN" in data, "the sample result must have a percent of 75.0 to replace"
    # Something already in the store, which must stay exactly as it is.
    import_one(store, _exported(make_result({"q1": 1}), tmp_path / "existing.json"),
               questionnaires)
    before = snapshot(store)
    file = tmp_path / f"{case.replace(' ', '-')}.json"
    file.write_bytes(data)
    outcome = import_one(store, file, questionnaires)
    assert outcome.status == "refused"
    assert outcome.result_id is None
    assert expected in (outcome.reason or "")
    assert outcome.describe().startswith(f"{file}: refused: ")
    assert snapshot(store) == before


def _exported(result: dict[str, Any], path: Path) -> Path:
    export_result(result, path)
    return path


def test_mixed_batch_imports_the_good_and_refuses_the_bad(
    store: Store, questionnaires: Path, tmp_path: Path,
) -> None:
    good1 = _exported(make_result(respondent="A"), tmp_path / "a.json")
    bad = tmp_path / "bad.json"
    bad.write_bytes(result_to_bytes(_tampered_percent()))
    good2 = _exported(make_result(respondent="B"), tmp_path / "b.json")
    profile = store.create_profile("Counsellor client")
    outcomes = import_result_files(store, [good1, bad, good2], profile_id=profile,
                                   extra_questionnaire_dirs=[questionnaires])
    assert [(o.path, o.status) for o in outcomes] == [
        (good1, "imported"), (bad, "refused"), (good2, "imported")]
    stored = store.list_results(profile)
    assert sorted(r.result["respondent"] for r in stored) == ["A", "B"]


def test_every_kind_of_outcome_in_one_batch_in_order(
    store: Store, questionnaires: Path, tmp_path: Path,
) -> None:
    # Stored before, then in the batch once and twice; new, once and twice; refused.
    earlier = _exported(make_result(respondent="Earlier"), tmp_path / "earlier.json")
    earlier_id = import_one(store, earlier, questionnaires).result_id
    again = _exported(make_result(respondent="Earlier"), tmp_path / "again.json")
    again2 = _exported(make_result(respondent="Earlier"), tmp_path / "again2.json")
    new = _exported(make_result(respondent="New"), tmp_path / "new.json")
    copy = _exported(make_result(respondent="New"), tmp_path / "copy.json")
    bad = tmp_path / "bad.json"
    bad.write_bytes(result_to_bytes(_tampered_percent()))
    other = _exported(make_result({"q1": 1}, respondent="Other"), tmp_path / "other.json")
    profile = store.create_profile("Client")
    outcomes = import_result_files(
        store, [again, new, bad, copy, str(other), again2], profile_id=profile,
        extra_questionnaire_dirs=[questionnaires])
    new_id = outcomes[1].result_id
    assert new_id is not None and new_id != earlier_id
    assert [(o.path, o.status, o.reason, o.rescored) for o in outcomes] == [
        (again, "duplicate", "this result is already in the store", True),
        (new, "imported", None, True),
        (bad, "refused", outcomes[2].reason, False),
        (copy, "duplicate", f"the same result as {new}", True),
        (other, "imported", None, True),
        (again2, "duplicate", "this result is already in the store", True),
    ]
    assert "re-scoring gives different scores" in (outcomes[2].reason or "")
    assert [o.result_id for o in outcomes] == [
        earlier_id, new_id, None, new_id, outcomes[4].result_id, earlier_id]
    assert sorted(r.result["respondent"] for r in store.list_results(profile)) == [
        "New", "Other"]


def test_a_result_completed_at_the_edge_of_time_is_imported(
    store: Store, questionnaires: Path, tmp_path: Path,
) -> None:
    # A valid, re-scorable result whose completion time has no UTC time in Python's range
    # made the store's write raise OverflowError, past every refusal.
    result = build_result(load_questionnaire(SAMPLE), ANSWERS,
                          completed_at="0001-01-01T00:00:00+05:00")
    outcome = import_one(store, _exported(result, tmp_path / "old.json"), questionnaires)
    assert (outcome.status, outcome.rescored) == ("imported", True)
    assert store.get_result(outcome.result_id or 0).result == result


def test_without_the_questionnaire_only_the_hash_is_checked(
    store: Store, questionnaires: Path, tmp_path: Path,
) -> None:
    # SPEC 3: re-scoring needs the questionnaire; without it a consistent edit gets through,
    # and the outcome says it was not re-scored.
    file = _exported(_tampered_percent(), tmp_path / "edited.json")
    outcome = import_one(store, file, tmp_path / "no-such-folder")
    assert (outcome.status, outcome.rescored, outcome.reason) == (
        "imported", False, NOT_RESCORED)


def test_questionnaire_added_later_to_the_user_folder_is_found(
    store: Store, tmp_path: Path, isolated_user_dirs: Path,
) -> None:
    first = _exported(make_result(respondent="A"), tmp_path / "a.json")
    assert import_result_files(store, [first])[0].rescored is False
    user_folder = isolated_user_dirs / "questionnaires"
    user_folder.mkdir()
    shutil.copy(SAMPLE, user_folder / "sample.yaml")
    tampered = _exported(_tampered_percent(), tmp_path / "t.json")
    good = _exported(make_result(respondent="B"), tmp_path / "b.json")
    outcomes = import_result_files(store, [tampered, good])
    assert [(o.status, o.rescored) for o in outcomes] == [("refused", False),
                                                          ("imported", True)]


def test_same_name_different_bytes_is_not_used_for_rescoring(
    store: Store, questionnaires: Path, tmp_path: Path,
) -> None:
    # A questionnaire edited after the result was made has another sha256: not at hand.
    path = questionnaires / "sample.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    file = _exported(make_result(), tmp_path / "a.json")
    assert import_one(store, file, questionnaires).rescored is False


def test_full_store_imports_nothing(store: Store, questionnaires: Path,
                                    tmp_path: Path) -> None:
    files = [_exported(make_result(respondent=f"R{i}"), tmp_path / f"{i}.json")
             for i in range(30)]
    connection = store._connection
    assert connection is not None
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(StoreError, match="the disk is full"):
        import_result_files(store, files, extra_questionnaire_dirs=[questionnaires])
    assert store.list_results() == []


def test_export_on_a_full_disk_keeps_the_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "result.json"
    target.write_bytes(b"previous export")

    def disk_full(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "fsync", disk_full)
    with pytest.raises(AssessorError) as caught:
        export_result(make_result(), target)
    assert caught.value.lines() == [
        f"{target}: cannot be written: {os.strerror(errno.ENOSPC)}"]
    assert target.read_bytes() == b"previous export"
    assert sorted(p.name for p in folder.iterdir()) == ["result.json"]


def test_export_refuses_a_result_changed_in_memory(tmp_path: Path) -> None:
    result = make_result()
    result["scores"]["ml"]["percent"] = 1.0
    with pytest.raises(AssessorError, match="no longer matches its integrity hash"):
        export_result(result, tmp_path / "x.json")
    assert not (tmp_path / "x.json").exists()


def test_stray_temp_files_are_cleaned_when_the_store_opens(isolated_user_dirs: Path) -> None:
    stray = isolated_user_dirs / f"{atomic.TEMP_PREFIX}abc"
    stray.write_bytes(b"half a file")
    fresh = isolated_user_dirs / f"{atomic.TEMP_PREFIX}def"
    fresh.write_bytes(b"another process is writing this")
    an_hour_ago = time.time() - 3600
    os.utime(stray, (an_hour_ago, an_hour_ago))
    Store.open().close()
    assert not stray.exists()
    assert fresh.exists()  # may be a second app window's write in progress
