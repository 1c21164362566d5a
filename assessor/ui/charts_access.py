"""Lazy access to the Qt-free figure builders in assessor.charts and to matplotlib's Qt
canvas: neither is imported until the first chart is needed (or warmed in the background)."""

from __future__ import annotations

import contextvars
import importlib
import importlib.util
import threading
import weakref
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from assessor.core.i18n import current_language
from assessor.ui.chart_pictures import Pictures, may_keep_on_disk, picture_key


def _prepared_key(name: str, args: tuple[Any, ...],
                  dark: bool) -> tuple[str, str, bool, str] | None:
    """A figure of one whole result is the same figure whenever that result (known by its
    integrity hash) is drawn with the same palette in the same language."""
    if len(args) != 1:
        return None
    # A result dict, or its typed view (core/results/view.py), which carries the hash.
    sha = ((args[0].get("integrity") or {}).get("sha256") if isinstance(args[0], Mapping)
           else getattr(args[0], "sha256", None))
    return (name, str(sha), dark, current_language()) if sha else None


@dataclass(frozen=True)
class Place:
    """Where a chart will be shown: its scroll area's viewport in pixels, and the width a
    vertical scroll bar takes from it (shown when the figure's rows need more height)."""

    width: int
    height: int
    scroll_bar: int


@dataclass(frozen=True)
class DrawnImage:
    """A figure drawn off screen at the size its canvas will have: the canvas shows this
    image instead of drawing the same figure again, if its size and dpi are the same."""

    key: tuple[int, int, float]  # physical width, height and dpi, as the canvas keys them
    renderer: Any


class ChartFactory:
    """Builds figures by name (`ladder_figure`, `plane_figure`, …) from a module that is
    imported on first use; tests may pass a module object of their own."""

    def __init__(self, module_name: str = "assessor.charts", module: Any = None) -> None:
        self._module_name = module_name
        self._module = module
        self._lock = threading.Lock()
        self._warmer: threading.Thread | None = None
        self._asked = False
        self._prepared: dict[tuple[str, str, bool, str], Any] = {}
        self._prepared_lock = threading.Lock()
        # Figures handed out by build() that were drawn at their place on screen.
        self._images: weakref.WeakKeyDictionary[Any, DrawnImage] = weakref.WeakKeyDictionary()
        self.preparer: threading.Thread | None = None  # the latest prepare(), for tests
        # Drawn figures by what they show, for every canvas of this factory's figures (those
        # that show nothing of a person also for later sessions, in the cache folder).
        self.pictures = Pictures(on_disk=True)

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
                figure, image = prepared
                if image is not None:
                    self._images[figure] = image
                return figure
        builder = getattr(self._load(), name)
        return builder(*args, dark=dark)

    def drawn_image(self, figure: Any) -> DrawnImage | None:
        """The image of `figure` drawn off screen at its place, if build() gave a figure
        prepared so (once: a later draw of the figure is a draw)."""
        return self._images.pop(figure, None)

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

    def prepare(self, *samples: tuple[str, tuple[Any, ...]], dark: bool = False,
                places: Mapping[str, Place] | None = None,
                pictures_only: Sequence[tuple[str, tuple[Any, ...]]] = ()) -> None:
        """Build each sample figure (builder name, arguments) off screen, in the background,
        and draw it: that fills matplotlib's caches and the builders' own (the plane's
        ladder regions), and a figure of a whole result is kept for when that result is
        shown. A figure whose builder has a place (`places`) is drawn at the size it will
        have there, and its image is kept with it. Then each of `pictures_only` is drawn at
        its place the same way, for its picture only (`pictures`): the figure itself is not
        kept. Stops once a figure is asked for."""
        if (samples or pictures_only) and self.available() and not self._asked:
            # A thread starts in an empty context: it is given this one, so the figures it
            # builds are in the app's language, not the default.
            context = contextvars.copy_context()
            work = [(name, args, True) for name, args in samples] + \
                [(name, args, False) for name, args in pictures_only]
            self.preparer = threading.Thread(
                target=context.run, args=(self._prepare_quietly, work, dark, places or {}),
                name="prepare-charts", daemon=True)
            self.preparer.start()

    def _warm_quietly(self) -> None:
        try:
            self._load()
            if self._asked:
                # A figure is being built on the window's thread: the small one below would
                # only compete with it (fonts are loaded for each thread on its own).
                return
            from matplotlib.backends.backend_agg import FigureCanvasAgg
            from matplotlib.figure import Figure

            figure = Figure(figsize=(2, 1))
            figure.text(0.5, 0.5, "Assessor", fontweight="bold")
            FigureCanvasAgg(figure).draw()  # type: ignore[no-untyped-call]  # matplotlib is untyped here
        except Exception:  # noqa: S110 - warming is best effort; build() reports errors
            pass

    def _prepare_quietly(self, work: list[tuple[str, tuple[Any, ...], bool]],
                         dark: bool, places: Mapping[str, Place]) -> None:
        try:
            from matplotlib.backends.backend_agg import FigureCanvasAgg

            for name, args, kept in work:
                if self._asked:
                    return
                figure = getattr(self._load(), name)(*args, dark=dark)
                place = places.get(name)
                if place is not None:
                    _size_for(figure, place)
                canvas = FigureCanvasAgg(figure)
                canvas.draw()  # type: ignore[no-untyped-call]  # likewise
                size = canvas.get_width_height(physical=True)
                drawn = None if place is None else picture_key(figure, *size)
                if drawn is not None:
                    self.pictures.keep(drawn, canvas.renderer, on_disk=may_keep_on_disk(figure))
                if not kept:
                    continue
                image = None if place is None else DrawnImage((*size, figure.dpi),
                                                              canvas.renderer)
                key = _prepared_key(name, args, dark)
                if key is not None and not self._asked:
                    with self._prepared_lock:
                        self._prepared[key] = (figure, image)
        except Exception:  # noqa: S110 - best effort, like warming
            pass


def least_height(figure: Any) -> int:
    """Pixels below which the figure's rows would be cramped (0: none): the canvas' least
    height, scrolled when the view is lower. Inches at the figure's own dpi are the
    canvas' logical pixels at any scale."""
    return int((getattr(figure, "min_height", None) or 0) * figure.get_dpi())


def _size_for(figure: Any, place: Place) -> None:
    """The size the canvas gives the figure in that place, as the Qt canvas sets it (its
    widget's size over the figure's dpi): the viewport, or narrower by the scroll bar
    and as tall as the figure's least height where that is more than the viewport."""
    width, height = place.width, place.height
    least = least_height(figure)
    if least > height:
        width, height = width - place.scroll_bar, least
    dpi = figure.dpi
    figure.set_size_inches(width / dpi, height / dpi, forward=False)


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
            the best that can be done in that space (and a warning must not reach Qt).
            Its first draw shows the figure's image drawn off screen (`prepared`) when that
            was drawn at the canvas' size and dpi: the same figure drawn the same way. A
            figure that says what it is drawn from (its picture key) is shown from a picture
            of one drawn alike at this size (`pictures`), and its own picture kept so."""

            prepared: DrawnImage | None = None
            pictures: Pictures | None = None

            def draw(self) -> None:
                prepared, self.prepared = self.prepared, None
                size = self.get_width_height(physical=True)
                key = (*size, self.figure.dpi)
                if prepared is not None and key == prepared.key:
                    self._show(prepared.renderer, key)
                    return
                pictures = self.pictures
                drawn = None if pictures is None else picture_key(self.figure, *size)
                kept = None if pictures is None or drawn is None else pictures.renderer(drawn)
                if kept is not None:
                    self._show(kept, key)
                    self.update()  # as a draw asks Qt to paint (FigureCanvasQT.draw)
                    return
                with warnings.catch_warnings():
                    warnings.filterwarnings("ignore", message=".*constrained_layout not applied")
                    warnings.filterwarnings("ignore", message=".*axes sizes collapsed")
                    super().draw()  # type: ignore[no-untyped-call]
                if pictures is not None and drawn is not None:
                    pictures.keep(drawn, self.renderer, on_disk=may_keep_on_disk(self.figure))

            def _show(self, renderer: Any, key: tuple[int, int, float]) -> None:
                # Where FigureCanvasAgg.draw leaves its image, and the key its get_renderer()
                # reuses it by (for copy_from_bbox when painting).
                self.renderer = renderer
                self._lastKey = key

        _CANVAS = ChartCanvas
    return _CANVAS
