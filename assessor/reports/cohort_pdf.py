"""The cohort summary as a PDF, laid out by the report's page-flow engine (Qt, headless).

Imported only when a PDF is written, so the CLI's CSV and HTML paths never load Qt.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from assessor.core.atomic import write_atomic
from assessor.reports.content import Chart, Table
from assessor.reports.pdf import ensure_qt_application
from assessor.reports.pdf_language import add_language
from assessor.reports.svg import figure_svg

if TYPE_CHECKING:
    from assessor.reports.cohort_report import Block


def write_cohort_pdf(blocks: Sequence[Block], path: Path, title: str, caveat: str,
                     generated: str) -> None:
    # Charts are drawn before any Qt work so a chart error leaves nothing behind.
    svgs = {block.key: figure_svg(block.build(), text_as_paths=False)
            for block in blocks if isinstance(block, Chart)}
    ensure_qt_application()
    handle, temporary = tempfile.mkstemp(suffix=".pdf", prefix="assessor-cohort-")
    os.close(handle)
    try:
        _paint(blocks, svgs, temporary, title=title, caveat=caveat, generated=generated)
        write_atomic(path, add_language(Path(temporary).read_bytes(), "en"))
    finally:
        Path(temporary).unlink(missing_ok=True)


def _paint(blocks: Sequence[Block], svgs: dict[str, str], filename: str, *, title: str,
           caveat: str, generated: str) -> None:
    from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QPageLayout, QPainter, QPdfWriter

    from assessor.reports import pdf_layout as ui
    from assessor.reports.cohort_report import Heading, Paragraph
    from assessor.reports.pdf_layout import ACCENT, BLUE, INK, MUTED, WARM, Flow, pt

    writer = QPdfWriter(filename)
    writer.setResolution(ui.RESOLUTION)
    writer.setPageLayout(QPageLayout(ui.page_size("A4"), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0)))
    writer.setTitle(title)
    flow = Flow(writer, (20, 18, 20, 22))
    flow.space(8)
    flow.text("ASSESSOR", 8.5, MUTED, after=2)
    flow.text(f"<b>{escape(title)}</b>", 22, INK, after=4)
    flow.text(escape(generated), 10, MUTED, after=12)
    first_section = True
    for block in blocks:
        if isinstance(block, Heading):
            if block.level == 2:
                if not first_section:
                    flow.new_page()
                first_section = False
                flow.heading(block.text)
            else:
                flow.text(f"<b>{escape(block.text)}</b>", 11.5, INK, after=4, keep_with=pt(80))
        elif isinstance(block, Paragraph):
            if block.tone == "caveat":
                flow.box(escape(block.text), WARM, bar=ACCENT, size=9)
            else:
                flow.text(escape(block.text), 9.5 if block.tone == "muted" else 10,
                          MUTED if block.tone == "muted" else INK, after=6)
        elif isinstance(block, Chart):
            flow.svg(svgs[block.key])
        elif isinstance(block, Table):
            flow.table(block.columns, block.rows, block.widths, block.numeric, size=8.5)

    def footer(painter: QPainter, number: int, total: int) -> None:
        y = flow.page_height - ui.mm(13)
        left = flow.document(escape(caveat), flow.width * 0.8, 7, MUTED)
        right = flow.document(f"Page {number} of {total}", flow.width * 0.2, 7.5, MUTED,
                              Qt.AlignmentFlag.AlignRight)
        painter.save()
        painter.setPen(QColor(ui.RULE))
        painter.drawLine(QPointF(flow.left, y - pt(5)),
                         QPointF(flow.left + flow.width, y - pt(5)))
        painter.restore()
        ui._draw_document(painter, left, flow.left, y)
        ui._draw_document(painter, right, flow.left + flow.width * 0.8, y)
        if number == 1:
            painter.fillRect(QRectF(0, 0, flow.page_width, ui.mm(6)), QColor(BLUE))

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write the PDF file {filename}")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        flow.paint(painter, footer)
    finally:
        painter.end()
