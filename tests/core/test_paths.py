"""The cache folder: inside ASSESSOR_HOME when that is set (tests, portable installs),
else the platform's cache folder, never the data folder itself."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from assessor.core.paths import user_cache_dir, user_data_dir


def test_the_cache_is_inside_assessor_home_when_set(isolated_user_dirs: Path) -> None:
    assert user_cache_dir() == isolated_user_dirs / "cache"
    assert user_cache_dir() != user_data_dir()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG_CACHE_HOME is Linux's")
def test_the_cache_is_the_platforms_otherwise(monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path) -> None:
    monkeypatch.delenv("ASSESSOR_HOME")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    assert user_cache_dir().is_relative_to(tmp_path / "xdg-cache")
    assert user_cache_dir().name == "assessor"
