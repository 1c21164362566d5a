"""Lazy access to the Qt-free figure builders in assessor.charts and to matplotlib's Qt
canvas: neither is imported until the first chart is needed (or warmed in the background)."""

from __future__ import annotations

import importlib
import importlib.util
import threading
from collections.abc import Mapping
from typing import Any


def _prepared_key(name: str, args: tuple[Any, ...], dark: bool) -> tuple[str, str, bool] | None:
    """A figure of one whole result is the same figure whenever that result (known by its
    integrity hash) is drawn with the same palette."""
    if len(args) != 1:
        return None
    # A result dict, or its typed view (core/results/view.py), which carries the hash.
    sha = ((args[0].get("integrity") or {}).get("sha256") if isinstance(args[0], Mapping)
           else getattr(args[0], "sha256", None))
    return (name, str(sha), dark) if sha else None


class ChartFactory:
    """Builds figures by name (`ladder_figure`, `plane_figure`, …) from a module that is
    imported on first use; tests may pass a module object of their own."""

    def __init__(self, module_name: str = "assessor.charts", module: Any = None) -> None:
        self._module_name = module_name
        self._module = module
        self._lock = threading.Lock()
        self._warmer: threading.Thread | None = None
        self._asked = False
        self._prepared: dict[tuple[str, str, bool], Any] = {}
        self._prepared_lock = threading.Lock()
        self.preparer: threading.Thread | None = None  # the latest prepare(), for tests

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
        self._asked = True  # a person is waiting: background samples stop competing
        key = _prepared_key(name, args, dark)
        if key is not None:
            with self._prepared_lock:
                prepared = self._prepared.pop(key, None)  # a figure goes to one canvas only
            if prepared is not None:
                return prepared
        builder = getattr(self._load(), name)
        return builder(*args, dark=dark)

    def warm(self) -> None:
        """Import the chart code and matplotlib, and draw one small figure with text (which
        loads the fonts), in a background thread, so the first results page does not wait
        for it. Safe to call repeatedly: only the first call warms."""
        if self._warmer is not None or not self.available():
            return
        self._warmer = threading.Thread(target=self._warm_quietly, name="warm-charts",
                                        daemon=True)
        self._warmer.start()

    @property
    def is_warm(self) -> bool:
        """The background warm-up has finished (or there was none to do)."""
        return self._warmer is None or not self._warmer.is_alive()

    def prepare(self, *samples: tuple[str, tuple[Any, ...]], dark: bool = False) -> None:
        """Build each sample figure (builder name, arguments) off screen, in the background,
        and draw it: that fills matplotlib's caches and the builders' own (the plane's
        ladder regions), and a figure of a whole result is kept for when that result is
        shown. Stops once a figure is asked for."""
        if samples and self.available() and not self._asked:
            self.preparer = threading.Thread(target=self._prepare_quietly, args=(samples, dark),
                                             name="prepare-charts", daemon=True)
            self.preparer.start()

    def _warm_quietly(self) -> None:
        try:
            self._load()
            from matplotlib.backends.backend_agg import FigureCanvasAgg
            from matplotlib.figure import Figure

            figure = Figure(figsize=(2, 1))
            figure.text(0.5, 0.5, "Assessor", fontweight="bold")
            FigureCanvasAgg(figure).draw()  # type: ignore[no-untyped-call]  # matplotlib is untyped here
        except Exception:  # noqa: S110 - warming is best effort; build() reports errors
            pass

    def _prepare_quietly(self, samples: tuple[tuple[str, tuple[Any, ...]], ...],
                         dark: bool) -> None:
        try:
            from matplotlib.backends.backend_agg import FigureCanvasAgg

            for name, args in samples:
                if self._asked:
                    return
                figure = getattr(self._load(), name)(*args, dark=dark)
                FigureCanvasAgg(figure).draw()  # type: ignore[no-untyped-call]  # likewise
                key = _prepared_key(name, args, dark)
                if key is not None and not self._asked:
                    with self._prepared_lock:
                        self._prepared[key] = figure
        except Exception:  # noqa: S110 - best effort, like warming
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
