"""The command-line package: this module parses and dispatches; each command group has its
own module (`validate`, `lint`, `catalog`, `reports`, `cohort`, `packs`).

The command line (SPEC 4). Never imports Qt or the GUI: `assessor.launch` starts the window."""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from assessor import __version__
from assessor.cli.validate import cmd_validate, print_problems
from assessor.core.errors import AssessorError

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2

Command = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse's own exit code for usage errors is already 2; keep its message short.
        self.print_usage(sys.stderr)
        message += _suggestion(message)
        print(f"assessor: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _suggestion(message: str) -> str:
    """A "did you mean" for argparse's "invalid choice: 'x' (choose from ...)"."""
    match = re.search(r"invalid choice: '?([^' ]*)'? \(choose from (.*)\)", message)
    if match is None:
        return ""
    from assessor.core.errors import did_you_mean

    choices = [choice.strip(" '") for choice in match.group(2).split(",")]
    return did_you_mean(match.group(1), choices)


def _cmd_score(args: argparse.Namespace) -> int:
    from assessor.core.format.answers import load_answers
    from assessor.core.format.loading import load_questionnaire
    from assessor.core.packs.installed import resolve_questionnaire
    from assessor.core.results import build_result, result_to_bytes, write_result

    questionnaire = load_questionnaire(resolve_questionnaire(args.questionnaire))
    answer_set = load_answers(Path(args.answers), questionnaire)
    for warning in answer_set.warnings:
        print(warning, file=sys.stderr)
    respondent = args.respondent if args.respondent is not None else answer_set.respondent
    result = build_result(questionnaire, answer_set.answers, respondent=respondent)
    if args.output:
        write_result(result, Path(args.output))
        print(f"wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.buffer.write(result_to_bytes(result))
        sys.stdout.flush()
    return EXIT_OK


_EXTRA_HELP = {
    "report": "render a result as a PDF or HTML report",
    "cohort": "aggregate many results into a CSV, HTML or PDF summary",
    "pack": "build, sign, verify and install provider packs",
    "lint": "validate, then warn about item-writing flaws (validate --lint)",
    "translate": "make and check translations of questionnaires (template, check)",
}


def _extra_commands() -> dict[str, tuple[Callable[[argparse.ArgumentParser], None], Command]]:
    """Commands that live in their own modules (reports, cohorts, packs), registered lazily."""
    commands: dict[str, tuple[Callable[[argparse.ArgumentParser], None], Command]] = {}
    for name in ("assessor.cli.reports", "assessor.cli.cohort", "assessor.cli.packs",
                 "assessor.cli.validate", "assessor.cli.translate"):
        commands.update(importlib.import_module(name).COMMANDS)
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
    validate = sub.add_parser(
        "validate", help="check questionnaire and career-model files",
        description="Check questionnaire and career-model files completely; every problem "
                    "is one line FILE:LINE:COLUMN: message on stderr.")
    validate.add_argument("files", nargs="+", metavar="FILE",
                          help="questionnaire or career-model files (YAML), or ids of "
                               "installed questionnaires")
    from assessor.cli.lint import add_lint_options  # --lint and --strict

    add_lint_options(validate)
    validate.set_defaults(run=cmd_validate)
    score_cmd = sub.add_parser(
        "score", help="score an answer file and print or write the result",
        description="Score an answer file (YAML or JSON: questionnaire, respondent, answers; "
                    "`assessor template` writes a blank one) and print the result JSON to "
                    "stdout, or write it with -o.")
    score_cmd.add_argument("questionnaire", metavar="QUESTIONNAIRE",
                           help="a questionnaire file, or the id of an installed one "
                                "(see `assessor list`); an existing file of that name wins")
    score_cmd.add_argument("answers", metavar="ANSWERS",
                           help="the answer file: `questionnaire: ID`, optional `respondent`, "
                                "and `answers: {ITEM_ID: VALUE}`")
    score_cmd.add_argument("--respondent", metavar="NAME",
                           help="the pseudonym stored in the result (default: the answer "
                                "file's `respondent`)")
    score_cmd.add_argument("-o", "--output", metavar="RESULT.json",
                           help="write the result to this file (default: print its JSON, "
                                "about 100 KB, to stdout)")
    score_cmd.set_defaults(run=_cmd_score)
    from assessor.cli.catalog import add_catalog_commands

    add_catalog_commands(sub)
    for name, (configure, run) in _extra_commands().items():
        command = sub.add_parser(name, help=_EXTRA_HELP.get(name))
        configure(command)
        command.set_defaults(run=run)
    return parser


def _printable_streams() -> None:
    # A file name that is not UTF-8 reaches Python as lone surrogates, which a strict UTF-8
    # stream refuses to print: show such bytes as escapes instead of failing the command.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    _printable_streams()
    try:
        parser = build_parser()
        args = parser.parse_args(words)
        if args.command is None:
            # The window is started by assessor.launch, before the command line is loaded.
            parser.error("no command given (run `assessor` alone to start the window)")
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
