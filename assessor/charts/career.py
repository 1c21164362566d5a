"""Where the person stands in the domain: the ladder and the two-foundation plane."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.text import Annotation, Text
from matplotlib.transforms import Bbox

from assessor.charts.placement import PointLabel, place_labels
from assessor.charts.text_fit import BASE_FONT, wrap_to_width
from assessor.charts.theme import (
    FUNCTION_COLOURS,
    FUNCTION_NAMES,
    ROLE_MARKERS,
    ROLE_NAMES,
    FittedFigure,
    finish,
    literal_text,
    message_figure,
    new_figure,
    percent_text,
    style_axes,
    theme,
    title,
)
from assessor.core.format.model import AllOf, AnyOf, Condition, DimensionTest, Not
from assessor.core.i18n import _
from assessor.core.results.view import ClusterInfo, ResultView
from assessor.core.scoring.conditions import compare, evaluate_requirement

# Where the plane's guide lines sit when the ladder's thresholds are not in the result: the
# domain's rule of thumb is "entry roles need one of the two foundations, senior roles both".
FOUNDATION_THRESHOLD = 50.0
PAD = 5.0  # percent points of plane beyond 0 and 100


def _region_labels(ax: Any, threshold: float, palette: Any) -> None:
    high, low = 100 + PAD - threshold, threshold + PAD
    entry = _("Entry roles: one of the two")
    # (corner, width, height, colour, label, label anchor inside the region)
    regions = [
        ((-PAD, -PAD), low, low, palette.band_low, _("Building foundations"), "lower left"),
        ((threshold, -PAD), high, low, palette.band_mid, entry, "lower right"),
        ((-PAD, threshold), low, high, palette.band_mid, entry, "upper left"),
        ((threshold, threshold), high, high, palette.band_high, _("Senior roles: both"),
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


def _bounds(condition: Condition, dimension: str) -> set[tuple[str, float]]:
    """Every (operator, bound) a condition compares `dimension` with, in any measure."""
    if isinstance(condition, DimensionTest):
        return set(condition.tests) if condition.dimension == dimension else set()
    if isinstance(condition, (AllOf, AnyOf)):
        return set().union(*(_bounds(c, dimension) for c in condition.conditions))
    if isinstance(condition, Not):
        return _bounds(condition.condition, dimension)
    return set()


def _classes(values: Any, tests: list[tuple[str, float]]) -> list[tuple[float, tuple[bool, ...]]]:
    """Each value (clamped to 0-100) with what every test says of it: two values the tests
    answer alike reach the same rung, whatever else the requirements say."""
    clamped = [min(max(float(v), 0.0), 100.0) for v in values]
    return [(v, tuple(compare(op, v, bound) for op, bound in tests)) for v in clamped]


@functools.lru_cache(maxsize=8)
def _rung_grid(requirements: tuple[Condition, ...], x_dim: str, y_dim: str) -> Any:
    """The rung reached at each point of the plane (-1 for none). The requirements compare
    each axis with a few bounds only, so they are evaluated once for each pair of values
    the bounds cannot tell apart (not at each of the ten thousand points); kept, since
    every result of one career model has the same ladder."""
    # Padded beyond 0-100 so markers at the edge are not cut; the rung there is the edge's.
    values = np.arange(-PAD, 100.0 + PAD + _STEP, _STEP)
    x_tests = sorted(set().union(*(_bounds(r, x_dim) for r in requirements)))
    y_tests = sorted(set().union(*(_bounds(r, y_dim) for r in requirements)))
    columns, rows = _classes(values, x_tests), _classes(values, y_tests)
    reached: dict[tuple[tuple[bool, ...], tuple[bool, ...]], int] = {}
    grid = np.zeros((len(values), len(values)), dtype=int)
    for row, (y, y_class) in enumerate(rows):
        for column, (x, x_class) in enumerate(columns):
            key = (x_class, y_class)
            rung = reached.get(key)
            if rung is None:
                percents = {x_dim: x, y_dim: y}
                # Requirements on claims or knowledge read as met in step with the percent.
                in_step = {"self": percents, "knowledge": percents}
                rung = -1
                for requirement in requirements:
                    if not evaluate_requirement(requirement, percents, in_step):
                        break
                    rung += 1
                reached[key] = rung
            grid[row, column] = rung
    grid.setflags(write=False)  # shared between figures
    return grid


def _ladder_regions(
    ax: Any, rungs: Sequence[tuple[str, Condition]], x_dim: str, y_dim: str, palette: Any
) -> bool:
    """Shade the plane by the rung these two dimensions alone would reach (every other
    dimension taken as 0), so the picture shows the domain's own thresholds: entry needs
    one foundation, senior both. False when the ladder does not depend on these axes."""
    values = np.arange(-PAD, 100.0 + PAD + _STEP, _STEP)
    requirements = tuple(r for _name, r in rungs)
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
    edges = (-PAD - 0.5, 100.5 + PAD)
    ax.imshow(shade, origin="lower", extent=(*edges, *edges), zorder=0,
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


def _thin_out(ax: Any, texts: list[Text], renderer: Any) -> None:
    """Hide a region's name when the plane is drawn too small for it to sit clear of the
    axes' edge and of the other regions' names (the shading still shows the region)."""
    inside = ax.get_window_extent(renderer)
    shown: list[Bbox] = []
    for text in texts:
        text.set_visible(True)
        box = text.get_window_extent(renderer)
        fits = inside.containsx(box.x0) and inside.containsx(box.x1) and \
            inside.containsy(box.y0) and inside.containsy(box.y1)
        if not fits or any(box.overlaps(other) for other in shown):
            text.set_visible(False)
        else:
            shown.append(box)


def plane_figure(result: ResultView | Mapping[str, Any], *, dark: bool = False) -> Figure:
    """The person and every cluster's target on the plane of two foundation dimensions."""
    palette = theme(dark)
    view = ResultView.of(result)
    axes = view.plane
    if axes is None:
        return message_figure(_("Role map"), _("The role map needs at least two dimensions."),
                              palette)
    x_dim, y_dim = axes
    labels = view.dimension_labels()
    with literal_text():
        figure = new_figure(4.6, palette)
        ax = figure.add_subplot()
        style_axes(ax, palette, grid_axis=None)
        # Padded, so a marker on 0 or 100 is drawn whole.
        ax.set_xlim(-PAD, 100 + PAD)
        ax.set_ylim(-PAD, 100 + PAD)
        ax.set_aspect("equal")
        rungs = view.ladder_requirements
        if rungs is None or not _ladder_regions(ax, rungs, x_dim, y_dim, palette):
            _region_labels(ax, FOUNDATION_THRESHOLD, palette)
        ax.set_xlabel(_("{dimension} (%)").format(dimension=labels.get(x_dim, x_dim)),
                      fontsize=BASE_FONT)
        ax.set_ylabel(_("{dimension} (%)").format(dimension=labels.get(y_dim, y_dim)),
                      fontsize=BASE_FONT)
        ax.set_xticks([0, 25, 50, 75, 100])
        ax.set_yticks([0, 25, 50, 75, 100])

        clusters = view.clusters
        labels_to_place: list[PointLabel] = []
        you_first = False
        px, py = view.score_value(x_dim), view.score_value(y_dim)
        level = view.placement_label
        if px is not None and py is not None:
            ax.scatter([px], [py], s=170, marker="*", color=palette.you,
                       edgecolors=palette.background, linewidths=1.0, zorder=6)
            you = _("You ({level})").format(level=level) if level else _("You")
            # The person's label is placed first, below the star if it can be.
            labels_to_place.append(PointLabel(ax.annotate(
                you, (px, py), xytext=(0, -14), textcoords="offset points", ha="center",
                va="top", fontsize=BASE_FONT, fontweight="bold", color=palette.you, zorder=7,
                annotation_clip=False), you, preferred=(3, 2, 0, 1)))
            you_first = True
            subtitle = _("You: {x_dimension} {x_percent}, {y_dimension} {y_percent}").format(
                x_dimension=labels.get(x_dim, x_dim), x_percent=percent_text(px),
                y_dimension=labels.get(y_dim, y_dim), y_percent=percent_text(py))
        else:
            missing = [labels.get(d, d) for d, v in ((x_dim, px), (y_dim, py)) if v is None]
            subtitle = (_("Your position is not shown: no score for {dimension}").format(
                dimension=missing[0]) if len(missing) == 1 else
                _("Your position is not shown: no score for {first} or {second}").format(
                    first=missing[0], second=missing[1]))
        for cluster in clusters:
            x, y = cluster.target.get(x_dim, 0.0), cluster.target.get(y_dim, 0.0)
            colour = FUNCTION_COLOURS.get(cluster.function, palette.muted)
            marker = ROLE_MARKERS.get(cluster.ai_role, "s")
            ax.scatter([x], [y], s=70, marker=marker, color=colour, edgecolors=palette.background,
                       linewidths=1.2, zorder=4)
            labels_to_place.append(PointLabel(ax.annotate(
                cluster.label, (x, y), xytext=(8, 0), textcoords="offset points",
                ha="left", va="center", fontsize=BASE_FONT - 0.5, color=palette.text,
                zorder=5, annotation_clip=False), cluster.label,
                preferred=(0, 1) if x <= 62 else (1, 0)))
        for label in labels_to_place:
            label.annotation.set_in_layout(False)
        backdrop = [t for t in ax.texts if not isinstance(t, Annotation)]

        x_title, y_title = ax.xaxis.label.get_text(), ax.yaxis.label.get_text()

        def fit(renderer: Any) -> None:
            ax.xaxis.label.set_text(wrap_to_width(x_title, ax.bbox.width,
                                                  ax.xaxis.label.get_fontproperties(), renderer))
            ax.yaxis.label.set_text(wrap_to_width(y_title, ax.bbox.height,
                                                  ax.yaxis.label.get_fontproperties(), renderer))
            _thin_out(ax, backdrop, renderer)
            # Smaller type for the names when the plane is drawn too small for them to clear
            # each other.
            for size in (BASE_FONT - 0.5, BASE_FONT - 1.5, BASE_FONT - 2.5):
                for label in labels_to_place:
                    label.annotation.set_fontsize(size + (0.5 if label is labels_to_place[0]
                                                          and you_first else 0))
                if place_labels(ax, labels_to_place, renderer, obstacles=backdrop,
                                wrap_share=0.32) == 0:
                    break

        figure.fitters.append(fit)
        title(ax, _("Role map"), palette, subtitle)
        _plane_legend(figure, ax, clusters, palette)
    return finish(figure)


def _bold_title(legend: Legend, palette: Any) -> None:
    legend.get_title().set_color(palette.text)
    legend.get_title().set_fontweight("bold")


def _plane_legend(figure: Figure, ax: Any, clusters: tuple[ClusterInfo, ...],
                  palette: Any) -> None:
    handles: list[Line2D] = [Line2D([], [], marker="*", linestyle="none", color=palette.you,
                                    markersize=12, label=_("You"))]
    functions = [f for f in FUNCTION_COLOURS if any(c.function == f for c in clusters)]
    roles = [r for r in ROLE_MARKERS if any(c.ai_role == r for c in clusters)]
    for function in functions:
        handles.append(Line2D([], [], marker="s", linestyle="none", markersize=8,
                              color=FUNCTION_COLOURS[function],
                              label=_(FUNCTION_NAMES[function])))
    for role in roles:
        handles.append(Line2D([], [], marker=ROLE_MARKERS[role], linestyle="none",
                              markersize=7, color=palette.muted, label=_(ROLE_NAMES[role])))
    if not clusters:
        return
    style = {"frameon": False, "fontsize": BASE_FONT - 0.5, "labelcolor": palette.text,
             "title": _("Role targets"), "title_fontsize": BASE_FONT, "handletextpad": 0.4,
             "labelspacing": 0.4}
    beside = ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.03, 1.0),
                       borderaxespad=0, **style)
    _bold_title(beside, palette)

    def below(columns: int, size: float) -> Legend:
        with literal_text():  # made again when drawn: the same literal texts as the rest
            made = figure.legend(handles=handles, loc="outside lower center", ncols=columns,
                                 **{**style, "fontsize": size})
        for text in (*made.get_texts(), made.get_title()):
            text.set_parse_math(False)
        _bold_title(made, palette)
        return made

    # A narrow figure (the map beside the ladder in a small window) keeps its width for
    # the plane and puts the legend underneath, in four columns, in smaller type if the
    # names need it (Spanish), else in as few rows as fit: every row taken from the plane
    # crowds its labels. Matplotlib lays a legend's columns out once: it is made again for
    # each layout tried, and for each size the figure is fitted at (not again for the same
    # size: the fit's second pass in a draw, a repaint), since the choice depends on the
    # figure's size and on how the renderer measures, nothing else.
    layouts = ((4, BASE_FONT - 0.5), (4, BASE_FONT - 1.5), (3, BASE_FONT - 1.5),
               (2, BASE_FONT - 1.5), (1, BASE_FONT - 1.5))
    underneath: list[Legend] = []
    chosen_for: list[tuple[object, ...]] = []

    def fit(renderer: Any) -> None:
        narrow = figure.bbox.width < 1.45 * figure.bbox.height
        beside.set_visible(not narrow)
        beside.set_in_layout(not narrow)
        fitted_at = (figure.bbox.width, figure.bbox.height, type(renderer),
                     float(renderer.points_to_pixels(72.0)))
        if underneath and chosen_for == [fitted_at]:
            return  # the legend chosen for this very size and renderer stays
        if underneath:
            underneath.pop().remove()
        chosen_for[:] = [fitted_at]
        for columns, size in layouts:
            made = below(columns, size)
            if not narrow or columns == 1 or \
                    made.get_window_extent(renderer).width <= figure.bbox.width * 0.98:
                break
            made.remove()
        made.set_visible(narrow)
        made.set_in_layout(narrow)
        underneath.append(made)

    if isinstance(figure, FittedFigure):
        figure.fitters.insert(0, fit)
    else:  # no fitter to choose one: the legend below is made at once, as it always was
        underneath.append(below(*layouts[0]))
