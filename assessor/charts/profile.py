"""The person's profile: every dimension against a role's target, and self-rating against
the knowledge check (calibration)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from assessor.charts.theme import (
    BASE_FONT,
    finish,
    literal_text,
    message_figure,
    new_figure,
    percent_text,
    shorten,
    style_axes,
    theme,
    title,
)
from assessor.core import result_data as data
from assessor.core.calibration import calibration

LABEL_WIDTH = 34


def _rows_height(count: int) -> float:
    return 1.2 + 0.42 * max(count, 1)


def dimensions_figure(
    result: Mapping[str, Any], cluster_id: str | None = None, *, dark: bool = False
) -> Figure:
    """Horizontal bars of every dimension's percent, the chosen cluster's target marked and
    the gap to it shaded. `cluster_id=None` means the best-fitting cluster (if any)."""
    palette = theme(dark)
    dims = data.dimensions(result)
    if not dims:
        return message_figure("Your profile", "The result has no scored dimensions.", palette)
    chosen_id = cluster_id if cluster_id is not None else data.best_cluster_id(result)
    chosen = data.cluster(result, chosen_id) if chosen_id is not None else None
    targets: dict[str, float] = chosen["target"] if chosen else {}
    with literal_text():
        figure = new_figure(_rows_height(len(dims)), palette)
        ax = figure.add_subplot()
        style_axes(ax, palette, grid_axis="x")
        rows = list(range(len(dims)))[::-1]  # first dimension at the top
        ax.set_yticks(rows, [shorten(label, LABEL_WIDTH) for _, label in dims])
        ax.set_xlim(0, 100)
        ax.set_ylim(-0.6, len(dims) - 0.4)
        ax.set_xticks([0, 25, 50, 75, 100], ["0", "25", "50", "75", "100%"])
        for row, (dim, _) in zip(rows, dims, strict=True):
            value = data.score_value(result, dim)
            shown = value if value is not None else 0.0
            ax.barh(row, shown, height=0.56, color=palette.knowledge, zorder=2)
            target = targets.get(dim)
            if target is not None and target > shown:
                ax.barh(row, target - shown, left=shown, height=0.56, color=palette.gap,
                        zorder=1)
            if target is not None:
                ax.plot([target, target], [row - 0.38, row + 0.38], color=palette.target,
                        linewidth=2.2, solid_capstyle="butt", zorder=3)
            label = percent_text(value) if value is not None else "no score"
            inside = shown >= 14
            ax.text(shown - 1.5 if inside else shown + 1.5, row, label, va="center",
                    ha="right" if inside else "left", fontsize=BASE_FONT - 0.5,
                    color="#FFFFFF" if inside else palette.muted, zorder=4,
                    fontweight="bold" if inside else "normal")
        if chosen:
            subtitle = "Your score, the gap and the role's target, per dimension."
            handles = [Patch(color=palette.knowledge, label="Your score"),
                       Patch(color=palette.gap, label="Gap to target"),
                       Line2D([], [], color=palette.target, linewidth=2.2, label="Target")]
            legend = ax.legend(handles=handles, loc="lower center", ncols=3, frameon=False,
                               bbox_to_anchor=(0.5, -0.02 - 0.9 / _rows_height(len(dims))),
                               fontsize=BASE_FONT - 0.5, labelcolor=palette.text)
            legend.set_in_layout(True)
        else:
            subtitle = "Your score per dimension (no role targets in this questionnaire)."
        title(ax, "Your profile" + (f" vs {chosen['label']}" if chosen else ""), palette,
              subtitle)
    return finish(figure)


def calibration_figure(result: Mapping[str, Any], *, dark: bool = False) -> Figure:
    """Per dimension, the self-rating percent and the knowledge-check percent joined by a line:
    a long line with self on the right is over-confidence."""
    palette = theme(dark)
    dims = data.dimensions(result)
    if not dims:
        return message_figure("Self-rating vs knowledge check",
                              "The result has no scored dimensions.", palette)
    with literal_text():
        figure = new_figure(_rows_height(len(dims)), palette)
        ax = figure.add_subplot()
        style_axes(ax, palette, grid_axis="x")
        rows = list(range(len(dims)))[::-1]
        ax.set_yticks(rows, [shorten(label, LABEL_WIDTH) for _, label in dims])
        ax.set_xlim(-2, 102)
        ax.set_ylim(-0.6, len(dims) - 0.4)
        ax.set_xticks([0, 25, 50, 75, 100], ["0", "25", "50", "75", "100%"])
        for row, (dim, _) in zip(rows, dims, strict=True):
            rated = data.score_value(result, dim, "self")
            known = data.score_value(result, dim, "knowledge")
            if rated is not None and known is not None:
                ax.plot([rated, known], [row, row], color=palette.grid, linewidth=3.5,
                        solid_capstyle="round", zorder=1)
                reading = calibration(rated, known)
                if reading in ("over", "under"):
                    note = "over-confident?" if reading == "over" else "under-rated?"
                    ax.text(max(rated, known) + 3 if max(rated, known) < 80
                            else min(rated, known) - 3, row, note,
                            ha="left" if max(rated, known) < 80 else "right", va="center",
                            fontsize=BASE_FONT - 1, color=palette.muted, style="italic")
            if rated is not None:
                ax.scatter([rated], [row], s=70, facecolor=palette.background,
                           edgecolor=palette.self_rating, linewidths=2.2, zorder=3)
            if known is not None:
                ax.scatter([known], [row], s=70, color=palette.knowledge, zorder=4)
            missing = [name for name, v in (("self-rating", rated), ("knowledge check", known))
                       if v is None]
            if missing:
                anchor = rated if rated is not None else known
                text = "no " + " or ".join(missing)
                x = 50 if anchor is None else (anchor + 3 if anchor < 60 else anchor - 3)
                ha = "center" if anchor is None else ("left" if anchor < 60 else "right")
                ax.text(x, row, text, ha=ha, va="center", fontsize=BASE_FONT - 1,
                        color=palette.muted, style="italic")
        handles = [
            Line2D([], [], marker="o", linestyle="none", markersize=8,
                   markerfacecolor=palette.background, markeredgecolor=palette.self_rating,
                   markeredgewidth=2, label="Self-rating"),
            Line2D([], [], marker="o", linestyle="none", markersize=8,
                   color=palette.knowledge, label="Knowledge check"),
        ]
        ax.legend(handles=handles, loc="lower center", ncols=2, frameon=False,
                  bbox_to_anchor=(0.5, -0.02 - 0.9 / _rows_height(len(dims))),
                  fontsize=BASE_FONT - 0.5, labelcolor=palette.text)
        title(ax, "Self-rating vs knowledge check", palette,
              "How your own rating compares with the knowledge questions, per dimension.")
    return finish(figure)
