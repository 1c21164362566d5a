"""Text equivalents of the charts (WCAG 1.1.1): each chart builder's data as a small table
and a one-paragraph description, from the same arguments the chart is drawn from. Qt-free,
so the GUI's "Show as table", a screen reader's description and the HTML report's chart
text say what the chart shows."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from assessor.core.results import data


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


def _ladder(result: Mapping[str, Any]) -> ChartTable:
    levels = data.ladder(result)
    current = data.placement_id(result)
    ids = [level["id"] for level in levels]
    index = ids.index(current) if current in ids else -1
    rows = []
    for position, level in reversed(list(enumerate(levels))):
        status = ("your level" if position == index else
                  "reached" if position < index else "not yet")
        rows.append((f"{position + 1}. {level.get('label', level['id'])}", status))
    return ChartTable("Career ladder, highest rung first", ("Rung", "Status"), tuple(rows))


def _plane(result: Mapping[str, Any]) -> ChartTable:
    axes = data.plane_axes(result)
    if axes is None:
        return ChartTable("Role map", ("Who",), ())
    labels = data.dimension_labels(result)
    x_dim, y_dim = axes
    rows = [("You", _percent(data.score_value(result, x_dim)),
             _percent(data.score_value(result, y_dim)))]
    for cluster in data.clusters(result):
        target = cluster["target"]
        rows.append((f"{cluster['label']} (target)", _percent(target.get(x_dim)),
                     _percent(target.get(y_dim))))
    return ChartTable(f"Role map: {labels[x_dim]} against {labels[y_dim]}",
                      ("Who", labels[x_dim], labels[y_dim]), tuple(rows))


def _dimensions(result: Mapping[str, Any], cluster_id: str | None = None) -> ChartTable:
    chosen_id = cluster_id if cluster_id is not None else data.best_cluster_id(result)
    chosen = data.cluster(result, chosen_id) if chosen_id is not None else None
    targets: dict[str, float] = chosen["target"] if chosen else {}
    rows = []
    for dim, label in data.dimensions(result):
        value, target = data.score_value(result, dim), targets.get(dim)
        gap = ("—" if value is None or target is None else
               "met" if value >= target else f"{target - value:.0f} points short")
        rows.append((label, _percent(value), _percent(target), gap))
    role = f" against {chosen['label']}" if chosen else ""
    return ChartTable(f"Your dimensions{role}", ("Dimension", "You", "Target", "Gap"),
                      tuple(rows))


def _path(result: Mapping[str, Any], cluster_id: str,
          path: Mapping[str, Any] | None = None) -> ChartTable:
    chosen = data.cluster(result, cluster_id)
    plan = path if path is not None else data.path(result, cluster_id)
    levels = data.level_labels(result)
    rows = []
    total = 0.0
    for number, step in enumerate(data.path_steps(plan or {}), start=1):
        hours = data.step_hours(step)
        total += hours
        level = step.get("level")
        rows.append((f"{number}. {step.get('title') or step.get('milestone')}", f"{hours:g} h",
                     f"{total:g} h", levels.get(str(level), str(level)) if level else "—"))
    caption = f"Path to {chosen['label']}"
    if plan is not None and not plan.get("reachable"):
        caption += " (out of reach with these steps)"
    return ChartTable(caption, ("Step", "Effort", "Total", "Level after"), tuple(rows))


def _calibration(result: Mapping[str, Any]) -> ChartTable:
    rows = tuple((label, _percent(data.score_value(result, dim, "self")),
                  _percent(data.score_value(result, dim, "knowledge")))
                 for dim, label in data.dimensions(result))
    return ChartTable("Self-rating against knowledge checks",
                      ("Dimension", "Self-rating", "Knowledge check"), rows)


def _trend(results: Sequence[Mapping[str, Any]]) -> ChartTable:
    dims: dict[str, str] = {}
    for result in results:
        for dim, label in data.dimensions(result):
            dims.setdefault(dim, label)
    ordered = sorted(results, key=lambda r: str(r.get("completed_at") or ""))
    rows = tuple((str(r.get("completed_at") or "no date")[:10], data.placement_label(r) or "—",
                  *(_percent(data.score_value(r, dim)) for dim in dims)) for r in ordered)
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
