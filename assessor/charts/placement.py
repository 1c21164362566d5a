"""Placing point labels so that they avoid each other, the markers, the axes' edges and
whatever else is drawn inside the axes (measured at draw time, for the size drawn)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.backend_bases import RendererBase
from matplotlib.collections import PathCollection
from matplotlib.text import Annotation, Text
from matplotlib.transforms import Bbox

from assessor.charts.text_fit import pixels, text_width, wrap_to_width

GAP = 7.0  # points between a marker and its label
# (dx, dy) in units of GAP, horizontal and vertical alignment: nearest places first.
CANDIDATES: tuple[tuple[float, float, Any, Any], ...] = (
    (1, 0, "left", "center"), (-1, 0, "right", "center"),
    (0, 1.2, "center", "bottom"), (0, -1.2, "center", "top"),
    (1, 1, "left", "bottom"), (1, -1, "left", "top"),
    (-1, 1, "right", "bottom"), (-1, -1, "right", "top"),
    (1, 2, "left", "bottom"), (1, -2, "left", "top"),
    (-1, 2, "right", "bottom"), (-1, -2, "right", "top"),
    (0, 2.5, "center", "bottom"), (0, -2.5, "center", "top"),
    (1, 3.5, "left", "bottom"), (1, -3.5, "left", "top"),
    (-1, 3.5, "right", "bottom"), (-1, -3.5, "right", "top"),
)


@dataclass
class PointLabel:
    """A label for a point; `preferred` lists candidate indexes to try first."""

    annotation: Annotation
    source: str
    preferred: tuple[int, ...] = ()


def marker_boxes(ax: Axes, renderer: RendererBase) -> list[Bbox]:
    """The display boxes of every scatter marker in the axes."""
    boxes = []
    for collection in ax.collections:
        if not isinstance(collection, PathCollection):
            continue
        sizes = collection.get_sizes()
        offsets = collection.get_offset_transform().transform(collection.get_offsets())
        for index, (x, y) in enumerate(np.asarray(offsets)):
            size = float(sizes[index % len(sizes)]) if len(sizes) else 36.0
            radius = pixels(renderer, float(np.sqrt(size)) / 2.0) + 1.0
            boxes.append(Bbox.from_extents(x - radius, y - radius, x + radius, y + radius))
    return boxes


def _overlap(box: Bbox, others: Sequence[Bbox]) -> float:
    total = 0.0
    for other in others:
        width = min(box.x1, other.x1) - max(box.x0, other.x0)
        height = min(box.y1, other.y1) - max(box.y0, other.y0)
        if width > 0 and height > 0:
            total += width * height
    return total


def place_labels(ax: Axes, labels: Sequence[PointLabel], renderer: RendererBase, *,
                 wrap_share: float = 0.4, obstacles: Sequence[Text] = ()) -> float:
    """Put every label at the first candidate place that stays inside the axes and covers
    no marker, no earlier label and no obstacle; failing that, where it covers least.
    Returns the area (pixels) still covered: 0 when every label found a clear place."""
    inside = ax.get_window_extent(renderer).padded(-2.0)
    taken = marker_boxes(ax, renderer)
    taken += [t.get_window_extent(renderer) for t in obstacles
              if t.get_visible() and t.get_text()]
    gap = GAP
    covered = 0.0
    for label in labels:
        note = label.annotation
        # Never narrower than the longest word: a name breaks between words only.
        font = note.get_fontproperties()
        longest = max((text_width(renderer, word, font) for word in label.source.split()),
                      default=0.0)
        note.set_text(wrap_to_width(label.source, max(inside.width * wrap_share, 60.0,
                                                       longest + 1.0), font, renderer))
        order = list(label.preferred) + [i for i in range(len(CANDIDATES))
                                         if i not in label.preferred]
        best: tuple[float, int] | None = None
        for index in order:
            box = _try(note, CANDIDATES[index], gap, renderer)
            outside = (max(0.0, inside.x0 - box.x0) + max(0.0, box.x1 - inside.x1)
                       + max(0.0, inside.y0 - box.y0) + max(0.0, box.y1 - inside.y1))
            cost = _overlap(box, taken) + outside * 1000.0
            if best is None or cost < best[0]:
                best = (cost, index)
            if cost == 0:
                break
        assert best is not None
        covered += best[0]
        taken.append(_try(note, CANDIDATES[best[1]], gap, renderer))
    return covered


def _try(note: Annotation, candidate: tuple[float, float, Any, Any], gap: float,
         renderer: RendererBase) -> Bbox:
    dx, dy, ha, va = candidate
    note.xyann = (dx * gap, dy * gap)
    note.set_horizontalalignment(ha)
    note.set_verticalalignment(va)
    return note.get_window_extent(renderer)
