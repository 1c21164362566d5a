"""The local store's everyday behaviour: profiles, drafts, results, notes, plans."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assessor.core.format.loading import load_questionnaire
from assessor.core.results import build_result
from assessor.core.store import DATABASE_NAME, Store, StoreError
from assessor.core.store.schema import SCHEMA_VERSION

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample.yaml"


@pytest.fixture
def store() -> Iterator[Store]:
    opened = Store.open()
    yield opened
    opened.close()


def sample_result(answers: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    questionnaire = load_questionnaire(SAMPLE)
    return build_result(questionnaire, answers or {"q1": 4, "q2": 2, "q3": "b"}, **extra)


def test_opens_in_assessor_home_with_safe_settings(
    store: Store, isolated_user_dirs: Path,
) -> None:
    assert store.path == isolated_user_dirs / DATABASE_NAME
    assert store.notices == []
    with sqlite3.connect(store.path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_store_creates_missing_folder(tmp_path: Path) -> None:
    with Store.open(tmp_path / "a" / "b") as store:
        assert store.path.exists()


def test_profiles_create_rename_list_delete(store: Store) -> None:
    ann = store.create_profile("  Ann   Example ", note="client since May")
    bob = store.create_profile("Bob")
    store.rename_profile(bob, "Robert", note="renamed")
    profiles = store.list_profiles()
    assert [(p.id, p.name, p.note) for p in profiles] == [
        (ann, "Ann Example", "client since May"), (bob, "Robert", "renamed")]
    assert "+" in profiles[0].created_at[19:] or "-" in profiles[0].created_at[19:]
    store.delete_profile(ann)
    assert [p.id for p in store.list_profiles()] == [bob]


def test_profile_needs_a_name(store: Store) -> None:
    with pytest.raises(StoreError, match="needs a name"):
        store.create_profile("   ")
    assert store.list_profiles() == []


def test_renaming_a_missing_profile_is_an_error(store: Store) -> None:
    with pytest.raises(StoreError, match="no profile 99"):
        store.rename_profile(99, "X")


def test_default_profile_is_created_once(store: Store) -> None:
    first = store.default_profile()
    assert store.default_profile() == first
    assert [p.name for p in store.list_profiles()] == ["Me"]


def test_default_profile_is_the_oldest_existing_one(store: Store) -> None:
    ann = store.create_profile("Ann")
    store.create_profile("Bob")
    assert store.default_profile() == ann
    assert len(store.list_profiles()) == 2


def test_draft_answers_upsert_clear_and_survive_reopening(store: Store) -> None:
    profile = store.default_profile()
    draft = store.start_draft(profile, "sample", "ab" * 32, "/q/sample.yaml")
    store.save_answer(draft, "q1", 3)
    store.save_answer(draft, "q3", "a")
    store.save_answer(draft, "q1", 5)
    store.save_answer(draft, "multi", ["x", "y"])
    store.save_answer(draft, "empty", [])
    store.clear_answer(draft, "q3")
    store.close()
    with Store.open() as reopened:
        loaded = reopened.load_draft(draft)
        assert loaded.answers == {"q1": 5, "multi": ["x", "y"], "empty": []}
        assert loaded.questionnaire_sha256 == "ab" * 32
        assert loaded.questionnaire_path == "/q/sample.yaml"
        assert [d.id for d in reopened.list_drafts(profile)] == [draft]


def test_drafts_are_listed_per_profile(store: Store) -> None:
    ann, bob = store.create_profile("Ann"), store.create_profile("Bob")
    ann_draft = store.start_draft(ann, "sample", "0" * 64)
    bob_draft = store.start_draft(bob, "sample", "0" * 64)
    store.save_answer(ann_draft, "q1", 1)
    store.save_answer(bob_draft, "q1", 2)
    assert [(d.id, d.answers) for d in store.list_drafts(bob)] == [(bob_draft, {"q1": 2})]
    assert [d.id for d in store.list_drafts()] == [ann_draft, bob_draft]
    store.delete_draft(ann_draft)
    with pytest.raises(StoreError, match=f"no draft {ann_draft}"):
        store.load_draft(ann_draft)


def test_answer_to_a_missing_draft_or_unstorable_value_is_refused(store: Store) -> None:
    with pytest.raises(StoreError, match="no draft 7"):
        store.save_answer(7, "q1", 1)
    draft = store.start_draft(store.default_profile(), "sample", "0" * 64)
    with pytest.raises(StoreError, match="answer to item q1"):
        store.save_answer(draft, "q1", float("nan"))
    with pytest.raises(StoreError, match="no profile 42"):
        store.start_draft(42, "sample", "0" * 64)
    assert store.load_draft(draft).answers == {}


def test_results_stored_whole_deduplicated_and_ordered(store: Store) -> None:
    profile = store.default_profile()
    later = sample_result(completed_at="2024-05-02T09:00:00+02:00")
    earlier = sample_result({"q1": 1}, completed_at="2024-05-02T08:30:00+00:00")
    later_id, added = store.add_result(profile, later, source="later.json")
    assert added
    earlier_id, _ = store.add_result(profile, earlier)
    assert store.add_result(profile, later) == (later_id, False)
    stored = store.list_results(profile)
    # 09:00+02:00 is 07:00 UTC, so it is older than 08:30 UTC.
    assert [r.id for r in stored] == [later_id, earlier_id]
    assert stored[0].result == later
    assert stored[0].source == "later.json"
    assert store.get_result(earlier_id).result == earlier


def test_stored_result_ids_looks_up_many_hashes_at_once(store: Store) -> None:
    kept = sample_result()
    kept_id, _ = store.add_result(None, kept)
    digest = kept["integrity"]["sha256"]
    # More hashes than one query asks about, in any case, repeated, mostly not stored.
    asked = [f"{n:064x}" for n in range(1200)] + [digest.upper(), digest]
    assert store.stored_result_ids(asked) == {digest: kept_id}
    assert store.stored_result_ids([]) == {}


def test_many_results_for_one_profile_in_one_batch(store: Store) -> None:
    profile = store.create_profile("Client")
    results = [sample_result({"q1": n}) for n in range(1, 6)]
    stored = store.add_results([(profile, result, None) for result in results])
    assert [added for _, added in stored] == [True] * 5
    assert [r.id for r in store.list_results(profile)] == [i for i, _ in stored]
    # A missing profile anywhere in the batch stores none of it.
    more = [(profile, sample_result({"q1": 1, "q2": 5}), None),
            (profile + 99, sample_result({"q1": 2, "q2": 5}), None)]
    with pytest.raises(StoreError, match=f"no profile {profile + 99}"):
        store.add_results(more)
    assert len(store.list_results()) == 5


def test_prepared_results_are_stored_as_add_results_stores_them(store: Store) -> None:
    profile = store.create_profile("Client")
    result = sample_result(completed_at="2024-05-02T09:00:00+02:00")
    prepared = store.prepare_result(result, "a.json", integrity_checked=True)
    assert prepared.digest == result["integrity"]["sha256"]
    assert prepared.encoded == json.dumps(result, ensure_ascii=False, separators=(",", ":"))
    [(result_id, added)] = store.add_prepared([(profile, prepared)])
    assert added
    stored = store.get_result(result_id)
    assert (stored.result, stored.profile_id, stored.source) == (result, profile, "a.json")
    # Added again, prepared or whole: kept once.
    assert store.add_prepared([(None, prepared), (profile, prepared)]) == [
        (result_id, False), (result_id, False)]
    assert store.add_results([(profile, result, None)]) == [(result_id, False)]
    # Preparing an unchecked result checks its hash, as add_results does.
    edited = dict(result, respondent="edited later")
    with pytest.raises(StoreError, match="integrity"):
        store.prepare_result(edited, "b.json")
    with pytest.raises(StoreError, match="no integrity hash"):
        store.prepare_result({"questionnaire": {}}, "c.json")
    assert len(store.list_results()) == 1


def test_a_checked_result_is_stored_as_the_same_text(store: Store) -> None:
    result = sample_result()
    checked_id, _ = store.add_result(None, result, integrity_checked=True)
    other = sample_result({"q1": 1})
    other_id, _ = store.add_result(None, other)
    with sqlite3.connect(store.path) as raw:
        texts = dict(raw.execute("SELECT id, result_json FROM results").fetchall())
    for result_id, original in ((checked_id, result), (other_id, other)):
        assert texts[result_id] == json.dumps(original, ensure_ascii=False,
                                              separators=(",", ":"))
    # A value that cannot be JSON is refused with a reason either way, never a crash.
    deep: dict[str, Any] = dict(result)
    nested: dict[str, Any] = deep
    for _ in range(100_000):
        nested["x"] = {}
        nested = nested["x"]
    for checked in (True, False):
        with pytest.raises(StoreError, match="cannot be saved"):
            store.add_result(None, deep, integrity_checked=checked)
    unencodable = dict(result, respondent={1, 2})
    with pytest.raises(StoreError, match="cannot be saved"):
        store.add_result(None, unencodable, integrity_checked=True)
    assert len(store.list_results()) == 2


@pytest.mark.parametrize("stamp", ["0001-01-01T00:00:00+05:00", "0001-01-01T00:00:00",
                                   "9999-12-31T23:59:59-05:00", "not a time"])
def test_a_completion_time_without_a_utc_time_sorts_by_when_it_was_added(
    store: Store, stamp: str,
) -> None:
    # Year 1 at +05:00 is in year 0 in UTC, which Python's dates do not reach: it must be
    # stored (sorted as if completed when added), not crash the save.
    first, _ = store.add_result(None, sample_result(completed_at="2000-01-01T00:00:00+00:00"))
    edge, added = store.add_result(None, sample_result({"q1": 1}, completed_at=stamp))
    assert added
    [stored] = [r for r in store.list_results() if r.id == edge]
    assert stored.result["completed_at"] == stamp
    # Completed "now" (when added), so after the result of 2000.
    assert [r.id for r in store.list_results()] == [first, edge]


def test_result_with_a_wrong_integrity_hash_is_not_stored(store: Store) -> None:
    result = sample_result()
    result["respondent"] = "edited later"
    with pytest.raises(StoreError, match="integrity"):
        store.add_result(None, result)
    assert store.list_results() == []


def test_deleting_a_profile_cascades(store: Store) -> None:
    keep, gone = store.create_profile("Keep"), store.create_profile("Gone")
    draft = store.start_draft(gone, "sample", "0" * 64)
    store.save_answer(draft, "q1", 2)
    result_id, _ = store.add_result(gone, sample_result())
    store.add_note(gone, "note", result_id)
    store.save_plan(gone, "c1", ["m1"])
    kept_result, _ = store.add_result(keep, sample_result({"q1": 5}))
    store.delete_profile(gone)
    assert store.list_drafts() == []
    assert [r.id for r in store.list_results()] == [kept_result]
    assert store.list_notes(gone) == []
    assert store.list_plans(gone) == []
    with sqlite3.connect(store.path) as raw:
        assert raw.execute("SELECT count(*) FROM draft_answers").fetchone()[0] == 0


def test_notes_per_profile_and_result(store: Store) -> None:
    profile = store.default_profile()
    result_id, _ = store.add_result(profile, sample_result())
    general = store.add_note(profile, "met on Tuesday")
    about = store.add_note(profile, "=strong on ML", result_id)
    assert [n.id for n in store.list_notes(profile)] == [general, about]
    notes = store.list_notes(profile, result_id)
    assert [(n.text, n.result_id) for n in notes] == [("=strong on ML", result_id)]
    # Deleting the result keeps what the counsellor wrote.
    store.delete_result(result_id)
    assert [(n.id, n.result_id) for n in store.list_notes(profile)] == [
        (general, None), (about, None)]
    with pytest.raises(StoreError, match="no result"):
        store.add_note(profile, "x", result_id)


def test_plans_keep_their_milestones(store: Store) -> None:
    profile = store.default_profile()
    first = store.save_plan(profile, "c1", ["m1"], note="start")
    second = store.save_plan(profile, "c1", ["m1", "m2"])
    plans = store.list_plans(profile)
    assert [(p.id, p.cluster_id, p.done_milestones, p.note) for p in plans] == [
        (first, "c1", ("m1",), "start"), (second, "c1", ("m1", "m2"), None)]


def test_notes_can_be_changed_and_deleted(store: Store) -> None:
    profile = store.default_profile()
    first = store.add_note(profile, "met on Tuesday")
    second = store.add_note(profile, "wants a red-team role")
    store.update_note(first, "met on Wednesday")
    store.delete_note(second)
    assert [(n.id, n.text) for n in store.list_notes(profile)] == [(first, "met on Wednesday")]
    with pytest.raises(StoreError, match="no note"):
        store.update_note(second, "gone")
    with pytest.raises(StoreError, match="no note"):
        store.delete_note(second)


def test_plans_keep_their_score_changes(store: Store) -> None:
    profile = store.default_profile()
    plain = store.save_plan(profile, "c1", ["m1"])
    moved = store.save_plan(profile, "c1", [], score_overrides={"ml": 70, "sec": 12.5})
    plans = {p.id: p for p in store.list_plans(profile)}
    assert plans[plain].score_overrides == {}
    assert plans[moved].score_overrides == {"ml": 70.0, "sec": 12.5}
    with sqlite3.connect(store.path) as raw:
        [(encoded,)] = raw.execute("SELECT scores_json FROM plans WHERE id = ?", (moved,))
        raw.execute("UPDATE plans SET scores_json = ? WHERE id = ?",
                    ('{"format": "assessor-plan-scores/9", "scores": {"ml": 1}}', plain))
    assert json.loads(encoded)["format"] == "assessor-plan-scores/1"
    # A record of another format is not guessed at: the plan loads without score changes.
    assert store.list_plans(profile)[0].score_overrides == {}


def test_closed_store_refuses_use(store: Store) -> None:
    store.close()
    with pytest.raises(StoreError, match="is closed"):
        store.list_profiles()


def test_store_can_be_used_from_a_worker_thread(store: Store) -> None:
    # The GUI imports results in the background while its own thread reads the store.
    profile = store.default_profile()
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for index in range(20):
                store.add_note(profile, f"from worker {index}")
        except BaseException as exc:
            errors.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    for _ in range(20):
        store.list_notes(profile)
    worker.join()
    assert errors == []
    assert len(store.list_notes(profile)) == 20


def test_the_first_profile_is_named_in_the_language_the_store_is_made_in(
        tmp_path: Path) -> None:
    from assessor.core.i18n import use_language

    with use_language("es"), Store.open(tmp_path / "es") as store:
        spanish = store.default_profile()
        assert [p.name for p in store.list_profiles() if p.id == spanish] == ["Yo"]
    with Store.open(tmp_path / "en") as store:
        english = store.default_profile()
        assert [p.name for p in store.list_profiles() if p.id == english] == ["Me"]
