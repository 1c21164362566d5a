"""Drawn charts kept by what they show: a figure that says what it is drawn from
(`FittedFigure.picture_key`) is drawn once for each size and dpi, and any figure drawn
alike at that size is shown from the pixels kept (the ladder of any result at a rung
already drawn, since a ladder shows the career model and the rung, not the result).

Qt-free: the canvas (charts_access.ChartCanvas) and the off-screen warm-up both use it."""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

# Drawn pixels kept, newest used last: a ladder drawn at 612 x 546 is 1.3 MB (four times
# that at a device-pixel ratio of 2), and a person has a few rungs to look at, not dozens.
KEPT = 8

PictureKey = tuple[Any, int, int, float]


def picture_key(figure: Any, width: int, height: int) -> PictureKey | None:
    """What `figure` drawn at `width` x `height` physical pixels looks like, as a key (None
    for a figure that does not say what it is drawn from)."""
    drawn_from = getattr(figure, "picture_key", None)
    if drawn_from is None:
        return None
    return (drawn_from, width, height, float(figure.dpi))


class Pictures:
    """A few drawn images, by picture key; safe to use from the warm-up thread and the
    window's thread at once."""

    def __init__(self, kept: int = KEPT) -> None:
        self._kept = kept
        self._images: OrderedDict[PictureKey, bytes] = OrderedDict()
        self._lock = threading.Lock()

    def keep(self, key: PictureKey, renderer: Any) -> None:
        """Keep a copy of what `renderer` (an Agg renderer) has drawn: the canvas goes on
        drawing into its own renderer, so the pixels kept must be a copy."""
        image = bytes(renderer.buffer_rgba())
        with self._lock:
            self._images[key] = image
            self._images.move_to_end(key)
            while len(self._images) > self._kept:
                self._images.popitem(last=False)

    def renderer(self, key: PictureKey) -> Any:
        """A new Agg renderer holding the picture kept for `key`, or None."""
        with self._lock:
            image = self._images.get(key)
            if image is not None:
                self._images.move_to_end(key)
        if image is None:
            return None
        import numpy as np
        from matplotlib.backends.backend_agg import RendererAgg

        _, width, height, dpi = key
        made = RendererAgg(width, height, dpi)  # type: ignore[no-untyped-call]  # untyped in matplotlib
        pixels = np.asarray(made.buffer_rgba())  # type: ignore[no-untyped-call]  # likewise
        pixels[...] = np.frombuffer(image, dtype=np.uint8).reshape(height, width, 4)
        return made

    def __len__(self) -> int:
        with self._lock:
            return len(self._images)
