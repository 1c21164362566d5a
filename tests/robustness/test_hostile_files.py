"""Regression tests for issue 14: special files are refused before they are read, and one
hostile file among many never sinks a cohort (SPEC 4: the rest summarised, exit 1)."""

from __future__ import annotations

import csv
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from assessor.core import cohort as cohort_module
from assessor.core.cohort import import_results
from assessor.core.errors import AssessorError
from assessor.core.format.loading import load_questionnaire
from assessor.core.format.yamlsafe import read_limited
from tests.cohort_factory import write_cohort
from tests.conftest import REPO_ROOT, TEST_DATA

ALL_TYPES = TEST_DATA / "all_types.yaml"
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")


def _cli(*args: object, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "assessor", *map(str, args)],
                          capture_output=True, text=True, cwd=REPO_ROOT, timeout=timeout,
                          check=False)


@needs_fifo
def test_validate_refuses_a_fifo_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "f.yaml"
    os.mkfifo(fifo)
    done = _cli("validate", fifo, timeout=20)  # hung for ever before the fix
    assert done.returncode == 1
    assert done.stderr.strip() == f"{fifo}: is a pipe (FIFO), not a regular file, and was not read"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_link_to_dev_zero_is_refused_without_reading(tmp_path: Path) -> None:
    link = tmp_path / "q.yaml"
    link.symlink_to("/dev/zero")
    with pytest.raises(AssessorError, match="is a device, not a regular file"):
        read_limited(link)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(AssessorError, match="is a folder, not a file"):
        read_limited(tmp_path)


@needs_fifo
def test_score_refuses_a_fifo_as_answers(tmp_path: Path) -> None:
    fifo = tmp_path / "answers.yaml"
    os.mkfifo(fifo)
    done = _cli("score", ALL_TYPES, fifo, timeout=20)
    assert done.returncode == 1 and "is a pipe (FIFO)" in done.stderr


def _hostile_results(folder: Path) -> dict[str, Path]:
    good = json.loads((folder / "result-0000.json").read_text())
    files = {}
    text = json.dumps(good, indent=1)
    files["inf"] = folder / "zz-inf.json"
    files["inf"].write_text(text.replace('"coverage": 1', '"coverage": 1e309', 1))
    files["huge"] = folder / "zz-huge.json"
    files["huge"].write_text(text.replace('"coverage": 1', '"coverage": 1' + "0" * 400, 1))
    files["surrogate"] = folder / "zz-surrogate.json"
    respondent = json.dumps(good["respondent"])
    files["surrogate"].write_text(text.replace(respondent, '"\\ud800"', 1))
    return files


@needs_fifo
def test_cohort_summarises_the_rest_when_some_files_are_hostile(tmp_path: Path) -> None:
    folder = tmp_path / "results"
    good = write_cohort(load_questionnaire(ALL_TYPES), folder, 5)
    hostile = _hostile_results(folder)
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    output = tmp_path / "summary.csv"
    done = _cli("cohort", "--questionnaire", ALL_TYPES, folder, fifo, "-o", output, timeout=60)
    assert done.returncode == 1, done.stderr
    assert "internal error" not in done.stderr
    refused = [line for line in done.stderr.strip().splitlines()
               if not line.startswith("wrote ")]
    assert len(refused) == 4
    for path in [*hostile.values(), fifo]:
        assert any(line.startswith(f"{path}:") for line in refused), (path, refused)
    with open(output, newline="", encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert sorted(row["source"] for row in rows) == sorted(str(p) for p in good)
    assert "accepted 5, refused 4, duplicates 0" in done.stdout


def test_one_file_that_trips_a_defect_does_not_sink_the_batch(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    questionnaire = load_questionnaire(ALL_TYPES)
    good = write_cohort(questionnaire, tmp_path, 3)
    real = cohort_module.check_rescored

    def defective(result: dict, questionnaire: object, name: str, **kwargs: object) -> bool:
        if name == str(good[1]):
            raise OverflowError("int too large to convert to float")
        return real(result, questionnaire, name, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cohort_module, "check_rescored", defective)
    outcome = import_results(good, [questionnaire])
    assert [entry.source for entry in outcome.entries] == [str(good[0]), str(good[2])]
    assert [refusal.source for refusal in outcome.refused] == [str(good[1])]
    assert "internal error: OverflowError" in outcome.refused[0].reason


def test_special_file_check_happens_before_open(tmp_path: Path) -> None:
    # A socket cannot be opened like a file at all; the refusal must still be one line.
    import socket

    path = tmp_path / "s.yaml"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        assert stat.S_ISSOCK(path.stat().st_mode)
        with pytest.raises(AssessorError, match="is a socket, not a regular file"):
            read_limited(path)
    finally:
        server.close()
