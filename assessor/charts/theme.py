"""Colours, fonts and figure set-up shared by every chart.

The palette is Okabe–Ito (distinguishable with the common colour-vision deficiencies).
Every builder creates its texts inside `literal_text()`, so questionnaire labels such as
`$x^2$` are drawn as typed instead of being parsed as mathtext or LaTeX. A chart's own
words go through `assessor.core.i18n` (`_()`) and its numbers through its formatters, so a
figure is drawn in the language in use when it is built (the GUI's, or a report's).
"""

from __future__ import annotations

import contextlib
import textwrap
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

import matplotlib as mpl
from matplotlib.axes import Axes
from matplotlib.backend_bases import RendererBase
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.text import Text
from matplotlib.ticker import NullLocator

from assessor.charts.text_fit import BASE_FONT, pixels, wrap_to_width
from assessor.core.i18n import N_, format_percent

# Okabe–Ito.
ORANGE = "#E69F00"
SKY = "#56B4E9"
GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"

FUNCTION_COLOURS = {"technical": BLUE, "governance": PURPLE, "operations": GREEN}
ROLE_MARKERS = {"tool": "o", "target": "^", "both": "D"}
# Legend entries, translated where drawn (`_(ROLE_NAMES[role])`).
FUNCTION_NAMES = {"technical": N_("Technical"), "governance": N_("Governance"),
                  "operations": N_("Operations")}
ROLE_NAMES = {"tool": N_("AI as a tool"), "target": N_("AI as the target"), "both": N_("Both")}

# Inches: 7 in fits an A4 or Letter text column and ~700–800 px in the GUI at 100 dpi.
WIDTH = 7.0


@dataclass(frozen=True)
class Theme:
    """The colours a chart is drawn in (light or dark)."""

    dark: bool
    background: str
    text: str
    muted: str
    grid: str
    rung: str
    rung_done: str
    you: str
    self_rating: str
    knowledge: str
    target: str
    gap: str
    gap_edge: str  # the gap's outline: its pale fill alone is under 3:1 (WCAG 1.4.11)
    band_low: str
    band_mid: str
    band_high: str
    rung_here: str
    rung_here_text: str


LIGHT = Theme(
    dark=False, background="#FFFFFF", text="#1F2933", muted="#6B7280", grid="#E5E7EB",
    # Self-rating: a darker sky than Okabe-Ito's, for 3:1 against white (WCAG 1.4.11).
    rung="#F1F3F5", rung_done="#CFE3F1", you=VERMILLION, self_rating="#1F8FD0", knowledge=BLUE,
    target="#1F2933", gap="#F6D5C2", gap_edge="#B34A00", band_low="#FAFAFA", band_mid="#EEF5FB",
    band_high="#DCEBF7", rung_here="#B34A00", rung_here_text="#FFFFFF",
)
DARK = Theme(
    dark=True, background="#202124", text="#E8EAED", muted="#9AA0A6", grid="#3C4043",
    rung="#2D2F33", rung_done="#1F3B52", you="#FF8A3D", self_rating=SKY, knowledge="#7FB8E6",
    target="#E8EAED", gap="#5A3A2A", gap_edge="#FF8A3D", band_low="#242528", band_mid="#23303B",
    band_high="#1F3A50", rung_here="#FF8A3D", rung_here_text="#1A1A1A",
)


def theme(dark: bool = False) -> Theme:
    return DARK if dark else LIGHT


@contextlib.contextmanager
def literal_text() -> Iterator[None]:
    """Texts created inside are never parsed as mathtext or LaTeX."""
    with mpl.rc_context({"text.parse_math": False, "text.usetex": False,
                         "font.family": "DejaVu Sans"}):
        yield


Fitter = Callable[[RendererBase], None]


class FittedFigure(Figure):
    """A figure that lays its texts out for the size it is drawn at.

    The GUI canvas resizes a figure to its widget, so wrapping by character counts at build
    time cannot fit every window. Builders register fitters: before each draw they wrap and
    place texts by measuring them with the renderer at the current size. They run once before
    and once after the layout engine has placed the axes (placement inside an axes needs its
    final position), and must give the same result when run again."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fitters: list[Fitter] = []
        # Inches below which the chart's rows would be cramped: the GUI scrolls instead.
        self.min_height: float | None = None
        # Set by a builder whose figure is a function of a few inputs (hashable): any two
        # figures with the same key draw the same pixels at the same size and dpi, so the
        # GUI may show one's picture for the other (ui/chart_pictures.py). None: unknown.
        self.picture_key: Hashable | None = None
        # Set by a builder whose figure shows nothing of a person (a career model's ladder
        # and the rung reached): only such a picture may be kept on disk, in the user's
        # cache folder, for later sessions. A person's scores or role map never are.
        self.shows_no_person = False

    def fit(self, renderer: RendererBase) -> None:
        if not self.fitters:
            return
        renderer = measuring_renderer(renderer)
        for fitter in self.fitters:
            fitter(renderer)
        engine = self.get_layout_engine()
        if engine is None:
            return  # nothing moved the axes: a second pass would give the same
        engine.execute(self)
        for fitter in self.fitters:
            fitter(renderer)

    def draw(self, renderer: RendererBase) -> None:
        self.fit(renderer)
        super().draw(renderer)


# One Agg renderer to measure text with, by dpi. matplotlib keeps text metrics per renderer
# object, and every canvas and size has a renderer of its own, so the same lines were laid
# out again for every figure drawn; Agg measures text the same whatever its canvas size.
_MEASURING: dict[float, RendererBase] = {}


def measuring_renderer(renderer: RendererBase | None = None, *,
                       dpi: float | None = None) -> RendererBase:
    """A renderer that measures text as an Agg `renderer` (or one at `dpi`) does, shared by
    every figure at that dpi so measurements are kept across figures; any other kind of
    renderer (PDF, SVG: their own metrics) is returned as it is."""
    if renderer is not None:
        if type(renderer) is not RendererAgg:
            return renderer
        dpi = float(renderer.dpi)
    assert dpi is not None
    shared = _MEASURING.get(dpi)
    if shared is None:
        shared = RendererAgg(1, 1, dpi)  # type: ignore[no-untyped-call]  # untyped in matplotlib
        _MEASURING[dpi] = shared
    return shared


def new_figure(height: float, palette: Theme, width: float = WIDTH, *,
               rows_grow: bool = False) -> FittedFigure:
    """`rows_grow`: the height holds rows of text that must not be squeezed in the GUI."""
    figure = FittedFigure(figsize=(width, height), facecolor=palette.background,
                          layout=ConstrainedLayoutEngine(h_pad=0.08, w_pad=0.08))
    if rows_grow:
        figure.min_height = height
    return figure


def hide_axes(ax: Axes) -> None:
    """An axes that only holds texts and shapes: no axis lines, ticks or labels drawn, and no
    tick made. matplotlib makes an axis' ticks when anything lists the figure's artists (as
    `finish` does), enough to fill the axis' range, and a ladder's range is its size in
    pixels: making ticks never drawn was half of building one."""
    ax.set_axis_off()
    ax.xaxis.set_major_locator(NullLocator())
    ax.yaxis.set_major_locator(NullLocator())


def finish(figure: Figure) -> Figure:
    """Make sure no text in the figure parses mathtext (also texts matplotlib made itself)."""
    for text in figure.findobj(Text):
        text.set_parse_math(False)
    return figure


def style_axes(
    ax: Axes, palette: Theme, *, grid_axis: Literal["x", "y", "both"] | None = "x"
) -> None:
    ax.set_facecolor(palette.background)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(palette.grid)
    ax.tick_params(colors=palette.muted, labelcolor=palette.text, labelsize=BASE_FONT,
                   length=0)
    if grid_axis:
        ax.grid(axis=grid_axis, color=palette.grid, linewidth=0.8)
        ax.set_axisbelow(True)
    ax.xaxis.label.set_color(palette.muted)
    ax.yaxis.label.set_color(palette.muted)


def title(
    ax: Axes, text: str, palette: Theme, subtitle: str | None = None,
    subtitle_colour: str | None = None,
) -> None:
    """The chart's heading and subtitle above the axes, left-aligned with it, wrapped to
    the width from the axes' left edge to the figure's right edge when the figure is drawn."""
    style = {"loc": "left", "fontsize": BASE_FONT + 2.5, "fontweight": "bold",
             "color": palette.text}
    heading = ax.set_title(text, pad=18 if subtitle else 8, **style)  # type: ignore[arg-type]
    note = None
    if subtitle:
        # Offset in points, not a fraction of the axes: on a tall chart a fraction would
        # lift the subtitle into the title.
        note = ax.annotate(subtitle, xy=(0, 1), xycoords="axes fraction", xytext=(0, 4),
                           textcoords="offset points", fontsize=BASE_FONT,
                           color=subtitle_colour or palette.muted, va="bottom", ha="left")
    figure = ax.get_figure(root=True)
    if not isinstance(figure, FittedFigure):
        return

    def fit(renderer: RendererBase) -> None:
        room = max(figure.bbox.x1 - ax.bbox.x0 - pixels(renderer, 14), 40.0)
        wrapped = wrap_to_width(text, room, heading.get_fontproperties(), renderer)
        pad = 8.0
        if note is not None and subtitle:
            note.set_text(wrap_to_width(subtitle, room, note.get_fontproperties(), renderer))
            height = note.get_window_extent(renderer).height / pixels(renderer, 1.0)
            pad = 10.0 + height
        ax.set_title(wrapped, pad=pad, **style)  # type: ignore[arg-type]

    figure.fitters.append(fit)


def message_figure(heading: str, message: str, palette: Theme, height: float = 1.6) -> Figure:
    """A small figure saying why there is nothing to plot (no career model, no data)."""
    with literal_text():
        figure = new_figure(height, palette)
        ax = figure.add_subplot()
        hide_axes(ax)
        top = ax.text(0, 1, heading, fontsize=BASE_FONT + 2.5, fontweight="bold",
                      color=palette.text, transform=ax.transAxes, va="top")
        body = ax.annotate(message, xy=(0, 1), xycoords="axes fraction", xytext=(0, -24),
                           textcoords="offset points", fontsize=BASE_FONT + 0.5,
                           color=palette.muted, va="top")

        def fit(renderer: RendererBase) -> None:
            top.set_text(wrap_to_width(heading, ax.bbox.width, top.get_fontproperties(),
                                       renderer))
            lines = top.get_text().count("\n") + 1
            body.set_position((0, -10 - 14 * lines))
            body.set_text(wrap_to_width(message, ax.bbox.width, body.get_fontproperties(),
                                        renderer))

        figure.fitters.append(fit)
    return finish(figure)


def wrap(text: str, width: int) -> str:
    """A first guess by characters, for a figure not yet drawn; fitters re-wrap by width."""
    return "\n".join(textwrap.wrap(" ".join(str(text).split()), width) or [""])


def percent_text(value: float | None) -> str:
    """72% / 72 %: a whole percent as the language in use writes it."""
    return "–" if value is None else format_percent(value)


def percent_ticks() -> list[str]:
    """The labels of a 0–100 axis ticked every 25, the last with its percent sign."""
    return ["0", "25", "50", "75", format_percent(100)]
