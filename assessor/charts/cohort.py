"""Cohort charts for a training provider: levels, best-fit clusters, milestone reach and the
gap heatmap. Each takes a `CohortDashboard` (already privacy-suppressed) and returns a
matplotlib Figure; a hidden count draws no bar, only its "<5" label."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from matplotlib.backend_bases import RendererBase
from matplotlib.colors import LinearSegmentedColormap, to_rgb
from matplotlib.figure import Figure

from assessor.charts.text_fit import BASE_FONT, fit_tick_labels, wrap_to_width
from assessor.charts.theme import (
    FittedFigure,
    finish,
    literal_text,
    message_figure,
    new_figure,
    style_axes,
    theme,
    title,
    wrap,
)
from assessor.core.cohort.dashboard import CohortDashboard, Count
from assessor.core.i18n import _, ngettext

LABEL_WIDTH = 34
MAX_MILESTONES = 12


def _count_bars(heading: str, subtitle: str, labels: Sequence[str], counts: Sequence[Count],
                *, colour: str, dark: bool) -> Figure:
    palette = theme(dark)
    if not labels:
        return message_figure(heading, _("Nothing to show for this cohort."), palette)
    with literal_text():
        lines = sum(len(wrap(label, LABEL_WIDTH).splitlines()) for label in labels)
        figure = new_figure(1.5 + 0.2 * lines + 0.2 * len(labels), palette, rows_grow=True)
        ax = figure.add_subplot()
        style_axes(ax, palette, grid_axis="x")
        rows = list(range(len(labels)))[::-1]
        ax.set_yticks(rows, [wrap(label, LABEL_WIDTH) for label in labels])
        ax.set_ylim(-0.6, len(labels) - 0.4)
        largest = max([c.value or 0 for c in counts] + [1])
        ax.set_xlim(0, largest * 1.15)
        for row, count in zip(rows, counts, strict=True):
            if count.value is not None:
                ax.barh(row, count.value, height=0.56, color=colour, zorder=2)
            ax.text((count.value or 0) + largest * 0.01, row, count.text, va="center",
                    ha="left", fontsize=BASE_FONT - 0.5,
                    color=palette.text if count.value is not None else palette.muted)
        ax.set_xlabel(_("people"))
        names = list(labels)
        if isinstance(figure, FittedFigure):
            figure.fitters.append(lambda renderer: fit_tick_labels(ax, names, 0.38, renderer))
        title(ax, heading, palette, subtitle)
    return finish(figure)


def levels_figure(dashboard: CohortDashboard, *, dark: bool = False) -> Figure:
    return _count_bars(
        _("Levels"), _("People at each rung of the ladder (counts under {min_group} "
                       "hidden).").format(min_group=dashboard.min_group),
        [row.label for row in dashboard.levels],
        [row.count for row in dashboard.levels], colour=theme(dark).knowledge, dark=dark)


def clusters_figure(dashboard: CohortDashboard, *, dark: bool = False) -> Figure:
    return _count_bars(
        _("Best-fitting role clusters"), _("People for whom each cluster fits best."),
        [c.label for c in dashboard.clusters], [c.best_fit for c in dashboard.clusters],
        colour=theme(dark).you, dark=dark)


def milestones_figure(dashboard: CohortDashboard, *, dark: bool = False) -> Figure:
    shown = dashboard.milestones[:MAX_MILESTONES]
    subtitle = (_("How many people's path to their best-fitting cluster includes each "
                  "milestone.") if dashboard.cluster_id is None else
                _("How many people's path to the chosen cluster includes each milestone."))
    return _count_bars(
        _("Milestones that would lift the most people"), subtitle,
        [m.title for m in shown], [m.people for m in shown],
        colour=theme(dark).self_rating, dark=dark)


def heatmap_figure(dashboard: CohortDashboard, *, dark: bool = False) -> Figure:
    """People (rows, anonymous) × dimensions: percent points short of the target."""
    palette = theme(dark)
    heatmap = dashboard.heatmap
    if heatmap is None or not heatmap.rows or not heatmap.dimensions:
        return message_figure(_("Gaps to target"), dashboard.heatmap_note
                              or _("No cluster targets to measure gaps against."), palette)
    values = np.array([[np.nan if v is None else v for v in row] for row in heatmap.rows],
                      dtype=float)
    colours = LinearSegmentedColormap.from_list(
        "gap", [palette.background, palette.gap, palette.you]).with_extremes(bad=palette.grid)
    with literal_text():
        figure = new_figure(4.2, palette)
        ax = figure.add_subplot()
        style_axes(ax, palette, grid_axis=None)
        image = ax.imshow(values, aspect="auto", cmap=colours, vmin=0,
                          vmax=max(1.0, float(np.nanmax(values)) if values.size else 1.0),
                          interpolation="nearest")
        cell_labels = _label_cells(ax, values, image, palette)
        names = [label for _dim, label in heatmap.dimensions]
        ax.set_xticks(range(len(names)), [wrap(label, 14) for label in names])
        rows = len(heatmap.rows)
        ticks = sorted({0, rows - 1, *range(0, rows, max(1, rows // 5))})
        ax.set_yticks(ticks, [str(t + 1) for t in ticks])
        ylabel = _("person (anonymous; most total gap first)")
        ax.set_ylabel(ylabel)

        def fit(renderer: RendererBase) -> None:
            fit_tick_labels(ax, names, 0.94 / max(len(names), 1), renderer, axis="x")
            _show_cell_labels_if_they_fit(ax, values, cell_labels, renderer)
            ax.yaxis.label.set_text(wrap_to_width(ylabel, ax.bbox.height,
                                                  ax.yaxis.label.get_fontproperties(),
                                                  renderer))

        figure.fitters.append(fit)
        bar = figure.colorbar(image, ax=ax, fraction=0.04, pad=0.02)
        bar.set_label(_("points short of target"), color=palette.muted)
        bar.ax.tick_params(colors=palette.muted, labelsize=BASE_FONT - 1)
        bar.outline.set_visible(False)
        title(ax, _("Gaps to target"), palette, ngettext(
            "{n} person against {against}; grey: dimension not targeted.",
            "{n} people against {against}; grey: dimension not targeted.",
            rows).format(against=heatmap.against))
    return finish(figure)


MAX_LABELLED_CELLS = 240


def _label_cells(ax: Any, values: Any, image: Any, palette: Any) -> list[Any]:
    """Each cell's gap as a number ("–": not targeted), so colour is not the only cue
    (WCAG 1.4.1); left out when the cells are too many to hold a number."""
    if values.size > MAX_LABELLED_CELLS:
        return []
    labels = []
    for (row, column), value in np.ndenumerate(values):
        shade = image.cmap(image.norm(value)) if not np.isnan(value) else palette.grid
        dark_cell = sum(to_rgb(shade)[:3]) / 3 < 0.5
        labels.append(ax.text(column, row, "–" if np.isnan(value) else f"{value:.0f}",
                              ha="center", va="center", fontsize=BASE_FONT - 2,
                              color="#FFFFFF" if dark_cell else "#000000"))
    return labels


def _show_cell_labels_if_they_fit(ax: Any, values: Any, labels: list[Any],
                                  renderer: RendererBase) -> None:
    """The numbers show only where every cell can hold one at the size drawn (a printed
    page has smaller cells than a window); the chart's table alternative always has them."""
    if not labels:
        return
    rows, columns = values.shape
    cell_height = ax.bbox.height / max(rows, 1)
    cell_width = ax.bbox.width / max(columns, 1)
    for label in labels:
        label.set_visible(True)
    fits = all(box.width <= cell_width * 0.9 and box.height <= cell_height * 0.9
               for box in (label.get_window_extent(renderer) for label in labels))
    for label in labels:
        label.set_visible(fits)
