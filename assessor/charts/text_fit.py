"""Measuring and fitting chart text: widths in display pixels, wrapping a label to a
width (at spaces, after hyphens, inside a word only when it must), and tick labels that
fit their share of an axes. Every measurement goes through a renderer, so the fit is the
one the figure is drawn with, on screen and in print.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Literal

from matplotlib import text as mpl_text
from matplotlib.axes import Axes
from matplotlib.backend_bases import RendererBase
from matplotlib.backends.backend_agg import get_hinting_flag
from matplotlib.font_manager import FontProperties, findfont, get_font

BASE_FONT = 9.0


def pixels(renderer: RendererBase, points: float) -> float:
    """`points` as display pixels at the renderer's dpi."""
    return float(renderer.points_to_pixels(points))  # type: ignore[arg-type]  # stub is numpy-wide


# Measured text widths, by text, font, renderer kind and dpi: a measurement is matplotlib
# laying the string out with FreeType and HarfBuzz (about 0.2 ms a word, 1 ms a line), and
# every fit of every chart measures the same words again (two passes a draw, each size
# drawn at). A miss goes through matplotlib's own cache of text metrics, which the texts'
# `get_window_extent` reads, so a wrapped line is not measured twice with one renderer.
_WIDTHS: dict[tuple[object, ...], float] = {}
_WIDTHS_KEPT = 20_000
_METRICS: Any = getattr(mpl_text, "_get_text_metrics_with_cache", None)


def _font_key(font: FontProperties) -> tuple[object, ...]:
    # Not hash(font): a Text's FontProperties change in place (set_fontsize), and a hash
    # could collide; these are what the measurement depends on.
    return (tuple(font.get_family()), font.get_style(), font.get_variant(), font.get_weight(),
            font.get_stretch(), font.get_size_in_points(), font.get_file())


def text_width(renderer: RendererBase, text: str, font: FontProperties) -> float:
    dpi = pixels(renderer, 72.0)  # 72 pt: the dpi
    key = (text, _font_key(font), type(renderer), dpi)
    width = _WIDTHS.get(key)
    if width is None:
        if _METRICS is not None:
            measured, _, _ = _METRICS(renderer, text, font, False, dpi)
        else:
            measured, _, _ = renderer.get_text_width_height_descent(text, font, ismath=False)
        width = float(measured)
        if len(_WIDTHS) >= _WIDTHS_KEPT:
            _WIDTHS.clear()
        _WIDTHS[key] = width
    return width


# Character advances, by font and dpi: what a guess at a piece's width adds up (a few
# microseconds a character, no layout), so wrapping measures whole lines only.
_ADVANCES: dict[tuple[object, ...], dict[str, float]] = {}


def _advance_guess(renderer: RendererBase, font: FontProperties) -> Callable[[str], float]:
    """A close guess at a piece's measured width (within a pixel or two a line: kerning and
    the ink's edges are left out), from the font's hinted advances at the size drawn."""
    dpi = pixels(renderer, 72.0)
    key = (_font_key(font), dpi)
    advances = _ADVANCES.get(key)
    if advances is None:
        if len(_ADVANCES) >= 200:
            _ADVANCES.clear()
        advances = _ADVANCES.setdefault(key, {})
    face: Any = None

    def advance(char: str) -> float:
        nonlocal face
        found = advances.get(char)
        if found is None:
            if face is None:
                face = get_font(findfont(font))
                face.set_size(font.get_size_in_points(), dpi)
            try:
                hinting = get_hinting_flag()  # type: ignore[no-untyped-call]  # untyped in matplotlib
                found = face.load_char(ord(char), hinting).horiAdvance / 64
            except (RuntimeError, ValueError, OverflowError):
                found = font.get_size_in_points() * dpi / 72 * 0.6
            advances[char] = found
        return found

    def guess(piece: str) -> float:
        return sum(advance(char) for char in piece)

    return guess


def _longest_fitting(most: int, fits: Callable[[int], bool], guess: int) -> int:
    """The largest n in 0..most with fits(n), for a fits(n) that holds up to some n and not
    after it (a line only grows with each piece added). Starts from `guess` (from the
    pieces' own widths), so a line costs about two measurements, not one per piece; the
    answer is the one that trying one piece after another gives."""
    n = max(0, min(guess, most))
    if n and not fits(n):
        while n and not fits(n):
            n -= 1
        return n
    while n < most and fits(n + 1):
        n += 1
    return n


def _guess(widths: list[float], used: float, gap: float, width: float) -> int:
    """How many of `widths` fit after `used`, each after a `gap`: a guess, since a line's
    width is not quite the sum of its pieces'."""
    n = 0
    for piece in widths:
        used += gap + piece
        if used > width:
            break
        n += 1
    return n


def wrap_to_width(text: str, width: float, font: FontProperties,
                  renderer: RendererBase) -> str:
    """`text` broken into lines no wider than `width` pixels, at spaces; a word wider than
    the line on its own is broken between characters. Never shortened."""
    def measure(piece: str) -> float:
        return text_width(renderer, piece, font)

    # Guesses only say where to start measuring: the lines are the ones that measuring one
    # word after another gives, whatever the guess.
    guess = _advance_guess(renderer, font)
    space = guess(" ")
    lines: list[str] = []
    for paragraph in str(text).split("\n"):
        words = paragraph.split()
        sizes = [guess(word) for word in words]
        line, index = "", 0
        while index < len(words):
            if not line:
                if measure(words[index]) <= width:
                    line = words[index]
                else:  # a word too wide on its own: its last piece starts the line
                    *full, line = _break_word(words[index], width, font, renderer)
                    lines.extend(full)
                index += 1
                continue
            rest = words[index:]

            def extended(n: int, line: str = line, rest: list[str] = rest) -> str:
                return " ".join([line, *rest[:n]])

            taken = _longest_fitting(len(rest), lambda n: measure(extended(n)) <= width,
                                     _guess(sizes[index:], measure(line), space, width))
            line, index = extended(taken), index + taken
            if index < len(words):
                lines.append(line)
                line = ""
        lines.append(line)
    return "\n".join(lines)


def _break_word(word: str, width: float, font: FontProperties,
                renderer: RendererBase) -> list[str]:
    def measure(piece: str) -> float:
        return text_width(renderer, piece, font)

    sizes = [measure(char) for char in word]
    pieces: list[str] = []
    index = 0
    while index < len(word):
        start = index

        def fits(n: int, start: int = start) -> bool:
            return measure(word[start:start + 1 + n]) <= width

        # At least one character a piece, however wide.
        taken = 1 + _longest_fitting(len(word) - start - 1, fits,
                                     _guess(sizes[start + 1:], sizes[start], 0.0, width))
        pieces.append(word[start:start + taken])
        index += taken
    return pieces


def fit_tick_labels(ax: Axes, labels: list[str], share: float, renderer: RendererBase, *,
                    axis: Literal["x", "y"] = "y", size: float = BASE_FONT,
                    smallest: float = 6.5) -> None:
    """Wrap an axis' tick labels (y labels to `share` of the figure width, x labels to
    `share` of the axes width each) and make the type smaller, down to `smallest`, while
    the wrapped labels are taller (y) or wider (x) than the room between ticks."""
    ticks = ax.get_yticks() if axis == "y" else ax.get_xticks()
    if not len(ticks) or not labels:
        return
    figure = ax.get_figure(root=True)
    assert figure is not None
    if axis == "y":
        width = figure.bbox.width * share
        pitch = ax.bbox.height / max(len(labels), 1)
    else:
        width = ax.bbox.width * share
        pitch = ax.bbox.width / max(len(labels), 1)
    current = size
    while True:
        font = FontProperties(family="DejaVu Sans", size=current)
        if axis == "x":
            # Side by side, a name can only grow downwards: the type gets smaller until
            # every word (or hyphenated part) fits its column, so none is cut in two.
            wrapped = [_wrap_at_hyphens(label, max(width, 20.0), font, renderer)
                       for label in labels]
            widest = max(text_width(renderer, piece, font)
                         for label in labels for piece in _unbreakable(label))
            if widest <= max(width, 20.0) or current <= smallest:
                break
        else:
            wrapped = [wrap_to_width(label, max(width, 20.0), font, renderer)
                       for label in labels]
            tallest = max(_height(renderer, text, font) for text in wrapped)
            if tallest <= pitch * 0.92 or current <= smallest:
                break
        current -= 0.5
    if axis == "y":
        ax.set_yticks(ticks, wrapped)
    else:
        ax.set_xticks(ticks, wrapped)
    ax.tick_params(axis=axis, labelsize=current)


# Marks a break allowed after a hyphen inside a word; never drawn (taken out after wrapping).
_HYPHEN_BREAK = "\u200b"
_INNER_HYPHEN = re.compile(r"(?<=\S)-(?=\S)")


def _unbreakable(label: str) -> list[str]:
    """The pieces of `label` a line may not split: words, or their parts after a hyphen."""
    return [piece for word in label.split() for piece in re.split(r"(?<=-)", word) if piece]


def _wrap_at_hyphens(label: str, width: float, font: FontProperties,
                     renderer: RendererBase) -> str:
    """As wrap_to_width, but where a word is too wide for a line it is broken after a
    hyphen inside it ("Machine-" / "learning depth") rather than between two letters."""
    plain = wrap_to_width(label, width, font, renderer)
    if set(plain.split()) <= set(label.split()):  # no word was broken
        return plain
    marked = _INNER_HYPHEN.sub("-" + _HYPHEN_BREAK + " ", label)
    wrapped = wrap_to_width(marked, width, font, renderer)
    return wrapped.replace(_HYPHEN_BREAK + " ", "").replace(_HYPHEN_BREAK, "")


def _height(renderer: RendererBase, text: str, font: FontProperties) -> float:
    lines = text.count("\n") + 1
    _, height, _ = renderer.get_text_width_height_descent("Ag", font, ismath=False)
    return float(height) * (1.2 * (lines - 1) + 1)
