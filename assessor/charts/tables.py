"""Text equivalents of the charts (WCAG 1.1.1): each chart builder's data as a small table
and a one-paragraph description, from the same arguments the chart is drawn from. Qt-free,
so the GUI's "Show as table", a screen reader's description and the HTML report's chart
text say what the chart shows."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from assessor.core.results.view import ClusterPath, ResultView, path_from_data

ResultLike = ResultView | Mapping[str, Any]


@dataclass(frozen=True)
class ChartTable:
    """A chart's numbers as a table: caption, headers and rows (for keyboard and screen
    reader users)."""

    caption: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    def description(self, limit: int = 40) -> str:
        """The caption and every row as "header: value" pairs, for accessibleDescription."""
        if not self.rows:
            return f"{self.caption}. No data to show."
        lines = [f"{self.caption}."]
        for row in self.rows[:limit]:
            pairs = [cell if index == 0 else f"{self.headers[index]} {cell}"
                     for index, cell in enumerate(row) if cell]
            lines.append(", ".join(pairs) + ".")
        if len(self.rows) > limit:
            lines.append(f"And {len(self.rows) - limit} more rows; show the chart as a table.")
        return " ".join(lines)


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}%"


def _ladder(result: ResultLike) -> ChartTable:
    view = ResultView.of(result)
    levels = view.ladder
    current = view.placement_id
    ids = [level.id for level in levels]
    index = ids.index(current) if current in ids else -1
    rows = []
    for position, level in reversed(list(enumerate(levels))):
        status = ("your level" if position == index else
                  "reached" if position < index else "not yet")
        rows.append((f"{position + 1}. {level.label}", status))
    return ChartTable("Career ladder, highest rung first", ("Rung", "Status"), tuple(rows))


def _plane(result: ResultLike) -> ChartTable:
    view = ResultView.of(result)
    axes = view.plane
    if axes is None:
        return ChartTable("Role map", ("Who",), ())
    labels = view.dimension_labels()
    x_dim, y_dim = axes
    rows = [("You", _percent(view.score_value(x_dim)), _percent(view.score_value(y_dim)))]
    for cluster in view.clusters:
        target = cluster.target
        rows.append((f"{cluster.label} (target)", _percent(target.get(x_dim)),
                     _percent(target.get(y_dim))))
    return ChartTable(f"Role map: {labels[x_dim]} against {labels[y_dim]}",
                      ("Who", labels[x_dim], labels[y_dim]), tuple(rows))


def _dimensions(result: ResultLike, cluster_id: str | None = None) -> ChartTable:
    view = ResultView.of(result)
    chosen_id = cluster_id if cluster_id is not None else view.best_cluster_id
    chosen = view.cluster(chosen_id) if chosen_id is not None else None
    targets: Mapping[str, float] = chosen.target if chosen else {}
    rows = []
    for dim, label in view.dimensions:
        value, target = view.score_value(dim), targets.get(dim)
        gap = ("—" if value is None or target is None else
               "met" if value >= target else f"{target - value:.0f} points short")
        rows.append((label, _percent(value), _percent(target), gap))
    role = f" against {chosen.label}" if chosen else ""
    return ChartTable(f"Your dimensions{role}", ("Dimension", "You", "Target", "Gap"),
                      tuple(rows))


def _path(result: ResultLike, cluster_id: str,
          path: ClusterPath | Mapping[str, Any] | None = None) -> ChartTable:
    view = ResultView.of(result)
    chosen = view.cluster(cluster_id)
    plan = view.path(cluster_id) if path is None else (
        path if isinstance(path, ClusterPath) else path_from_data(path))
    levels = view.level_labels()
    rows = []
    total = 0.0
    for number, step in enumerate(plan.steps if plan is not None else (), start=1):
        hours = step.effort_hours
        total += hours
        level = step.level
        rows.append((f"{number}. {step.title or step.milestone}", f"{hours:g} h",
                     f"{total:g} h", levels.get(level, level) if level else "—"))
    caption = f"Path to {chosen.label}"
    if plan is not None and not plan.reachable:
        caption += " (out of reach with these steps)"
    return ChartTable(caption, ("Step", "Effort", "Total", "Level after"), tuple(rows))


def _calibration(result: ResultLike) -> ChartTable:
    view = ResultView.of(result)
    rows = tuple((label, _percent(view.score_value(dim, "self")),
                  _percent(view.score_value(dim, "knowledge")))
                 for dim, label in view.dimensions)
    return ChartTable("Self-rating against knowledge checks",
                      ("Dimension", "Self-rating", "Knowledge check"), rows)


def _trend(results: Sequence[ResultLike]) -> ChartTable:
    views = [ResultView.of(r) for r in results]
    dims: dict[str, str] = {}
    for view in views:
        for dim, label in view.dimensions:
            dims.setdefault(dim, label)
    ordered = sorted(views, key=lambda r: r.completed_at or "")
    rows = tuple(((r.completed_at or "no date")[:10], r.placement_label or "—",
                  *(_percent(r.score_value(dim)) for dim in dims)) for r in ordered)
    return ChartTable("Progress over time, oldest first", ("Completed", "Level", *dims.values()),
                      rows)


def _counts(caption: str, header: str, pairs: Sequence[tuple[str, Any]]) -> ChartTable:
    return ChartTable(caption, (header, "People"),
                      tuple((label, count.text) for label, count in pairs))


def _levels(dashboard: Any) -> ChartTable:
    return _counts("People per level", "Level",
                   [(row.label, row.count) for row in dashboard.levels])


def _clusters(dashboard: Any) -> ChartTable:
    return _counts("Best-fitting role clusters", "Cluster",
                   [(c.label, c.best_fit) for c in dashboard.clusters])


def _milestones(dashboard: Any) -> ChartTable:
    return _counts("Milestones that would lift the most people", "Milestone",
                   [(m.title, m.people) for m in dashboard.milestones])


def _heatmap(dashboard: Any) -> ChartTable:
    heatmap = dashboard.heatmap
    if heatmap is None:
        return ChartTable("Gaps to target", ("Person",), ())
    headers = ("Person", *(label for _, label in heatmap.dimensions))
    rows = tuple((str(number), *("not targeted" if v is None else f"{v:.0f} points short"
                                 for v in row))
                 for number, row in enumerate(heatmap.rows, start=1))
    return ChartTable(f"Gaps to target against {heatmap.against}", headers, rows)


TABLES: dict[str, Callable[..., ChartTable]] = {
    "ladder_figure": _ladder, "plane_figure": _plane, "dimensions_figure": _dimensions,
    "path_figure": _path, "calibration_figure": _calibration, "trend_figure": _trend,
    "levels_figure": _levels, "clusters_figure": _clusters,
    "milestones_figure": _milestones, "heatmap_figure": _heatmap,
}


def chart_table(builder_name: str, *args: Any) -> ChartTable | None:
    """The chart's data as a table, or None for a builder without one (or bad data, which
    the chart itself reports)."""
    make = TABLES.get(builder_name)
    if make is None:
        return None
    try:
        return make(*args)
    except (KeyError, ValueError, TypeError, AttributeError):
        return None
