"""The person's profile: every dimension against a role's target, and self-rating against
the knowledge check (calibration)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from matplotlib.axes import Axes
from matplotlib.backend_bases import RendererBase
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from assessor.charts.text_fit import BASE_FONT, fit_tick_labels
from assessor.charts.theme import (
    FittedFigure,
    finish,
    literal_text,
    message_figure,
    new_figure,
    percent_text,
    percent_ticks,
    style_axes,
    theme,
    title,
    wrap,
)
from assessor.core.i18n import _
from assessor.core.results.view import ResultView
from assessor.core.scoring.calibration import calibration

LABEL_WIDTH = 34  # characters, a first guess before the figure is drawn
LABEL_SHARE = 0.3  # of the figure's width for the dimension names


def _fit_rows(figure: Figure, ax: Axes, names: list[str],
              handles: list[Any] | None, palette: Any) -> None:
    """Wrap the dimension names to the width the figure is drawn at, and put the legend
    (of `handles`) under the plot in as many columns as fit. Matplotlib lays a legend's
    columns out once: it is made again for each count tried."""
    def legend(columns: int) -> Legend:
        with literal_text():
            made = figure.legend(handles=handles, loc="outside lower center", ncols=columns,
                                 frameon=False, fontsize=BASE_FONT - 0.5,
                                 labelcolor=palette.text)
        for text in made.get_texts():
            text.set_parse_math(False)
        return made

    shown = [legend(len(handles))] if handles else []

    def fit(renderer: RendererBase) -> None:
        fit_tick_labels(ax, names, LABEL_SHARE, renderer)
        if not handles:
            return
        shown.pop().remove()
        for columns in range(len(handles), 0, -1):
            made = legend(columns)
            if columns == 1 or made.get_window_extent(renderer).width <= \
                    figure.bbox.width * 0.95:
                break
            made.remove()
        shown.append(made)

    if isinstance(figure, FittedFigure):
        figure.fitters.append(fit)


def _rows_height(dims: list[tuple[str, str]], width: int = LABEL_WIDTH) -> float:
    """Inches for the rows with names wrapped at `width` characters."""
    lines = sum(len(wrap(label, width).splitlines()) for _dim, label in dims)
    return 1.4 + 0.26 * max(len(dims), 1) + 0.17 * lines


def _profile_figure(dims: list[tuple[str, str]], palette: Any) -> Figure:
    """Print height for the page's width; in the GUI at least the height the names need
    wrapped beside a chart half a small window wide (presentation mode at 1024 pixels gives
    the names about 120 pixels: 18 characters a line)."""
    figure = new_figure(_rows_height(dims), palette, rows_grow=True)
    figure.min_height = _rows_height(dims, 18)
    return figure


def dimensions_figure(
    result: ResultView | Mapping[str, Any], cluster_id: str | None = None, *,
    dark: bool = False
) -> Figure:
    """Horizontal bars of every dimension's percent, the chosen cluster's target marked and
    the gap to it shaded. `cluster_id=None` means the best-fitting cluster (if any)."""
    palette = theme(dark)
    view = ResultView.of(result)
    dims = list(view.dimensions)
    if not dims:
        return message_figure(_("Your profile"), _("The result has no scored dimensions."),
                              palette)
    chosen_id = cluster_id if cluster_id is not None else view.best_cluster_id
    chosen = view.cluster(chosen_id) if chosen_id is not None else None
    targets: Mapping[str, float] = chosen.target if chosen else {}
    with literal_text():
        figure = _profile_figure(dims, palette)
        ax = figure.add_subplot()
        style_axes(ax, palette, grid_axis="x")
        rows = list(range(len(dims)))[::-1]  # first dimension at the top
        ax.set_yticks(rows, [wrap(label, LABEL_WIDTH) for _dim, label in dims])
        ax.set_xlim(0, 100)
        ax.set_ylim(-0.6, len(dims) - 0.4)
        ax.set_xticks([0, 25, 50, 75, 100], percent_ticks())
        for row, (dim, _label) in zip(rows, dims, strict=True):
            value = view.score_value(dim)
            shown = value if value is not None else 0.0
            ax.barh(row, shown, height=0.56, color=palette.knowledge, zorder=2)
            target = targets.get(dim)
            if target is not None and target > shown:
                ax.barh(row, target - shown, left=shown, height=0.56, color=palette.gap,
                        edgecolor=palette.gap_edge, linewidth=1.2, zorder=1)
            if target is not None:
                ax.plot([target, target], [row - 0.38, row + 0.38], color=palette.target,
                        linewidth=2.2, solid_capstyle="butt", zorder=3)
            _value_label(ax, row, value, shown, target=target, palette=palette)
        handles: list[Any] | None = None
        if chosen:
            subtitle = _("Your score, the gap and the role's target, per dimension.")
            handles = [Patch(color=palette.knowledge, label=_("Your score")),
                       Patch(facecolor=palette.gap, edgecolor=palette.gap_edge,
                             linewidth=1.2, label=_("Gap to target")),
                       Line2D([], [], color=palette.target, linewidth=2.2, label=_("Target"))]
        else:
            subtitle = _("Your score per dimension (no role targets in this questionnaire).")
        _fit_rows(figure, ax, [label for _dim, label in dims], handles, palette)
        heading = (_("Your profile vs {role}").format(role=chosen.label) if chosen
                   else _("Your profile"))
        title(ax, heading, palette, subtitle)
    return finish(figure)


def _fit_notes(ax: Axes, notes: list[tuple[Any, float, float]],
               renderer: RendererBase) -> None:
    """A reading goes right of its line, else left of it, else just above the line."""
    inside = ax.get_window_extent(renderer)
    for note, low, high in notes:
        row = note.xy[1]
        for x, offset, ha, va in ((high, (8, 0), "left", "center"),
                                  (low, (-8, 0), "right", "center"),
                                  ((low + high) / 2, (0, 7), "center", "bottom")):
            note.xy = (x, row)
            note.xyann = offset
            note.set_horizontalalignment(ha)
            note.set_verticalalignment(va)
            box = note.get_window_extent(renderer)
            if box.x0 >= inside.x0 and box.x1 <= inside.x1:
                break


def _value_label(ax: Axes, row: int, value: float | None, shown: float, *,
                 target: float | None, palette: Any) -> None:
    """The percent beside its bar, clear of the bar, the gap and the target mark; inside the
    bar (white on the bar's colour) only when there is no room to its right."""
    label = percent_text(value) if value is not None else _("no score")
    end = max(shown, target or 0.0)
    if end <= 86 or shown < 14:
        ax.annotate(label, (end, row), xytext=(4, 0), textcoords="offset points",
                    va="center", ha="left", fontsize=BASE_FONT - 0.5, color=palette.muted,
                    zorder=4)
        return
    # No room on the right: inside the bar, at whichever end is clear of the target mark.
    at_start = target is not None and shown - 12 <= target <= shown
    ax.annotate(label, (0 if at_start else shown, row), xytext=(4 if at_start else -4, 0),
                textcoords="offset points", va="center", ha="left" if at_start else "right",
                fontsize=BASE_FONT - 0.5, color="#FFFFFF", fontweight="bold", zorder=4)


def calibration_figure(result: ResultView | Mapping[str, Any], *,
                       dark: bool = False) -> Figure:
    """Per dimension, the self-rating percent and the knowledge-check percent joined by a line:
    a long line with self on the right is over-confidence."""
    palette = theme(dark)
    view = ResultView.of(result)
    dims = list(view.dimensions)
    if not dims:
        return message_figure(_("Self-rating vs knowledge check"),
                              _("The result has no scored dimensions."), palette)
    with literal_text():
        figure = _profile_figure(dims, palette)
        ax = figure.add_subplot()
        style_axes(ax, palette, grid_axis="x")
        rows = list(range(len(dims)))[::-1]
        notes: list[tuple[Any, float, float]] = []
        ax.set_yticks(rows, [wrap(label, LABEL_WIDTH) for _dim, label in dims])
        ax.set_xlim(-2, 102)
        ax.set_ylim(-0.6, len(dims) - 0.4)
        ax.set_xticks([0, 25, 50, 75, 100], percent_ticks())
        for row, (dim, _label) in zip(rows, dims, strict=True):
            rated = view.score_value(dim, "self")
            known = view.score_value(dim, "knowledge")
            if rated is not None and known is not None:
                ax.plot([rated, known], [row, row], color=palette.grid, linewidth=3.5,
                        solid_capstyle="round", zorder=1)
                reading = calibration(rated, known)
                if reading in ("over", "under"):
                    note = _("over-confident?") if reading == "over" else _("under-rated?")
                    notes.append((ax.annotate(note, (max(rated, known), row), xytext=(8, 0),
                                              textcoords="offset points", ha="left",
                                              va="center", fontsize=BASE_FONT - 1,
                                              color=palette.muted, style="italic"),
                                  min(rated, known), max(rated, known)))
            if rated is not None:
                ax.scatter([rated], [row], s=70, facecolor=palette.background,
                           edgecolor=palette.self_rating, linewidths=2.2, zorder=3)
            if known is not None:
                ax.scatter([known], [row], s=70, color=palette.knowledge, zorder=4)
            if rated is None or known is None:
                anchor = rated if rated is not None else known
                text = (_("no self-rating or knowledge check") if anchor is None else
                        _("no self-rating") if rated is None else _("no knowledge check"))
                x = 50 if anchor is None else (anchor + 3 if anchor < 60 else anchor - 3)
                ha = "center" if anchor is None else ("left" if anchor < 60 else "right")
                ax.text(x, row, text, ha=ha, va="center", fontsize=BASE_FONT - 1,
                        color=palette.muted, style="italic")
        handles = [
            Line2D([], [], marker="o", linestyle="none", markersize=8,
                   markerfacecolor=palette.background, markeredgecolor=palette.self_rating,
                   markeredgewidth=2, label=_("Self-rating")),
            Line2D([], [], marker="o", linestyle="none", markersize=8,
                   color=palette.knowledge, label=_("Knowledge check")),
        ]
        _fit_rows(figure, ax, [label for _dim, label in dims], handles, palette)
        if isinstance(figure, FittedFigure):
            figure.fitters.append(lambda renderer: _fit_notes(ax, notes, renderer))
        title(ax, _("Self-rating vs knowledge check"), palette,
              _("How your own rating compares with the knowledge questions, per dimension."))
    return finish(figure)
