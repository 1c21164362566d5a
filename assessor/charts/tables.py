"""Text equivalents of the charts (WCAG 1.1.1): each chart builder's data as a small table
and a one-paragraph description, from the same arguments the chart is drawn from. Qt-free,
so the GUI's "Show as table", a screen reader's description and the HTML report's chart
text say what the chart shows."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from assessor.core.i18n import _, format_number, format_percent, format_short, ngettext
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


def _ladder(result: Mapping[str, Any]) -> ChartTable:
    levels = data.ladder(result)
    current = data.placement_id(result)
    ids = [level["id"] for level in levels]
    index = ids.index(current) if current in ids else -1
    rows = []
    for position, level in reversed(list(enumerate(levels))):
        status = (_("your level") if position == index else
                  _("reached") if position < index else _("not yet"))
        rows.append((f"{position + 1}. {level.get('label', level['id'])}", status))
    return ChartTable(_("Career ladder, highest rung first"), (_("Rung"), _("Status")),
                      tuple(rows))


def _plane(result: Mapping[str, Any]) -> ChartTable:
    axes = data.plane_axes(result)
    if axes is None:
        return ChartTable(_("Role map"), (_("Who"),), ())
    labels = data.dimension_labels(result)
    x_dim, y_dim = axes
    rows = [(_("You"), _percent(data.score_value(result, x_dim)),
             _percent(data.score_value(result, y_dim)))]
    for cluster in data.clusters(result):
        target = cluster["target"]
        rows.append((_("{role} (target)").format(role=cluster["label"]),
                     _percent(target.get(x_dim)),
                     _percent(target.get(y_dim))))
    return ChartTable(_("Role map: {x_dimension} against {y_dimension}").format(
        x_dimension=labels[x_dim], y_dimension=labels[y_dim]),
        (_("Who"), labels[x_dim], labels[y_dim]), tuple(rows))


def _dimensions(result: Mapping[str, Any], cluster_id: str | None = None) -> ChartTable:
    chosen_id = cluster_id if cluster_id is not None else data.best_cluster_id(result)
    chosen = data.cluster(result, chosen_id) if chosen_id is not None else None
    targets: dict[str, float] = chosen["target"] if chosen else {}
    rows = []
    for dim, label in data.dimensions(result):
        value, target = data.score_value(result, dim), targets.get(dim)
        gap = ("—" if value is None or target is None else
               _("met") if value >= target else
               _("{points} points short").format(points=format_number(target - value)))
        rows.append((label, _percent(value), _percent(target), gap))
    caption = (_("Your dimensions against {role}").format(role=chosen["label"]) if chosen
               else _("Your dimensions"))
    return ChartTable(caption, (_("Dimension"), _("You"), _("Target"), _("Gap")), tuple(rows))


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
        rows.append((f"{number}. {step.get('title') or step.get('milestone')}", _hours(hours),
                     _hours(total), levels.get(str(level), str(level)) if level else "—"))
    caption = (_("Path to {role} (out of reach with these steps)")
               if plan is not None and not plan.get("reachable") else _("Path to {role}"))
    return ChartTable(caption.format(role=chosen["label"]),
                      (_("Step"), _("Effort"), _("Total"), _("Level after")), tuple(rows))


def _calibration(result: Mapping[str, Any]) -> ChartTable:
    rows = tuple((label, _percent(data.score_value(result, dim, "self")),
                  _percent(data.score_value(result, dim, "knowledge")))
                 for dim, label in data.dimensions(result))
    return ChartTable(_("Self-rating against knowledge checks"),
                      (_("Dimension"), _("Self-rating"), _("Knowledge check")), rows)


def _trend(results: Sequence[Mapping[str, Any]]) -> ChartTable:
    dims: dict[str, str] = {}
    for result in results:
        for dim, label in data.dimensions(result):
            dims.setdefault(dim, label)
    ordered = sorted(results, key=lambda r: str(r.get("completed_at") or ""))
    rows = tuple((str(r.get("completed_at") or _("no date"))[:10],
                  data.placement_label(r) or "—",
                  *(_percent(data.score_value(r, dim)) for dim in dims)) for r in ordered)
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
