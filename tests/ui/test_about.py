"""The About box shows the version from its one source."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

import assessor
from assessor.ui.about import AboutDialog


def test_about_shows_the_package_version(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.adjustSize()  # as exec() would size it (showing a dialog offscreen warns)
    assert assessor.__version__ in dialog.version_label.text()
    assert dialog.height() >= 180  # the wrapped text gets its full height, nothing squashed
    dialog.grab().save("/tmp/about.png")
