"""Agg reads its fonts from memory instead of through a Python file object.

matplotlib opens a font by path as a Python file object, and FreeType reads every glyph's
outline and metrics through it: each read a Python `seek` and `read` on a buffered file,
with a system call whenever the glyph lies outside the buffer. Text is laid out and
measured anew for every piece (raqm and HarfBuzz load each glyph, then matplotlib loads it
again), so those reads were 1.24 of the 4.87 billion machine instructions of a fresh process
that imports the charts and builds and draws one ladder (valgrind's callgrind), besides
their system calls. The same bytes read from an in-memory file give FreeType the same data:
the same outlines, hinting, advances and kerning, so the same measurements and pixels, with
a fraction of the cost a read. And Agg gives each glyph it draws its font's size again,
which makes FreeType run the font's size program again: a size already given is not given
again (`_SizedOnce`).

Only Agg's renderer (the GUI's canvas and every chart's measuring) gets these fonts, through
its `_prepare_font`. Everything else keeps matplotlib's own: the PDF and PS backends embed a
font by its `fname`, which for an in-memory font is the file object, not the path.

Imported by `assessor/charts/__init__.py`; a matplotlib whose font loading this module does
not know (another version) is left as it is.
"""

from __future__ import annotations

import io
import os
import threading
from functools import lru_cache
from typing import Any

import matplotlib as mpl
from matplotlib import cbook, font_manager, ft2font
from matplotlib.backends.backend_agg import RendererAgg

# What this replaces, as matplotlib 3.11 has it; anything else is left alone.
_KNOWN = ("_get_font", "_cached_realpath", "FontPath", "fontManager")


@lru_cache(16)
def _font_bytes(path: str) -> bytes:
    with open(path, "rb") as file:
        return file.read()


def _opened(path: str, **options: Any) -> Any:
    # A BytesIO made from bytes shares them: each font gets its own position, not a copy.
    return ft2font.FT2Font(io.BytesIO(_font_bytes(path)), **options)


# matplotlib's private helpers (not in its stubs).
_fonts: Any = font_manager


@lru_cache(64)
def _get_font(font_filepaths: tuple[tuple[str, int], ...], *, _kerning_factor: int,
              thread: int, enable_last_resort: bool) -> tuple[Any, tuple[Any, ...]]:
    """matplotlib's `font_manager._get_font`, step for step, each font opened from memory;
    with the font, its fallbacks. `thread` only keys the cache, as matplotlib's does: a
    font is used by one thread."""
    (first_fontpath, first_fontindex), *rest = font_filepaths
    fallback_list = [_opened(fpath, face_index=index, _kerning_factor=_kerning_factor)
                     for fpath, index in rest]
    last_resort_path = _fonts._cached_realpath(
        cbook._get_data_path("fonts", "ttf", "LastResortHE-Regular.ttf"))
    try:
        last_resort_index = font_filepaths.index((last_resort_path, 0))
    except ValueError:
        last_resort_index = -1
        if enable_last_resort:
            fallback_list.append(_opened(last_resort_path, _kerning_factor=_kerning_factor,
                                         _warn_if_used=True))
            last_resort_index = len(fallback_list)
    font = _opened(first_fontpath, face_index=first_fontindex, _fallback_list=fallback_list,
                   _kerning_factor=_kerning_factor)
    if last_resort_index == 0:
        font.set_charmap(0)
    elif last_resort_index > 0:
        fallback_list[last_resort_index - 1].set_charmap(0)
    return font, tuple(fallback_list)


# The size each font made here was last given, by id (with the font, so the id stays its
# own, and its fallbacks, which the font's set_size sizes too). Agg draws text a glyph at a
# time and gives each glyph's font its size again (FreeType then runs the font's size
# program once more, a fifth of drawing a ladder): the same size again is left as it is.
_SIZES_KEPT = 256
_sizes: dict[int, list[Any]] = {}


def _forget_sizes() -> None:
    _get_font.cache_clear()
    _sizes.clear()


# As matplotlib's own: FreeType's objects must not cross a fork.
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_sizes)


def get_font(font_filepaths: list[Any]) -> Any:
    """matplotlib's `font_manager.get_font` for what `_find_fonts_by_props` gives. Only Agg
    sizes these fonts, and only through `_set_size`: a size given any other way would not be
    known here, and the next glyph of that size would be drawn at the other."""
    font_path = font_manager.FontPath
    paths = tuple((_fonts._cached_realpath(fname.path), fname.face_index)
                  if isinstance(fname, font_path) else (_fonts._cached_realpath(fname), 0)
                  for fname in font_filepaths)
    font, fallbacks = _get_font(paths, _kerning_factor=mpl.rcParams["text.kerning_factor"],
                                thread=threading.get_ident(),
                                enable_last_resort=mpl.rcParams["font.enable_last_resort"])
    if len(_sizes) >= _SIZES_KEPT:
        _sizes.clear()  # every size unknown: the next set_size of each is made
    for each in (font, *fallbacks):
        _sizes.setdefault(id(each), [each, None, ()])
    _sizes[id(font)][2] = fallbacks
    font._set_transform([[0x10000, 0], [0, 0x10000]], [0, 0])
    return font


def _set_size(font: Any, size: float, dpi: float, *, again: bool = True) -> None:
    """`font.set_size(size, dpi)`; for a font made here, not `again` if it has that size."""
    entry = _sizes.get(id(font))
    ours = entry is not None and entry[0] is font
    if ours and not again and entry[1] == (size, dpi):  # type: ignore[index]  # ours: an entry
        return
    font.set_size(size, dpi)
    if ours:
        for each in (font, *entry[2]):  # type: ignore[index]  # ours: an entry
            known = _sizes.get(id(each))
            if known is not None and known[0] is each:
                known[1] = (size, dpi)


class _SizedOnce:
    """A glyph's font as Agg's glyph drawing uses it, giving it a size only when it changes;
    each set_size there is followed by its transform, so that is set as before."""

    __slots__ = ("_font",)

    def __init__(self, font: Any) -> None:
        self._font = font

    def set_size(self, size: float, dpi: float) -> None:
        _set_size(self._font, size, dpi, again=False)

    def _set_transform(self, matrix: Any, delta: Any) -> None:
        self._font._set_transform(matrix, delta)

    def _render_glyph(self, glyph: int, flags: Any, mode: Any) -> Any:
        return self._font._render_glyph(glyph, flags, mode)


_DRAW_GLYPHS: Any = RendererAgg._draw_text_glyphs_and_boxes


def _draw_text_glyphs_and_boxes(self: Any, *drawn: Any) -> None:
    """RendererAgg's (gc, x, y, angle, glyphs, boxes), with each glyph's font sized only
    when its size changes."""
    *where, glyphs, boxes = drawn
    _DRAW_GLYPHS(self, *where, ((_SizedOnce(font), *rest) for font, *rest in glyphs), boxes)


def _prepare_font(self: Any, font_prop: Any) -> Any:
    """RendererAgg's `_prepare_font`, with the font from memory."""
    font = get_font(font_manager.fontManager._find_fonts_by_props(font_prop))
    font.clear()
    # Always made here: matplotlib's get_font leaves the font another transform.
    _set_size(font, font_prop.get_size_in_points(), self.dpi)
    return font


# matplotlib's own, for the tests that compare the two.
MATPLOTLIBS_PREPARE_FONT = RendererAgg._prepare_font


def _install() -> bool:
    if not mpl.__version__.startswith("3.11.") or \
            not all(hasattr(font_manager, name) for name in _KNOWN) or \
            not hasattr(RendererAgg, "_prepare_font"):
        return False
    renderer: Any = RendererAgg  # _prepare_font is private, so not in matplotlib's stubs
    renderer._prepare_font = _prepare_font
    renderer._draw_text_glyphs_and_boxes = _draw_text_glyphs_and_boxes
    return True


INSTALLED = _install()
