"""The cohort summary as a PDF, laid out by the report's page-flow engine (Qt, headless).

Imported only when a PDF is written, so the CLI's CSV and HTML paths never load Qt.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from html import escape
from pathlib import Path

from assessor.core.atomic import write_atomic
from assessor.core.i18n import current_language
from assessor.reports.blocks import Block, Heading, Paragraph
from assessor.reports.content import Chart, Table
from assessor.reports.pdf import ensure_qt_application
from assessor.reports.pdf_language import add_language
from assessor.reports.svg import figure_svg


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
        # The language the summary is written in (the caller's use_language).
        write_atomic(path, add_language(Path(temporary).read_bytes(), current_language()))
    finally:
        Path(temporary).unlink(missing_ok=True)


def _paint(blocks: Sequence[Block], svgs: dict[str, str], filename: str, *, title: str,
           caveat: str, generated: str) -> None:
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPainter, QPdfWriter

    from assessor.reports import pdf_layout as layout
    from assessor.reports.pdf_layout import ACCENT, INK, MUTED, WARM, Flow, pt

    writer = QPdfWriter(filename)
    writer.setResolution(layout.RESOLUTION)
    writer.setPageLayout(QPageLayout(layout.page_size("A4"), QPageLayout.Orientation.Portrait,
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

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write the PDF file {filename}")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        flow.paint(painter, layout.caveat_footer(flow, caveat))
    finally:
        painter.end()
