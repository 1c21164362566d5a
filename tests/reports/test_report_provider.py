"""A report of a questionnaire from a provider pack says on its cover who prepared it."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import pytest

from assessor.core.format.loading import load_questionnaire
from assessor.core.packs import build_pack, generate_key, install_pack
from assessor.core.results import build_result
from assessor.reports import render_html, render_report
from tests.core.packs_factory import pack_members, write_source
from tests.reports.test_reports import needs_poppler, pdf_text

EXAMPLE_LOGO = Path(__file__).resolve().parents[2] / "examples" / "provider-pack" / "logo.svg"


@pytest.fixture
def pack_result(tmp_path: Path) -> dict[str, object]:
    members = pack_members()
    members["logo.svg"] = EXAMPLE_LOGO.read_bytes()  # draws without warnings
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


def test_html_cover_carries_the_providers_logo_from_its_installed_pack(
        pack_result: dict[str, object]) -> None:
    html = render_html(pack_result)
    cover = html[html.index('<header class="cover">'):html.index("</header>")]
    [img] = re.findall(r"<img [^>]*>", cover)
    assert 'alt="Acme Academy logo"' in img
    encoded = re.search(r'src="data:image/svg\+xml;base64,([^"]+)"', img)
    assert encoded is not None
    assert base64.b64decode(encoded.group(1)) == EXAMPLE_LOGO.read_bytes()
    # The result itself stays small: the logo is looked up, not stored in it.
    assert "logo" not in json.dumps(pack_result["display"])


def test_a_result_from_another_questionnaire_gets_no_logo(
        pack_result: dict[str, object]) -> None:
    meta = {**pack_result["questionnaire"], "sha256": "0" * 64}  # type: ignore[dict-item]
    html = render_html({**pack_result, "questionnaire": meta})
    assert "Prepared with Acme Academy" in html and "<img" not in html


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


def test_pdf_cover_draws_the_logo(pack_result: dict[str, object], tmp_path: Path) -> None:
    with_logo, without = tmp_path / "with.pdf", tmp_path / "without.pdf"
    render_report(pack_result, with_logo)
    meta = {**pack_result["questionnaire"], "sha256": "0" * 64}  # type: ignore[dict-item]
    render_report({**pack_result, "questionnaire": meta}, without)
    # The vector logo's drawing adds to the first page; nothing else differs in size much.
    assert with_logo.stat().st_size > without.stat().st_size
