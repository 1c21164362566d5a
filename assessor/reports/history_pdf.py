"""A client's history as a PDF: every result over time (trend chart, level per result,
scores per dimension), the latest role fits, and — only when asked — the session notes.

The content is a list of blocks laid out by the cohort summary's PDF writer (the same page
flow, cover and caveat footer). Qt is imported only inside `write_history_pdf`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from assessor.core.i18n import N_, _, format_percent, ngettext
from assessor.core.results.history import ClientHistory
from assessor.reports.blocks import Block, Heading, Paragraph
from assessor.reports.content import CAVEAT, CAVEAT_DETAIL, Chart, Table

TITLE = N_("Progress over time")


def _percent(value: float | None) -> str:
    return "–" if value is None else format_percent(value)


def history_blocks(history: ClientHistory,
                   results: Sequence[Mapping[str, Any]]) -> list[Block]:
    """The report's content; `results` are the history's result dicts, oldest first (the
    trend chart is drawn from them)."""
    blocks: list[Block] = [Paragraph(f"{_(CAVEAT)} {_(CAVEAT_DETAIL)}", "caveat")]
    entries = history.entries
    blocks.append(Heading(_("Results over time")))
    if not entries:
        blocks.append(Paragraph(_("No results have been recorded for this client yet.")))
        return blocks
    latest = entries[-1]
    level = latest.level or _("not placed on the ladder")
    if len(entries) == 1:
        span = _("One result, completed {date}. Latest level: {level}.").format(
            date=latest.when, level=level)
    else:
        span = ngettext("{n} result, from {first} to {last}. Latest level: {level}.",
                        "{n} results, from {first} to {last}. Latest level: {level}.",
                        len(entries)).format(first=entries[0].when, last=latest.when,
                                             level=level)
    blocks.append(Paragraph(span))

    def trend() -> Any:
        from assessor.charts import trend_figure

        return trend_figure(list(results))

    blocks.append(Chart("trend", _("Scores per dimension over time"), trend))
    blocks.append(Table(
        (_("Completed"), _("Questionnaire"), _("Level"), _("Best-fitting role"), _("Fit")),
        [(e.when if e.complete else _("{date} (incomplete)").format(date=e.when),
          e.questionnaire, e.level or _("Not placed"), e.best_role or "–",
          _percent(e.best_fit)) for e in entries],
        (0.2, 0.3, 0.15, 0.27, 0.08), (4,)))
    dims = history.dimensions
    if dims:
        blocks.append(Heading(_("Scores per dimension"), level=3))
        share = 0.8 / len(dims)
        blocks.append(Table(
            (_("Completed"), *(label for _dim, label in dims)),
            [(e.when, *(_percent(e.percents.get(dim)) for dim, _label in dims))
             for e in entries],
            (0.2, *([share] * len(dims))), tuple(range(1, len(dims) + 1))))
    if history.latest_fits:
        labels = dict(dims)
        blocks.append(Heading(_("Role fit at the latest result")))
        blocks.append(Paragraph(
            _("Fit compares the latest scores with each role cluster's targets; ready means "
              "every target and the role's minimum level are met."), "muted"))
        blocks.append(Table(
            (_("Role"), _("Fit"), _("Ready"), _("Gaps to close (points)")),
            [(fit.label, _percent(fit.fit), _("yes") if fit.ready else _("not yet"),
              # no "+0": a gap of nothing is none, a sliver is named
              "; ".join(_("{dimension} +{points}").format(dimension=labels.get(d, d),
                                                          points=f"{p:.0f}") if p >= 0.5 else
                        _("{dimension} under 1 point").format(dimension=labels.get(d, d))
                        for d, p in sorted(fit.gaps.items(), key=lambda kv: -kv[1])
                        if p > 0) or _("none"))
             for fit in history.latest_fits],
            (0.34, 0.1, 0.12, 0.44), (1,)))
    if history.notes_included:
        blocks.append(Heading(_("Session notes")))
        if history.notes:
            blocks.append(Table(
                (_("Written"), _("About the result of"), _("Note")),
                [(n.written, n.about or _("general"), n.text) for n in history.notes],
                (0.18, 0.2, 0.62)))
        else:
            blocks.append(Paragraph(_("No session notes were written."), "muted"))
    return blocks


def write_history_pdf(history: ClientHistory, results: Sequence[Mapping[str, Any]],
                      path: Path | str) -> None:
    """Write the PDF atomically; nothing is left at `path` if rendering fails."""
    from assessor.reports.cohort_pdf import write_cohort_pdf  # Qt is imported here
    from assessor.reports.cohort_report import generated_line

    write_cohort_pdf(history_blocks(history, results), Path(path),
                     _("{title}: {name}").format(title=_(TITLE), name=history.pseudonym),
                     _(CAVEAT), generated_line())
