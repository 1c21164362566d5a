"""Drawn charts kept by what they show: a figure that says what it is drawn from
(`FittedFigure.picture_key`) is drawn once for each size and dpi, and any figure drawn
alike at that size is shown from the pixels kept (the ladder of any result at a rung
already drawn, since a ladder shows the career model and the rung, not the result).

A picture of a figure that shows nothing of a person (`FittedFigure.shows_no_person`: the
ladder) is also kept in the user's cache folder, so a later session shows it without
drawing it: in a folder named by what drawing depends on besides the key (matplotlib,
the fonts, the chart code: `charts.kept_layouts.version`), written aside and renamed,
read only when its header is this very key and its size the picture's, at most
KEPT_ON_DISK files. A person's own charts (the role map, their scores) are never written.

Qt-free: the canvas (charts_access.ChartCanvas) and the off-screen warm-up both use it."""

from __future__ import annotations

import contextlib
import hashlib
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any

from assessor.core.cache_folder import version_folder, write_kept

# Drawn pixels kept, newest used last: a ladder drawn at 612 x 546 is 1.3 MB (four times
# that at a device-pixel ratio of 2), and a person has a few rungs to look at, not dozens.
KEPT = 8
KEPT_ON_DISK = 24  # files, the older going first: 31 MB at most at 612 x 546
FORMAT = 1

PictureKey = tuple[Any, int, int, float]


def picture_key(figure: Any, width: int, height: int) -> PictureKey | None:
    """What `figure` drawn at `width` x `height` physical pixels looks like, as a key (None
    for a figure that does not say what it is drawn from)."""
    drawn_from = getattr(figure, "picture_key", None)
    if drawn_from is None:
        return None
    return (drawn_from, width, height, float(figure.dpi))


def may_keep_on_disk(figure: Any) -> bool:
    """The figure's picture may be written to the cache folder: it shows nothing of a
    person (said by the figure's builder)."""
    return getattr(figure, "shows_no_person", False) is True


class Pictures:
    """A few drawn images, by picture key; safe to use from the warm-up thread and the
    window's thread at once."""

    def __init__(self, kept: int = KEPT, *, on_disk: bool = False) -> None:
        """`on_disk`: pictures kept with `on_disk=True` also go to the cache folder, and a
        picture not in memory is looked for there."""
        self._kept = kept
        self._on_disk = on_disk
        self._images: OrderedDict[PictureKey, bytes] = OrderedDict()
        self._lock = threading.Lock()

    def keep(self, key: PictureKey, renderer: Any, *, on_disk: bool = False) -> None:
        """Keep a copy of what `renderer` (an Agg renderer) has drawn: the canvas goes on
        drawing into its own renderer, so the pixels kept must be a copy. `on_disk`: the
        figure drawn shows nothing of a person (`may_keep_on_disk`)."""
        image = bytes(renderer.buffer_rgba())
        self._remember(key, image)
        if on_disk and self._on_disk:
            _write(key, image)

    def _remember(self, key: PictureKey, image: bytes) -> None:
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
        _, width, height, dpi = key
        if image is None and self._on_disk:
            image = _read(key, width * height * 4)
            if image is not None:
                self._remember(key, image)
        if image is None:
            return None
        import numpy as np
        from matplotlib.backends.backend_agg import RendererAgg

        made = RendererAgg(width, height, dpi)  # type: ignore[no-untyped-call]  # untyped in matplotlib
        pixels = np.asarray(made.buffer_rgba())  # type: ignore[no-untyped-call]  # likewise
        pixels[...] = np.frombuffer(image, dtype=np.uint8).reshape(height, width, 4)
        return made

    def __len__(self) -> int:
        with self._lock:
            return len(self._images)


_PREFIX = "ladder-pictures-"


def disk_folder() -> Path:
    """Where this version's pictures are kept (charts are loaded by then: it asks them)."""
    from assessor.charts.kept_layouts import version

    return version_folder(_PREFIX, f"{FORMAT}-{version()}")


def _file(key: PictureKey) -> tuple[Path, bytes]:
    header = repr(key).encode() + b"\n"
    return disk_folder() / f"{hashlib.sha256(header).hexdigest()[:32]}.rgba", header


def _read(key: PictureKey, size: int) -> bytes | None:
    try:
        path, header = _file(key)
        kept = path.read_bytes()
    except (OSError, ValueError, TypeError):
        return None
    if kept.startswith(header) and len(kept) == len(header) + size:
        return kept[len(header):]
    with contextlib.suppress(OSError):
        path.unlink()  # not this key's picture, or cut short: it would only be read again
    return None


def _write(key: PictureKey, image: bytes) -> None:
    """Best effort: a cache folder that cannot be written keeps nothing."""
    try:
        path, header = _file(key)
    except (OSError, ValueError, TypeError):
        return
    write_kept(path, header + image, prefix=_PREFIX, kept=KEPT_ON_DISK)
