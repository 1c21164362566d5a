"""The command line (SPEC 4). Never imports Qt: the GUI is imported only to start it."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from assessor import __version__
from assessor.cli_validate import cmd_validate, print_problems
from assessor.core.errors import AssessorError

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2

Command = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse's own exit code for usage errors is already 2; keep its message short.
        self.print_usage(sys.stderr)
        print(f"assessor: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _cmd_score(args: argparse.Namespace) -> int:
    from assessor.core.answers import load_answers
    from assessor.core.loading import load_questionnaire
    from assessor.core.results import build_result, result_to_bytes, write_result

    questionnaire = load_questionnaire(Path(args.questionnaire))
    answer_set = load_answers(Path(args.answers), questionnaire)
    for warning in answer_set.warnings:
        print(warning, file=sys.stderr)
    respondent = args.respondent if args.respondent is not None else answer_set.respondent
    result = build_result(questionnaire, answer_set.answers, respondent=respondent)
    if args.output:
        write_result(result, Path(args.output))
    else:
        sys.stdout.buffer.write(result_to_bytes(result))
        sys.stdout.flush()
    return EXIT_OK


_EXTRA_HELP = {
    "report": "render a result as a PDF or HTML report",
    "cohort": "aggregate many results into a CSV, HTML or PDF summary",
    "pack": "build, sign, verify and install provider packs",
    "lint": "validate, then warn about item-writing flaws (validate --lint)",
}


def _extra_commands() -> dict[str, tuple[Callable[[argparse.ArgumentParser], None], Command]]:
    """Commands that live in their own modules (reports, cohorts, packs), registered lazily."""
    commands: dict[str, tuple[Callable[[argparse.ArgumentParser], None], Command]] = {}
    for name in ("assessor.cli_reports", "assessor.cli_cohort", "assessor.cli_packs",
                 "assessor.cli_validate"):
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError:  # only while that module is being developed
            continue
        commands.update(module.COMMANDS)
    return commands


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="assessor", description="Assess where you stand in AI cybersecurity, offline."
    )
    parser.add_argument("--version", action="version", version=f"assessor {__version__}")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start the GUI, report milliseconds to first paint, exit",
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    validate = sub.add_parser("validate", help="check questionnaire and career-model files")
    validate.add_argument("files", nargs="+", metavar="FILE")
    from assessor.cli_lint import add_lint_options  # --lint and --strict

    add_lint_options(validate)
    validate.set_defaults(run=cmd_validate)
    score_cmd = sub.add_parser("score", help="score an answer file")
    score_cmd.add_argument("questionnaire", metavar="QUESTIONNAIRE")
    score_cmd.add_argument("answers", metavar="ANSWERS")
    score_cmd.add_argument("--respondent", metavar="NAME")
    score_cmd.add_argument("-o", "--output", metavar="RESULT.json")
    score_cmd.set_defaults(run=_cmd_score)
    for name, (configure, run) in _extra_commands().items():
        command = sub.add_parser(name, help=_EXTRA_HELP.get(name))
        configure(command)
        command.set_defaults(run=run)
    return parser


def _start_gui(smoke_test: bool) -> int:
    from assessor.platform_check import (
        NO_DISPLAY_MESSAGE,
        explain_missing,
        missing_packages,
        no_display,
    )

    if no_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return EXIT_INVALID
    missing = missing_packages()
    if missing:
        print(explain_missing(missing), file=sys.stderr)
        return EXIT_INVALID
    from assessor.ui.app import run_gui  # Qt is imported here and only here

    return int(run_gui(smoke_test=smoke_test))


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    try:
        if words in ([], ["--smoke-test"]):
            # Starting the window must not pay for building every subcommand's parser (it
            # imports the report, cohort and pack modules): people notice start-up time.
            return _start_gui(smoke_test=bool(words))
        args = build_parser().parse_args(words)
        if args.command is None:
            return _start_gui(args.smoke_test)
        status: int = args.run(args)
        return status
    except AssessorError as exc:
        print_problems(exc)
        return EXIT_INVALID
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        print(f"assessor: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_INVALID
