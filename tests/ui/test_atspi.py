"""A screen reader's view of the app: the real accessible tree over AT-SPI on Xvfb.

The walker (tests/ui/atspi/walker.py) runs under the system Python that has pyatspi, inside
its own D-Bus session with the AT-SPI registry, and starts the app on a virtual X display
with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1. `.ci/run` installs what it needs; the test skips
only on a machine where it cannot install them (not root) and says which are missing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

WALKER = Path(__file__).resolve().parent / "atspi" / "walker.py"
SYSTEM_PYTHON = "/usr/bin/python3"


def _missing_tools() -> list[str]:
    missing = [tool for tool in ("dbus-run-session", "Xvfb") if shutil.which(tool) is None]
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        missing.append("at-spi2-core")
    has_pyatspi = Path(SYSTEM_PYTHON).exists() and subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
    ).returncode == 0
    if not has_pyatspi:
        missing.append("python3-pyatspi")
    return missing


@pytest.fixture(scope="module")
def walk() -> dict:
    missing = _missing_tools()
    if missing:
        if os.geteuid() == 0:
            pytest.fail(f"AT-SPI test needs {', '.join(missing)}: .ci/run installs them")
        pytest.skip(f"not root and missing {', '.join(missing)} (apt-get install them)")
    env = {key: value for key, value in os.environ.items()
           if key not in ("QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS", "DISPLAY")}
    finished = subprocess.run(
        ["dbus-run-session", "--", SYSTEM_PYTHON, str(WALKER), "--app-python", sys.executable],
        cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=600, check=False)
    lines = finished.stdout.splitlines()
    summary = [line for line in lines if line.startswith("summary ")]
    assert finished.returncode == 0 and summary, finished.stdout + finished.stderr[-4000:]
    # The counts, for the log (pytest -s or -rP shows them).
    print("\n".join(line for line in lines if not line.startswith("summary ")))
    report: dict = json.loads(summary[0].split(" ", 1)[1])
    return report


def _problems(walk: dict, kind: str) -> list[str]:
    return [f"{page}: {problem}" for page, found in walk.items() for problem in found[kind]]


EVERY_PAGE = {"start", "review", "history", "cohort", "cohort:items",
              *(f"results:{tab}" for tab in range(4)),
              *(f"clients:{tab}" for tab in range(4)),  # results, compare, what-if, notes
              *(f"cohort:{tab}" for tab in range(1, 5)),  # with six people imported
              *(f"dialog:{name}" for name in ("shortcuts", "about", "pack", "problem"))}


def test_every_page_was_walked_in_english_and_in_spanish(walk: dict) -> None:
    pages = set(walk)
    assert pages >= EVERY_PAGE
    assert {f"es:{page}" for page in EVERY_PAGE} <= pages
    # One section per page of the test questionnaire: every item type is on one of them.
    assert len([page for page in pages if page.startswith("section:")]) >= 3
    assert len([page for page in pages if page.startswith("es:section:")]) >= 3
    for page, found in walk.items():
        assert found["counts"]["interactive"] > 0, page
    charts = sum(found["counts"]["charts"] for page, found in walk.items()
                 if not page.startswith("es:"))
    # Two objects per chart (area and canvas): 5 results, 2 trend and 4 cohort charts.
    assert charts >= 22, "some charts were not in the tree"
    spanish = sum(found["counts"]["charts"] for page, found in walk.items()
                  if page.startswith("es:"))
    assert spanish == charts, "the Spanish charts are not named as charts"


def test_the_spanish_walk_hears_no_english_ui_name(walk: dict) -> None:
    assert _problems(walk, "untranslated") == []


def test_every_focusable_object_has_a_name_and_role(walk: dict) -> None:
    assert _problems(walk, "unnamed") == []
    assert _problems(walk, "no_role") == []


def test_every_chart_has_a_description(walk: dict) -> None:
    assert _problems(walk, "charts_without_description") == []


def test_no_accessible_name_hides_the_visible_text(walk: dict) -> None:
    assert _problems(walk, "names_hiding_text") == []


def test_every_tab_stop_is_in_the_accessible_tree(walk: dict) -> None:
    assert _problems(walk, "missing_from_tree") == []


def test_tab_leaves_every_control(walk: dict) -> None:
    assert _problems(walk, "traps") == []
