"""`assessor list` and `assessor template`: what questionnaires are installed, and a blank
answer file for one of them. Never imports Qt."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from assessor.cli.progress import wrote

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
Command = Callable[[argparse.Namespace], int]

QUESTIONNAIRE_HELP = (
    "a questionnaire file, or the id of an installed one (see `assessor list`); "
    "an existing file of that name wins"
)


def _cmd_list(args: argparse.Namespace) -> int:
    from assessor.core.packs.installed import installed_questionnaires

    found = installed_questionnaires()
    if not found:
        print("no questionnaires installed", file=sys.stderr)
        return EXIT_OK
    rows = [(q.id, q.version, q.title,
             q.origin + (f" ({q.provider})" if q.provider else ""), str(q.path))
            for q in found]
    header = ("ID", "VERSION", "TITLE", "FROM", "FILE") if args.paths else (
        "ID", "VERSION", "TITLE", "FROM")
    table = [header, *(row if args.paths else row[:4] for row in rows)]
    widths = [max(len(row[column]) for row in table) for column in range(len(header) - 1)]
    for row in table:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[-1]]))
    return EXIT_OK


def _cmd_template(args: argparse.Namespace) -> int:
    from assessor.core.atomic import write_atomic
    from assessor.core.errors import AssessorError
    from assessor.core.format.answer_template import answer_template
    from assessor.core.format.loading import load_questionnaire
    from assessor.core.packs.installed import resolve_questionnaire

    questionnaire = load_questionnaire(resolve_questionnaire(args.questionnaire))
    text = answer_template(questionnaire, args.questionnaire)
    if args.output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return EXIT_OK
    target = Path(args.output)
    if target.exists() and not args.force:
        print(f"{target}: already exists; not overwritten (use --force)", file=sys.stderr)
        return EXIT_INVALID
    try:
        write_atomic(target, text.encode("utf-8"))
    except AssessorError as exc:
        print(exc, file=sys.stderr)
        return EXIT_INVALID
    wrote(target)
    return EXIT_OK


def add_catalog_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]  # argparse's own generic
    listing = sub.add_parser(
        "list", help="show the installed questionnaires (id, version, title, where from)",
        description="Show every questionnaire you can name by id: shipped with Assessor, in "
                    "your questionnaire folder, or from an installed provider pack.")
    listing.add_argument("--paths", action="store_true", help="also show each file's path")
    listing.set_defaults(run=_cmd_list)
    template = sub.add_parser(
        "template", help="write a blank answer file for a questionnaire",
        description="Write a blank answer file: every item as a comment giving its type, "
                    "options, scale or range and whether it is required. Uncomment and fill "
                    "in the items you answer, then run `assessor score`.")
    template.add_argument("questionnaire", metavar="QUESTIONNAIRE", help=QUESTIONNAIRE_HELP)
    template.add_argument("-o", "--output", metavar="ANSWERS.yaml",
                          help="the file to write (default: print it to stdout)")
    template.add_argument("--force", action="store_true", help="overwrite an existing file")
    template.set_defaults(run=_cmd_template)
