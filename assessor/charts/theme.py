"""Colours, fonts and figure set-up shared by every chart.

The palette is Okabe–Ito (distinguishable with the common colour-vision deficiencies).
Every builder creates its texts inside `literal_text()`, so questionnaire labels such as
`$x^2$` are drawn as typed instead of being parsed as mathtext or LaTeX.
"""

from __future__ import annotations

import contextlib
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

import matplotlib as mpl
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.text import Text

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
ROLE_NAMES = {"tool": "AI as a tool", "target": "AI as the target", "both": "Both"}

# Inches: 7 in fits an A4 or Letter text column and ~700–800 px in the GUI at 100 dpi.
WIDTH = 7.0
BASE_FONT = 9.0


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
    band_low: str
    band_mid: str
    band_high: str


LIGHT = Theme(
    dark=False, background="#FFFFFF", text="#1F2933", muted="#6B7280", grid="#E5E7EB",
    rung="#F1F3F5", rung_done="#CFE3F1", you=VERMILLION, self_rating=SKY, knowledge=BLUE,
    target="#1F2933", gap="#F6D5C2", band_low="#FAFAFA", band_mid="#EEF5FB",
    band_high="#DCEBF7",
)
DARK = Theme(
    dark=True, background="#202124", text="#E8EAED", muted="#9AA0A6", grid="#3C4043",
    rung="#2D2F33", rung_done="#1F3B52", you="#FF8A3D", self_rating=SKY, knowledge="#7FB8E6",
    target="#E8EAED", gap="#5A3A2A", band_low="#242528", band_mid="#23303B",
    band_high="#1F3A50",
)


def theme(dark: bool = False) -> Theme:
    return DARK if dark else LIGHT


@contextlib.contextmanager
def literal_text() -> Iterator[None]:
    """Texts created inside are never parsed as mathtext or LaTeX."""
    with mpl.rc_context({"text.parse_math": False, "text.usetex": False,
                         "font.family": "DejaVu Sans"}):
        yield


def new_figure(height: float, palette: Theme, width: float = WIDTH) -> Figure:
    return Figure(figsize=(width, height), facecolor=palette.background,
                  layout=ConstrainedLayoutEngine(h_pad=0.08, w_pad=0.08))


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
    ax.set_title(text, loc="left", fontsize=BASE_FONT + 2.5, fontweight="bold",
                 color=palette.text, pad=18 if subtitle else 8)
    if subtitle:
        # Offset in points, not a fraction of the axes: on a tall chart a fraction would
        # lift the subtitle into the title.
        ax.annotate(subtitle, xy=(0, 1), xycoords="axes fraction", xytext=(0, 4),
                    textcoords="offset points", fontsize=BASE_FONT,
                    color=subtitle_colour or palette.muted, va="bottom", ha="left")


def message_figure(heading: str, message: str, palette: Theme, height: float = 1.6) -> Figure:
    """A small figure saying why there is nothing to plot (no career model, no data)."""
    with literal_text():
        figure = new_figure(height, palette)
        ax = figure.add_subplot()
        ax.set_axis_off()
        ax.text(0, 0.75, heading, fontsize=BASE_FONT + 2.5, fontweight="bold",
                color=palette.text, transform=ax.transAxes)
        ax.text(0, 0.4, wrap(message, 90), fontsize=BASE_FONT + 0.5, color=palette.muted,
                transform=ax.transAxes, va="top")
    return finish(figure)


def wrap(text: str, width: int, max_lines: int | None = None) -> str:
    lines = textwrap.wrap(" ".join(str(text).split()), width) or [""]
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][: max(0, width - 1)].rstrip() + "…"
    return "\n".join(lines)


def shorten(text: str, width: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def percent_text(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}%"
