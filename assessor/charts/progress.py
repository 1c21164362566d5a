"""Looking ahead and back: the planned path to a role, and the history of results."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timezone
from typing import Any

from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
from matplotlib.figure import Figure

from assessor.charts.theme import (
    BASE_FONT,
    BLUE,
    GREEN,
    ORANGE,
    PURPLE,
    SKY,
    VERMILLION,
    YELLOW,
    finish,
    literal_text,
    message_figure,
    new_figure,
    shorten,
    style_axes,
    theme,
    title,
)
from assessor.core import result_data as data

SERIES_COLOURS = (BLUE, ORANGE, GREEN, PURPLE, SKY, VERMILLION, YELLOW, "#555555")


def path_figure(
    result: Mapping[str, Any], cluster_id: str, path: Mapping[str, Any] | None = None, *,
    dark: bool = False,
) -> Figure:
    """The path's steps as a timeline over cumulative effort hours, with the level reached
    after each step; an unreachable target names the dimensions left short."""
    palette = theme(dark)
    chosen = data.cluster(result, cluster_id)
    plan = path if path is not None else data.path(result, cluster_id)
    heading = f"Path to {chosen['label']}"
    if plan is None:
        return message_figure(heading, "The result holds no path for this role.", palette)
    steps = data.path_steps(plan)
    levels = data.level_labels(result)
    dim_labels = data.dimension_labels(result)
    reachable = bool(plan.get("reachable"))
    short = [dim_labels.get(str(d), str(d)) for d in plan.get("short") or []]
    if not steps:
        text = ("You already meet every target for this role." if reachable else
                "No milestone in this questionnaire raises the dimensions you are short in"
                + (f": {', '.join(short)}." if short else "."))
        return message_figure(heading, text, palette)
    total = sum(data.step_hours(step) for step in steps)
    with literal_text():
        figure = new_figure(1.5 + 0.55 * len(steps), palette)
        ax = figure.add_subplot()
        style_axes(ax, palette, grid_axis="x")
        rows = list(range(len(steps)))[::-1]
        # Step names sit above their bars, not as tick labels: long course titles would
        # otherwise take half the width from the timeline itself.
        ax.set_yticks([])
        ax.set_ylim(-0.55, len(steps) - 0.2)
        ax.set_xlim(0, max(total, 1.0) * 1.02)
        ax.set_xlabel("Cumulative effort (hours)", fontsize=BASE_FONT)
        start, previous_level = 0.0, data.placement_id(result)
        for number, (row, step) in enumerate(zip(rows, steps, strict=True), start=1):
            hours = data.step_hours(step)
            level_id = step.get("level")
            raised = level_id is not None and level_id != previous_level
            ax.barh(row - 0.12, max(hours, total * 0.004), left=start, height=0.3,
                    color=palette.you if raised else palette.knowledge, zorder=2)
            label = f"{hours:g} h"
            if level_id is not None:
                name = levels.get(str(level_id), str(level_id))
                label += f" → {name}" + (" (new level)" if raised else "")
            name_text = shorten(str(step.get("title") or step.get("milestone")), 70)
            ax.text(0, row + 0.1, f"{number}. {name_text}", va="bottom", ha="left",
                    fontsize=BASE_FONT - 0.5, color=palette.text)
            # The hours go after the bar, or before it once the bar is far to the right.
            late = start + hours > total * 0.6
            ax.text(start - total * 0.01 if late else start + hours + total * 0.01,
                    row - 0.12, label, va="center", ha="right" if late else "left",
                    fontsize=BASE_FONT - 0.5, color=palette.text if raised else palette.muted,
                    fontweight="bold" if raised else "normal")
            start += hours
            previous_level = level_id
        if reachable:
            title(ax, heading, palette, f"{_steps(len(steps))}, {total:g} hours in all")
        else:
            title(ax, heading, palette,
                  f"Out of reach: still short in {', '.join(short) or 'some targets'} "
                  f"after {_steps(len(steps))} ({total:g} h)", subtitle_colour=palette.you)
    return finish(figure)


def _steps(count: int) -> str:
    return f"{count} step" if count == 1 else f"{count} steps"


def _days(moment: datetime) -> float:
    """Matplotlib's date number: days since its default epoch, 1970-01-01 UTC."""
    return moment.timestamp() / 86400.0


def _when(result: Mapping[str, Any]) -> datetime | None:
    value = result.get("completed_at")
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def trend_figure(results: Sequence[Mapping[str, Any]], *, dark: bool = False) -> Figure:
    """Each dimension's percent over `completed_at`, one line per dimension, with the level
    placed at each date written above it."""
    palette = theme(dark)
    dated = sorted(((when, r) for r in results if (when := _when(r)) is not None),
                   key=lambda pair: pair[0])
    undated = len(results) - len(dated)
    if not dated:
        return message_figure("Progress over time",
                              "No results with a valid completion date to show yet.", palette)
    dims: dict[str, str] = {}
    for _, result in reversed(dated):  # the newest result's labels win
        for dim, label in data.dimensions(result):
            dims.setdefault(dim, label)
    with literal_text():
        figure = new_figure(3.9, palette)
        ax = figure.add_subplot()
        style_axes(ax, palette, grid_axis="y")
        ax.set_ylim(0, 112)
        ax.set_yticks([0, 25, 50, 75, 100], ["0", "25", "50", "75", "100%"])
        times = [when for when, _ in dated]
        for index, (dim, label) in enumerate(dims.items()):
            points = [(when, v) for when, r in dated
                      if (v := data.score_value(r, dim)) is not None]
            if not points:
                continue
            ax.plot([_days(p[0]) for p in points], [p[1] for p in points], marker="o", markersize=5,
                    linewidth=2, color=SERIES_COLOURS[index % len(SERIES_COLOURS)],
                    label=shorten(label, 28))
        for when, result in dated:
            level = data.placement_label(result)
            if level:
                ax.annotate(shorten(level, 18), (_days(when), 104), ha="center", va="bottom",
                            fontsize=BASE_FONT - 1, color=palette.muted, annotation_clip=False)
        if len(times) == 1:
            middle = _days(times[0])
            ax.set_xlim(middle - 1, middle + 1)
        locator = AutoDateLocator(minticks=2, maxticks=6)  # type: ignore[no-untyped-call]
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False,
                  fontsize=BASE_FONT - 0.5, labelcolor=palette.text)
        subtitle = f"{len(dated)} result{'s' if len(dated) != 1 else ''}; levels shown above"
        if undated:
            subtitle += f"; {undated} without a valid date not shown"
        title(ax, "Progress over time", palette, subtitle)
    return finish(figure)
