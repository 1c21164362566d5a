"""Ladder layouts kept between sessions, in the user's cache folder.

Laying a ladder out measures every word of its rungs with FreeType and HarfBuzz, at three
sizes for each figure: on the first result shown after a start, that is most of the time
its ladder takes (the role map's is the rest). A layout is a function of the ladder's
texts (the career model's, in the language in use), the rung reached, the size in pixels
and the dpi, so it is kept on disk by those and laid out again from there next time.
Nothing of a person is kept: a ladder shows the career model and the rung, not a result
(the role map, which does show the result, is never kept).

What a layout also depends on (matplotlib's version, the fonts it finds, the text settings
that move glyphs, and this code) names the folder: anything else gives another folder,
and the folders of other versions are removed. A file is written whole or not at all
(`core/cache_folder.py`), read only when it is what this version writes for this very key,
and ignored (and removed) otherwise. At most KEPT files are kept.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sys
import threading
from pathlib import Path
from typing import Any

from assessor.core.cache_folder import version_folder, write_kept

FORMAT = 1
KEPT = 400  # files (a few hundred bytes each): a person sees a few rungs at a few sizes
_PREFIX = "ladder-layouts-"
# Sources whose code decides a layout: a change in any gives another folder.
_SOURCES = ("ladder.py", "text_fit.py", "theme.py", "kept_layouts.py")
# matplotlib settings that move or size glyphs.
_TEXT_SETTINGS = ("text.hinting", "text.hinting_factor", "text.kerning_factor",
                  "text.antialiased", "text.language", "font.family")

_lock = threading.Lock()
_versions: list[str] = []  # worked out once a process (it reads the sources and fonts)


def _digest() -> str:
    import matplotlib as mpl
    from matplotlib.font_manager import FontProperties, findfont

    from assessor import __version__

    digest = hashlib.sha256(f"{FORMAT} {__version__} {mpl.__version__}".encode())
    here = Path(__file__).resolve().parent
    for name in _SOURCES:
        try:
            digest.update((here / name).read_bytes())
        except OSError:  # a bundle ships compiled modules only: its build says which below
            digest.update(f"{name} not at hand".encode())
    if getattr(sys, "frozen", False):  # each build of a bundle is a program of its own
        program = Path(sys.executable).stat()
        digest.update(repr((program.st_size, program.st_mtime_ns)).encode())
    settings: Any = mpl.rcParams
    for setting in _TEXT_SETTINGS:
        digest.update(repr((setting, settings.get(setting))).encode())
    for weight in ("normal", "bold"):
        font = Path(findfont(FontProperties(family="DejaVu Sans", weight=weight)))
        found = font.stat()
        digest.update(repr((str(font), found.st_size, found.st_mtime_ns)).encode())
    return digest.hexdigest()[:24]


def version() -> str:
    """What a layout (or a ladder's picture) depends on besides its key, as a digest."""
    with _lock:
        if not _versions:
            _versions.append(_digest())
        return _versions[0]


def folder() -> Path:
    """Where this version keeps its layouts (inside the user's cache folder, as it is now)."""
    return version_folder(_PREFIX, version())


def _file(key: tuple[object, ...]) -> tuple[Path, str]:
    said = repr(key)
    return folder() / f"{hashlib.sha256(said.encode()).hexdigest()[:32]}.json", said


def read(key: tuple[object, ...]) -> dict[str, Any] | None:
    """The layout kept for `key` (made only of texts, numbers and tuples), or None."""
    try:
        path, said = _file(key)
        kept = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    if isinstance(kept, dict) and kept.get("key") == said and isinstance(kept.get("layout"),
                                                                          dict):
        layout: dict[str, Any] = kept["layout"]
        return layout
    with contextlib.suppress(OSError):
        path.unlink()  # not what this version writes: it would only be read again
    return None


def keep(key: tuple[object, ...], layout: dict[str, Any]) -> None:
    """Keep `layout` (JSON-able) for `key`; best effort: a cache that cannot be written is
    a cache without that entry."""
    try:
        path, said = _file(key)
        data = json.dumps({"key": said, "layout": layout}).encode("utf-8")
    except (OSError, ValueError, TypeError):
        return
    write_kept(path, data, prefix=_PREFIX, kept=KEPT)
