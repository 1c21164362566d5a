"""SIGKILL during result export: the target file is always the old complete file or the new
complete file, never a partial one. (SIGKILL during draft writes is tested by
tests/core/store/test_store_crash.py and not repeated here.)"""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest

from assessor.core.atomic import TEMP_PREFIX, clean_stray_temp_files
from assessor.core.errors import AssessorError
from assessor.core.results import read_result_file
from tests.robustness.fault_child import STAGES
from tests.robustness.kill import kill_and_reap, start_child
from tests.robustness.profiles import record, repetitions

TEST = "SIGKILL during result export (export_result / write_atomic)"
pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")


def check_target(target: Path, acknowledged: int, where: str) -> int:
    """The file must be a complete, valid result no older than the last acknowledged one."""
    try:
        result = read_result_file(target)
    except AssessorError as error:
        record(TEST, "data lost (partial or invalid file)")
        pytest.fail(f"the exported file is damaged {where}: {error}")
    sequence = int(result["respondent"].removeprefix("export-"))
    if sequence < acknowledged:
        record(TEST, "data lost (acknowledged export missing)")
        pytest.fail(f"export {acknowledged} was acknowledged but the file holds {sequence}")
    return sequence


@pytest.mark.parametrize("stage", STAGES)
def test_sigkill_at_each_stage_of_an_export_keeps_a_complete_file(
    tmp_path: Path, stage: str
) -> None:
    target = tmp_path / "exported.json"
    child = start_child("export", str(target), stage)
    assert child.stdout is not None
    try:
        assert child.stdout.readline().split() == ["ack", "0"]
        assert child.stdout.readline().strip() == f"at {stage}"
    finally:
        errors = kill_and_reap(child)
    assert child.returncode == -signal.SIGKILL, errors
    sequence = check_target(target, 0, f"(killed at '{stage}')")
    # Before the rename the old export is there; after it, the new one.
    assert sequence == (1 if stage == "renamed" else 0)
    left_over = list(tmp_path.glob(TEMP_PREFIX + "*"))
    assert len(left_over) == (0 if stage == "renamed" else 1)
    # The next start of the app removes what the killed write left behind.
    assert clean_stray_temp_files(tmp_path) == len(left_over)
    record(TEST, f"killed at '{stage}': old or new file complete")


def test_sigkill_at_random_moments_during_exports_never_leaves_a_partial_file(
    tmp_path: Path,
) -> None:
    seed = int.from_bytes(os.urandom(4), "big")
    chooser = random.Random(seed)
    target = tmp_path / "exported.json"
    for round_number in range(repetitions(ci=10, fuzz=300)):
        child = start_child("export", str(target))
        assert child.stdout is not None
        acknowledged = -1
        try:
            for _ in range(chooser.randint(1, 3)):
                line = child.stdout.readline().split()
                assert line[:1] == ["ack"], (line, kill_and_reap(child))
                acknowledged = int(line[1])
            # A random moment within the next export, which takes some milliseconds.
            time.sleep(chooser.uniform(0, 0.03))
        finally:
            kill_and_reap(child)
        where = f"(seed {seed}, round {round_number}, after export {acknowledged})"
        check_target(target, acknowledged, where)
        left_over = list(tmp_path.glob(TEMP_PREFIX + "*"))
        record(TEST, "killed at a random moment: file complete and valid")
        if left_over:
            record(TEST, "killed at a random moment mid-write (temp file left)")
        assert clean_stray_temp_files(tmp_path) == len(left_over)
        target.unlink()
