"""The PDF report: multi-page, A4 or Letter, vector charts, selectable text, page numbers.

Qt's painting classes are used headless; this module is imported only when a PDF is
written, so the CLI and the HTML report never load Qt.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from html import escape
from pathlib import Path
from typing import Any

from assessor.core.atomic import write_atomic
from assessor.core.i18n import _, format_percent
from assessor.reports.content import (
    Report,
    about_facts,
    build_report,
    missing_summary,
    out_of_reach,
    path_summary,
    step_effort,
)
from assessor.reports.pdf_language import add_language
from assessor.reports.svg import figure_svg


def ensure_qt_application() -> Any:
    """QTextDocument and fonts need a QGuiApplication; without a display use offscreen."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A QApplication (not just QGuiApplication): the desktop app and its tests need the
    # widgets flavour, and whichever is created first in a process is the one there is.
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    return app if app is not None else QApplication([])


def write_pdf(result: Mapping[str, Any], path: Path, *, page_size: str = "A4",
              cluster_id: str | None = None) -> None:
    report = build_report(result, cluster_id)  # refuses an unknown cluster before any Qt work
    svgs = {chart.key: figure_svg(chart.build(), text_as_paths=False)
            for chart in report.charts}
    # Written to a temporary file beside nothing the user owns, then moved into place
    # atomically: a failed render never leaves half a PDF at `path`.
    handle, temporary = tempfile.mkstemp(suffix=".pdf", prefix="assessor-report-")
    os.close(handle)
    try:
        ensure_qt_application()
        _paint(report, svgs, temporary, page_size)
        # The language the report is written in: a screen reader picks its voice by it.
        write_atomic(path, add_language(Path(temporary).read_bytes(), report.language))
    finally:
        Path(temporary).unlink(missing_ok=True)


def _paint(report: Report, svgs: dict[str, str], filename: str, page_size: str) -> None:
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPainter, QPdfWriter

    from assessor.reports import pdf_layout as layout
    from assessor.reports.pdf_layout import Flow

    writer = QPdfWriter(filename)
    writer.setResolution(layout.RESOLUTION)
    writer.setPageLayout(QPageLayout(layout.page_size(page_size),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setTitle(f"{report.title} – {report.questionnaire_title}")
    writer.setCreator(report.generator)
    flow = Flow(writer, (20, 18, 20, 22))
    _compose(flow, report, svgs)

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write the PDF file {filename}")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        flow.paint(painter, layout.caveat_footer(flow, report.caveat))
    finally:
        painter.end()


def _compose(flow: Any, report: Report, svgs: dict[str, str]) -> None:
    from assessor.reports import pdf_layout as layout
    from assessor.reports.pdf_layout import ACCENT, BLUE, INK, MUTED, SOFT, WARM

    # ---- cover ----
    flow.space(8)
    flow.text(escape(report.questionnaire_title.upper()), 8.5, MUTED, after=2)
    flow.text(f"<b>{escape(report.title)}</b>", 22, INK, after=4)
    who = (_("Prepared for {name} · completed {date}").format(name=report.respondent,
                                                              date=report.completed_at)
           if report.respondent else
           _("Prepared for you · completed {date}").format(date=report.completed_at))
    flow.text(escape(who), 10, MUTED,
              after=6 if report.provider else 16)
    if report.provider is not None:
        provider = report.provider
        if provider.logo is not None:
            flow.logo(provider.logo.data, provider.logo.format)
        lines = ["<b>" + escape(_("Prepared with {provider}").format(provider=provider.name))
                 + "</b>"]
        lines += [escape(line) for line in (provider.contact or "").splitlines()
                  if line.strip()]
        if provider.website:
            lines.append(escape(provider.website))
        flow.text("<br>".join(lines), 9.5, INK, after=16)
    cards = []
    if report.has_career_model:
        cards.append((_("Your level"), report.level or _("Not placed"),
                      "", ACCENT, "#FFFFFF"))
    if report.best_cluster:
        fit = (_("{percent} fit").format(percent=format_percent(report.best_fit))
               if report.best_fit is not None else "")
        cards.append((_("Best-fitting role"), report.best_cluster, fit, SOFT, INK))
    flow.cards(cards)
    if report.next_level:
        flow.text(f"<b>{escape(_('Next rung:'))}</b> {escape(report.next_level)}", 10, INK,
                  after=10)
    if not report.complete:
        flow.box(escape(missing_summary(report)),
                 WARM, bar=ACCENT, size=9)
    if "ladder" in svgs:
        flow.svg(svgs["ladder"], after=12)
    flow.box(f"<b>{escape(report.caveat)}</b> {escape(report.caveat_detail)}", WARM,
             bar=ACCENT, size=9)

    # ---- the domain ----
    if report.has_career_model:
        flow.new_page()
        flow.heading(_("Where you stand among the roles"))
        flow.text(escape(_("Each marker is a role cluster's target on the two foundation "
                           "dimensions; the star is you. Fit compares all of your scores with "
                           "a role's targets.")), 9.5, MUTED, after=6)
        if "plane" in svgs:
            flow.svg(svgs["plane"], width_share=0.92)
        if report.clusters:
            flow.text(f"<b>{escape(_('Role clusters'))}</b>", 11.5, INK, after=4,
                      keep_with=layout.pt(120))
            table = report.clusters
            flow.table(table.columns, table.rows, table.widths, table.numeric)

    # ---- profile ----
    flow.new_page()
    heading = (_("Your profile against {role}").format(role=report.chosen_cluster)
               if report.chosen_cluster else _("Your profile"))
    flow.heading(heading)
    flow.svg(svgs["dimensions"])
    flow.table(report.scores.columns, report.scores.rows, report.scores.widths,
               report.scores.numeric)
    # The heading goes with its chart: a heading alone at a page's foot reads as a mistake.
    flow.heading(_("Self-rating and knowledge"), keep_with=flow.svg_height(svgs["calibration"]))
    flow.svg(svgs["calibration"])
    if report.calibration is not None:
        calibration = report.calibration
        flow.table(calibration.columns, calibration.rows, calibration.widths,
                   calibration.numeric)

    # ---- path ----
    if report.path is not None:
        path = report.path
        flow.new_page()
        flow.heading(_("Your path to {role}").format(role=path.cluster_label))
        if path.steps:
            flow.text(escape(path_summary(path)), 10, INK)
        else:
            flow.text(escape(_("You already meet every target for this role.") if path.reachable
                             else _("No milestone in this questionnaire closes the remaining "
                                    "gaps.")), 10, INK)
        if not path.reachable:
            flow.box(escape(out_of_reach(path)), WARM, bar=ACCENT, size=9.5)
        if "path" in svgs and path.steps:
            flow.svg(svgs["path"])
        for step in path.steps:
            parts = [f'<div style="font-size:11pt"><b>{step.number}. {escape(step.title)}'
                     "</b></div>",
                     f'<div style="color:{MUTED}">{escape(step_effort(step))}</div>']
            if step.description:
                parts.append(f"<div>{escape(step.description)}</div>")
            if step.resources:
                links = "; ".join(escape(title) + (f" ({escape(url)})" if url else "")
                                  for title, url in step.resources)
                parts.append(f"<div>{escape(_('Resources:'))} {links}</div>")
            if step.refs:
                parts.append(f'<div style="color:{MUTED}">{escape(_("References:"))} '
                             f"{escape('; '.join(step.refs))}</div>")
            flow.box("".join(parts), "#FFFFFF", bar=ACCENT if step.raised_level else BLUE,
                     size=9.5, padding=5, after=6)

    # ---- appendix ----
    flow.new_page()
    flow.heading(_("Appendix: your answers"))
    answers = report.answers
    if answers.rows:
        flow.table(answers.columns, answers.rows, answers.widths, answers.numeric, size=8.5)
    else:
        flow.text(escape(_("No answers are recorded in this result.")), 10, MUTED)
    flow.heading(_("About this report"), keep_with=layout.pt(120))
    for label, value in about_facts(report):
        flow.text(f'<span style="color:{MUTED}">{escape(label)}</span> {escape(value)}', 9,
                  INK, after=2)
    flow.space(8)
    flow.box(f"<b>{escape(report.caveat)}</b> {escape(report.caveat_detail)}", WARM,
             bar=ACCENT, size=9)
