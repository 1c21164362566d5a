"""Lazy access to the Qt-free figure builders in assessor.charts and to matplotlib's Qt
canvas: neither is imported until the first chart is needed (or warmed in the background)."""

from __future__ import annotations

import importlib
import importlib.util
import threading
from typing import Any


class ChartFactory:
    """Builds figures by name (`ladder_figure`, `plane_figure`, …) from a module that is
    imported on first use; tests may pass a module object of their own."""

    def __init__(self, module_name: str = "assessor.charts", module: Any = None) -> None:
        self._module_name = module_name
        self._module = module
        self._lock = threading.Lock()

    def available(self) -> bool:
        if self._module is not None:
            return True
        try:
            return importlib.util.find_spec(self._module_name) is not None
        except (ImportError, ValueError):
            return False

    def _load(self) -> Any:
        with self._lock:
            if self._module is None:
                self._module = importlib.import_module(self._module_name)
            return self._module

    def build(self, name: str, *args: Any, dark: bool = False) -> Any:
        """A matplotlib Figure; raises whatever the builder raises."""
        builder = getattr(self._load(), name)
        return builder(*args, dark=dark)

    def warm(self) -> None:
        """Import the chart code and matplotlib in a background thread, so the first
        results page does not wait for it. Safe to call repeatedly."""
        if self._module is not None or not self.available():
            return
        threading.Thread(target=self._warm_quietly, name="warm-charts", daemon=True).start()

    def _warm_quietly(self) -> None:
        try:
            self._load()
            importlib.import_module("matplotlib.figure")
        except Exception:  # noqa: S110 - warming is best effort; build() reports errors
            pass


_CANVAS: Any = None


def canvas_class() -> Any:
    """matplotlib's Qt canvas, imported on first use only."""
    global _CANVAS  # noqa: PLW0603 - a cache of a class made on first use, not state
    if _CANVAS is None:
        import warnings

        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        class ChartCanvas(FigureCanvasQTAgg):
            """The Qt canvas, quiet when a window is made too narrow for a chart's layout:
            matplotlib then warns on every paint and draws the chart unadjusted, which is
            the best that can be done in that space (and a warning must not reach Qt)."""

            def draw(self) -> None:
                with warnings.catch_warnings():
                    warnings.filterwarnings("ignore", message=".*constrained_layout not applied")
                    warnings.filterwarnings("ignore", message=".*axes sizes collapsed")
                    super().draw()  # type: ignore[no-untyped-call]

        _CANVAS = ChartCanvas
    return _CANVAS
