"""Robustness suite setup: write the per-test case counters for the report."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.robustness.profiles import COUNTS, COUNTS_ENV, active_profile


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    target = os.environ.get(COUNTS_ENV)
    if not target or not COUNTS:
        return
    rows = [
        {"test": test, "outcome": outcome, "cases": cases}
        for (test, outcome), cases in sorted(COUNTS.items())
    ]
    Path(target).write_text(
        json.dumps({"profile": active_profile(), "counts": rows}, indent=1), encoding="utf-8"
    )
