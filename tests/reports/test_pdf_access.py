"""The PDF report for assistive technology: a title, a language, and a text layer that
reads in the order the page is laid out. (Qt writes no structure tags; docs/accessibility.md
says what that means.)"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from assessor.reports import render_report
from assessor.reports.pdf_language import add_language
from tests.charts import factory
from tests.reports.test_reports import needs_poppler, pdf_info, pdf_text


@needs_poppler
def test_pdf_has_a_title_a_language_and_text_in_reading_order(tmp_path: Path) -> None:
    result = factory.career_result(tmp_path)
    target = tmp_path / "report.pdf"
    render_report(result, target)
    info = pdf_info(target)
    assert info["Title"].startswith("AI cybersecurity skills report")
    checked = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True,
                             check=True)
    assert checked.stderr == ""  # poppler reads the updated file without a complaint
    text = pdf_text(target).casefold()
    order = ["AI cybersecurity skills report", "Your level", "Career ladder", "Your profile",
             "Self-rating", "Appendix: your answers"]
    positions = [text.find(heading.casefold()) for heading in order]
    assert -1 not in positions, dict(zip(order, positions, strict=True))
    assert positions == sorted(positions), dict(zip(order, positions, strict=True))
    data = target.read_bytes()
    assert b"/Lang (en)" in data
    if shutil.which("qpdf"):
        catalog = subprocess.run(["qpdf", "--show-object=trailer", str(target)],
                                 capture_output=True, text=True, check=True).stdout
        root = catalog.split("/Root ", 1)[1].split(" R", 1)[0].split()[0]
        shown = subprocess.run(["qpdf", f"--show-object={root}", str(target)],
                               capture_output=True, text=True, check=True).stdout
        assert "/Lang (en)" in shown and "/Type /Catalog" in shown


def test_language_is_added_once_and_bad_input_is_refused() -> None:
    minimal = (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
               b"xref\n0 2\n0000000000 65535 f \n0000000009 00000 n \n"
               b"trailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n57\n%%EOF\n")
    once = add_language(minimal, "de")
    assert once.startswith(minimal) and once.count(b"/Lang (de)") == 1
    assert add_language(once, "de") == once
    assert b"/Prev 57" in once
    xref_at = int(once.rsplit(b"startxref", 1)[1].split()[0])
    assert once[xref_at:].startswith(b"xref\n1 1\n")
    offset = int(once[xref_at:].split(b"\n")[2].split()[0])
    assert once[offset:].startswith(b"1 0 obj")
    with pytest.raises(ValueError):
        add_language(b"not a pdf", "en")
    with pytest.raises(ValueError):
        add_language(minimal, "en) /JS (x")


def _catalog_language(target: Path) -> str | None:
    """The /Lang of the catalog in force (the last definition of the trailer's /Root)."""
    import re

    data = target.read_bytes()
    root = re.findall(rb"/Root\s+(\d+)\s+0\s+R", data)[-1]
    catalog = re.findall(rb"(?:^|\s)" + root + rb"\s+0\s+obj\s*(<<.*?>>)", data, re.S)[-1]
    found = re.search(rb"/Lang \(([^)]*)\)", catalog)
    return found.group(1).decode() if found else None


def test_a_spanish_pdf_says_it_is_spanish(tmp_path: Path) -> None:
    """A screen reader picks its voice by /Lang: Spanish read as English is gibberish."""
    from assessor.core.i18n import use_language
    from assessor.core.results.history import client_history
    from assessor.core.store.types import StoredResult
    from assessor.core.translation_results import translate_result
    from assessor.reports.history_pdf import write_history_pdf

    english = factory.career_result(tmp_path)
    result, _warnings = translate_result(english, "es")
    render_report(result, tmp_path / "informe.pdf", language="es")
    render_report(english, tmp_path / "report.pdf")
    stored = [StoredResult(1, 1, english, "x", None)]
    with use_language("es"):
        write_history_pdf(client_history("Cliente A", stored, []), [english],
                          tmp_path / "historial.pdf")
    write_history_pdf(client_history("Client A", stored, []), [english],
                      tmp_path / "history.pdf")
    assert _catalog_language(tmp_path / "informe.pdf") == "es"
    assert _catalog_language(tmp_path / "historial.pdf") == "es"
    assert _catalog_language(tmp_path / "report.pdf") == "en"
    assert _catalog_language(tmp_path / "history.pdf") == "en"
