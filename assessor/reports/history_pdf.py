"""A client's history as a PDF: every result over time (trend chart, level per result,
scores per dimension), the latest role fits, and — only when asked — the session notes.

The content is a list of blocks laid out by the cohort summary's PDF writer (the same page
flow, cover and caveat footer). Qt is imported only inside `write_history_pdf`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from assessor.core.results.history import ClientHistory
from assessor.reports.blocks import Block, Heading, Paragraph
from assessor.reports.content import CAVEAT, CAVEAT_DETAIL, Chart, Table

TITLE = "Progress over time"


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}%"


def history_blocks(history: ClientHistory,
                   results: Sequence[Mapping[str, Any]]) -> list[Block]:
    """The report's content; `results` are the history's result dicts, oldest first (the
    trend chart is drawn from them)."""
    blocks: list[Block] = [Paragraph(f"{CAVEAT} {CAVEAT_DETAIL}", "caveat")]
    entries = history.entries
    blocks.append(Heading("Results over time"))
    if not entries:
        blocks.append(Paragraph("No results have been recorded for this client yet."))
        return blocks
    latest = entries[-1]
    span = (f"one result, completed {latest.when}" if len(entries) == 1 else
            f"{len(entries)} results, from {entries[0].when} to {latest.when}")
    blocks.append(Paragraph(
        f"{span.capitalize()}. Latest level: {latest.level or 'not placed on the ladder'}."))

    def trend() -> Any:
        from assessor.charts import trend_figure

        return trend_figure(list(results))

    blocks.append(Chart("trend", "Scores per dimension over time", trend))
    blocks.append(Table(
        ("Completed", "Questionnaire", "Level", "Best-fitting role", "Fit"),
        [(e.when + ("" if e.complete else " (incomplete)"), e.questionnaire,
          e.level or "not placed", e.best_role or "–",
          _percent(e.best_fit)) for e in entries],
        (0.2, 0.3, 0.15, 0.27, 0.08), (4,)))
    dims = history.dimensions
    if dims:
        blocks.append(Heading("Scores per dimension", level=3))
        share = 0.8 / len(dims)
        blocks.append(Table(
            ("Completed", *(label for _, label in dims)),
            [(e.when, *(_percent(e.percents.get(dim)) for dim, _ in dims)) for e in entries],
            (0.2, *([share] * len(dims))), tuple(range(1, len(dims) + 1))))
    if history.latest_fits:
        labels = dict(dims)
        blocks.append(Heading("Role fit at the latest result"))
        blocks.append(Paragraph(
            "Fit compares the latest scores with each role cluster's targets; ready means "
            "every target and the role's minimum level are met.", "muted"))
        blocks.append(Table(
            ("Role", "Fit", "Ready", "Gaps to close (points)"),
            [(fit.label, _percent(fit.fit), "yes" if fit.ready else "not yet",
              # no "+0": a gap of nothing is none, a sliver is named
              "; ".join(f"{labels.get(d, d)} " + (f"+{p:.0f}" if p >= 0.5 else "under 1 point")
                        for d, p in sorted(fit.gaps.items(), key=lambda kv: -kv[1])
                        if p > 0) or "none")
             for fit in history.latest_fits],
            (0.34, 0.1, 0.12, 0.44), (1,)))
    if history.notes_included:
        blocks.append(Heading("Session notes"))
        if history.notes:
            blocks.append(Table(
                ("Written", "About the result of", "Note"),
                [(n.written, n.about or "general", n.text) for n in history.notes],
                (0.18, 0.2, 0.62)))
        else:
            blocks.append(Paragraph("No session notes were written.", "muted"))
    return blocks


def write_history_pdf(history: ClientHistory, results: Sequence[Mapping[str, Any]],
                      path: Path | str) -> None:
    """Write the PDF atomically; nothing is left at `path` if rendering fails."""
    from assessor.reports.cohort_pdf import write_cohort_pdf  # Qt is imported here
    from assessor.reports.cohort_report import generated_line

    write_cohort_pdf(history_blocks(history, results), Path(path),
                     f"{TITLE}: {history.pseudonym}", CAVEAT, generated_line())
