"""Looking ahead and back: the planned path to a role, and the history of results."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime, timezone
from typing import Any

from matplotlib.backend_bases import RendererBase
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
from matplotlib.figure import Figure
from matplotlib.text import Text
from matplotlib.ticker import MaxNLocator

from assessor.charts.text_fit import BASE_FONT, fit_tick_labels, wrap_to_width
from assessor.charts.theme import (
    BLUE,
    GREEN,
    ORANGE,
    PURPLE,
    SKY,
    VERMILLION,
    YELLOW,
    FittedFigure,
    finish,
    literal_text,
    message_figure,
    new_figure,
    percent_ticks,
    style_axes,
    theme,
    title,
    wrap,
)
from assessor.core.i18n import (
    _,
    current_language,
    format_day,
    format_short,
    month_abbreviation,
    ngettext,
)
from assessor.core.results.view import ClusterPath, ResultView, path_from_data

SERIES_COLOURS = (BLUE, ORANGE, GREEN, PURPLE, SKY, VERMILLION, YELLOW, "#555555")


def path_figure(
    result: ResultView | Mapping[str, Any], cluster_id: str,
    path: ClusterPath | Mapping[str, Any] | None = None, *, dark: bool = False,
) -> Figure:
    """The path's steps as a timeline over cumulative effort hours, with the level reached
    after each step; an unreachable target names the dimensions left short."""
    palette = theme(dark)
    view = ResultView.of(result)
    chosen = view.cluster(cluster_id)
    plan = view.path(cluster_id) if path is None else (
        path if isinstance(path, ClusterPath) else path_from_data(path))
    heading = _("Path to {role}").format(role=chosen.label)
    if plan is None:
        return message_figure(heading, _("The result holds no path for this role."), palette)
    steps = plan.steps
    levels = view.level_labels()
    dim_labels = view.dimension_labels()
    reachable = plan.reachable
    short = [dim_labels.get(d, d) for d in plan.short]
    if not steps:
        text = (_("You already meet every target for this role.") if reachable else
                _("No milestone in this questionnaire raises the dimensions you are short "
                  "in: {dimensions}.").format(dimensions=", ".join(short)) if short else
                _("No milestone in this questionnaire raises the dimensions you are short in."))
        return message_figure(heading, text, palette)
    total = sum(step.effort_hours for step in steps)
    with literal_text():
        # Each step's row as tall as its name wrapped beside the timeline.
        name_lines = sum(len(wrap(step.title or step.milestone, 22)
                             .splitlines()) for step in steps)
        figure = new_figure(1.6 + 0.25 * len(steps) + 0.2 * name_lines, palette,
                            rows_grow=True)
        ax = figure.add_subplot()
        style_axes(ax, palette, grid_axis="x")
        rows = list(range(len(steps)))[::-1]
        names = [f"{number}. {step.title or step.milestone}"
                 for number, step in enumerate(steps, start=1)]
        ax.set_yticks(rows, [wrap(name, 36) for name in names])
        ax.set_ylim(-0.6, len(steps) - 0.4)
        ax.set_xlim(0, max(total, 1.0) * 1.02)
        ax.set_xlabel(_("Cumulative effort (hours)"), fontsize=BASE_FONT)
        ax.xaxis.set_major_locator(MaxNLocator(nbins=6, steps=[1, 2, 2.5, 5, 10]))
        start, previous_level = 0.0, view.placement_id
        rows_drawn: list[_StepRow] = []
        for row, step in zip(rows, steps, strict=True):
            hours = step.effort_hours
            level_id = step.level
            raised = level_id is not None and level_id != previous_level
            ax.barh(row, max(hours, total * 0.004), left=start, height=0.5,
                    color=palette.you if raised else palette.knowledge, zorder=2)
            label = _("{hours} h").format(hours=format_short(hours))
            if level_id is not None:
                name = levels.get(level_id, level_id)
                label = (_("{hours} h → {level} (new level)") if raised else
                         _("{hours} h → {level}")).format(hours=format_short(hours), level=name)
            hours_artist = ax.annotate(
                label, (start + hours, row), xytext=(4, 0), textcoords="offset points",
                va="center", ha="left", fontsize=BASE_FONT - 0.5,
                color=palette.text if raised else palette.muted,
                fontweight="bold" if raised else "normal")
            rows_drawn.append(_StepRow(hours_artist, label, start, start + hours))
            start += hours
            previous_level = level_id
        if isinstance(figure, FittedFigure):
            figure.fitters.append(lambda renderer: _fit_steps(ax, names, rows_drawn, renderer))
        if reachable:
            title(ax, heading, palette, ngettext(
                "{n} step, {hours} hours in all", "{n} steps, {hours} hours in all",
                len(steps)).format(hours=format_short(total)))
        else:
            title(ax, heading, palette, ngettext(
                "Out of reach: still short in {dimensions} after {n} step ({hours} h)",
                "Out of reach: still short in {dimensions} after {n} steps ({hours} h)",
                len(steps)).format(dimensions=", ".join(short) or _("some targets"),
                                   hours=format_short(total)), subtitle_colour=palette.you)
    return finish(figure)


class _StepRow:
    def __init__(self, hours: Any, hours_text: str, start: float, end: float) -> None:
        self.hours, self.hours_text = hours, hours_text
        self.start, self.end = start, end


def _fit_steps(ax: Any, names: list[str], rows: list[_StepRow],
               renderer: RendererBase) -> None:
    """Step names wrap beside the timeline. Each step's hours go after its bar, else before
    it; when neither side has room they join the step's name, so a label is never drawn
    over a bar."""
    inside = ax.get_window_extent(renderer)
    shown = list(names)
    for index, row in enumerate(rows):
        row.hours.set_visible(True)
        fitted = False
        for anchor, offset, align in ((row.end, 4, "left"), (row.start, -4, "right")):
            row.hours.xy = (anchor, row.hours.xy[1])
            row.hours.xyann = (offset, 0)
            row.hours.set_horizontalalignment(align)
            box = row.hours.get_window_extent(renderer)
            if box.x0 >= inside.x0 and box.x1 <= inside.x1:
                fitted = True
                break
        row.hours.set_visible(fitted)
        if not fitted:
            shown[index] = _("{step} ({hours})").format(step=names[index], hours=row.hours_text)
    fit_tick_labels(ax, shown, 0.34, renderer, size=BASE_FONT - 0.5)


def _days(moment: datetime) -> float:
    """Matplotlib's date number: days since its default epoch, 1970-01-01 UTC."""
    return moment.timestamp() / 86400.0


def _when(result: ResultView) -> datetime | None:
    value = result.completed_at
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _date_axis(ax: Any, times: list[datetime]) -> None:
    """Dates readable for any span: a result or several on one day show that day; a span of
    days to years gets matplotlib's concise labels (month names, the year once)."""
    first, last = _days(times[0]), _days(times[-1])
    if last - first < 2:
        ax.set_xlim(first - 1.5, last + 1.5)
        days = sorted({when.date() for when in times})
        ticks = [_days(datetime(d.year, d.month, d.day, 12, tzinfo=timezone.utc))
                 for d in days]
        ax.set_xticks(ticks, [format_day(d) for d in days])
        return
    margin = (last - first) * 0.06
    ax.set_xlim(first - margin, last + margin)
    locator = AutoDateLocator(minticks=3, maxticks=7)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(_LocalDates(locator, current_language()))


# Where a month's name goes, by its number (strftime's %b names it in the C library's
# locale). Private-use characters: strftime stops at a NUL.
_MONTH = "\ue000%m\ue001"
_MONTH_NUMBER = re.compile("\ue000([0-9]{2})\ue001")


class _LocalDates(ConciseDateFormatter):
    """matplotlib's concise date labels with the months named in the chart's language
    (strftime would name them in the process's C locale, whatever the report's language)."""

    def __init__(self, locator: Any, language: str) -> None:
        super().__init__(  # type: ignore[no-untyped-call]  # untyped in matplotlib
            locator, formats=["%Y", _MONTH, "%d", "%H:%M", "%H:%M", "%S.%f"],
            zero_formats=["", "%Y", _MONTH, f"{_MONTH} %d", "%H:%M", "%H:%M"],
            offset_formats=["", "%Y", f"{_MONTH} %Y", f"%d {_MONTH} %Y", f"%d {_MONTH} %Y",
                            f"%d {_MONTH} %Y %H:%M"])
        self._language = language

    def _named(self, text: str) -> str:
        return _MONTH_NUMBER.sub(
            lambda found: month_abbreviation(int(found.group(1)), self._language), text)

    def format_ticks(self, values: Any) -> list[str]:
        labels = super().format_ticks(values)  # type: ignore[no-untyped-call]  # likewise
        return [self._named(label) for label in labels]

    def get_offset(self) -> str:
        return self._named(super().get_offset())  # type: ignore[no-untyped-call]  # likewise


# The trend's percent axis: below 0, so the "0" is clear of the first date; above 100, room
# for the level names written from LEVEL_Y up (more on a short plot, see _fit_trend).
TREND_BOTTOM, TREND_TOP, LEVEL_Y = -6.0, 112.0, 104.0


def _fit_trend(ax: Any, levels: list[Text], beside: Any, style: dict[str, Any],
               renderer: RendererBase) -> None:
    """The legend beside the plot (names wrapped to a fifth of the figure) or, when the
    figure is narrow, under it; a level is named where it changes, and only where its name
    has room beside the one before."""
    figure = ax.get_figure(root=True)
    narrow = figure.bbox.width < 1.7 * figure.bbox.height
    lines = ax.get_lines()
    font = beside.get_texts()[0].get_fontproperties() if beside.get_texts() else None
    for text, line in zip(beside.get_texts(), lines, strict=False):
        text.set_text(wrap_to_width(str(line.get_label()), figure.bbox.width * 0.2,
                                    text.get_fontproperties(), renderer))
    beside.set_visible(not narrow)
    beside.set_in_layout(not narrow)
    for old in list(figure.legends):
        old.remove()
    if narrow and font is not None:
        # Matplotlib lays a legend's columns out once: made again for each column count.
        for columns in (3, 2, 1):
            names = [wrap_to_width(str(line.get_label()), figure.bbox.width * 0.9 / columns
                                   - 40, font, renderer) for line in lines]
            whole = all(name.split() == str(line.get_label()).split()
                        for name, line in zip(names, lines, strict=True))
            below = figure.legend(handles=lines, labels=names, loc="outside lower center",
                                  ncols=columns, **style)
            if columns == 1 or (whole and below.get_window_extent(renderer).width <=
                                figure.bbox.width * 0.95):
                break
            below.remove()
    inside = ax.get_window_extent(renderer)
    if levels:
        # Room above the lines for the level names (drawn from LEVEL_Y up) at any height:
        # on a short plot a fixed margin in data units is fewer pixels than a line of text.
        needed = max(t.get_window_extent(renderer).height for t in levels) + 3.0
        height = inside.height
        top = (LEVEL_Y * height + (-TREND_BOTTOM) * needed) / max(height - needed, 1.0)
        ax.set_ylim(TREND_BOTTOM, max(TREND_TOP, min(top, 2 * TREND_TOP)))
    shown: list[Any] = []
    previous = None
    for text in levels:
        text.set_visible(True)
        text.set_horizontalalignment("center")
        box = text.get_window_extent(renderer)
        # At the plot's ends the name runs inwards from its point, not past the edge.
        if box.x0 < inside.x0:
            text.set_horizontalalignment("left")
        elif box.x1 > inside.x1:
            text.set_horizontalalignment("right")
        box = text.get_window_extent(renderer)
        repeated = text.get_text() == previous
        previous = text.get_text()
        clear = box.x0 >= inside.x0 and box.x1 <= inside.x1 and box.y1 <= inside.y1 and \
            not any(box.overlaps(other) for other in shown)
        if repeated or not clear:
            text.set_visible(False)
        else:
            shown.append(box)


def trend_figure(results: Sequence[ResultView | Mapping[str, Any]], *,
                 dark: bool = False) -> Figure:
    """Each dimension's percent over `completed_at`, one line per dimension, with the level
    placed at each date written above it."""
    palette = theme(dark)
    views = [ResultView.of(r) for r in results]
    dated = sorted(((when, r) for r in views if (when := _when(r)) is not None),
                   key=lambda pair: pair[0])
    undated = len(results) - len(dated)
    if not dated:
        return message_figure(_("Progress over time"),
                              _("No results with a valid completion date to show yet."), palette)
    dims: dict[str, str] = {}
    for _when_done, result in reversed(dated):  # the newest result's labels win
        for dim, label in result.dimensions:
            dims.setdefault(dim, label)
    with literal_text():
        figure = new_figure(3.9, palette)
        ax = figure.add_subplot()
        style_axes(ax, palette, grid_axis="y")
        ax.set_ylim(TREND_BOTTOM, TREND_TOP)
        ax.set_yticks([0, 25, 50, 75, 100], percent_ticks())
        times = [when for when, _ in dated]
        for index, (dim, label) in enumerate(dims.items()):
            points = [(when, v) for when, r in dated
                      if (v := r.score_value(dim)) is not None]
            if not points:
                continue
            ax.plot([_days(p[0]) for p in points], [p[1] for p in points], marker="o", markersize=5,
                    linewidth=2, color=SERIES_COLOURS[index % len(SERIES_COLOURS)],
                    label=label)
        levels: list[Text] = []
        for when, result in dated:
            level = result.placement_label
            if level:
                levels.append(ax.annotate(level, (_days(when), LEVEL_Y), ha="center", va="bottom",
                                          fontsize=BASE_FONT - 1, color=palette.muted,
                                          annotation_clip=False))
        _date_axis(ax, times)
        style = {"frameon": False, "fontsize": BASE_FONT - 0.5, "labelcolor": palette.text}
        beside = ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), **style)
        # Under the plot when the figure is narrow, so the dates keep their width.
        if isinstance(figure, FittedFigure):
            figure.fitters.append(
                lambda renderer: _fit_trend(ax, levels, beside, style, renderer))
        subtitle = ngettext("{n} result; the level is named where it changes",
                            "{n} results; the level is named where it changes", len(dated))
        if undated:
            subtitle = _("{summary}; {undated}").format(summary=subtitle, undated=ngettext(
                "{n} without a valid date not shown", "{n} without a valid date not shown",
                undated))
        title(ax, _("Progress over time"), palette, subtitle)
    return finish(figure)
