"""The system's light/dark choice: the first frame follows the one remembered from the
last start, and the platform is asked once that frame is up (see theme.SCHEME_FILE)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from assessor.core.paths import user_data_dir
from assessor.ui.theme import (
    SCHEME_FILE,
    apply_theme,
    check_system_scheme,
    dark_palette,
    remembered_dark,
)

Role = QPalette.ColorRole


@pytest.fixture
def app() -> Iterator[QApplication]:
    """The test application, given back with its own palette and style afterwards."""
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    palette, style = QPalette(instance.palette()), instance.style().name()
    yield instance
    instance.setStyle(QStyleFactory.create(style))
    instance.setPalette(palette)


def _scheme_file() -> Path:
    return user_data_dir() / SCHEME_FILE


def _is_dark(app: QApplication) -> bool:
    return app.palette().color(Role.Window).lightness() < 128


def _platform_wants_dark(app: QApplication) -> bool:
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def test_a_remembered_dark_choice_is_the_first_frame_and_the_platform_has_the_last_word(
        app: QApplication) -> None:
    if _is_dark(app):
        pytest.skip("the platform's own palette is dark: nothing of the app's to apply")
    user_data_dir().mkdir(parents=True, exist_ok=True)
    _scheme_file().write_text(json.dumps({"format": "assessor-ui-scheme/1", "dark": True}),
                              encoding="utf-8")
    assert apply_theme(app, "system", remembered_scheme=True) == "system"
    assert _is_dark(app)
    assert app.palette().color(Role.Window) == dark_palette().color(Role.Window)
    check_system_scheme(app, "system")
    wants_dark = _platform_wants_dark(app)
    assert _is_dark(app) == wants_dark
    assert remembered_dark() == wants_dark


def test_a_light_choice_is_remembered_by_writing_nothing(app: QApplication) -> None:
    before = app.palette().color(Role.Window)
    apply_theme(app, "system", remembered_scheme=True)
    assert app.palette().color(Role.Window) == before  # the platform's own palette, kept
    check_system_scheme(app, "system")
    if not _platform_wants_dark(app):
        assert not _scheme_file().exists()
        assert app.palette().color(Role.Window) == before


def test_a_chosen_theme_never_asks_the_platform(app: QApplication) -> None:
    apply_theme(app, "high-contrast", remembered_scheme=True)
    check_system_scheme(app, "high-contrast")
    assert app.palette().color(Role.Window).name() == "#000000"
    assert not _scheme_file().exists()


def test_a_damaged_scheme_file_counts_as_light() -> None:
    user_data_dir().mkdir(parents=True, exist_ok=True)
    _scheme_file().write_text("{not json", encoding="utf-8")
    assert remembered_dark() is False
    _scheme_file().write_text(json.dumps({"format": "assessor-ui-scheme/1", "dark": "yes"}),
                              encoding="utf-8")
    assert remembered_dark() is False
    _scheme_file().write_text(json.dumps({"dark": True}), encoding="utf-8")  # no format
    assert remembered_dark() is False


def test_a_newer_scheme_file_is_neither_read_nor_overwritten(app: QApplication) -> None:
    user_data_dir().mkdir(parents=True, exist_ok=True)
    newer = json.dumps({"format": "assessor-ui-scheme/2", "dark": True, "contrast": "more"})
    _scheme_file().write_text(newer, encoding="utf-8")
    assert remembered_dark() is False
    check_system_scheme(app, "system")
    assert _scheme_file().read_text(encoding="utf-8") == newer


def test_a_scheme_that_cannot_be_remembered_is_no_failure(
        app: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    def read_only(*_args: object, **_kwargs: object) -> None:
        raise OSError(30, "Read-only file system")

    user_data_dir().mkdir(parents=True, exist_ok=True)
    _scheme_file().write_text(json.dumps({"format": "assessor-ui-scheme/1",
                                          "dark": not _platform_wants_dark(app)}),
                              encoding="utf-8")
    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    check_system_scheme(app, "system")  # wants to write the new choice: cannot, goes on
    assert _is_dark(app) == _platform_wants_dark(app)
