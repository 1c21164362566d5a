"""The GUI tests' fixtures, for the hostile-text tests; kept apart so that the rest of
the robustness suite runs without importing the GUI."""

from __future__ import annotations

# The GUI tests' fixtures (the real main window over an isolated store, fake prompts), for
# the hostile-text GUI tests here.
from tests.ui.conftest import (  # noqa: F401
    collect_qt_garbage,
    make_window,
    prompts,
    store,
)
