"""Naming questionnaires by id, `assessor list`, `assessor template`, help texts and the
"did you mean" hints, as a newcomer meets them on the command line."""

from __future__ import annotations

import argparse
import io
import json
import random
import re
import shutil
from pathlib import Path

import pytest

from assessor.cli import build_parser
from assessor.cli import progress as cli_progress
from assessor.core.format.loading import load_questionnaire
from assessor.core.packs import install_pack
from assessor.core.paths import shipped_questionnaire_dir, user_questionnaire_dir
from assessor.core.results import write_result
from assessor.core.scoring.conditions import visible_items
from tests.cli.test_cli import run_cli
from tests.cohort_factory import random_result
from tests.conftest import TEST_DATA
from tests.core.packs_factory import pack_members, write_zip

ALL_TYPES = TEST_DATA / "all_types.yaml"


def put_in_user_folder(source: Path, name: str | None = None) -> Path:
    folder = user_questionnaire_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (name or source.name)
    shutil.copyfile(source, target)
    return target


def test_list_shows_shipped_user_folder_and_pack_questionnaires(tmp_path: Path) -> None:
    put_in_user_folder(ALL_TYPES)
    install_pack(write_zip(tmp_path / "acme.assessorpack", pack_members()))
    done = run_cli("list", no_qt=True)
    assert done.returncode == 0, done.stderr
    rows = {line.split()[0]: line for line in done.stdout.splitlines()[1:]}
    assert done.stdout.splitlines()[0].split() == ["ID", "VERSION", "TITLE", "FROM"]
    shipped_version = re.escape(load_questionnaire(shipped_questionnaire_dir() / "ai-cyber-career.yaml").version)
    assert re.search(shipped_version + r"\s+AI cybersecurity careers - full assessment\s+shipped$",
                     rows["ai-cyber-career"])
    assert rows["all-types"].endswith("user folder")
    assert "2.0.1" in rows["all-types"] and "Every item type" in rows["all-types"]
    assert rows["acme-check"].endswith("provider pack (Acme Academy)")
    assert "ai-cyber-career-model" not in rows  # a career model is not a questionnaire
    with_paths = run_cli("list", "--paths", no_qt=True)
    assert str(shipped_questionnaire_dir() / "ai-cyber-career.yaml") in with_paths.stdout


def test_score_and_validate_by_id_without_qt(tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("questionnaire: ai-cyber-quick\nanswers: {q_sec_years: 3}\n")
    out = tmp_path / "r.json"
    done = run_cli("score", "ai-cyber-quick", answers, "-o", out, no_qt=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr == f"wrote {out}\n"
    result = json.loads(out.read_text())
    assert result["questionnaire"]["id"] == "ai-cyber-quick"
    assert result["answers"] == {"q_sec_years": 3}
    valid = run_cli("validate", "ai-cyber-career", no_qt=True, cwd=tmp_path)
    assert valid.returncode == 0, valid.stderr
    assert valid.stdout.startswith("ai-cyber-career: ok (questionnaire 'ai-cyber-career'")


def test_an_existing_file_wins_over_an_id(tmp_path: Path) -> None:
    shutil.copyfile(ALL_TYPES, tmp_path / "ai-cyber-quick")  # a file named like the id
    answers = tmp_path / "answers.yaml"
    answers.write_text("questionnaire: all-types\nanswers: {years: 2}\n")
    done = run_cli("score", "ai-cyber-quick", answers, no_qt=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["questionnaire"]["id"] == "all-types"


def test_the_user_folder_copy_wins_at_a_newer_version(tmp_path: Path) -> None:
    text = (shipped_questionnaire_dir() / "ai-cyber-quick.yaml").read_text(encoding="utf-8")
    newer = tmp_path / "quick.yaml"
    newer.write_text(re.sub(r'^version: "[^"]*"', 'version: "99.0.0"', text, count=1, flags=re.M), encoding="utf-8")
    assert 'version: "99.0.0"' in newer.read_text(encoding="utf-8")
    put_in_user_folder(newer)
    answers = tmp_path / "answers.yaml"
    answers.write_text("questionnaire: ai-cyber-quick\nanswers: {}\n")
    done = run_cli("score", "ai-cyber-quick", answers, no_qt=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["questionnaire"]["version"] == "99.0.0"


def test_cohort_takes_a_questionnaire_id(tmp_path: Path) -> None:
    put_in_user_folder(ALL_TYPES)
    questionnaire = load_questionnaire(ALL_TYPES)
    results = tmp_path / "results"
    results.mkdir()
    for index in range(3):
        write_result(random_result(questionnaire, random.Random(index)),
                     results / f"r{index}.json")
    out = tmp_path / "summary.csv"
    done = run_cli("cohort", "--questionnaire", "all-types", results, "-o", out, no_qt=True,
                   cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "not re-scored" not in done.stdout  # re-scored with the questionnaire found by id
    assert "accepted 3, refused 0" in done.stdout
    assert done.stderr == f"wrote {out}\n"  # piped: no progress line


def test_unknown_id_suggests_the_closest_and_lists_the_installed(tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("questionnaire: ai-cyber-career\nanswers: {}\n")
    done = run_cli("score", "ai-cyber-carer", answers, no_qt=True, cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "ai-cyber-carer: no such file, and no installed questionnaire has this id (did you "
        "mean 'ai-cyber-career'?); installed: ai-cyber-career, ai-cyber-quick "
        "(see `assessor list`)")
    as_path = run_cli("score", "missing.yaml", answers, no_qt=True, cwd=tmp_path)
    assert as_path.returncode == 1
    assert as_path.stderr == "missing.yaml: no such file\n"


@pytest.mark.parametrize("source", ["ai-cyber-career", "ai-cyber-quick", str(ALL_TYPES)])
def test_template_scored_as_is_is_an_empty_answer_set(tmp_path: Path, source: str) -> None:
    template = tmp_path / "blank.yaml"
    made = run_cli("template", source, "-o", template, no_qt=True, cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert made.stderr == f"wrote {template}\n"
    scored = run_cli("score", source, template, no_qt=True, cwd=tmp_path)
    assert scored.returncode == 0, scored.stderr
    assert scored.stderr == ""
    result = json.loads(scored.stdout)
    assert result["answers"] == {}
    assert result["complete"] is False
    questionnaire = load_questionnaire(ALL_TYPES if source == str(ALL_TYPES)
                                       else shipped_questionnaire_dir() / f"{source}.yaml")
    required = [i.id for i in visible_items(questionnaire, {}) if i.required]
    assert result["missing"] == required


def test_template_describes_every_item_and_its_examples_are_valid(tmp_path: Path) -> None:
    questionnaire = load_questionnaire(ALL_TYPES)
    text = run_cli("template", ALL_TYPES, no_qt=True).stdout
    for item in questionnaire.items:
        assert f"  # {item.id} ({item.type}, " in text
        assert f"section '{item.section}'" in text
    assert "one option id: analyst = SOC analyst; engineer = ML engineer; none = Neither" in text
    assert "a list of option ids (at most 2), [] for none of these" in text
    assert "a number from 0 to 40" in text
    assert "one value of scale 'done4': 0 = Never; 1 = Once or twice" in text
    assert "certified (boolean, optional;" in text and "role (choice, required;" in text
    assert "t0020 = AML.T0020" in text and "correct" not in text  # never gives answers away
    # Uncommenting every example answer gives a file that scores: the examples show the form.
    filled = re.sub(r"(?m)^  # ([\w\"-]+: )", r"  \1", text)
    filled_path = tmp_path / "filled.yaml"
    filled_path.write_text(filled, encoding="utf-8")
    scored = run_cli("score", ALL_TYPES, filled_path, no_qt=True)
    assert scored.returncode == 0, scored.stderr
    assert set(json.loads(scored.stdout)["answers"]) == {i.id for i in questionnaire.items}


def test_template_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "answers.yaml"
    target.write_text("mine\n")
    done = run_cli("template", "ai-cyber-quick", "-o", target, no_qt=True)
    assert done.returncode == 1
    assert done.stderr == f"{target}: already exists; not overwritten (use --force)\n"
    assert target.read_text() == "mine\n"


def _all_parsers(parser: argparse.ArgumentParser) -> list[tuple[str, argparse.ArgumentParser]]:
    found = [(parser.prog, parser)]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                found += _all_parsers(child)
    return found


def test_every_argument_and_option_has_a_help_line() -> None:
    missing = [
        f"{prog} {action.dest}"
        for prog, parser in _all_parsers(build_parser())
        for action in parser._actions
        if not isinstance(action, argparse._SubParsersAction) and not action.help
    ]
    assert missing == []
    score_help = run_cli("score", "--help", no_qt=True).stdout
    assert "stdout" in score_help and "answer file" in score_help


def test_unknown_subcommand_key_and_cluster_suggest_the_right_one(tmp_path: Path) -> None:
    command = run_cli("scor", no_qt=True)
    assert command.returncode == 2
    assert command.stderr.splitlines()[-1].endswith("(did you mean 'score'?)")
    typo = tmp_path / "typo.yaml"
    typo.write_text(ALL_TYPES.read_text().replace("\ntitle:", "\ntitel:", 1))
    key = run_cli("validate", typo, no_qt=True)
    assert key.returncode == 1
    assert f"{typo}:5:1: unknown key 'titel' in the top level (did you mean 'title'?)" \
        in key.stderr.splitlines()
    answers = tmp_path / "answers.yaml"
    answers.write_text("questionnaire: ai-cyber-quick\nanswers: {}\n")
    result = tmp_path / "r.json"
    assert run_cli("score", "ai-cyber-quick", answers, "-o", result, no_qt=True).returncode == 0
    report = run_cli("report", result, "-o", tmp_path / "r.html", "--cluster", "ai-security-enginer")
    assert report.returncode == 2
    assert "(did you mean 'ai-security-engineer'?)" in report.stderr
    assert ("its clusters: adversarial-ml-specialist, ai-security-engineer, "
            "ai-governance-analyst, ai-augmented-soc-analyst") in report.stderr


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_draws_on_a_terminal_and_erases_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_progress, "_QUIET_FOR", 0.0)
    monkeypatch.setattr(cli_progress, "_EVERY", 0.0)
    terminal = _Terminal()
    with cli_progress.Progress("reading results", terminal) as progress:
        progress(1, 4)
        progress(4, 4)
    assert "\rreading results: 1/4 (25%)" in terminal.getvalue()
    assert "\rreading results: 4/4 (100%)" in terminal.getvalue()
    assert terminal.getvalue().endswith("\r")
    piped = io.StringIO()
    with cli_progress.Progress("reading results", piped) as progress:
        progress(4, 4)
    assert piped.getvalue() == ""
