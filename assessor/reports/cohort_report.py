"""The cohort summary as HTML or PDF: what was imported (and refused, and why), one dashboard
per questionnaire, and item analysis for the questionnaires given with --questionnaire.

The content is built once as a list of blocks; the HTML (here) and the PDF
(`cohort_pdf.py`, the only place Qt is imported) lay out the same blocks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from html import escape
from pathlib import Path

from assessor import __version__
from assessor.charts import cohort as cohort_charts
from assessor.charts.tables import chart_table
from assessor.core.atomic import write_atomic
from assessor.core.cohort import CohortEntry, CohortImport
from assessor.core.cohort.dashboard import (
    DEFAULT_MIN_GROUP,
    CohortDashboard,
    DashboardFilter,
    build_dashboard,
    questionnaire_ids,
)
from assessor.core.cohort.item_analysis import DimensionAnalysis, analyse
from assessor.core.errors import did_you_mean
from assessor.core.format.model import Questionnaire
from assessor.core.i18n import (
    N_,
    _,
    current_language,
    format_number,
    format_percent,
    format_short,
    ngettext,
)
from assessor.reports.blocks import Block, Heading, Paragraph
from assessor.reports.content import Chart, Table
from assessor.reports.html import CSP, STYLE, figure_html, table_html
from assessor.reports.svg import figure_svg

TITLE = N_("Cohort summary")
CAVEAT = N_("Self-assessment results of a group, for planning training: not for screening or "
            "ranking people.")
_LOCATION = re.compile(r"^:(\d+)(?::(\d+))?: ")


@dataclass(frozen=True)
class CohortReportOptions:
    """What a cohort summary covers: smallest group shown, cluster, versions, dates."""

    min_group: int = DEFAULT_MIN_GROUP
    cluster_id: str | None = None
    versions: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None


def _number(value: float | None, digits: int = 2) -> str:
    # Adding 0.0 turns -0.0 into 0.0, so a tiny negative never prints as "-0.00".
    return "–" if value is None else format_number(round(value, digits) + 0.0, digits)


def _reason(source: str, line: str) -> str:
    """The refusal line without its file name (shown in its own column)."""
    rest = line[len(source):] if line.startswith(source) else line
    located = _LOCATION.match(rest)
    if located:
        where = (_("line {line}, column {column}").format(line=located.group(1),
                                                          column=located.group(2))
                 if located.group(2) else _("line {line}").format(line=located.group(1)))
        return f"{where}: {rest[located.end():]}"
    return rest.removeprefix(": ")


def _import_blocks(outcome: CohortImport) -> list[Block]:
    entries = outcome.entries
    rescored = sum(1 for e in entries if e.rescored)
    accepted = ngettext(
        "{n} result accepted: {rescored} re-scored against their questionnaire, {hashed} not "
        "re-scored (checked by integrity hash only, because their questionnaire was not "
        "given).",
        "{n} results accepted: {rescored} re-scored against their questionnaire, {hashed} not "
        "re-scored (checked by integrity hash only, because their questionnaire was not "
        "given).", len(entries)).format(rescored=format_number(rescored),
                                         hashed=format_number(len(entries) - rescored))
    refused = ngettext("{n} file refused.", "{n} files refused.", len(outcome.refused))
    duplicates = ngettext("{n} duplicate counted once.", "{n} duplicates counted once.",
                          len(outcome.duplicates))
    blocks: list[Block] = [Heading(_("What was imported")),
                           Paragraph(f"{accepted} {refused} {duplicates}")]
    if entries and rescored < len(entries):
        blocks.append(Paragraph(
            _("A result checked by hash only may have been edited by its owner and resealed: "
              "give its questionnaire with --questionnaire to re-score it."), "caveat"))
    if outcome.refused:
        blocks.append(Table((_("Refused file"), _("Reason")),
                            [(r.source, _reason(r.source, r.reason)) for r in outcome.refused],
                            (0.35, 0.65)))
    if outcome.duplicates:
        blocks.append(Table((_("Duplicate file"), _("Same result as")),
                            [(d.source, d.first) for d in outcome.duplicates], (0.5, 0.5)))
    return blocks


def _filter_text(dashboard: CohortDashboard) -> str:
    view = dashboard.filter
    parts = [_("versions {versions}").format(versions=", ".join(view.versions)) if view.versions
             else _("all versions ({versions})").format(versions=", ".join(dashboard.versions))]
    if view.since or view.until:
        parts.append(_("completed {since} to {until}").format(since=view.since or "…",
                                                              until=view.until or "…"))
    return "; ".join(parts)


def _dashboard_blocks(dashboard: CohortDashboard) -> list[Block]:
    key = re.sub(r"[^a-z0-9]", "", dashboard.questionnaire_id)
    blocks: list[Block] = [
        Heading(f"{dashboard.title} ({dashboard.questionnaire_id})"),
        Paragraph(_("{people} people; {filter}. {hash_only} of them not re-scored. Counts "
                    "under {min_group} are hidden so that no one is singled out.").format(
            people=dashboard.respondents.text, filter=_filter_text(dashboard),
            hash_only=dashboard.hash_only, min_group=dashboard.min_group), "muted"),
    ]
    if dashboard.levels:
        blocks += [Chart(f"{key}-levels", _("Levels"),
                         lambda: cohort_charts.levels_figure(dashboard),
                         lambda: chart_table("levels_figure", dashboard))]
    if dashboard.clusters:
        blocks += [
            Chart(f"{key}-clusters", _("Best-fitting role clusters"),
                  lambda: cohort_charts.clusters_figure(dashboard),
                  lambda: chart_table("clusters_figure", dashboard)),
            Heading(_("Readiness per cluster"), 3),
            Table((_("Cluster"), _("Best fit for"), _("Ready"), _("Not ready"), _("Mean fit")),
                  [(c.label, c.best_fit.text, c.ready.text, c.not_ready.text,
                    _number(c.mean_fit, 1)) for c in dashboard.clusters],
                  (0.4, 0.15, 0.15, 0.15, 0.15), (1, 2, 3, 4)),
        ]
    if dashboard.milestones:
        blocks += [
            Chart(f"{key}-milestones", _("Milestones that would lift the most people"),
                  lambda: cohort_charts.milestones_figure(dashboard),
                  lambda: chart_table("milestones_figure", dashboard)),
            Table((_("Milestone"), _("People whose path includes it"), _("Shortfall removed")),
                  [(m.title, m.people.text,
                    format_short(m.shortfall_reduced) if not m.people.hidden else "–")
                   for m in dashboard.milestones],
                  (0.5, 0.25, 0.25), (1, 2)),
            Paragraph(_("Shortfall removed: the weighted percent points of target that the "
                        "milestone closes, added up over the people whose path includes it."),
                      "muted"),
        ]
    blocks.append(Chart(f"{key}-heatmap", _("Gaps to target"),
                        lambda: cohort_charts.heatmap_figure(dashboard),
                        lambda: chart_table("heatmap_figure", dashboard)))
    return blocks


def _analysis_blocks(questionnaire: Questionnaire, analyses: Sequence[DimensionAnalysis],
                     min_group: int) -> list[Block]:
    blocks: list[Block] = [
        Heading(_("Item analysis: {title} {version}").format(title=questionnaire.title,
                                                             version=questionnaire.version)),
        Paragraph(_("For the questionnaire's author. Alpha (Cronbach) and the corrected "
                    "item-total correlation r (item against the total of the other items) use "
                    "the people who saw and answered every item of the dimension; difficulty "
                    "(mean share of the item's points) uses everyone who answered the item. A "
                    "negative r suggests a mis-keyed item; difficulty ≥ {high} or ≤ {low} "
                    "tells people apart poorly. Fewer than {min_group} people: no "
                    "statistics.").format(high=format_number(0.95, 2),
                                          low=format_number(0.05, 2), min_group=min_group),
                  "muted"),
        Paragraph(_("Options of knowledge checks: the share of people choosing each and its "
                    "point-biserial r with the person's percent on the rest of the dimension "
                    "(without this item). Flagged: a distractor almost nobody chooses (none, "
                    "or under {share} of 20 or more people), a distractor strong respondents "
                    "prefer to the key, a key with a negative r. Counts under {min_group} are "
                    "hidden, and r is given only when {min_group} or more people chose the "
                    "option and as many did not.").format(share=format_percent(5),
                                                          min_group=min_group), "muted"),
    ]
    for analysis in analyses:
        if not analysis.items:
            continue
        blocks.append(Heading(ngettext(
            "{dimension}: alpha {alpha} ({n} complete response)",
            "{dimension}: alpha {alpha} ({n} complete responses)",
            analysis.complete_cases).format(dimension=analysis.label,
                                            alpha=_number(analysis.alpha)), 3))
        blocks.append(Table(
            (_("Item"), "n", _("Difficulty"), _("Item-rest r"), _("Alpha if dropped"),
             _("Flags")),
            [(f"{item.text} [{item.item_id}]", str(item.answered), _number(item.difficulty),
              _number(item.item_total_r), _number(item.alpha_if_dropped),
              "; ".join(item.flags)) for item in analysis.items],
            (0.32, 0.07, 0.12, 0.12, 0.13, 0.24), (1, 2, 3, 4)))
        blocks += _distractor_blocks(analysis)
    return blocks


def _distractor_blocks(analysis: DimensionAnalysis) -> list[Block]:
    rows = [(f"{option.label} [{item.item_id}/{option.option_id}]",
             _("key") if option.correct else _("I don't know") if option.abstain else
             _("distractor"),
             option.chosen.text, "–" if option.share is None else format_percent(option.share
                                                                                   * 100),
             _number(option.point_biserial), "; ".join(option.flags))
            for item in analysis.items for option in item.options]
    if not rows:
        return []
    return [Heading(_("{dimension}: options of the knowledge checks").format(
                dimension=analysis.label), 3),
            Table((_("Option [item/option]"), _("Role"), _("Chosen by"), _("Share"),
                   _("Point-biserial r"), _("Flags")), rows,
                  (0.34, 0.1, 0.1, 0.08, 0.12, 0.26), (2, 3, 4))]


def cohort_blocks(outcome: CohortImport, questionnaires: Sequence[Questionnaire],
                  options: CohortReportOptions) -> list[Block]:
    """Everything the summary says, in order. Raises ValueError for an unknown cluster."""
    view = DashboardFilter(versions=options.versions, since=options.since, until=options.until)
    dashboards = [build_dashboard(outcome.entries, DashboardFilter(
        qid, view.versions, view.since, view.until), min_group=options.min_group,
        cluster_id=options.cluster_id) for qid in questionnaire_ids(outcome.entries)]
    found = [d for d in dashboards if d is not None]
    if options.cluster_id is not None and not any(
            c.id == options.cluster_id for d in found for c in d.clusters):
        known = sorted({c.id for d in found for c in d.clusters})
        raise ValueError(f"--cluster {options.cluster_id}: no imported result has that cluster"
                         f"{did_you_mean(options.cluster_id, known)}; "
                         f"clusters: {', '.join(known) or 'none'}")
    blocks: list[Block] = [Paragraph(_(CAVEAT), "caveat"), *_import_blocks(outcome)]
    for dashboard in found:
        blocks += _dashboard_blocks(dashboard)
    for questionnaire in questionnaires:
        own: list[CohortEntry] = [
            e for e in outcome.entries
            if e.questionnaire_sha256 == questionnaire.source.sha256 and view.admits(e)]
        if own:
            analyses = analyse(questionnaire, [e.answers for e in own], options.min_group)
            blocks += _analysis_blocks(questionnaire, analyses, options.min_group)
    return blocks


# ---- HTML ---------------------------------------------------------------------------------


def _html_block(block: Block) -> str:
    if isinstance(block, Heading):
        return f"<h{block.level}>{escape(block.text)}</h{block.level}>"
    if isinstance(block, Paragraph):
        css = {"muted": ' class="small"', "caveat": ' class="caveat"'}.get(block.tone, "")
        return f"<p{css}>{escape(block.text)}</p>"
    if isinstance(block, Chart):
        # The picture's alternative text holds its data, and a table of it follows (WCAG
        # 1.1.1), as in the learner's report.
        return figure_html(block.key, block.heading, figure_svg(block.build(), block.key),
                           block.text())
    return table_html(block)


def generated_line() -> str:
    moment = datetime.now().astimezone().isoformat(timespec="minutes")
    return _("Generated {date} by assessor {version}").format(date=moment, version=__version__)


def render_cohort_html(blocks: Sequence[Block]) -> str:
    body = "".join(_html_block(block) for block in blocks)
    return (
        f"<!DOCTYPE html>\n<html lang=\"{current_language()}\"><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>{escape(_(TITLE))}</title><style>{STYLE}</style></head><body><main>"
        f'<header class="cover"><p class="kicker">Assessor</p><h1>{escape(_(TITLE))}</h1>'
        f'<p class="meta">{escape(generated_line())}</p></header>'
        f"{body}<footer>{escape(_(CAVEAT))}</footer></main></body></html>\n"
    )


def write_cohort_report(outcome: CohortImport, questionnaires: Sequence[Questionnaire],
                        path: Path, options: CohortReportOptions) -> None:
    """Write the summary as HTML or PDF by `path`'s suffix (atomically)."""
    blocks = cohort_blocks(outcome, questionnaires, options)
    if path.suffix.lower() == ".pdf":
        from assessor.reports.cohort_pdf import write_cohort_pdf  # Qt only here

        write_cohort_pdf(blocks, path, _(TITLE), _(CAVEAT), generated_line())
    else:
        write_atomic(path, render_cohort_html(blocks).encode("utf-8"))
