"""The `report` subcommand (SPEC 4): render a result file as a PDF or HTML report.

Never imports Qt itself; writing a PDF loads Qt's painting classes inside the report code.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
REPORT_SUFFIXES = (".pdf", ".html", ".htm")


def configure_report(parser: argparse.ArgumentParser) -> None:
    parser.description = "Render a result file as a report with its charts."
    parser.add_argument("result", metavar="RESULT.json",
                        help="a result file, as written by `assessor score -o` or the app")
    parser.add_argument("-o", "--output", metavar="OUT.pdf|OUT.html", required=True,
                        help="the report to write; its ending picks PDF or HTML")
    parser.add_argument("--page-size", choices=("A4", "Letter"), default="A4",
                        help="paper size of a PDF report (default A4)")
    parser.add_argument("--cluster", metavar="CLUSTER_ID",
                        help="the role to compare with and plan a path to (default: best fit)")
    parser.add_argument("--language", metavar="LANG",
                        help="write the report in this language (e.g. es): its sentences and, "
                             "where a translation of the questionnaire is installed, its texts")


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return True  # a name too long, say: writing the report will say what is wrong


def run_report(args: argparse.Namespace) -> int:
    from assessor.core.errors import AssessorError
    from assessor.core.results import read_result_file

    output = Path(args.output)
    if output.suffix.lower() not in REPORT_SUFFIXES:
        print(f"assessor report: error: {output}: the output must end in .pdf or .html",
              file=sys.stderr)
        return EXIT_USAGE
    folder = output.parent if str(output.parent) else Path(".")
    if not _is_folder(folder):  # said before the report is drawn, which takes seconds
        print(f"{output}: cannot be written: the folder {folder} does not exist",
              file=sys.stderr)
        return EXIT_INVALID
    try:
        result = read_result_file(Path(args.result))
    except AssessorError as exc:
        for line in exc.lines():
            print(line, file=sys.stderr)
        return EXIT_INVALID
    except OSError as exc:
        print(f"{args.result}: cannot be read: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_INVALID

    from assessor.reports import render_report

    language = getattr(args, "language", None)
    if language is not None:
        from assessor.cli.translate import report_language

        result, language = report_language(result, language, Path(args.result))
        if language is None:
            return EXIT_USAGE
    try:
        render_report(result, output, page_size=args.page_size, cluster_id=args.cluster,
                      language=language)
    except ValueError as exc:  # an unknown --cluster for this result: a usage error
        print(f"assessor report: error: {args.result}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        print(f"{output}: cannot be written: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_INVALID
    print(f"wrote {output}", file=sys.stderr)
    return EXIT_OK


# `cohort` is added here (or merged from assessor.cli.cohort) by its own module.
COMMANDS: dict[str, tuple[Callable[[argparse.ArgumentParser], None],
                          Callable[[argparse.Namespace], int]]] = {
    "report": (configure_report, run_report),
}
