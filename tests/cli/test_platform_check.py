"""The readable message for a machine without Qt's window-system libraries."""

from __future__ import annotations

import pytest

from assessor.cli import platform_check


def test_offscreen_needs_nothing() -> None:
    assert platform_check.missing_packages({"QT_QPA_PLATFORM": "offscreen"}) == []


def test_missing_library_is_named_by_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platform_check, "_loadable", lambda soname: soname != "libxcb-cursor.so.0")
    missing = platform_check.missing_packages({"DISPLAY": ":0"})
    assert missing == ["libxcb-cursor0"]
    message = platform_check.explain_missing(missing)
    assert "apt-get install libxcb-cursor0" in message


def test_cli_reports_missing_packages_instead_of_crashing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from assessor import launch

    monkeypatch.setattr(platform_check, "missing_packages", lambda: ["libxcb-icccm4"])
    monkeypatch.setattr(platform_check, "no_display", lambda: False)
    assert launch.main([]) == 1
    assert "libxcb-icccm4" in capsys.readouterr().err


def test_no_display_is_explained_not_crashed(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from assessor import launch

    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert launch.main([]) == 1
    assert "no display" in capsys.readouterr().err


def test_offscreen_or_a_display_counts_as_a_screen() -> None:
    assert not platform_check.no_display({"QT_QPA_PLATFORM": "offscreen"})
    assert not platform_check.no_display({"DISPLAY": ":0"})
    assert platform_check.no_display({})
