"""The hand-written hostile inputs of `hand_cases.py` through the real command line: each
ends with exit 0, 1 or 2 and never a traceback; a refusal says which file, in one line per
problem; no special file is replaced."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from assessor.cli import main
from tests.robustness.hand_cases import Case, build
from tests.robustness.profiles import record


def _score(questionnaire: Path, answers: Path, out: Path) -> None:
    assert main(["score", str(questionnaire), str(answers), "-o", str(out)]) == 0


@pytest.fixture(scope="module")
def cases(tmp_path_factory: pytest.TempPathFactory) -> list[Case]:
    return build(tmp_path_factory.mktemp("hostile"), _score)


def test_every_hand_written_case_ends_plainly(
        cases: list[Case], capsys: pytest.CaptureFixture[str]) -> None:
    assert len(cases) > 200
    wrong = []
    for case in cases:
        capsys.readouterr()
        try:
            status = main(list(case.argv))
        except SystemExit as exit_:  # argparse's usage errors
            status = exit_.code if isinstance(exit_.code, int) else 2
        except Exception as exc:  # any other exception is the finding
            wrong.append(f"{case.name}: {type(exc).__name__}: {exc}"[:300])
            continue
        err = capsys.readouterr().err
        if status not in (0, 1, 2):
            wrong.append(f"{case.name}: exit {status}")
        elif case.must_refuse and status == 0:
            wrong.append(f"{case.name}: accepted")
        elif status == 1 and not err.strip():
            wrong.append(f"{case.name}: exit 1 with nothing said")
        elif "Traceback" in err or "internal error" in err:
            wrong.append(f"{case.name}: {err.strip().splitlines()[-1][:200]}")
        record("hand-written hostile CLI input", "refused" if status else "accepted")
    assert wrong == [], "\n".join(wrong)
    for device in ("/dev/null", "/dev/full", "/dev/zero"):
        assert stat.S_ISCHR(os.stat(device).st_mode), device
