"""A result of a questionnaire from an installed provider pack names the provider in its
display context (name, contact, website; no logo), so reports can say who prepared it."""

from __future__ import annotations

from pathlib import Path

import pytest

from assessor.core.format.loading import load_questionnaire
from assessor.core.packs import build_pack, generate_key, install_pack
from assessor.core.results import build_result
from tests.conftest import TEST_DATA
from tests.core.packs_factory import pack_members, write_source


def installed_questionnaire(tmp_path: Path, *, signed: bool = True) -> Path:
    source = write_source(tmp_path / "src", pack_members())
    out = tmp_path / "acme.assessorpack"
    if signed:
        build_pack(source, out, generate_key()[0], "Acme Academy")
    else:
        build_pack(source, out)
    return install_pack(out) / "acme-check.yaml"


@pytest.mark.parametrize("signed", [True, False])
def test_result_of_a_pack_questionnaire_names_its_provider(tmp_path: Path, signed: bool) -> None:
    questionnaire = load_questionnaire(installed_questionnaire(tmp_path, signed=signed))
    result = build_result(questionnaire, {"q1": 3, "q2": 1})
    assert result["display"]["provider"] == {
        "name": "Acme Academy", "contact": "courses@acme.example",
        "website": "https://acme.example"}


def test_other_questionnaires_have_no_provider() -> None:
    questionnaire = load_questionnaire(TEST_DATA / "all_types.yaml")
    result = build_result(questionnaire, {})
    assert "provider" not in result["display"]


def test_a_pack_changed_after_installing_lends_no_branding(tmp_path: Path) -> None:
    path = installed_questionnaire(tmp_path)
    model = path.parent / "acme-model.yaml"
    model.write_text(model.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    result = build_result(load_questionnaire(path), {"q1": 3, "q2": 1})
    assert "provider" not in result["display"]
