"""`assessor validate FILE…` and `assessor lint FILE…` (validate, then the item-writing lint
of `cli_lint.py`). Never imports Qt.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from assessor.cli.lint import lint_loaded
from assessor.core.errors import AssessorError, IsTranslationError

EXIT_OK, EXIT_INVALID = 0, 1


def print_problems(error: AssessorError) -> None:
    """Each problem on its own `FILE:LINE:COL: message` line on stderr."""
    # In file order, so an author can work down the file (validation collects by topic).
    for problem in sorted(error.problems, key=lambda p: (p.file, p.line or 0, p.column or 0)):
        print(problem, file=sys.stderr)


def cmd_validate(args: argparse.Namespace) -> int:
    """`assessor validate FILE…`: load and check each file; exit 1 if any is invalid."""
    from assessor.core.format.loading import check_unique_ids, load_document
    from assessor.core.format.model import Questionnaire
    from assessor.core.packs.installed import resolve_questionnaire

    loaded = []
    status = EXIT_OK
    for name in args.files:
        try:
            path = resolve_questionnaire(name)
            document = load_document(path, schema_check=True)
        except IsTranslationError:
            status = max(status, _validate_translation(name, path))
            continue
        except AssessorError as exc:
            print_problems(exc)
            status = EXIT_INVALID
            continue
        loaded.append((name, document))
        if isinstance(document, Questionnaire):
            detail = (
                f"questionnaire '{document.id}' {document.version}, {len(document.items)} items"
            )
        else:
            detail = f"career model '{document.id}' {document.version}"
        print(f"{name}: ok ({detail})")
    for problem in check_unique_ids(loaded):
        print(problem, file=sys.stderr)
        status = EXIT_INVALID
    return lint_loaded(args, loaded, status)


def _validate_translation(name: str, path: Path) -> int:
    """A translation is valid when it parses and every id it names exists in the document
    it translates; missing or outdated texts are warnings (the source's text is shown)."""
    from assessor.core.translation_template import load_translation_file

    try:
        translation = load_translation_file(path)
    except AssessorError as exc:
        print_problems(exc)
        return EXIT_INVALID
    translated = translation.total - len(translation.missing)
    print(f"{name}: ok ('{translation.language}' translation of '{translation.source_id}' "
          f"{translation.source_version}, {translated} of {translation.total} texts)")
    for line in translation.warnings(name):
        print(line, file=sys.stderr)
    return EXIT_OK


def _configure_lint(parser: argparse.ArgumentParser) -> None:
    parser.description = ("Validate the files, then warn about item-writing flaws (the same as "
                          "`assessor validate --lint`). Exit status: 1 when a file is invalid; "
                          "warnings alone exit 0, or 1 with --strict.")
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help="questionnaire or career-model files (YAML), or ids of "
                             "installed questionnaires")
    parser.add_argument("--strict", action="store_true",
                        help="exit 1 when there is any warning")


def _run_lint(args: argparse.Namespace) -> int:
    args.lint = True
    return cmd_validate(args)  # the same validation, in the same order


COMMANDS = {"lint": (_configure_lint, _run_lint)}
