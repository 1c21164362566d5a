"""`assessor translate template|check` and `assessor report --language`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from assessor.cli import main
from assessor.core.format.answers import load_answers
from assessor.core.format.loading import load_questionnaire
from assessor.core.results import build_result, write_result
from assessor.core.translation import translate
from tests.cli.test_cli import run_cli
from tests.conftest import TEST_DATA
from tests.reports.test_reports import needs_poppler, pdf_text


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A provider's folder: the questionnaire and its Spanish translation side by side."""
    shutil.copy(TEST_DATA / "all_types.yaml", tmp_path / "all_types.yaml")
    shutil.copy(TEST_DATA / "all_types.es.yaml", tmp_path / "all_types.es.yaml")
    return tmp_path


@pytest.fixture
def spanish_result(folder: Path) -> Path:
    source = load_questionnaire(folder / "all_types.yaml")
    spanish, warnings = translate(source, "es")
    assert warnings == []
    answers = load_answers(TEST_DATA / "all_types_answers.yaml", source).answers
    path = folder / "result.json"
    write_result(build_result(spanish, answers, respondent="Sam",
                              completed_at="2026-03-05T14:30:00+01:00"), path)
    return path


def test_template_then_check_reports_coverage(folder: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    out = folder / "all_types.fr.yaml"
    assert main(["translate", "template", str(folder / "all_types.yaml"), "--language", "fr",
                 "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "    # Your current role\n    text: \"\"\n" in text
    out.write_text(text.replace('title: ""', 'title: "Tous les types"', 1), encoding="utf-8")
    capsys.readouterr()
    assert main(["translate", "check", str(out)]) == 0
    printed = capsys.readouterr()
    lines = printed.out.splitlines()
    assert lines[0] == (f"{out}: 'fr' translation of 'all-types' (translates 2.0.1, source is "
                        "2.0.1): 1 of 51 texts (2%)")
    assert f"{out}: missing: items/role/text" in lines
    assert f"{out}: missing: title" not in lines
    assert "50 of 51 texts are not translated" in printed.err
    assert main(["translate", "check", "--strict", str(out)]) == 1


def test_check_a_complete_translation(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["translate", "check", "--strict", str(folder / "all_types.es.yaml")]) == 0
    assert capsys.readouterr().out.endswith("51 of 51 texts (100%)\n")


def test_check_names_changed_source_texts(folder: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    source = folder / "all_types.yaml"
    source.write_text(source.read_text(encoding="utf-8").replace(
        "text: Tools you have used", "text: Tools you use"), encoding="utf-8")
    assert main(["translate", "check", "--strict", str(folder / "all_types.es.yaml")]) == 1
    assert (f"{folder / 'all_types.es.yaml'}: source changed since translated: items/tools/text"
            in capsys.readouterr().out)


def test_template_update_keeps_current_texts_and_reopens_changed_ones(
        folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = folder / "all_types.yaml"
    source.write_text(source.read_text(encoding="utf-8").replace(
        "text: Tools you have used", "text: Tools you use"), encoding="utf-8")
    old = folder / "all_types.es.yaml"
    new = folder / "all_types.es.new.yaml"
    assert main(["translate", "template", str(source), "--language", "es",
                 "--update", str(old), "-o", str(new)]) == 0
    text = new.read_text(encoding="utf-8")
    assert "    # Tools you use\n    # SOURCE CHANGED; translated before: " in text
    assert "    text: \"\"\n" in text.split("# Tools you use", 1)[1]
    new.replace(old)
    capsys.readouterr()
    assert main(["translate", "check", "--strict", str(old)]) == 1
    out = capsys.readouterr().out
    assert f"{old}: missing: items/tools/text" in out and "50 of 51 texts" in out
    assert "source changed since translated" not in out


def test_check_refuses_unknown_ids_with_their_line(folder: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    bad = folder / "all_types.es.yaml"
    bad.write_text(bad.read_text(encoding="utf-8").replace("  role:\n", "  rol:\n", 1),
                   encoding="utf-8")
    assert main(["translate", "check", str(bad)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith(f"{bad}:")
    assert err[0].endswith(": unknown item 'rol' ('all-types' has no such item)")


def test_validate_checks_a_translation_beside_its_source(
        folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spanish = folder / "all_types.es.yaml"
    assert main(["validate", str(folder / "all_types.yaml"), str(spanish)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1] == f"{spanish}: ok ('es' translation of 'all-types' 2.0.1, 51 of 51 texts)"


def test_validate_refuses_a_translation_naming_an_unknown_item(
        folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = folder / "all_types.es.yaml"
    bad.write_text(bad.read_text(encoding="utf-8").replace("  role:\n", "  rol:\n", 1),
                   encoding="utf-8")
    assert main(["validate", str(bad)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].endswith(": unknown item 'rol' ('all-types' has no such item)")


def test_validate_a_translation_whose_source_is_nowhere(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lonely = tmp_path / "all_types.es.yaml"
    shutil.copy(TEST_DATA / "all_types.es.yaml", lonely)
    assert main(["validate", str(lonely)]) == 1
    assert capsys.readouterr().err == (
        f"{lonely}: the document it translates, 'all-types', was not found (looked beside it, "
        "in the user's and the shipped questionnaire folders)\n")


def test_validate_every_shipped_file_including_translations(
        capsys: pytest.CaptureFixture[str]) -> None:
    from assessor.core.paths import shipped_questionnaire_dir

    files = sorted(str(p) for p in shipped_questionnaire_dir().glob("*.yaml"))
    assert any(f.endswith(".es.yaml") for f in files)
    assert main(["validate", *files]) == 0
    assert capsys.readouterr().out.count(": ok (") == len(files)


def test_template_by_id_of_a_shipped_document_and_bad_language(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["translate", "template", "ai-cyber-career-model", "--language", "es"]) == 0
    assert "kind: translation\ntranslates: {id: ai-cyber-career-model" in capsys.readouterr().out
    assert main(["translate", "template", "ai-cyber-career", "--language", "Spanish"]) == 2
    assert main(["translate", "template", "no-such-thing", "--language", "es"]) == 1
    assert "no-such-thing: no questionnaire or career model" in capsys.readouterr().err


def test_a_result_records_its_language_and_reports_in_spanish(
        spanish_result: Path, folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stored = json.loads(spanish_result.read_text(encoding="utf-8"))
    assert stored["language"] == "es"
    assert stored["questionnaire"]["title"] == "Every item type"  # the file keeps the source
    out = folder / "informe.html"
    assert main(["report", str(spanish_result), "-o", str(out), "--language", "es"]) == 0
    html = out.read_text(encoding="utf-8")
    for spanish in ('<html lang="es">', "Todos los tipos de pregunta", "Su perfil",
                    "Aprendizaje automático", "Analista de SOC", "Constructor",
                    "5 de marzo de 2026, 14:30", "Preparado para Sam"):
        assert spanish in html, spanish
    assert "<h2>Your profile" not in html and "Machine learning" not in html


def test_an_english_report_of_the_same_result(spanish_result: Path, folder: Path) -> None:
    out = folder / "report.html"
    assert main(["report", str(spanish_result), "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert "Your profile" in html and "Machine learning" in html and "Su perfil" not in html


def test_report_in_a_language_not_installed_is_a_usage_error(
        spanish_result: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = spanish_result.parent / "x.html"
    assert main(["report", str(spanish_result), "-o", str(out), "--language", "xx"]) == 2
    assert "no 'xx' translation of the report is installed (installed: en, es)" in \
        capsys.readouterr().err
    assert not out.exists()


def test_spanish_sentences_without_a_content_translation(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = load_questionnaire(TEST_DATA / "all_types.yaml")
    answers = load_answers(TEST_DATA / "all_types_answers.yaml", source).answers
    write_result(build_result(source, answers), tmp_path / "r.json")
    assert main(["report", str(tmp_path / "r.json"), "-o", str(tmp_path / "r.html"),
                 "--language", "es"]) == 0
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "Su perfil" in html and "Machine learning" in html
    assert "no translation into 'es' is installed" in capsys.readouterr().err


@needs_poppler
def test_spanish_pdf_report(spanish_result: Path, folder: Path) -> None:
    out = folder / "informe.pdf"
    run = run_cli("report", spanish_result, "-o", out, "--language", "es")
    assert run.returncode == 0, run.stderr
    text = pdf_text(out)
    for spanish in ("Informe de competencias en ciberseguridad de la IA", "Página 1 de",
                    "Anexo: sus respuestas", "Su itinerario hacia", "Todos los tipos de pregunta"):
        assert spanish in text, spanish


def test_translate_never_imports_qt(folder: Path) -> None:
    run = run_cli("translate", "check", folder / "all_types.es.yaml", no_qt=True)
    assert run.returncode == 0, run.stderr
    run = run_cli("report", folder / "all_types.yaml", "-o", folder / "x.html", no_qt=True)
    assert run.returncode == 1  # not a result; still no Qt
