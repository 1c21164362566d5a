"""Starting a helper process and SIGKILLing it at a chosen moment."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO_ROOT

CHILD = Path(__file__).resolve().parent / "fault_child.py"


def start_child(*args: str) -> subprocess.Popen[str]:
    environment = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    return subprocess.Popen(
        [sys.executable, str(CHILD), *args],
        # A pipe nobody writes to: a child pausing at a stage blocks on it until killed
        # (an inherited stdin may be /dev/null, where the read would return at once).
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment,
        text=True,
    )


def kill_and_reap(child: subprocess.Popen[str]) -> str:
    """SIGKILL (if still running) and wait; returns what the child wrote to stderr."""
    if child.poll() is None:
        child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    errors = child.stderr.read() if child.stderr is not None else ""
    for stream in (child.stdin, child.stdout, child.stderr):
        if stream is not None:
            stream.close()
    return errors
