"""Where the person stands in the domain: the ladder and the two-foundation plane."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import numpy as np
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import FancyBboxPatch, Rectangle

from assessor.charts.theme import (
    BASE_FONT,
    FUNCTION_COLOURS,
    ROLE_MARKERS,
    ROLE_NAMES,
    finish,
    literal_text,
    message_figure,
    new_figure,
    shorten,
    style_axes,
    theme,
    title,
    wrap,
)
from assessor.core import result_data as data
from assessor.core.conditions import evaluate_requirement
from assessor.core.model import Condition

NO_MODEL = "This questionnaire has no career model, so there is no ladder or role map to show."
# Where the plane's guide lines sit when the ladder's thresholds are not in the result: the
# domain's rule of thumb is "entry roles need one of the two foundations, senior roles both".
FOUNDATION_THRESHOLD = 50.0


def ladder_figure(result: Mapping[str, Any], *, dark: bool = False) -> Figure:
    """The ladder as rungs, lowest at the bottom, the person's rung highlighted and what the
    next rung needs spelled out."""
    palette = theme(dark)
    levels = data.ladder(result)
    if not levels:
        return message_figure("Career ladder", NO_MODEL, palette)
    current = data.placement_id(result)
    ids = [level["id"] for level in levels]
    index = ids.index(current) if current in ids else -1
    rung_height, gap = 0.62, 0.18
    with literal_text():
        figure = new_figure(0.9 + 0.5 * len(levels), palette)
        ax = figure.add_subplot()
        ax.set_axis_off()
        ax.set_xlim(0, 1)
        ax.set_ylim(-0.1, len(levels) * (rung_height + gap))
        for position, level in enumerate(levels):
            y = position * (rung_height + gap)
            reached, here = position <= index, position == index
            face = palette.you if here else (palette.rung_done if reached else palette.rung)
            ax.add_patch(FancyBboxPatch(
                (0.0, y), 1.0, rung_height, boxstyle="round,pad=0,rounding_size=0.02",
                facecolor=face, edgecolor="none", mutation_aspect=0.3))
            ink = "#FFFFFF" if here else palette.text
            ax.text(0.02, y + rung_height / 2, level["label"], va="center", ha="left",
                    fontsize=BASE_FONT + 1.5, fontweight="bold", color=ink)
            note = level["description"]
            if here:
                note = "You are here" + (f" — {note}" if note else "")
            elif position == index + 1 and index >= 0:
                note = "Next: " + (note or "reach this rung's requirements")
            ax.text(0.25, y + rung_height / 2, wrap(note, 66, max_lines=2), va="center",
                    ha="left", fontsize=BASE_FONT, color=ink if here else palette.muted,
                    fontweight="bold" if position == index + 1 else "normal")
        heading = data.placement_label(result)
        subtitle = (f"Current level: {heading}" if heading else
                    "No level could be placed (a score is missing)")
        title(ax, "Career ladder", palette, subtitle)
    return finish(figure)


def _region_labels(ax: Any, threshold: float, palette: Any) -> None:
    high = 100 - threshold
    entry = "Entry roles: one of the two"
    # (corner, width, height, colour, label, label anchor inside the region)
    regions = [
        ((0, 0), threshold, threshold, palette.band_low, "Building foundations", "lower left"),
        ((threshold, 0), high, threshold, palette.band_mid, entry, "lower right"),
        ((0, threshold), threshold, high, palette.band_mid, entry, "upper left"),
        ((threshold, threshold), high, high, palette.band_high, "Senior roles: both",
         "upper right"),
    ]
    for corner, width, height, colour, label, anchor in regions:
        ax.add_patch(Rectangle(corner, width, height, facecolor=colour, edgecolor="none",
                               zorder=0))
        vertical, horizontal = anchor.split()
        x = corner[0] + (2 if horizontal == "left" else width - 2)
        y = corner[1] + (2 if vertical == "lower" else height - 2)
        ax.text(x, y, label, fontsize=BASE_FONT - 1, color=palette.muted, style="italic",
                va="bottom" if vertical == "lower" else "top", ha=horizontal, zorder=1)
    ax.axvline(threshold, color=palette.grid, linewidth=1, zorder=1)
    ax.axhline(threshold, color=palette.grid, linewidth=1, zorder=1)


_STEP = 1.0


@functools.lru_cache(maxsize=8)
def _rung_grid(requirements: tuple[Condition, ...], x_dim: str, y_dim: str) -> Any:
    """The rung reached at each point of the plane (-1 for none). Ten thousand condition
    evaluations: kept, since every result of one career model has the same ladder."""
    values = np.arange(0.0, 100.0 + _STEP, _STEP)
    grid = np.zeros((len(values), len(values)), dtype=int)
    for row, y in enumerate(values):
        for column, x in enumerate(values):
            percents = {x_dim: float(x), y_dim: float(y)}
            rung = -1
            for requirement in requirements:
                if not evaluate_requirement(requirement, percents):
                    break
                rung += 1
            grid[row, column] = rung
    grid.setflags(write=False)  # shared between figures
    return grid


def _ladder_regions(
    ax: Any, rungs: list[tuple[str, Condition]], x_dim: str, y_dim: str, palette: Any
) -> bool:
    """Shade the plane by the rung these two dimensions alone would reach (every other
    dimension taken as 0), so the picture shows the domain's own thresholds: entry needs
    one foundation, senior both. False when the ladder does not depend on these axes."""
    values = np.arange(0.0, 100.0 + _STEP, _STEP)
    requirements = tuple(r for _, r in rungs)
    try:
        grid = _rung_grid(requirements, x_dim, y_dim)
    except TypeError:  # a requirement that cannot be a cache key: compute it afresh
        grid = _rung_grid.__wrapped__(requirements, x_dim, y_dim)
    reached = sorted({int(v) for v in np.unique(grid)} - {-1})
    if len(reached) < 2:
        return False
    colours = _blend(palette.band_low, palette.band_high, len(reached))
    shade = np.zeros((*grid.shape, 4))
    for colour, rung in zip(colours, reached, strict=True):
        shade[grid == rung] = to_rgba(colour)
    ax.imshow(shade, origin="lower", extent=(-0.5, 100.5, -0.5, 100.5), zorder=0,
              interpolation="nearest", aspect="auto")
    ax.contour(values, values, grid, levels=[r - 0.5 for r in reached[1:]],
               colors=[palette.grid], linewidths=1.0, zorder=1)
    for rung in reached:
        rows, columns = np.nonzero(grid == rung)
        # Label each region along its lowest row, in the middle of that row's run: the bands
        # are L-shaped (one foundation or the other), and their centre can lie outside them.
        bottom = rows.min()
        xs = columns[rows == bottom]
        ax.text(values[int(np.median(xs))], values[bottom] + 1.5, rungs[rung][0],
                fontsize=BASE_FONT - 1, color=palette.muted, style="italic", ha="center",
                va="bottom", zorder=1)
    return True


def _blend(low: str, high: str, count: int) -> list[tuple[float, float, float, float]]:
    start, end = np.array(to_rgba(low)), np.array(to_rgba(high))
    if count == 1:
        return [tuple(start)]
    return [tuple(start + (end - start) * i / (count - 1)) for i in range(count)]


def _spread_labels(points: list[tuple[float, float, str]]) -> list[float]:
    """Vertical label offsets (points) that keep nearby cluster labels from overlapping."""
    offsets = [0.0] * len(points)
    placed: list[tuple[float, float]] = []
    for index in sorted(range(len(points)), key=lambda i: (points[i][1], points[i][0])):
        x, y, _ = points[index]
        shift = 0.0
        while any(abs(px - x) < 30 and abs(py - (y + shift / 3.0)) < 4.5 for px, py in placed):
            shift += 12.0
        offsets[index] = shift
        placed.append((x, y + shift / 3.0))
    return offsets


def plane_figure(result: Mapping[str, Any], *, dark: bool = False) -> Figure:
    """The person and every cluster's target on the plane of two foundation dimensions."""
    palette = theme(dark)
    axes = data.plane_axes(result)
    if axes is None:
        return message_figure("Role map", "The role map needs at least two dimensions.",
                              palette)
    x_dim, y_dim = axes
    labels = data.dimension_labels(result)
    with literal_text():
        figure = new_figure(4.6, palette)
        ax = figure.add_subplot()
        style_axes(ax, palette, grid_axis=None)
        ax.set_xlim(0, 100)
        ax.set_ylim(0, 100)
        ax.set_aspect("equal")
        rungs = data.ladder_requirements(result)
        if rungs is None or not _ladder_regions(ax, rungs, x_dim, y_dim, palette):
            _region_labels(ax, FOUNDATION_THRESHOLD, palette)
        ax.set_xlabel(f"{labels.get(x_dim, x_dim)} (%)", fontsize=BASE_FONT)
        ax.set_ylabel(f"{labels.get(y_dim, y_dim)} (%)", fontsize=BASE_FONT)
        ax.set_xticks([0, 25, 50, 75, 100])
        ax.set_yticks([0, 25, 50, 75, 100])

        clusters = data.clusters(result)
        points = [(c["target"].get(x_dim, 0.0), c["target"].get(y_dim, 0.0), c["label"])
                  for c in clusters]
        for cluster, (x, y, label), shift in zip(clusters, points, _spread_labels(points),
                                                 strict=True):
            colour = FUNCTION_COLOURS.get(cluster["function"], palette.muted)
            marker = ROLE_MARKERS.get(cluster["ai_role"], "s")
            ax.scatter([x], [y], s=70, marker=marker, color=colour, edgecolors=palette.background,
                       linewidths=1.2, zorder=4)
            right = x <= 62
            ax.annotate(shorten(label, 34), (x, y),
                        xytext=(8 if right else -8, shift), textcoords="offset points",
                        ha="left" if right else "right", va="center", fontsize=BASE_FONT - 0.5,
                        color=palette.text, zorder=5)

        px, py = data.score_value(result, x_dim), data.score_value(result, y_dim)
        level = data.placement_label(result)
        if px is not None and py is not None:
            ax.scatter([px], [py], s=170, marker="*", color=palette.you,
                       edgecolors=palette.background, linewidths=1.0, zorder=6)
            ax.annotate("You" + (f" ({level})" if level else ""), (px, py),
                        xytext=(0, -14), textcoords="offset points", ha="center", va="top",
                        fontsize=BASE_FONT, fontweight="bold", color=palette.you, zorder=7)
            subtitle = (f"You: {labels.get(x_dim, x_dim)} {px:.0f}%, "
                        f"{labels.get(y_dim, y_dim)} {py:.0f}%")
        else:
            missing = [labels.get(d, d) for d, v in ((x_dim, px), (y_dim, py)) if v is None]
            subtitle = f"Your position is not shown: no score for {', '.join(missing)}"
        title(ax, "Role map", palette, subtitle)
        _plane_legend(figure, ax, clusters, palette)
    return finish(figure)


def _plane_legend(figure: Figure, ax: Any, clusters: list[dict[str, Any]], palette: Any) -> None:
    handles: list[Line2D] = [Line2D([], [], marker="*", linestyle="none", color=palette.you,
                                    markersize=12, label="You")]
    functions = [f for f in FUNCTION_COLOURS if any(c["function"] == f for c in clusters)]
    roles = [r for r in ROLE_MARKERS if any(c["ai_role"] == r for c in clusters)]
    for function in functions:
        handles.append(Line2D([], [], marker="s", linestyle="none", markersize=8,
                              color=FUNCTION_COLOURS[function],
                              label=function.capitalize()))
    for role in roles:
        handles.append(Line2D([], [], marker=ROLE_MARKERS[role], linestyle="none",
                              markersize=7, color=palette.muted, label=ROLE_NAMES[role]))
    if not clusters:
        return
    legend = ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.03, 1.0),
                       frameon=False, fontsize=BASE_FONT - 0.5, labelcolor=palette.text,
                       title="Role targets", title_fontsize=BASE_FONT, borderaxespad=0)
    legend.get_title().set_color(palette.text)
    legend.get_title().set_fontweight("bold")
