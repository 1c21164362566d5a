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


def test_first_window_imports_no_store_catalog_or_charts(tmp_path: Path) -> None:
    """The first frame is painted before the store, the questionnaires and matplotlib are
    loaded (they come from the event loop right after it); the start then completes."""
    lines = _run_to_first_paint(
        tmp_path, "",
        "sorted(m for m in sys.modules if m.split('.')[0] in "
        "('matplotlib', 'yaml', 'sqlite3') or m in "
        "('assessor.core.store', 'assessor.core.format.loading', 'assessor.app.catalog'))",
        "'assessor.core.store' in sys.modules")
    assert lines[0] == "at first paint: []"
    assert lines[1] == "after: True"  # the store was opened after the first paint
    assert (tmp_path / "assessor.sqlite3").is_file()


def test_the_first_frame_makes_no_qt_namespace_enums(tmp_path: Path) -> None:
    """PySide6 makes all of the `Qt` namespace's enums (about 20 ms) the first time any of
    them is used: the first frame does without them (they come right after it)."""
    setup = (
        "import enum\n"
        "made = []\n"
        "create = enum.EnumType._create_\n"
        "def recording(cls, name, *args, **kwargs):\n"
        "    made.append(name)\n"
        "    return create(cls, name, *args, **kwargs)\n"
        "enum.EnumType._create_ = recording\n"
    )
    lines = _run_to_first_paint(
        tmp_path, setup, "sorted(set(made) & {'AlignmentFlag', 'Key', 'FocusReason'})",
        "'AlignmentFlag' in made")
    assert lines[0] == "at first paint: []"
    assert lines[1] == "after: True"  # the start page then uses them: the hook sees them


def test_an_unusable_data_folder_is_one_line_and_exit_one(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ASSESSOR_HOME": str(blocker / "home")}
    done = subprocess.run([sys.executable, "-m", "assessor", "--smoke-test"], env=env,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"{blocker / 'home'}: cannot be created for Assessor's data: Not a directory"]


def _run_to_first_paint(tmp_path: Path, setup: str, at_paint: str, after: str) -> list[str]:
    """Run the app to its first paint with `--smoke-test`'s own watch: `setup` runs first,
    `at_paint` (an expression) is recorded when the first frame is painted, and the two
    last lines printed are it and `after` (an expression) once the start has completed."""
    code = (
        f"import sys\n{setup}"
        "import assessor.ui.app as app\n"
        "at_paint = []\n"
        "watch_init = app._FirstPaintWatch.__init__\n"
        "def init(self, window, on_paint):\n"
        "    def report():\n"
        f"        at_paint.append({at_paint})\n"
        "        on_paint()\n"
        "    watch_init(self, window, report)\n"
        "app._FirstPaintWatch.__init__ = init\n"
        "status = app.run_gui(smoke_test=True)\n"
        "print('at first paint:', at_paint[0])\n"
        f"print('after:', {after})\n"
        "sys.exit(status)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ASSESSOR_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-2:]
