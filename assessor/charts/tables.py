"""Text equivalents of the charts (WCAG 1.1.1): each chart builder's data as a small table
and a one-paragraph description, from the same arguments the chart is drawn from. Qt-free,
so the GUI's "Show as table", a screen reader's description and the HTML report's chart
text say what the chart shows."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from assessor.core.i18n import _, format_number, format_percent, format_short, ngettext
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
            return _("{caption}. No data to show.").format(caption=self.caption)
        lines = [f"{self.caption}."]
        for row in self.rows[:limit]:
            pairs = [cell if index == 0 else f"{self.headers[index]} {cell}"
                     for index, cell in enumerate(row) if cell]
            lines.append(", ".join(pairs) + ".")
        if len(self.rows) > limit:
            lines.append(ngettext("And {n} more row; show the chart as a table.",
                                  "And {n} more rows; show the chart as a table.",
                                  len(self.rows) - limit))
        return " ".join(lines)


def _percent(value: float | None) -> str:
    return "—" if value is None else format_percent(value)


def _hours(value: float) -> str:
    return _("{hours} h").format(hours=format_short(value))


def _ladder(result: ResultLike) -> ChartTable:
    view = ResultView.of(result)
    levels = view.ladder
    current = view.placement_id
    ids = [level.id for level in levels]
    index = ids.index(current) if current in ids else -1
    rows = []
    for position, level in reversed(list(enumerate(levels))):
        status = (_("your level") if position == index else
                  _("reached") if position < index else _("not yet"))
        rows.append((f"{position + 1}. {level.label}", status))
    return ChartTable(_("Career ladder, highest rung first"), (_("Rung"), _("Status")),
                      tuple(rows))


def _plane(result: ResultLike) -> ChartTable:
    view = ResultView.of(result)
    axes = view.plane
    if axes is None:
        return ChartTable(_("Role map"), (_("Who"),), ())
    labels = view.dimension_labels()
    x_dim, y_dim = axes
    rows = [(_("You"), _percent(view.score_value(x_dim)), _percent(view.score_value(y_dim)))]
    for cluster in view.clusters:
        target = cluster.target
        rows.append((_("{role} (target)").format(role=cluster.label),
                     _percent(target.get(x_dim)),
                     _percent(target.get(y_dim))))
    return ChartTable(_("Role map: {x_dimension} against {y_dimension}").format(
        x_dimension=labels[x_dim], y_dimension=labels[y_dim]),
        (_("Who"), labels[x_dim], labels[y_dim]), tuple(rows))


def _dimensions(result: ResultLike, cluster_id: str | None = None) -> ChartTable:
    view = ResultView.of(result)
    chosen_id = cluster_id if cluster_id is not None else view.best_cluster_id
    chosen = view.cluster(chosen_id) if chosen_id is not None else None
    targets: Mapping[str, float] = chosen.target if chosen else {}
    rows = []
    for dim, label in view.dimensions:
        value, target = view.score_value(dim), targets.get(dim)
        gap = ("—" if value is None or target is None else
               _("met") if value >= target else
               _("{points} points short").format(points=format_number(target - value)))
        rows.append((label, _percent(value), _percent(target), gap))
    caption = (_("Your dimensions against {role}").format(role=chosen.label) if chosen
               else _("Your dimensions"))
    return ChartTable(caption, (_("Dimension"), _("You"), _("Target"), _("Gap")), tuple(rows))


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
        rows.append((f"{number}. {step.title or step.milestone}", _hours(hours),
                     _hours(total), levels.get(level, level) if level else "—"))
    caption = (_("Path to {role} (out of reach with these steps)")
               if plan is not None and not plan.reachable else _("Path to {role}"))
    return ChartTable(caption.format(role=chosen.label),
                      (_("Step"), _("Effort"), _("Total"), _("Level after")), tuple(rows))


def _calibration(result: ResultLike) -> ChartTable:
    view = ResultView.of(result)
    rows = tuple((label, _percent(view.score_value(dim, "self")),
                  _percent(view.score_value(dim, "knowledge")))
                 for dim, label in view.dimensions)
    return ChartTable(_("Self-rating against knowledge checks"),
                      (_("Dimension"), _("Self-rating"), _("Knowledge check")), rows)


def _trend(results: Sequence[ResultLike]) -> ChartTable:
    views = [ResultView.of(r) for r in results]
    dims: dict[str, str] = {}
    for view in views:
        for dim, label in view.dimensions:
            dims.setdefault(dim, label)
    ordered = sorted(views, key=lambda r: r.completed_at or "")
    rows = tuple(((r.completed_at or _("no date"))[:10], r.placement_label or "—",
                  *(_percent(r.score_value(dim)) for dim in dims)) for r in ordered)
    return ChartTable(_("Progress over time, oldest first"),
                      (_("Completed"), _("Level"), *dims.values()), rows)


def _counts(caption: str, header: str, pairs: Sequence[tuple[str, Any]]) -> ChartTable:
    return ChartTable(caption, (header, _("People")),
                      tuple((label, count.text) for label, count in pairs))


def _levels(dashboard: Any) -> ChartTable:
    return _counts(_("People per level"), _("Level"),
                   [(row.label, row.count) for row in dashboard.levels])


def _clusters(dashboard: Any) -> ChartTable:
    return _counts(_("Best-fitting role clusters"), _("Cluster"),
                   [(c.label, c.best_fit) for c in dashboard.clusters])


def _milestones(dashboard: Any) -> ChartTable:
    return _counts(_("Milestones that would lift the most people"), _("Milestone"),
                   [(m.title, m.people) for m in dashboard.milestones])


def _heatmap(dashboard: Any) -> ChartTable:
    heatmap = dashboard.heatmap
    if heatmap is None:
        return ChartTable(_("Gaps to target"), (_("Person"),), ())
    headers = (_("Person"), *(label for _dim, label in heatmap.dimensions))
    rows = tuple((str(number), *(_("not targeted") if v is None else
                                 _("{points} points short").format(points=format_number(v))
                                 for v in row))
                 for number, row in enumerate(heatmap.rows, start=1))
    return ChartTable(_("Gaps to target against {against}").format(against=heatmap.against),
                      headers, rows)


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
