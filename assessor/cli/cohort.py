"""`assessor cohort`: aggregate many result files into a CSV, HTML or PDF summary (SPEC 4).

Never imports Qt: only the PDF path does, lazily, inside the report renderer.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from assessor.core.cohort import CohortImport
from assessor.core.cohort.csv_summary import write_cohort_csv
from assessor.core.cohort.dashboard import DEFAULT_MIN_GROUP
from assessor.core.format.model import Questionnaire

EXIT_OK, EXIT_SOME_REFUSED, EXIT_USAGE = 0, 1, 2
FORMATS = (".csv", ".html", ".pdf")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of at least 1")
    return value


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Aggregate result files (or folders of them). Results of a questionnaire given with "
        "--questionnaire are re-scored and refused if they differ; others are checked by "
        "their integrity hash only."
    )
    parser.add_argument("results", nargs="+", metavar="RESULT.json",
                        help="result files, or folders whose *.json files are read")
    parser.add_argument("--questionnaire", action="append", default=[], metavar="Q.yaml",
                        help="a questionnaire file, or the id of an installed one, to re-score "
                             "its results with (repeatable)")
    parser.add_argument("-o", "--output", required=True, metavar="SUMMARY.(csv|html|pdf)",
                        help="the summary to write; its ending picks the format")
    parser.add_argument("--min-group", type=_positive, default=DEFAULT_MIN_GROUP, metavar="N",
                        help="hide every count below N and the heatmap below N people "
                             f"(default {DEFAULT_MIN_GROUP})")
    parser.add_argument("--cluster", metavar="ID",
                        help="measure gaps and paths against this cluster instead of each "
                             "person's best fit (HTML/PDF)")
    parser.add_argument("--only-version", action="append", default=[], metavar="VERSION",
                        help="dashboard: only results of this questionnaire version")
    parser.add_argument("--since", type=_iso_date, metavar="YYYY-MM-DD",
                        help="dashboard: only results completed on or after this day")
    parser.add_argument("--until", type=_iso_date, metavar="YYYY-MM-DD",
                        help="dashboard: only results completed on or before this day")
    parser.add_argument("--language", metavar="LANG",
                        help="write the HTML/PDF summary in this language (e.g. es): its "
                             "sentences, charts and numbers; the results' own texts stay as "
                             "written")


def _usage(message: str) -> int:
    print(f"assessor cohort: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def _report(outcome: CohortImport) -> None:
    for refusal in outcome.refused:
        print(refusal.reason, file=sys.stderr)
    for duplicate in outcome.duplicates:
        print(f"{duplicate.source}: duplicate of {duplicate.first} (counted once)")
    unchecked: dict[tuple[str, str], int] = {}
    for entry in outcome.hash_only:
        key = (entry.questionnaire_id, entry.questionnaire_version)
        unchecked[key] = unchecked.get(key, 0) + 1
    for (questionnaire_id, version), count in unchecked.items():
        print(f"{count} result(s) of questionnaire '{questionnaire_id}' {version}: not "
              "re-scored (integrity hash only; give the questionnaire with --questionnaire "
              "to re-score)")
    print(f"accepted {len(outcome.entries)}, refused {len(outcome.refused)}, "
          f"duplicates {len(outcome.duplicates)}")


def run(args: argparse.Namespace) -> int:
    output = Path(args.output)
    suffix = output.suffix.lower()
    if suffix not in FORMATS:
        return _usage(f"-o {output}: the summary must end in .csv, .html or .pdf")
    if args.since and args.until and args.since > args.until:
        return _usage("--since is after --until")
    language = getattr(args, "language", None)
    if language is not None:
        from assessor.core.i18n import base_language, installed_languages
        from assessor.core.translation import LANGUAGE_RE

        if not LANGUAGE_RE.match(language):
            return _usage(f"--language {language}: not a language tag (e.g. es)")
        if base_language(language) not in installed_languages():
            return _usage(f"--language {language}: not installed (installed: "
                          f"{', '.join(installed_languages())})")
    from assessor.cli.progress import Progress, wrote
    from assessor.core.cohort import expand_sources, import_files
    from assessor.core.format.loading import load_questionnaire
    from assessor.core.packs.installed import resolve_questionnaire

    if "" in args.results:  # `cohort "$EMPTY"` would otherwise summarise the current folder
        return _usage("an empty name is not a result file or folder")
    files = expand_sources(args.results)
    if not files:
        return _usage("no result files found in the folders given")
    questionnaires = [load_questionnaire(resolve_questionnaire(name))
                      for name in args.questionnaire]
    with Progress("reading results") as progress:
        # The CSV shows no paths, answers or texts: the paths are then neither re-scored
        # nor kept, and the rest not kept.
        outcome = import_files(files, questionnaires, progress=progress,
                               details=suffix != ".csv", workers=available_cores())
    _report(outcome)
    from assessor.core.i18n import current_language, use_language

    try:
        with use_language(language or current_language()):
            _writer(suffix)(outcome, questionnaires, output, args)
    except ValueError as exc:  # an option that fits none of the results, e.g. --cluster
        return _usage(str(exc))
    wrote(output)
    return EXIT_SOME_REFUSED if outcome.refused else EXIT_OK


def available_cores() -> int:
    """The cores this process may use, up to four: a cohort of thousands of files is checked
    in that many processes (`import_files` decides whether it is big enough and safe)."""
    try:
        count = len(os.sched_getaffinity(0))
    except AttributeError:  # not every system has it (macOS, Windows)
        count = os.cpu_count() or 1
    return max(1, min(count, 4))


Writer = Callable[[CohortImport, Sequence[Questionnaire], Path, argparse.Namespace], None]


def _write_csv(outcome: CohortImport, questionnaires: Sequence[Questionnaire], output: Path,
               args: argparse.Namespace) -> None:
    write_cohort_csv(outcome.entries, output)


def _write_report(outcome: CohortImport, questionnaires: Sequence[Questionnaire], output: Path,
                  args: argparse.Namespace) -> None:
    from assessor.reports.cohort_report import CohortReportOptions, write_cohort_report

    options = CohortReportOptions(
        min_group=args.min_group, cluster_id=args.cluster,
        versions=tuple(args.only_version), since=args.since, until=args.until,
    )
    write_cohort_report(outcome, questionnaires, output, options)


def _writer(suffix: str) -> Writer:
    return _write_csv if suffix == ".csv" else _write_report


COMMANDS: dict[str, tuple[Callable[[argparse.ArgumentParser], None],
                          Callable[[argparse.Namespace], int]]] = {"cohort": (configure, run)}

