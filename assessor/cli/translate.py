"""`assessor translate`: tooling for translators of questionnaires and career models.

    assessor translate template ID|FILE --language es [-o FILE]   a skeleton to fill in
    assessor translate check FILE [--strict]                      coverage: missing, changed

Never imports Qt."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from assessor.core.errors import AssessorError

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def _print_lines(lines: list[str]) -> None:
    for line in lines:
        print(line, file=sys.stderr)


def _source(spec: str) -> Any:
    """A questionnaire or career model named by file or by id (user's, then shipped)."""
    from assessor.core.format.loading import load_document
    from assessor.core.paths import shipped_questionnaire_dir, user_questionnaire_dir
    from assessor.core.translation_template import find_source

    path = Path(spec)
    if path.suffix.lower() in (".yaml", ".yml") or path.is_file():
        return load_document(path)
    try:
        return find_source(spec, [Path.cwd(), user_questionnaire_dir(),
                                  shipped_questionnaire_dir()])
    except LookupError:
        raise AssessorError.single(spec, "no questionnaire or career model has this id (looked "
                                         "in this folder, the user's and the shipped "
                                         "questionnaire folders)") from None


def _cmd_template(args: argparse.Namespace) -> int:
    from assessor.core.atomic import write_atomic
    from assessor.core.translation import LANGUAGE_RE, load_translation
    from assessor.core.translation_template import render_template

    if not LANGUAGE_RE.match(args.language):
        print(f"assessor translate: error: '{args.language}' is not a language tag "
              "(e.g. es, pt-BR)", file=sys.stderr)
        return EXIT_USAGE
    source = _source(args.source)
    existing = None
    if args.update:
        existing = load_translation(Path(args.update), source)
    text = render_template(source, args.language, existing)
    if args.output:
        write_atomic(Path(args.output), text.encode("utf-8"))
        print(f"{args.output}: template written ({len(text.splitlines())} lines)")
    else:
        sys.stdout.write(text)
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from assessor.core.translation_template import coverage_lines, load_translation_file

    path = Path(args.file)
    translation = load_translation_file(path)
    for line in coverage_lines(translation, str(path)):
        print(line)
    _print_lines(translation.warnings(str(path)))
    incomplete = bool(translation.missing or translation.stale)
    return EXIT_INVALID if args.strict and incomplete else EXIT_OK


def report_language(result: Mapping[str, Any], language: str, result_path: Path
                    ) -> tuple[dict[str, Any], str | None]:
    """The result with its texts in `language` for `report --language`, and the language
    (None, after saying why, when no such language is installed)."""
    from assessor.core.i18n import base_language, installed_languages
    from assessor.core.translation import LANGUAGE_RE, default_folders
    from assessor.core.translation_results import translate_result

    if not LANGUAGE_RE.match(language):
        print(f"assessor report: error: '{language}' is not a language tag (e.g. es)",
              file=sys.stderr)
        return dict(result), None
    installed = installed_languages()
    if base_language(language) not in installed:
        print(f"assessor report: error: no '{language}' translation of the report is "
              f"installed (installed: {', '.join(installed)})", file=sys.stderr)
        return dict(result), None
    if base_language(language) == "en":
        return dict(result), language
    translated, warnings = translate_result(
        result, language, [result_path.parent, *default_folders()])
    _print_lines(warnings)
    return translated, language


def configure_translate(parser: argparse.ArgumentParser) -> None:
    parser.description = ("Make and check translations of questionnaires and career models "
                          "(see docs/translations.md).")
    sub = parser.add_subparsers(dest="translate_command", required=True,
                                parser_class=type(parser))
    template = sub.add_parser("template", help="write a skeleton with every source text "
                                               "beside its id")
    template.add_argument("source", metavar="ID|FILE",
                          help="the questionnaire or career model, by id or file")
    template.add_argument("--language", required=True, metavar="LANG",
                          help="the language tag of the translation (e.g. es, pt-BR)")
    template.add_argument("-o", "--output", metavar="FILE",
                          help="where to write it (default: standard output); name it "
                               "NAME.LANG.yaml beside the questionnaire")
    template.add_argument("--update", metavar="EXISTING",
                          help="keep the texts of this translation (after the source changed)")
    template.set_defaults(translate_run=_cmd_template)
    check = sub.add_parser("check", help="validate a translation and print its coverage")
    check.add_argument("file", metavar="FILE",
                       help="the translation document (NAME.LANG.yaml) to check")
    check.add_argument("--strict", action="store_true",
                       help="exit 1 when any text is missing or changed in the source")
    check.set_defaults(translate_run=_cmd_check)


def run_translate(args: argparse.Namespace) -> int:
    try:
        status: int = args.translate_run(args)
    except OSError as exc:
        print(f"{getattr(exc, 'filename', None) or 'assessor translate'}: "
              f"{exc.strerror or exc}", file=sys.stderr)
        return EXIT_INVALID
    return status


COMMANDS: dict[str, tuple[Callable[[argparse.ArgumentParser], None],
                          Callable[[argparse.Namespace], int]]] = {
    "translate": (configure_translate, run_translate),
}
