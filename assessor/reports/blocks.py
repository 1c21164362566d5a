"""The blocks a cohort or history summary is built from, shared by the HTML and PDF writers.

Kept apart from `cohort_report.py` so the PDF writer can lay them out without importing the
module that calls it (no import cycle).
"""

from __future__ import annotations

from dataclasses import dataclass

from assessor.reports.content import Chart, Table


@dataclass(frozen=True)
class Heading:
    """A section title (level 2 starts a new PDF page) or a sub-heading (level 3)."""

    text: str
    level: int = 2


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of plain text in one of three tones."""

    text: str
    tone: str = "normal"  # normal, muted or caveat


Block = Heading | Paragraph | Chart | Table
