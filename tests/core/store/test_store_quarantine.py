"""Store rows whose JSON was damaged in place (the file's structure still passes
`quick_check`) are set aside in a quarantine file at open; the rest stays usable and the
user is told once, with the file's name."""

from __future__ import annotations

import base64
import json
import sqlite3
from pathlib import Path

import pytest

from assessor.core.atomic import TEMP_PREFIX
from assessor.core.format.loading import load_questionnaire
from assessor.core.results import build_result
from assessor.core.store import DATABASE_NAME, Store
from tests.conftest import TEST_DATA

SAMPLE = TEST_DATA / "sample.yaml"


def _fill(folder: Path) -> tuple[int, int]:
    questionnaire = load_questionnaire(SAMPLE)
    with Store.open(folder) as store:
        profile = store.default_profile()
        for name in ("Ann-Intact", "Zed-Damaged", "Kim-Flipped"):
            store.add_result(profile, build_result(questionnaire, {"q1": 4},
                                                   respondent=name))
        draft = store.start_draft(profile, "sample", "0" * 64)
        store.save_answer(draft, "q1", 4)
        store.save_answer(draft, "q2", 2)
        store.save_plan(profile, "c1", ["m1"])
    with sqlite3.connect(folder / DATABASE_NAME) as raw:  # everything into the main file
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return profile, draft


def _damage_in_place(database: Path, old: bytes, new: bytes) -> None:
    assert len(old) == len(new)
    data = database.read_bytes()
    assert data.count(old) == 1, old
    database.write_bytes(data.replace(old, new))


def test_results_damaged_in_place_are_set_aside_and_the_rest_stays_usable(tmp_path: Path) -> None:
    _fill(tmp_path)
    database = tmp_path / DATABASE_NAME
    _damage_in_place(database, b'"Zed-Damaged"', b'"Zed\xff\xfeamaged"')  # not UTF-8
    _damage_in_place(database, b'"Kim-Flipped",', b'"Kim-Flipped";')  # not JSON
    with sqlite3.connect(database) as raw:
        assert raw.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    with Store.open(tmp_path) as store:
        assert [r.result["respondent"] for r in store.list_results()] == ["Ann-Intact"]
        [notice] = store.notices
        quarantine = sorted(tmp_path.glob("assessor-quarantine-*.json"))
        assert len(quarantine) == 1 and str(quarantine[0]) in notice
        assert notice.startswith("2 saved results in Assessor's data file could not be read")
        record = json.loads(quarantine[0].read_text())
        stored = [base64.b64decode(row["stored_base64"]) for row in record["rows"]]
        assert [row["table"] for row in record["rows"]] == ["results", "results"]
        assert b'"Zed\xff\xfeamaged"' in stored[0] and b'"Kim-Flipped";' in stored[1]
        assert "not valid UTF-8" in record["rows"][0]["reason"]
        assert "not valid JSON" in record["rows"][1]["reason"]
        # Writing goes on as before.
        store.add_note(store.default_profile(), "still works")
    with Store.open(tmp_path) as again:  # told once: nothing left to set aside
        assert again.notices == []
        assert len(again.list_results()) == 1


def test_a_damaged_draft_answer_and_plan_are_set_aside_alone(tmp_path: Path) -> None:
    profile, draft = _fill(tmp_path)
    with sqlite3.connect(tmp_path / DATABASE_NAME) as raw:
        raw.execute("UPDATE draft_answers SET value_json = '{\"trunc' WHERE item_id = 'q2'")
        raw.execute("UPDATE plans SET done_json = CAST(X'5bff5d' AS TEXT)")
    with Store.open(tmp_path) as store:
        assert store.load_draft(draft).answers == {"q1": 4}
        assert store.list_plans(profile) == []
        [notice] = store.notices
        assert notice.startswith("1 answer in an unfinished questionnaire and 1 saved plan")


def test_damage_after_opening_never_makes_every_result_unlistable(tmp_path: Path) -> None:
    _fill(tmp_path)
    with Store.open(tmp_path) as store:
        with sqlite3.connect(tmp_path / DATABASE_NAME) as raw:
            raw.execute("UPDATE results SET result_json = CAST(X'7bff' AS TEXT) "
                        "WHERE result_json LIKE '%Zed-Damaged%'")
        names = [r.result["respondent"] for r in store.list_results()]
        assert names == ["Ann-Intact", "Kim-Flipped"]


def test_damaged_rows_that_cannot_be_set_aside_stay_and_the_store_opens(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    _fill(tmp_path)
    database = tmp_path / DATABASE_NAME
    _damage_in_place(database, b'"Kim-Flipped",', b'"Kim-Flipped";')
    real_mkstemp = tempfile.mkstemp

    def no_quarantine_file(*args: object, **kwargs: object) -> object:
        if kwargs.get("prefix") == TEMP_PREFIX and Path(str(kwargs.get("dir"))) == tmp_path:
            raise OSError(28, "No space left on device")  # only atomic writes beside the store
        return real_mkstemp(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(tempfile, "mkstemp", no_quarantine_file)
    with Store.open(tmp_path) as store:  # raised AssessorError from write_atomic before
        [notice] = store.notices
        assert notice.endswith("could not be set aside in a file (cannot be written: No "
                               "space left on device).")
        assert [r.result["respondent"] for r in store.list_results()] == ["Ann-Intact",
                                                                           "Zed-Damaged"]
