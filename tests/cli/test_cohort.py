"""`assessor cohort` as a training provider runs it on a real, messy folder of results."""

from __future__ import annotations

import csv
import io
import random
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from assessor.core.format.loading import load_questionnaire
from assessor.core.results import integrity_hash, result_to_bytes, write_result
from tests.cli.test_cli import run_cli
from tests.cohort_factory import edit_scores, load_json, random_result, write_cohort
from tests.conftest import TEST_DATA

ALL_TYPES = TEST_DATA / "all_types.yaml"
FOREIGN = TEST_DATA / "sample.yaml"
COHORT_SIZE = 200
FORMULA_NAME = '=HYPERLINK("http://x")'
# `FILE: reason`, or `FILE:LINE:COLUMN: reason` where the damage has a place in the file.
REFUSAL_LINE = re.compile(r"(.+?\.json)(?::\d+:\d+)?: (.+)")


@dataclass(frozen=True)
class Cohort:
    folder: Path  # 200 good results
    resealed: Path  # score edited, integrity recomputed: only re-scoring catches it
    edited: Path  # score edited, integrity left: the integrity check catches it
    duplicate: Path
    truncated: Path
    newer_format: Path
    oversized: Path
    foreign: Path  # another questionnaire, not given with --questionnaire

    @property
    def extras(self) -> list[Path]:
        return [self.resealed, self.edited, self.duplicate, self.truncated, self.newer_format,
                self.oversized, self.foreign]


@pytest.fixture(scope="module")
def cohort(tmp_path_factory: pytest.TempPathFactory) -> Cohort:
    root = tmp_path_factory.mktemp("cohort")
    questionnaire = load_questionnaire(ALL_TYPES)
    good = write_cohort(questionnaire, root / "results", COHORT_SIZE)
    # One respondent picked a pseudonym that a spreadsheet would run.
    hostile = random_result(questionnaire, random.Random(99), respondent=FORMULA_NAME)
    write_result(hostile, good[17])
    odd = root / "odd"
    odd.mkdir()
    original = load_json(good[3])
    resealed, edited = odd / "resealed.json", odd / "edited.json"
    write_result(edit_scores(original, "ml", reseal=True), resealed)
    write_result(edit_scores(original, "sec", reseal=False), edited)
    duplicate = odd / "copy-of-3.json"
    duplicate.write_bytes(good[3].read_bytes())
    truncated = odd / "truncated.json"
    truncated.write_bytes(good[4].read_bytes()[:500])
    newer = load_json(good[5])
    newer["format"] = "assessor-result/2"
    newer["integrity"] = {"sha256": integrity_hash(newer)}
    newer_format = odd / "newer.json"
    newer_format.write_bytes(result_to_bytes(newer))
    oversized = odd / "huge.json"
    oversized.write_bytes(good[6].read_bytes() + b" " * (5 * 1024 * 1024))
    foreign = odd / "foreign.json"
    write_result(random_result(load_questionnaire(FOREIGN), random.Random(5)), foreign)
    return Cohort(root / "results", resealed, edited, duplicate, truncated, newer_format,
                  oversized, foreign)


def read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    text = path.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    header = rows[0]
    return header, [dict(zip(header, row, strict=True)) for row in rows[1:]]


def test_cohort_csv_accepts_good_refuses_bad_and_never_imports_qt(
    cohort: Cohort, tmp_path: Path
) -> None:
    out = tmp_path / "summary.csv"
    result = run_cli("cohort", "--questionnaire", ALL_TYPES, cohort.folder, *cohort.extras,
                     "-o", out, no_qt=True)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    *refusal_lines, last = result.stderr.strip().splitlines()
    assert last == f"wrote {out}"
    matches = [REFUSAL_LINE.fullmatch(line) for line in refusal_lines]
    refusals = {m.group(1): m.group(2) for m in matches if m is not None}
    assert len(refusals) == len(matches)
    assert set(refusals) == {str(p) for p in (cohort.resealed, cohort.edited, cohort.truncated,
                                              cohort.newer_format, cohort.oversized)}
    assert "re-scoring gives different scores" in refusals[str(cohort.resealed)]
    assert "failed its integrity check" in refusals[str(cohort.edited)]
    assert "not valid JSON" in refusals[str(cohort.truncated)]
    assert "assessor-result/2" in refusals[str(cohort.newer_format)]
    assert "larger than 5 MiB" in refusals[str(cohort.oversized)]
    assert f"{cohort.duplicate}: duplicate of {cohort.folder / 'result-0003.json'}" \
        in result.stdout
    assert "questionnaire 'sample' 1.0: not re-scored" in result.stdout

    header, rows = read_csv(out)
    assert header[:6] == ["respondent", "questionnaire", "version", "completed_at", "complete",
                          "level"]
    for column in ("ml_percent", "sec_percent", "gov_percent", "best_cluster", "best_fit",
                   "source"):
        assert column in header
    assert len(rows) == COHORT_SIZE + 1  # the good ones and the foreign one, each once
    sources = [row["source"] for row in rows]
    assert len(set(sources)) == len(sources)
    assert str(cohort.duplicate) not in sources
    foreign = next(row for row in rows if row["source"] == str(cohort.foreign))
    assert foreign["questionnaire"] == "sample"
    assert foreign["checked"].startswith("not re-scored")
    assert all(row["checked"] == "re-scored" for row in rows if row is not foreign)
    hostile = [row for row in rows if "HYPERLINK" in row["respondent"]]
    assert [row["respondent"] for row in hostile] == ["'" + FORMULA_NAME]


def test_csv_values_are_the_results_own(cohort: Cohort, tmp_path: Path) -> None:
    out = tmp_path / "summary.csv"
    result = run_cli("cohort", "--questionnaire", ALL_TYPES, cohort.folder, "-o", out,
                     no_qt=True)
    assert result.returncode == 0, result.stderr
    assert result.stderr == f"wrote {out}\n"
    _, rows = read_csv(out)
    assert len(rows) == COHORT_SIZE
    stored = load_json(cohort.folder / "result-0042.json")
    row = next(r for r in rows if r["source"].endswith("result-0042.json"))
    assert row["respondent"] == stored["respondent"]
    assert row["completed_at"] == stored["completed_at"]
    assert row["complete"] == ("true" if stored["complete"] else "false")
    assert row["level"] == (stored["placement"] or {}).get("level", "")
    assert float(row["ml_percent"]) == pytest.approx(stored["scores"]["ml"]["percent"],
                                                     abs=0.01)
    assert row["best_cluster"] == stored["clusters"][0]["id"]
    assert float(row["best_fit"]) == pytest.approx(stored["clusters"][0]["fit"])


def test_results_not_rescored_without_their_questionnaire(cohort: Cohort, tmp_path: Path) -> None:
    """Without --questionnaire, a resealed edit passes the hash check: the summary says the
    results were checked by hash only."""
    out = tmp_path / "summary.csv"
    result = run_cli("cohort", cohort.resealed, cohort.folder / "result-0001.json", "-o", out,
                     no_qt=True)
    assert result.returncode == 0, result.stderr
    assert "2 result(s) of questionnaire 'all-types' 2.0.1: not re-scored" in result.stdout
    _, rows = read_csv(out)
    assert {row["checked"] for row in rows} == {"not re-scored (integrity hash only)"}


def test_usage_errors_exit_2(cohort: Cohort, tmp_path: Path) -> None:
    wrong_suffix = run_cli("cohort", cohort.folder, "-o", tmp_path / "out.txt", no_qt=True)
    assert wrong_suffix.returncode == 2
    assert ".csv, .html or .pdf" in wrong_suffix.stderr
    no_output = run_cli("cohort", cohort.folder, no_qt=True)
    assert no_output.returncode == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    nothing = run_cli("cohort", empty, "-o", tmp_path / "out.csv", no_qt=True)
    assert nothing.returncode == 2
    assert "no result files" in nothing.stderr
    assert not (tmp_path / "out.csv").exists()


def test_only_refused_files_still_writes_an_empty_summary(cohort: Cohort, tmp_path: Path) -> None:
    out = tmp_path / "summary.csv"
    result = run_cli("cohort", cohort.truncated, "-o", out, no_qt=True)
    assert result.returncode == 1
    assert result.stderr.startswith(f"{cohort.truncated}:")
    header, rows = read_csv(out)
    assert rows == []
    assert "respondent" in header


def test_broken_questionnaire_is_reported_not_a_traceback(cohort: Cohort, tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: assessor/1\nid: [oops\n", encoding="utf-8")
    out = tmp_path / "summary.csv"
    result = run_cli("cohort", "--questionnaire", broken, cohort.folder, "-o", out, no_qt=True)
    assert result.returncode == 1
    assert result.stderr.startswith(f"{broken}:")
    assert "Traceback" not in result.stderr
    assert not out.exists()


def hostile_foreign_result(folder: Path) -> Path:
    """A result of a questionnaire whose title is markup, as an attacker would send it."""
    result = random_result(load_questionnaire(FOREIGN), random.Random(8))
    result["questionnaire"]["title"] = "<script>alert(1)</script> Skills"
    result["integrity"] = {"sha256": integrity_hash(result)}
    path = folder / "hostile.json"
    write_result(result, path)
    return path


def test_html_summary_is_escaped_anonymous_and_needs_no_qt(cohort: Cohort, tmp_path: Path) -> None:
    out = tmp_path / "summary.html"
    hostile = hostile_foreign_result(tmp_path)
    result = run_cli("cohort", "--questionnaire", ALL_TYPES, cohort.folder, cohort.truncated,
                     hostile, "-o", out, no_qt=True)
    assert result.returncode == 1, result.stderr
    html = out.read_text(encoding="utf-8")
    assert "default-src 'none'" in html
    assert "<script" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Skills" in html
    # The dashboard shows groups, never people: no pseudonym appears anywhere.
    names = [load_json(p)["respondent"] for p in sorted(cohort.folder.glob("*.json"))[:30]]
    assert not [name for name in names if name in html]
    assert "HYPERLINK" not in html
    # What was refused, and why; what was only hash-checked.
    assert str(cohort.truncated) in html
    assert "not valid JSON" in html
    assert "1 not re-scored" in html
    assert "Item analysis: Every item type 2.0.1" in html
    assert html.count("<svg") >= 4
    # The foreign questionnaire has a single result: its counts and heatmap are hidden.
    assert "Not shown: fewer than 5 people" in html


def test_html_summary_in_spanish(cohort: Cohort, tmp_path: Path) -> None:
    out = tmp_path / "resumen.html"
    hostile = hostile_foreign_result(tmp_path)
    result = run_cli("cohort", "--questionnaire", ALL_TYPES, cohort.folder, cohort.truncated,
                     hostile, "-o", out, "--language", "es", no_qt=True)
    assert result.returncode == 1, result.stderr
    html = out.read_text(encoding="utf-8")
    for spanish in ('<html lang="es">', "<h1>Resumen de la cohorte</h1>", "Qué se importó",
                    "201 resultados aceptados: 200 recalculados con su cuestionario, 1 sin "
                    "recalcular", "1 archivo rechazado.", "Preparación por grupo",
                    "Análisis de ítems: Every item type 2.0.1", "Alfa sin el ítem",
                    "No se muestra: menos de 5 personas", "no para filtrar ni clasificar"):
        assert spanish in html, spanish
    for english in ("Cohort summary", "What was imported", "results accepted",
                    "Readiness per cluster", "Item analysis", "Alpha if dropped", "Not shown"):
        assert english not in html, english


def test_summary_in_a_language_not_installed_is_a_usage_error(cohort: Cohort,
                                                               tmp_path: Path) -> None:
    for language, says in (("xx", "not installed (installed: en, es)"),
                           ("Spanish!", "not a language tag")):
        result = run_cli("cohort", cohort.folder, "--language", language, "-o",
                         tmp_path / "s.html", no_qt=True)
        assert result.returncode == 2
        assert f"--language {language}: {says}" in result.stderr
    assert not (tmp_path / "s.html").exists()


def test_unknown_cluster_is_a_usage_error(cohort: Cohort, tmp_path: Path) -> None:
    result = run_cli("cohort", cohort.folder, "--cluster", "astronaut", "-o",
                     tmp_path / "s.html", no_qt=True)
    assert result.returncode == 2
    assert "--cluster astronaut" in result.stderr
    assert not (tmp_path / "s.html").exists()


def test_pdf_summary_carries_dashboard_and_item_analysis(cohort: Cohort, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    result = run_cli("cohort", "--questionnaire", ALL_TYPES, cohort.folder, "--cluster",
                     "auditor", "-o", out)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    for expected in ("Cohort summary", "Readiness per cluster", "Gaps to target",
                     "Item analysis: Every item type 2.0.1", "Page 1 of"):
        assert expected in text
    assert "Traceback" not in result.stderr


def test_a_big_cohort_is_checked_on_the_cores_at_hand_with_the_same_summary(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`assessor cohort` hands a big cohort to forked workers (bench/bench_cohort.py: about
    a third faster on two idle cores); the summary is the one a single process writes."""
    from assessor.cli import main
    from assessor.cli.cohort import available_cores
    from assessor.core import cohort

    questionnaire_file = TEST_DATA / "all_types.yaml"
    write_cohort(load_questionnaire(questionnaire_file), tmp_path / "results", 24)
    single, forked = tmp_path / "single.csv", tmp_path / "forked.csv"
    monkeypatch.setattr("assessor.cli.cohort.available_cores", lambda: 1)
    assert main(["cohort", "--questionnaire", str(questionnaire_file),
                 str(tmp_path / "results"), "-o", str(single)]) == 0
    monkeypatch.setattr("assessor.cli.cohort.available_cores", lambda: 2)
    monkeypatch.setattr(cohort.forked, "PARALLEL_MINIMUM", 2)
    monkeypatch.setattr(cohort.forked, "_CHUNK", 5)
    used = []
    forked_import = cohort._import_forked
    monkeypatch.setattr(cohort, "_import_forked",
                        lambda *args: used.append(args[-1]) or forked_import(*args))
    assert main(["cohort", "--questionnaire", str(questionnaire_file),
                 str(tmp_path / "results"), "-o", str(forked)]) == 0
    assert used == [2]
    assert forked.read_bytes() == single.read_bytes()
    assert 1 <= available_cores() <= 4
