"""`make run` gets the person to the app even when Qt's system packages cannot be installed,
and the system-deps stamp is written only when they really are installed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

SCRIPT = REPO_ROOT / "tools" / "system_deps.sh"


def fake_tools(folder: Path, *, apt_get: str, installed: bool, uid: int) -> dict[str, str]:
    """A PATH whose apt-get, dpkg-query and id behave as asked, before the real ones."""
    folder.mkdir()
    scripts = {
        "apt-get": apt_get,
        "dpkg-query": "echo 'install ok installed'" if installed else "exit 1",
        "id": f"echo {uid}",
    }
    for name, body in scripts.items():
        path = folder / name
        path.write_text(f"#!/bin/sh\n{body}\n")
        path.chmod(0o755)
    return {**os.environ, "PATH": f"{folder}{os.pathsep}{os.environ['PATH']}",
            "QT_QPA_PLATFORM": "offscreen"}


LOCKED = 'echo "E: Could not get lock /var/lib/dpkg/lock-frontend" >&2; exit 100'


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_run_starts_the_app_when_apt_get_fails(tmp_path: Path) -> None:
    env = fake_tools(tmp_path / "bin", apt_get=LOCKED, installed=False, uid=0)
    stamp = tmp_path / ".system-deps"
    # The venv is the one running the tests: -o keeps make from reinstalling it.
    done = subprocess.run(
        ["make", "-C", str(REPO_ROOT), "-o", ".venv/.installed-run", "-o", ".venv/bin/python",
         "run", f"SYSDEPS={stamp}", f"ASSESSOR={sys.executable} -m assessor --smoke-test"],
        capture_output=True, text=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "system-deps: could not install libegl1 libgl1" in done.stdout
    assert "starting anyway" in done.stdout
    assert "first paint:" in done.stdout  # the app started and painted its window
    assert not stamp.exists()


def run_script(tmp_path: Path, **fake: object) -> tuple[subprocess.CompletedProcess[str], Path]:
    env = fake_tools(tmp_path / "bin", **fake)  # type: ignore[arg-type]
    stamp = tmp_path / ".system-deps"
    done = subprocess.run(["sh", str(SCRIPT), str(stamp)], capture_output=True, text=True,
                          env=env, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return done, stamp


def test_not_root_names_what_is_missing_and_writes_no_stamp(tmp_path: Path) -> None:
    done, stamp = run_script(tmp_path, apt_get="exit 0", installed=False, uid=1000)
    assert done.stdout.startswith("system-deps: not root, so not installed: libegl1 libgl1 ")
    assert len(done.stdout.splitlines()) == 1
    assert not stamp.exists()


def test_packages_already_there_write_the_stamp_without_apt(tmp_path: Path) -> None:
    done, stamp = run_script(tmp_path, apt_get="echo apt-get must not run; exit 1",
                             installed=True, uid=1000)
    assert done.stdout == ""
    assert stamp.exists()


def test_a_failed_install_as_root_writes_no_stamp(tmp_path: Path) -> None:
    done, stamp = run_script(tmp_path, apt_get=LOCKED, installed=False, uid=0)
    assert "system-deps: could not install" in done.stdout
    assert not stamp.exists()
