"""The career ladder: rungs lowest at the bottom, each rung's name and description wrapped
inside it, rows as tall as their text, laid out again for every size it is drawn at."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from matplotlib.backend_bases import RendererBase
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.figure import Figure
from matplotlib.patches import FancyBboxPatch
from matplotlib.text import Text

from assessor.charts import kept_layouts
from assessor.charts.text_fit import BASE_FONT, pixels, wrap_to_width
from assessor.charts.theme import (
    WIDTH,
    FittedFigure,
    Theme,
    finish,
    hide_axes,
    literal_text,
    measuring_renderer,
    message_figure,
    theme,
)
from assessor.core.i18n import N_, _
from assessor.core.results.view import ResultView, Rung

NO_MODEL = N_("This questionnaire has no career model, so there is no ladder or role map to "
              "show.")
# Type shrinks in these steps when the rungs do not fit the height they are given.
SCALES = (1.0, 0.92, 0.84, 0.76, 0.7)
LABEL_SHARE = 0.3  # at most this share of the width for the rung names
NARROW = 4.5  # inches: the ladder's width beside the role map in a 1024-pixel window
FITS_KEPT = 256  # ladder layouts kept (each a few hundred bytes)


@dataclass
class _Rung:
    patch: FancyBboxPatch
    label: Text
    note: Text
    label_source: str
    note_source: str


# What a text is left as by a fit: its text, type size and position.
_Placed = tuple[str, float, tuple[float, float]]


@dataclass(frozen=True)
class _Fitted:
    """A ladder's layout at one size: what fit() leaves every artist as."""

    needed_height: float
    texts: tuple[_Placed, ...]  # heading, subtitle, then each rung's label and note
    boxes: tuple[tuple[float, float, float, float], ...]  # each rung's patch
    rounding: float


# Layouts measured with Agg, by what the ladder says (its texts and the rung reached), its
# size in pixels and the dpi: a layout is a function of these, and every result at one rung
# of one model has the same ladder, laid out again for each figure (three sizes each).
_FITS: dict[tuple[object, ...], _Fitted] = {}


class _LadderLayout:
    def __init__(self, figure: FittedFigure, heading: Text, subtitle: Text,
                 rungs: list[_Rung], says: tuple[object, ...]) -> None:
        """`says`: all the ladder's texts are made from (a key: equal for equal texts)."""
        self.figure = figure
        self.heading = heading
        self.subtitle = subtitle
        self.rungs = rungs  # highest rung first
        self.says = says
        self.needed_height = 0.0  # pixels the ladder needs at the current width
        self.sources = {id(heading): str(heading.get_text()),
                        id(subtitle): str(subtitle.get_text())}

    def _texts(self) -> list[Text]:
        return [self.heading, self.subtitle,
                *(text for rung in self.rungs for text in (rung.label, rung.note))]

    def fit(self, renderer: RendererBase) -> None:
        width, height = self.figure.bbox.width, self.figure.bbox.height
        ax = self.heading.axes
        assert ax is not None
        ax.set_xlim(0, width)
        ax.set_ylim(0, height)
        # Agg's only: a PDF or SVG renderer measures as its settings say (a report draws
        # each figure once anyway).
        key = (self.says, width, height, pixels(renderer, 72.0))
        kept = type(renderer) is RendererAgg
        fitted = _FITS.get(key) if kept else None
        if fitted is None and kept:
            fitted = _from_disk(key, len(self.rungs))  # laid out in an earlier session
            if fitted is not None:
                _remember(key, fitted)
        if fitted is None:
            self._fit(renderer, width, height)
            if not kept:
                return
            fitted = _Fitted(
                self.needed_height,
                tuple((str(t.get_text()), float(t.get_fontsize()),
                       (float(t.get_position()[0]), float(t.get_position()[1])))
                      for t in self._texts()),
                tuple((float(r.patch.get_x()), float(r.patch.get_y()),
                       float(r.patch.get_width()), float(r.patch.get_height()))
                      for r in self.rungs),
                4 * pixels(renderer, 1.0))
            _remember(key, fitted)
            kept_layouts.keep(key, _as_kept(fitted))
            return
        # The same texts at the same size: left as a fit leaves them, without measuring.
        self.needed_height = fitted.needed_height
        for text, (shown, size, position) in zip(self._texts(), fitted.texts, strict=True):
            text.set_text(shown)
            text.set_fontsize(size)
            text.set_position(position)
        for rung, bounds in zip(self.rungs, fitted.boxes, strict=True):
            rung.patch.set_bounds(*bounds)
            rung.patch.set_boxstyle("round", pad=0, rounding_size=fitted.rounding)

    def _fit(self, renderer: RendererBase, width: float, height: float) -> None:
        point = pixels(renderer, 1.0)
        pad, inner, gap = 6 * point, 7 * point, 4 * point
        room = max(width - 2 * pad, 60.0)
        top = height - pad
        for text in (self.heading, self.subtitle):
            text.set_position((pad, top))
            source = self.sources[id(text)]
            text.set_text(wrap_to_width(source, room, text.get_fontproperties(), renderer))
            top -= text.get_window_extent(renderer).height + 2 * point
        top -= 4 * point
        available = top - pad
        label_column, rows = self._largest_fitting(renderer, room, inner, gap, available)
        used = sum(rows) + gap * (len(rows) - 1)
        self.needed_height = used + (height - available)
        # Spare height makes the rungs roomier, up to a point: a ladder, not a wall.
        spare = max(0.0, available - used) / max(len(rows), 1)
        spare = min(spare, 18 * point)
        y = top
        for rung, needed in zip(self.rungs, rows, strict=True):
            row = needed + spare
            rung.patch.set_bounds(pad, y - row, room, row)
            rung.patch.set_boxstyle("round", pad=0, rounding_size=4 * point)
            middle = y - row / 2
            rung.label.set_position((pad + inner, middle))
            rung.note.set_position((pad + label_column + 2 * inner, middle))
            y -= row + gap

    def _largest_fitting(self, renderer: RendererBase, room: float, inner: float, gap: float,
                         available: float) -> tuple[float, list[float]]:
        """The rungs wrapped at the largest of SCALES whose rows fit `available`, or at the
        smallest when none does. Type only shrinks the rows (smaller type wraps to as few
        lines or fewer, each less tall), so once the smallest is found too tall, the sizes
        between are not tried: a narrow ladder wraps three times, not five."""
        def tried(scale: float) -> tuple[bool, tuple[float, list[float]]]:
            wrapped = self._wrap(renderer, scale, room, inner)
            rows = wrapped[1]
            return sum(rows) + gap * (len(rows) - 1) <= available, wrapped

        smallest = SCALES[-1]
        for scale in SCALES[:2]:
            fits, wrapped = tried(scale)
            if fits:
                return wrapped
        fits, wrapped = tried(smallest)
        if not fits:
            return wrapped
        for scale in SCALES[2:-1]:
            fits, wrapped = tried(scale)
            if fits:
                return wrapped
        return tried(smallest)[1]  # the texts are left wrapped at the size chosen

    def _wrap(self, renderer: RendererBase, scale: float, room: float,
              inner: float) -> tuple[float, list[float]]:
        for rung in self.rungs:
            rung.label.set_fontsize((BASE_FONT + 1.5) * scale)
            rung.note.set_fontsize(BASE_FONT * scale)
        widest = max(_width(renderer, rung.label, rung.label_source) for rung in self.rungs)
        label_column = min(widest, room * LABEL_SHARE)
        note_width = max(room - label_column - 3 * inner, 40.0)
        rows = []
        for rung in self.rungs:
            rung.label.set_text(wrap_to_width(rung.label_source, max(label_column, 20.0),
                                              rung.label.get_fontproperties(), renderer))
            rung.note.set_text(wrap_to_width(rung.note_source, note_width,
                                             rung.note.get_fontproperties(), renderer))
            tallest = max(rung.label.get_window_extent(renderer).height,
                          rung.note.get_window_extent(renderer).height if rung.note_source
                          else 0.0)
            rows.append(tallest + 2 * inner)
        return label_column, rows


def _remember(key: tuple[object, ...], fitted: _Fitted) -> None:
    if len(_FITS) >= FITS_KEPT:
        _FITS.clear()
    _FITS[key] = fitted


def _as_kept(fitted: _Fitted) -> dict[str, Any]:
    return {"needed_height": fitted.needed_height, "rounding": fitted.rounding,
            "texts": [[text, size, list(position)] for text, size, position in fitted.texts],
            "boxes": [list(box) for box in fitted.boxes]}


def _from_disk(key: tuple[object, ...], rungs: int) -> _Fitted | None:
    """The layout kept on disk for `key` (charts/kept_layouts.py), if it is one of a ladder
    of `rungs` rungs, exactly as it was made; else None (and it is laid out afresh)."""
    kept = kept_layouts.read(key)
    if kept is None:
        return None
    try:
        texts = tuple((text, size, (x, y)) for text, size, (x, y) in kept["texts"])
        boxes = tuple((x, y, width, height) for x, y, width, height in kept["boxes"])
        fitted = _Fitted(kept["needed_height"], texts, boxes, kept["rounding"])
    except (KeyError, TypeError, ValueError):
        return None
    numbers = [fitted.needed_height, fitted.rounding, *(n for box in boxes for n in box),
               *(n for _, size, position in texts for n in (size, *position))]
    if len(texts) != 2 + 2 * rungs or len(boxes) != rungs or \
            not all(isinstance(text, str) for text, _, _ in texts) or \
            not all(type(n) is float for n in numbers):
        return None
    return fitted


def _renderer(figure: Figure) -> RendererBase:
    """A renderer to measure text with before the figure has a canvas."""
    return measuring_renderer(dpi=float(figure.dpi))


def _width(renderer: RendererBase, text: Text, source: str) -> float:
    text.set_text(source)
    return float(text.get_window_extent(renderer).width)


def ladder_figure(result: ResultView | Mapping[str, Any], *, dark: bool = False) -> Figure:
    """The ladder as rungs, lowest at the bottom, the person's rung highlighted and what the
    next rung needs spelled out."""
    palette = theme(dark)
    view = ResultView.of(result)
    levels = view.ladder
    if not levels:
        return message_figure(_("Career ladder"), _(NO_MODEL), palette)
    current = view.placement_id
    ids = [level.id for level in levels]
    index = ids.index(current) if current in ids else -1
    heading_text = view.placement_label
    subtitle_text = (_("Current level: {level}").format(level=heading_text) if heading_text
                     else _("No level could be placed (a score is missing)"))
    with literal_text():
        figure = FittedFigure(figsize=(WIDTH, 1.0 + 0.7 * len(levels)),
                              facecolor=palette.background)
        ax = figure.add_axes((0, 0, 1, 1))
        hide_axes(ax)
        heading = ax.text(0, 0, _("Career ladder"), fontsize=BASE_FONT + 2.5, fontweight="bold",
                          color=palette.text, va="top", ha="left")
        subtitle = ax.text(0, 0, subtitle_text, fontsize=BASE_FONT, color=palette.muted,
                           va="top", ha="left")
        rungs = [_rung(ax, level, position, index, palette)
                 for position, level in enumerate(levels)][::-1]
        # All a ladder says: the rungs' texts (the career model's, in the language in use,
        # with the "you are here" and "next" notes) and the rung reached (which sets the
        # type's weights). With the palette, all it is drawn from: results at one rung of
        # one model draw the same ladder.
        says = ("ladder", heading.get_text(), subtitle_text, index,
                tuple((r.label_source, r.note_source) for r in rungs))
        figure.picture_key = (says, palette)
        figure.shows_no_person = True  # the model's rungs and the rung reached, no more
        layout = _LadderLayout(figure, heading, subtitle, rungs, says)
        figure.fitters.append(layout.fit)
        # Print (PDF, HTML) draws at the built size: make it the height the rungs need.
        renderer = _renderer(figure)
        layout.fit(renderer)
        printed = layout.needed_height / figure.dpi
        # In the GUI the ladder may get half a small window's width: at least the height
        # it needs there, so the rungs scroll rather than squeeze.
        figure.set_size_inches(NARROW, printed)
        layout.fit(_renderer(figure))
        figure.min_height = layout.needed_height / figure.dpi
        figure.set_size_inches(WIDTH, printed)
    return finish(figure)


def _rung(ax: Any, level: Rung, position: int, index: int,
          palette: Theme) -> _Rung:
    reached, here = position <= index, position == index
    face = palette.rung_here if here else (palette.rung_done if reached else palette.rung)
    patch = FancyBboxPatch((0, 0), 1, 1, boxstyle="round,pad=0", facecolor=face,
                           edgecolor="none")
    ax.add_patch(patch)
    ink = palette.rung_here_text if here else palette.text
    label = ax.text(0, 0, level.label, va="center", ha="left", fontsize=BASE_FONT + 1.5,
                    fontweight="bold", color=ink)
    note = level.description
    if here:
        note = _("You are here — {description}").format(description=note) if note else \
            _("You are here")
    elif reached:
        # Reached rungs are filled, and said so in words: colour is never the only cue.
        note = _("Reached — {description}").format(description=note) if note else \
            _("Reached")
    elif position == index + 1 and index >= 0:
        note = _("Next: {description}").format(
            description=note or _("reach this rung's requirements"))
    text = ax.text(0, 0, note, va="center", ha="left", fontsize=BASE_FONT,
                   color=ink if here else palette.muted,
                   fontweight="bold" if position == index + 1 else "normal")
    return _Rung(patch, label, text, level.label, note)
