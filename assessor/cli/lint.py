"""`assessor lint FILE…` and `assessor validate --lint [--strict] FILE…`: item-writing
warnings after validation (see assessor/core/format/item_lint.py). Never imports Qt.

Exit status: 1 when a file is invalid; warnings alone exit 0, unless `--strict` (then 1).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from assessor.core.errors import AssessorError
from assessor.core.format.model import CareerModel, Questionnaire

EXIT_OK, EXIT_WARNINGS = 0, 1

LINT_HELP = ("after validating, warn about item-writing flaws: answers given away by length "
             "or by the stem, duplicate or synonym options, the correct option always in the "
             "same place, dimensions without knowledge checks, scored items without refs "
             "(warnings alone exit 0)")
STRICT_HELP = "with --lint: exit 1 when there is any warning (implies --lint)"


def add_lint_options(parser: argparse.ArgumentParser) -> None:
    """The options `validate` gains (and `lint` has, with --lint always on)."""
    parser.add_argument("--lint", action="store_true", help=LINT_HELP)
    parser.add_argument("--strict", action="store_true", help=STRICT_HELP)


def lint_loaded(args: argparse.Namespace,
                loaded: Sequence[tuple[str, Questionnaire | CareerModel]], status: int) -> int:
    """Run the lint over the documents `validate` loaded; the new exit status."""
    if not (getattr(args, "lint", False) or getattr(args, "strict", False)):
        return status
    from assessor.core.format.item_lint import lint_document

    count = 0
    for name, document in loaded:
        try:
            warnings = lint_document(document, name)
        except AssessorError as exc:
            for problem in exc.problems:
                print(problem, file=sys.stderr)
            status = max(status, EXIT_WARNINGS)
            continue
        for warning in warnings:
            print(warning, file=sys.stderr)
        count += len(warnings)
    if count:
        print(f"{count} warning(s)", file=sys.stderr)
        if args.strict:
            status = max(status, EXIT_WARNINGS)
    return status
