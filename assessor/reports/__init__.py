"""Reports of one result, as a self-contained HTML file or a multi-page PDF.

Only the PDF path imports Qt (its painting classes, headless), and only when called.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from assessor.core.atomic import write_atomic
from assessor.reports.html import render_html

PAGE_SIZES = ("A4", "Letter")
SUFFIXES = (".pdf", ".html", ".htm")


def render_pdf(result: Mapping[str, Any], path: Path | str, page_size: str = "A4",
               cluster_id: str | None = None) -> None:
    from assessor.reports.pdf import write_pdf  # Qt is imported here, and only here

    write_pdf(result, Path(path), page_size=page_size, cluster_id=cluster_id)


def render_report(result: Mapping[str, Any], out_path: Path | str, *, page_size: str = "A4",
                  cluster_id: str | None = None, language: str | None = None) -> None:
    """Write the report for `result` to `out_path`, as PDF or HTML by its suffix, in
    `language` (its sentences; the result's texts are translated by the caller, see
    assessor.core.translation_results) or else the language in use.

    Raises ValueError for an unknown suffix, page size or cluster id."""
    if language is not None:
        from assessor.core.i18n import use_language

        with use_language(language):
            render_report(result, out_path, page_size=page_size, cluster_id=cluster_id)
        return
    path = Path(out_path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValueError(f"{path}: the report must end in .pdf or .html")
    if page_size not in PAGE_SIZES:
        raise ValueError(f"unknown page size '{page_size}' (use A4 or Letter)")
    if suffix == ".pdf":
        render_pdf(result, path, page_size, cluster_id)
    else:
        write_atomic(path, render_html(result, cluster_id).encode("utf-8"))


__all__ = ["PAGE_SIZES", "render_html", "render_pdf", "render_report"]
