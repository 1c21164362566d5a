"""Translation documents: the same questionnaire in another language, scoring untouched."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assessor.core.errors import AssessorError
from assessor.core.format.answers import load_answers
from assessor.core.format.loading import load_document, load_questionnaire
from assessor.core.format.model import CareerModel, Questionnaire
from assessor.core.paths import questionnaire_files, shipped_questionnaire_dir
from assessor.core.results import build_result, verify_against
from assessor.core.translation import (
    Translation,
    available_languages,
    find_translations,
    load_translation,
    parse_translation,
    translate,
)
from assessor.core.translation_template import coverage_lines, render_template
from assessor.core.translation_texts import source_texts
from tests.conftest import TEST_DATA

SPANISH = TEST_DATA / "all_types.es.yaml"
HEADER = ("format: assessor/1\nkind: translation\n"
          "translates: {id: all-types, version: \"2.0.1\"}\nlanguage: es\n")


@pytest.fixture(scope="module")
def source() -> Questionnaire:
    return load_questionnaire(TEST_DATA / "all_types.yaml")


def _parse(text: str, source: Questionnaire, name: str = "t.es.yaml") -> Translation:
    return parse_translation(text.encode("utf-8"), name, source, Path(name))


def _refused(text: str, source: Questionnaire) -> list[str]:
    with pytest.raises(AssessorError) as caught:
        _parse(text, source)
    return caught.value.lines()


def test_the_spanish_test_translation_covers_every_text(source: Questionnaire) -> None:
    translation = load_translation(SPANISH, source)
    assert translation.missing == () and translation.stale == ()
    assert translation.coverage == 1.0 and translation.warnings() == []
    assert translation.total == len(source_texts(source)) > 40


def test_translated_questionnaire_shows_spanish_and_keeps_its_scoring(
        source: Questionnaire) -> None:
    spanish, warnings = translate(source, "es", [TEST_DATA])
    assert warnings == []
    assert spanish.title == "Todos los tipos de pregunta"
    assert spanish.item_index["role"].options[0].label == "Analista de SOC"
    assert spanish.item_index["trained"].scale[0].label == "Nunca"
    assert spanish.sections[0].intro == "Sobre usted."
    assert spanish.career is not None and spanish.career.clusters[0].label == "Constructor"
    assert source.career is not None
    assert spanish.career.milestones[2].resources[0].url == \
        source.career.milestones[2].resources[0].url
    assert spanish.source.sha256 == source.source.sha256
    assert [i.id for i in spanish.items] == [i.id for i in source.items]
    assert [i.weights for i in spanish.items] == [i.weights for i in source.items]


def test_same_answers_give_the_same_result_in_both_languages(source: Questionnaire) -> None:
    spanish, _ = translate(source, "es", [TEST_DATA])
    answers = load_answers(TEST_DATA / "all_types_answers.yaml", source).answers
    english_result = build_result(source, answers, completed_at="2026-01-01T10:00:00+00:00")
    spanish_result = build_result(spanish, answers, completed_at="2026-01-01T10:00:00+00:00")
    assert spanish_result["language"] == "es" and "language" not in english_result
    for key in ("scores", "placement", "clusters", "paths", "questionnaire", "display"):
        assert spanish_result[key] == english_result[key], key
    verify_against(spanish_result, source, "result.json")  # re-scores anywhere, any language


def test_unknown_ids_are_refused_with_their_position(source: Questionnaire) -> None:
    text = HEADER + (
        "items:\n"
        "  role:\n"
        "    text: Su puesto\n"
        "    options: {analyst: Analista, boss: Jefe}\n"
        "  nosuch: {text: Nada}\n"
        "scales:\n"
        "  done4: {\"7\": Siete}\n"
        "milestones:\n"
        "  rmf-course: {resources: [Uno, Dos]}\n"
        "sections: {background: {colour: rojo}}\n"
        "glossary: {}\n")
    assert sorted(_refused(text, source)) == [
        "t.es.yaml:11:11: scale 'done4' has no point with value 7",
        "t.es.yaml:13:33: milestone 'rmf-course' has no resource number 2",
        "t.es.yaml:14:25: unknown key 'colour' in section 'background'",
        "t.es.yaml:15:1: unknown key 'glossary' in the top level",
        "t.es.yaml:8:34: unknown option 'boss' of item 'role'",
        "t.es.yaml:9:3: unknown item 'nosuch' ('all-types' has no such item)",
    ]


def test_a_text_must_be_text(source: Questionnaire) -> None:
    assert _refused(HEADER + "items: {role: {text: [a, b]}}\n", source) == [
        "t.es.yaml:5:22: item 'role' text must be text, not a list"]


@pytest.mark.parametrize(("header", "message"), [
    ("kind: translation\ntranslates: {id: all-types, version: '1'}\nlanguage: es\n",
     "t.es.yaml:1:1: the top level is missing required key 'format'"),
    ("format: assessor/1\nkind: translation\ntranslates: {id: all-types, version: '1'}\n"
     "language: Spanish\n", "t.es.yaml:4:11: 'language' value 'Spanish' is not a language tag"
     " (e.g. 'es', 'pt-BR')"),
    ("format: assessor/1\nkind: translation\ntranslates: {id: other, version: '1'}\n"
     "language: es\n", "t.es.yaml:3:13: translates 'other', not 'all-types'"),
    ("format: assessor/1\nkind: translation\ntranslates: {id: all-types, version: '1'}\n"
     "language: fr\n", "t.es.yaml:4:11: 'language' is 'fr' but the file name says 'es'"),
])
def test_header_problems_are_located(source: Questionnaire, header: str, message: str) -> None:
    assert _refused(header, source) == [message]


def test_the_loaders_hardening_applies(source: Questionnaire, tmp_path: Path) -> None:
    alias = HEADER + "title: &t Hola\ndescription: *t\n"
    assert "alias" in " ".join(_refused(alias, source)).lower() or \
        "anchor" in " ".join(_refused(alias, source)).lower()
    duplicate = HEADER + "title: Uno\ntitle: Dos\n"
    assert "duplicate" in " ".join(_refused(duplicate, source)).lower()
    with pytest.raises(AssessorError):
        parse_translation(HEADER.encode() + b"title: \xff\n", "t.es.yaml", source)
    big = tmp_path / "all_types.es.yaml"
    big.write_bytes(HEADER.encode() + b"# " + b"x" * (5 * 1024 * 1024) + b"\n")
    with pytest.raises(AssessorError) as caught:
        load_translation(big, source)
    assert str(big) in caught.value.lines()[0]


def test_missing_texts_are_warnings_and_fall_back(source: Questionnaire, tmp_path: Path) -> None:
    shutil.copy(TEST_DATA / "all_types.yaml", tmp_path / "all_types.yaml")
    (tmp_path / "all_types.es.yaml").write_text(HEADER + "title: Solo el título\n",
                                                encoding="utf-8")
    spanish, warnings = translate(source, "es", [tmp_path])
    assert spanish.title == "Solo el título"
    assert spanish.items[0].text == "Your current role"  # the source text, not a blank
    total = len(source_texts(source))
    assert warnings == [f"{tmp_path / 'all_types.es.yaml'}: warning: {total - 1} of {total} "
                        "texts are not translated into 'es' and are shown in the source "
                        "language"]


def test_an_older_version_is_used_with_a_coverage_warning(source: Questionnaire) -> None:
    text = SPANISH.read_text(encoding="utf-8").replace('version: "2.0.1"', 'version: "1.0"')
    translation = _parse(text, source, "all_types.es.yaml")
    assert not translation.version_matches
    assert translation.warnings()[0].endswith(
        "translates version 1.0 of 'all-types', which is now 2.0.1; 100% of its texts are "
        "translated")


def test_a_changed_source_text_is_reported_stale(source: Questionnaire, tmp_path: Path) -> None:
    changed = (TEST_DATA / "all_types.yaml").read_text(encoding="utf-8").replace(
        "text: Your current role", "text: Your role today")
    (tmp_path / "all_types.yaml").write_text(changed, encoding="utf-8")
    newer = load_questionnaire(tmp_path / "all_types.yaml")
    translation = load_translation(SPANISH, newer)
    assert translation.stale == (("items", "role", "text"),)
    lines = coverage_lines(translation, "es.yaml")
    assert lines[-1] == "es.yaml: source changed since translated: items/role/text"


def test_translations_are_not_questionnaires_of_their_own(tmp_path: Path) -> None:
    shutil.copy(SPANISH, tmp_path / "all_types.es.yaml")
    shutil.copy(TEST_DATA / "all_types.yaml", tmp_path / "all_types.yaml")
    # A questionnaire whose name merely looks like one is still a questionnaire.
    shutil.copy(TEST_DATA / "sample.yaml", tmp_path / "sample.en.yaml")
    assert [p.name for p in questionnaire_files(tmp_path)] == ["all_types.yaml", "sample.en.yaml"]
    assert find_translations("all-types", [tmp_path]) == {"es": tmp_path / "all_types.es.yaml"}


def test_translations_are_found_beside_the_questionnaire(tmp_path: Path) -> None:
    shutil.copy(SPANISH, tmp_path / "all_types.es.yaml")
    shutil.copy(TEST_DATA / "all_types.yaml", tmp_path / "all_types.yaml")
    here = load_questionnaire(tmp_path / "all_types.yaml")
    assert available_languages(here) == ["es"]
    spanish, warnings = translate(here, "es")
    assert spanish.language == "es" and warnings == []
    english, warnings = translate(here, "de")
    assert english is here and "no translation into 'de'" in warnings[0]


def test_the_template_is_a_valid_empty_translation(source: Questionnaire) -> None:
    text = render_template(source, "es")
    translation = _parse(text, source, "all_types.es.yaml")
    assert translation.texts == {} and translation.coverage == 0.0
    assert "    # Your current role\n    text: \"\"\n" in text


def test_a_template_keeps_an_existing_translation(source: Questionnaire) -> None:
    existing = load_translation(SPANISH, source)
    again = _parse(render_template(source, "es", existing), source, "all_types.es.yaml")
    assert again.texts == existing.texts


@pytest.mark.parametrize("path", questionnaire_files(shipped_questionnaire_dir()),
                         ids=lambda p: p.name)
def test_templates_of_the_shipped_documents_load(path: Path) -> None:
    document = load_document(path)
    assert isinstance(document, (Questionnaire, CareerModel))
    text = render_template(document, "es")
    translation = parse_translation(text.encode(), "x.es.yaml", document)
    assert translation.total == len(source_texts(document)) > 10


def _translation_schema() -> dict[str, object]:
    import json

    text = (Path(__file__).resolve().parents[2] / "assessor" / "core" /
            "translation.schema.json").read_text(encoding="utf-8")
    return dict(json.loads(text))


def test_translation_schema_is_generated_and_describes_the_documents(
        source: Questionnaire) -> None:
    import sys

    import jsonschema

    from assessor.core.format.yamlsafe import parse_yaml

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    import make_translation_schema

    schema = _translation_schema()
    assert make_translation_schema.build() == schema, "run tools/make_translation_schema.py"
    validator = jsonschema.Draft7Validator(schema)
    for text in (SPANISH.read_text(encoding="utf-8"), render_template(source, "es")):
        assert list(validator.iter_errors(parse_yaml(text, "t.es.yaml"))) == []
    wrong = parse_yaml(HEADER + "glossary: {}\nitems: {role: {colour: red}}\n", "t.es.yaml")
    assert len(list(validator.iter_errors(wrong))) == 2


def test_a_translation_read_once_is_read_again_when_its_file_changes(tmp_path: Path) -> None:
    from assessor.core.translation_results import translate_result

    shutil.copy(TEST_DATA / "all_types.yaml", tmp_path / "all_types.yaml")
    translation = tmp_path / "all_types.es.yaml"
    shutil.copy(TEST_DATA / "all_types.es.yaml", translation)
    questionnaire = load_questionnaire(tmp_path / "all_types.yaml")
    result = build_result(questionnaire, load_answers(TEST_DATA / "all_types_answers.yaml",
                                                      questionnaire).answers)
    first, _ = translate_result(result, "es", [tmp_path])
    assert first["questionnaire"]["title"] == "Todos los tipos de pregunta"
    assert translate_result(result, "es", [tmp_path])[0] == first  # kept: the same texts
    text = translation.read_text(encoding="utf-8")
    translation.write_text(text.replace('title: "Todos los tipos de pregunta"',
                                        'title: "Cada tipo de pregunta, revisado"'),
                           encoding="utf-8")
    changed, _ = translate_result(result, "es", [tmp_path])
    assert changed["questionnaire"]["title"] == "Cada tipo de pregunta, revisado"


def test_results_are_re_scored_with_the_questionnaire_shown_in_any_language(
        source: Questionnaire, tmp_path: Path) -> None:
    """The app offers a Spanish speaker the translated questionnaire (same sha256); its
    cohort page re-scores results with it, whichever language they were taken in."""
    from assessor.core.cohort import import_results
    from assessor.core.results import write_result

    spanish, _ = translate(source, "es", [TEST_DATA])
    answers = load_answers(TEST_DATA / "all_types_answers.yaml", source).answers
    files = []
    for name, taken_with in (("english.json", source), ("spanish.json", spanish)):
        files.append(tmp_path / name)
        write_result(build_result(taken_with, answers, respondent=name), files[-1])
    outcome = import_results(files, [spanish])
    assert not outcome.refused and len(outcome.entries) == 2
    assert all(entry.rescored for entry in outcome.entries)
