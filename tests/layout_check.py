"""The layout check shared by the chart and GUI tests: draws a figure (or finds the figures
and text widgets in a window) and lists every way its text is not fit to show a client —
a text leaving its figure or its axes, two texts overlapping, a label drawn over a bar, a
marker cut at the plot's edge, a label shortened with "…" or elided by Qt.

Only what is actually drawn is checked: the figure is drawn with `Text.draw` recorded, so
hidden texts and tick labels outside the view count for nothing."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PathCollection
from matplotlib.figure import Figure
from matplotlib.text import Annotation, Text
from matplotlib.transforms import Bbox

ELLIPSES = ("…", "...")
TOLERANCE = 1.0  # pixels: anti-aliasing, not layout
# Sizes the check runs at: the GUI windows, and print (the figure as built, which the PDF
# and HTML reports scale to the page width).
WINDOW_SIZES = ((1024, 700), (1280, 800), (1920, 1080))


@contextlib.contextmanager
def recording_texts() -> Iterator[list[Text]]:
    drawn: list[Text] = []
    original = Text.draw

    def draw(self: Text, renderer: Any) -> None:
        if self.get_visible() and self.get_text().strip():
            drawn.append(self)
        original(self, renderer)

    Text.draw = draw  # type: ignore[method-assign]  # restored below; tests run serially
    try:
        yield drawn
    finally:
        Text.draw = original  # type: ignore[method-assign]


def _label(text: Text) -> str:
    return repr(" ".join(text.get_text().split())[:50])


def _in_data(text: Text) -> bool:
    """Texts placed at data positions belong inside their axes."""
    if text.axes is None:
        return False
    if isinstance(text, Annotation):
        return text.xycoords == "data"
    return text.get_transform() == text.axes.transData


def draw_recorded(figure: Figure) -> tuple[Any, list[Text]]:
    canvas = figure.canvas
    if not hasattr(canvas, "get_renderer"):
        canvas = FigureCanvasAgg(figure)
    with recording_texts() as drawn:
        canvas.draw()
    return canvas.get_renderer(), drawn


def figure_problems(figure: Figure, name: str = "figure") -> list[str]:
    """Everything wrong with the figure's layout at its current size and dpi."""
    renderer, drawn = draw_recorded(figure)
    problems: list[str] = []
    page = figure.bbox.padded(TOLERANCE)
    boxes: list[tuple[Text, Bbox]] = []
    for text in dict.fromkeys(drawn):  # drawn once per draw, but keep it unique
        box = text.get_window_extent(renderer)
        boxes.append((text, box))
        if any(mark in text.get_text() for mark in ELLIPSES):
            problems.append(f"{name}: {_label(text)} is shortened with an ellipsis")
        if not _contains(page, box):
            problems.append(f"{name}: {_label(text)} leaves the figure ({_where(box, page)})")
        elif _in_data(text) and text.axes is not None and \
                not _contains(text.axes.bbox.padded(TOLERANCE), box):
            problems.append(f"{name}: {_label(text)} leaves its axes "
                            f"({_where(box, text.axes.bbox)})")
    for index, (text, box) in enumerate(boxes):
        for other, other_box in boxes[index + 1:]:
            if _overlap(box, other_box):
                problems.append(f"{name}: {_label(text)} overlaps {_label(other)}")
    problems += _bar_problems(figure, boxes, name)
    problems += _marker_problems(figure, renderer, name)
    return problems


def _contains(outer: Bbox, inner: Bbox) -> bool:
    return bool(inner.x0 >= outer.x0 and inner.x1 <= outer.x1 and inner.y0 >= outer.y0
                and inner.y1 <= outer.y1)


def _where(box: Bbox, outer: Bbox) -> str:
    return (f"text {box.x0:.0f}..{box.x1:.0f} x {box.y0:.0f}..{box.y1:.0f}, "
            f"area {outer.x0:.0f}..{outer.x1:.0f} x {outer.y0:.0f}..{outer.y1:.0f}")


def _overlap(first: Bbox, second: Bbox) -> bool:
    width = min(first.x1, second.x1) - max(first.x0, second.x0)
    height = min(first.y1, second.y1) - max(first.y0, second.y0)
    return width > TOLERANCE and height > TOLERANCE


def _bar_problems(figure: Figure, boxes: list[tuple[Text, Bbox]], name: str) -> list[str]:
    """A label over a bar is unreadable unless it is drawn in white as part of the bar."""
    problems = []
    for ax in figure.axes:
        bars = [patch.get_window_extent() for container in ax.containers
                for patch in container if patch.get_width() > 0]  # type: ignore[attr-defined]
        for text, box in boxes:
            if text.axes is not ax or str(text.get_color()).upper() == "#FFFFFF":
                continue
            if any(_overlap(box, bar) for bar in bars):
                problems.append(f"{name}: {_label(text)} is drawn over a bar")
    return problems


def _marker_problems(figure: Figure, renderer: Any, name: str) -> list[str]:
    problems = []
    for ax in figure.axes:
        area = ax.bbox.padded(TOLERANCE)
        for collection in ax.collections:
            if not isinstance(collection, PathCollection) or not len(collection.get_sizes()):
                continue
            points = collection.get_offset_transform().transform(collection.get_offsets())
            for x, y in np.asarray(points):
                radius = renderer.points_to_pixels(np.sqrt(collection.get_sizes()[0]) / 2)
                marker = Bbox.from_extents(x - radius, y - radius, x + radius, y + radius)
                if not _contains(area, marker):
                    problems.append(f"{name}: a marker at ({x:.0f}, {y:.0f}) px is cut at the "
                                    "edge of the plot")
    return problems


def at_size(figure: Figure, width_px: float, height_px: float, scale: float = 1.0) -> Figure:
    """The figure as a Qt canvas of that many logical pixels shows it: 100 dpi, or 200 dpi
    on a 2× screen (the canvas multiplies the dpi by the device-pixel ratio)."""
    figure.set_dpi(100.0 * scale)
    # A chart whose rows must not be squeezed gets at least its own height (and scrolls).
    least = getattr(figure, "min_height", None) or 0.0
    figure.set_size_inches(width_px / 100.0, max(height_px / 100.0, least))
    return figure
