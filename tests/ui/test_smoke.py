"""`assessor --smoke-test` starts the real GUI, reports its first paint and exits 0."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path


def test_smoke_test_reports_first_paint_and_exits_zero(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ASSESSOR_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-m", "assessor", "--smoke-test"], env=env,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    match = re.fullmatch(r"first paint: (\d+) ms\s*", done.stdout)
    assert match, done.stdout
    assert 0 < int(match.group(1)) < 60_000
    # The data folder was created and the first window never imported matplotlib.
    assert (tmp_path / "home").is_dir()


def test_first_window_does_not_import_matplotlib(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from assessor.ui.app import run_gui\n"
        "status = run_gui(smoke_test=True)\n"
        "print('matplotlib' in sys.modules)\n"
        "sys.exit(status)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ASSESSOR_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "False"
