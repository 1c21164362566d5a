"""Reports as a user receives them: the PDF opened with poppler (pages, text, paper size),
the HTML read as text (nothing loaded from outside, every questionnaire text escaped), and
the `report` command's exit codes and one-line errors."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from assessor.core.results import write_result
from assessor.reports import render_html, render_report
from tests.charts import factory

HAVE_POPPLER = shutil.which("pdftotext") is not None and shutil.which("pdfinfo") is not None
needs_poppler = pytest.mark.skipif(not HAVE_POPPLER, reason="poppler-utils not installed")


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    # NFKC undoes the typographic ligatures (ﬁ, ﬂ) the PDF's font uses.
    return " ".join(unicodedata.normalize("NFKC", out).split())


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                         check=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in
                                                  out.splitlines())}


@needs_poppler
def test_pdf_shows_level_clusters_steps_and_caveat(tmp_path: Path) -> None:
    result = factory.career_result(tmp_path)
    out = tmp_path / "report.pdf"
    render_report(result, out)
    info = pdf_info(out)
    assert int(info["Pages"]) >= 4
    assert "A4" in info["Page size"]
    text = pdf_text(out)
    assert re.search(r"YOUR LEVEL .{0,40}\bEntry\b", text)
    for cluster in result["clusters"]:
        assert cluster["label"] in text
    for step in result["paths"]["adv_ml"]["steps"]:  # the best fit's path
        assert step["title"] in text
    assert "not for screening or hiring decisions" in text
    assert f"Page 1 of {info['Pages']}" in text
    assert result["questionnaire"]["sha256"] in text
    assert "I triage alerts in a security operations centre." in text  # answers appendix
    assert "Role targets" in text  # chart texts are real text in the PDF, not outlines


@needs_poppler
def test_pdf_page_size_follows_the_request(tmp_path: Path) -> None:
    result = factory.career_result(tmp_path)
    render_report(result, tmp_path / "a4.pdf", page_size="A4")
    render_report(result, tmp_path / "letter.pdf", page_size="Letter")
    a4 = pdf_info(tmp_path / "a4.pdf")["Page size"]
    letter = pdf_info(tmp_path / "letter.pdf")["Page size"]
    assert a4.startswith("595") and "842" in a4
    assert letter.startswith("612") and "792" in letter


@needs_poppler
def test_pdf_for_a_chosen_cluster_plans_that_path(tmp_path: Path) -> None:
    result = factory.career_result(tmp_path)
    out = tmp_path / "gov.pdf"
    render_report(result, out, cluster_id="ai_gov")
    text = pdf_text(out)
    assert "Your path to AI Governance Analyst" in text
    assert "still short in AI governance" in text
    with pytest.raises(ValueError, match="no cluster 'nope'"):
        render_report(result, tmp_path / "x.pdf", cluster_id="nope")
    assert not (tmp_path / "x.pdf").exists()


@needs_poppler
def test_pdf_prints_hostile_texts_literally(tmp_path: Path) -> None:
    result = factory.hostile_result(tmp_path)
    out = tmp_path / "hostile.pdf"
    render_report(result, out)
    text = pdf_text(out)
    assert factory.TAG in text
    # Table cells may wrap the formula after its "/": compare without the line breaks.
    assert factory.FORMULA in text.replace("/ ", "/")
    assert "Practitioner $x^2$ and $\\undefined{" in text


@needs_poppler
def test_pdf_without_career_model(tmp_path: Path) -> None:
    result = factory.no_model_result(tmp_path)
    out = tmp_path / "plain.pdf"
    render_report(result, out)
    text = pdf_text(out)
    assert "YOUR LEVEL" not in text and "Your path" not in text
    assert "Machine learning" in text and "Appendix: your answers" in text


def test_html_is_self_contained_and_loads_nothing(tmp_path: Path) -> None:
    page = render_html(factory.hostile_result(tmp_path))
    lowered = page.lower()
    assert "<script" not in lowered and "<link" not in lowered and "<iframe" not in lowered
    assert not re.search(r"""\bsrc\s*=\s*["']?\s*(https?:|//)""", lowered)
    assert "content-security-policy" in lowered and "default-src 'none'" in page
    assert "@import" not in lowered and "url(http" not in lowered
    # Every link to a resource is inert until clicked and leaks no referrer.
    for anchor in re.findall(r"<a\b[^>]*>", page):
        assert 'rel="noopener noreferrer"' in anchor
    assert page.count("<svg") >= 4  # ladder, plane, profile, calibration (+ path)


def test_html_escapes_every_questionnaire_text(tmp_path: Path) -> None:
    page = render_html(factory.hostile_result(tmp_path))
    assert factory.TAG not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "=HYPERLINK(&quot;http://evil.example/x&quot;,&quot;click&quot;)" in page
    assert 'href="https://example.org/&quot;onmouseover=alert(1)"' in page
    assert "Practitioner $x^2$ and $\\undefined{" in page


def test_html_without_career_model_and_without_questionnaire(tmp_path: Path) -> None:
    result = factory.no_model_result(tmp_path)
    (tmp_path / "report-career.yaml").unlink()  # the report needs only the result
    page = render_html(result)
    assert "Your level" not in page and "Appendix: your answers" in page
    assert "Moving from data science into security." in page


def test_unknown_suffix_and_page_size_are_refused(tmp_path: Path) -> None:
    result = factory.career_result(tmp_path)
    with pytest.raises(ValueError, match=r"\.pdf or \.html"):
        render_report(result, tmp_path / "x.docx")
    with pytest.raises(ValueError, match="page size"):
        render_report(result, tmp_path / "x.pdf", page_size="A5")


# ---- the command line -------------------------------------------------------------------

def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "assessor", "report", *args],
                          capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture
def result_file(tmp_path: Path) -> Path:
    path = tmp_path / "result.json"
    write_result(factory.career_result(tmp_path), path)
    return path


def test_cli_writes_html_and_pdf(result_file: Path, tmp_path: Path) -> None:
    for name in ("r.html", "r.pdf"):
        done = run_cli(str(result_file), "-o", str(tmp_path / name))
        assert done.returncode == 0, done.stderr
        assert (tmp_path / name).stat().st_size > 10_000
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


def test_cli_html_report_does_not_import_qt(result_file: Path, tmp_path: Path) -> None:
    script = ("import sys; from assessor.cli import main; "
              f"rc = main(['report', {str(result_file)!r}, '-o', {str(tmp_path / 'r.html')!r}]);"
              " print(rc, any(m.startswith('PySide6') for m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)
    assert done.stdout.split()[-2:] == ["0", "False"]


def test_cli_refuses_a_tampered_result_with_one_line(result_file: Path, tmp_path: Path) -> None:
    data: dict[str, Any] = json.loads(result_file.read_text(encoding="utf-8"))
    data["scores"]["ml"]["percent"] = 99.0
    result_file.write_text(json.dumps(data), encoding="utf-8")
    done = run_cli(str(result_file), "-o", str(tmp_path / "r.pdf"))
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"{result_file}: ")
    assert "integrity" in lines[0]
    assert "Traceback" not in done.stderr and not (tmp_path / "r.pdf").exists()


@pytest.mark.parametrize("content", [b"", b"{not json", b"[]", b'{"format": "other/1"}',
                                     b"\xff\xfe"])
def test_cli_refuses_broken_result_files(content: bytes, tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_bytes(content)
    done = run_cli(str(path), "-o", str(tmp_path / "r.html"))
    assert done.returncode == 1
    assert done.stderr.startswith(str(path)) and len(done.stderr.strip().splitlines()) == 1


def test_cli_usage_errors(result_file: Path, tmp_path: Path) -> None:
    assert run_cli(str(result_file), "-o", str(tmp_path / "r.docx")).returncode == 2
    assert run_cli(str(result_file)).returncode == 2
    bad_cluster = run_cli(str(result_file), "-o", str(tmp_path / "r.html"), "--cluster", "zz")
    assert bad_cluster.returncode == 2 and "no cluster 'zz'" in bad_cluster.stderr
    missing = run_cli(str(tmp_path / "absent.json"), "-o", str(tmp_path / "r.html"))
    assert missing.returncode == 1 and "Traceback" not in missing.stderr


def test_many_pdfs_in_one_process_exit_cleanly(result_file: Path, tmp_path: Path) -> None:
    """PySide6 6.12 on Python 3.11 loses a reference to None per void Qt call; without the
    report's guard the interpreter aborts ("deallocating None") after a few reports."""
    script = ("import sys; from assessor.core.results import read_result_file; "
              "from assessor.reports import render_report; "
              "r = read_result_file(sys.argv[1]); "
              "[render_report(r, f'{sys.argv[2]}/{i}.pdf') for i in range(6)]")
    done = subprocess.run([sys.executable, "-c", script, str(result_file), str(tmp_path)],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-500:]
    assert len(list(tmp_path.glob("*.pdf"))) == 6


def test_answers_appendix_shows_the_words_chosen_not_ids(tmp_path: Path) -> None:
    from assessor.core.format.loading import load_questionnaire
    from assessor.core.results import build_result
    from assessor.reports.content import build_report

    questionnaire = load_questionnaire(Path(__file__).resolve().parents[1] / "data" / "all_types.yaml")
    result = build_result(questionnaire, {"role": "analyst", "tools": ["pytorch", "splunk"],
                                          "trained": 2, "years": 3})
    rows = dict(build_report(result, None).answers.rows)
    assert rows["Your current role"] == "SOC analyst"
    assert rows["Tools you have used"] == "PyTorch, Splunk"
    assert rows["I have trained a model"] == "Regularly"
    assert rows["Years in security"] == "3"  # numbers stay numbers


def _without(answers: dict[str, Any], *item_ids: str) -> dict[str, Any]:
    return {key: value for key, value in answers.items() if key not in item_ids}


@needs_poppler
def test_an_incomplete_result_names_the_questions_in_words_not_ids(tmp_path: Path) -> None:
    answers = _without(factory._answers(), "sec_threat")
    result = factory.result_from(factory._document(), answers, tmp_path)
    assert result["missing"] == ["sec_threat"]
    out = tmp_path / "report.pdf"
    render_report(result, out)
    text = pdf_text(out)
    assert ("1 required question was not answered: “I can write a threat model for a web "
            "application.”. The scores cover the rest.") in text
    assert "sec_threat" not in text
    html = render_html(result)
    assert "I can write a threat model for a web application." in html
    assert "sec_threat" not in html


@needs_poppler
def test_a_result_missing_many_questions_counts_them_and_names_a_few(tmp_path: Path) -> None:
    answers = _without(factory._answers(), "ml_train", "ml_python", "sec_threat", "sec_ir",
                       "adv_poison", "gov_rmf", "soc_triage")
    result = factory.result_from(factory._document(), answers, tmp_path)
    out = tmp_path / "report.pdf"
    render_report(result, out)
    text = pdf_text(out)
    assert "7 required questions were not answered, among them" in text
    assert "“I have trained and evaluated a" in text
    assert "I triage alerts" not in text.split("among them", 1)[1].split("The scores", 1)[0]
    for item_id in ("ml_train", "soc_triage", "gov_rmf"):
        assert item_id not in text


# The report's headings and the block each must share a page with (a heading alone at the
# foot of a page, its chart on the next, was seen in the sample report).
HEADINGS_AND_NEXT = (("Self-rating and knowledge", "Self-rating vs knowledge check"),
                     ("Role clusters", "ROLE CLUSTER"),
                     ("About this report", "Questionnaire SHA-256"))


def _page_texts(path: Path) -> list[str]:
    pages = int(pdf_info(path)["Pages"])
    texts = []
    for number in range(1, pages + 1):
        out = subprocess.run(["pdftotext", "-f", str(number), "-l", str(number), str(path),
                              "-"], capture_output=True, text=True, check=True).stdout
        texts.append(" ".join(unicodedata.normalize("NFKC", out).split()))
    return texts


@needs_poppler
@pytest.mark.parametrize("page_size", ["A4", "Letter"])
@pytest.mark.parametrize("persona", ["ml-engineer-no-security", "policy-lawyer-no-security",
                                     "career-changer", "long-names"])
def test_no_heading_is_left_alone_at_the_foot_of_a_page(tmp_path: Path, persona: str,
                                                         page_size: str) -> None:
    from tests import layout_subjects

    out = tmp_path / "report.pdf"
    render_report(layout_subjects.persona_result(persona), out, page_size=page_size)
    pages = _page_texts(out)
    for heading, following in HEADINGS_AND_NEXT:
        on = [n for n, text in enumerate(pages, start=1) if heading in text]
        assert on, f"{heading!r} is in the report"
        assert following in pages[on[0] - 1], \
            f"{heading!r} ends page {on[0]}; {following!r} is on another page"
