"""A report of a questionnaire from a provider pack says on its cover who prepared it."""

from __future__ import annotations

from pathlib import Path

import pytest

from assessor.core.loading import load_questionnaire
from assessor.core.packs import build_pack, generate_key, install_pack
from assessor.core.results import build_result
from assessor.reports import render_html, render_report
from tests.core.packs_factory import pack_members, write_source
from tests.reports.test_reports import needs_poppler, pdf_text


@pytest.fixture
def pack_result(tmp_path: Path) -> dict[str, object]:
    members = pack_members()
    members["pack.yaml"] = members["pack.yaml"].replace(
        b"  contact: courses@acme.example",
        b"  contact: |-\n    Course office <courses@acme.example>\n    Call us on Mondays")
    source = write_source(tmp_path / "src", members)
    out = tmp_path / "acme.assessorpack"
    build_pack(source, out, generate_key()[0], "Acme Academy")
    questionnaire = load_questionnaire(install_pack(out) / "acme-check.yaml")
    return build_result(questionnaire, {"q1": 3, "q2": 2}, respondent="Robin")


def test_html_cover_names_the_provider_and_its_contact(pack_result: dict[str, object]) -> None:
    html = render_html(pack_result)
    cover = html[html.index('<header class="cover">'):html.index("</header>")]
    assert "Prepared with Acme Academy" in cover
    assert "Course office &lt;courses@acme.example&gt;<br>Call us on Mondays" in cover
    assert "https://acme.example" in cover and "href" not in cover


def test_html_without_provider_has_no_provider_line(pack_result: dict[str, object]) -> None:
    display = dict(pack_result["display"])  # type: ignore[call-overload]
    del display["provider"]
    assert "Prepared with" not in render_html({**pack_result, "display": display})


@needs_poppler
def test_pdf_cover_names_the_provider(pack_result: dict[str, object], tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    render_report(pack_result, out)
    subprocess_text = pdf_text(out)
    first_page = subprocess_text[:subprocess_text.index("Page 1 of")]
    assert "Prepared with Acme Academy" in first_page
    assert "Course office <courses@acme.example> Call us on Mondays" in first_page
