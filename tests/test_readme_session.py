"""The README's first command-line session works as written, in an empty folder."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO_ROOT


def session_commands() -> list[str]:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"A first session from a terminal.*?```sh\n(.*?)```", readme, re.DOTALL)
    assert block is not None, "the README lost its first-session example"
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_the_readme_first_session_runs(tmp_path: Path) -> None:
    commands = session_commands()
    assert any(c.startswith("assessor score ") for c in commands)
    # `assessor` as on the PATH after `source .venv/bin/activate`, without Qt (report.html).
    launcher = f"{shlex.quote(sys.executable)} -m assessor"
    script = "set -e\n" + "\n".join(re.sub(r"(^|&& )assessor ", rf"\1{launcher} ", c)
                                     for c in commands)
    done = subprocess.run(["bash", "-c", script], cwd=tmp_path, capture_output=True, text=True,
                          timeout=180, check=False)
    assert done.returncode == 0, done.stderr
    for name in ("answers.yaml", "result.json", "report.html", "summary.csv"):
        assert (tmp_path / name).is_file(), name
    assert "accepted 1, refused 0" in done.stdout
