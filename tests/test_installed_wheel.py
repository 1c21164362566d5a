"""A pip user outside the repository names the shipped questionnaires by id: the wheel is
installed (not editable) into a fresh venv, and its libraries are borrowed from the venv
running the tests, so nothing is downloaded but the build backend."""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT


@pytest.fixture(scope="module")
def installed_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("wheel-install")
    wheels = root / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet",
                    "--disable-pip-version-check", "-w", str(wheels), str(REPO_ROOT)],
                   check=True, capture_output=True, timeout=300)
    (wheel,) = wheels.glob("assessor-*.whl")
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True,
                   timeout=120)
    python = venv / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install",
                    "--no-deps", "--no-index", "--quiet", "--disable-pip-version-check",
                    str(wheel)], check=True, capture_output=True, timeout=300)
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()"
                           "['purelib'])"], check=True, capture_output=True, text=True)
    borrowed = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    # A plain path line: the test venv's editable-install hook (a .pth there) is not run.
    Path(site.stdout.strip(), "borrowed-deps.pth").write_text("\n".join(sorted(borrowed)) + "\n")
    return python


def run_installed(python: Path, *args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(python), "-m", "assessor", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd, timeout=120, check=False)


def test_installed_wheel_scores_the_shipped_questionnaire_by_id(
    installed_python: Path, tmp_path: Path
) -> None:
    answers = tmp_path / "answers.yaml"
    made = run_installed(installed_python, "template", "ai-cyber-career", "-o", answers,
                         cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    scored = run_installed(installed_python, "score", "ai-cyber-career", answers, cwd=tmp_path)
    assert scored.returncode == 0, scored.stderr
    result = json.loads(scored.stdout)
    assert result["questionnaire"]["id"] == "ai-cyber-career"
    assert result["answers"] == {}
    listed = run_installed(installed_python, "list", "--paths", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    row = next(line for line in listed.stdout.splitlines() if line.startswith("ai-cyber-career "))
    # Found inside the installed package, not in this checkout.
    assert str(installed_python.parent.parent) in row and str(REPO_ROOT) not in row
    assert row.split()[-2] == "shipped"
