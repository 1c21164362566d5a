"""Desktop integration files validate, and the version lives in one place."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

import assessor
from tests.conftest import REPO_ROOT

LINUX = REPO_ROOT / "packaging" / "linux"
DESKTOP = LINUX / "io.github.assessor.Assessor.desktop"
METAINFO = LINUX / "io.github.assessor.Assessor.metainfo.xml"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-utils not installed (CI installs it)")
def test_desktop_file_validates() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


@pytest.mark.skipif(shutil.which("appstreamcli") is None,
                    reason="appstream not installed (CI installs it)")
def test_appstream_metainfo_validates() -> None:
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_release_version_matches_the_package() -> None:
    releases = re.findall(r'<release version="([^"]+)"', METAINFO.read_text(encoding="utf-8"))
    assert releases and releases[0] == assessor.__version__
    changelog = (REPO_ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## {assessor.__version__}" in changelog


def test_icons_exist_in_the_usual_sizes() -> None:
    icons = REPO_ROOT / "packaging" / "icons"
    assert (icons / "assessor.svg").is_file()
    for size in (16, 32, 48, 64, 128, 256, 512):
        data = (icons / f"assessor-{size}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width = int.from_bytes(data[16:20], "big")
        assert width == size


def test_bundle_spec_ships_the_questionnaires() -> None:
    spec = (REPO_ROOT / "packaging" / "assessor.spec").read_text(encoding="utf-8")
    assert '"questionnaires"' in spec and "assessor/{folder}" in spec
    assert Path(REPO_ROOT / "packaging" / "assessor_entry.py").is_file()
