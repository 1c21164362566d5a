"""Author tooling for translations: a skeleton with every source text beside its id, and a
coverage report (what is missing, what changed in the source since it was translated)."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from assessor.core.errors import AssessorError
from assessor.core.format.model import CareerModel, Questionnaire
from assessor.core.paths import questionnaire_files
from assessor.core.translation import Source, Translation
from assessor.core.translation_texts import TextPath, path_key, source_hash, source_texts

_PLAIN_KEY_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


def _key(key: str) -> str:
    # Ids are plain; a scale value such as 0 or 2.5 is quoted so it stays the text it names.
    return key if _PLAIN_KEY_RE.match(key) and not key[0].isdigit() else json.dumps(key)


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted one


def _comment(text: str, indent: str) -> list[str]:
    return [f"{indent}# {line}".rstrip() for line in text.splitlines() or [""]]


def _tree(paths: Sequence[TextPath]) -> dict[str, Any]:
    root: dict[str, Any] = {}
    for path in paths:
        node = root
        for part in path[:-1]:
            node = node.setdefault(part, {})
        node[path[-1]] = path
    return root


def _emit(node: dict[str, Any], depth: int, texts: dict[TextPath, str],
          existing: dict[TextPath, str], lines: list[str], *,
          outdated: dict[TextPath, str]) -> None:
    indent = "  " * depth
    for key, value in node.items():
        if isinstance(value, tuple):
            lines += _source_comment(value, texts, outdated, indent)
            lines.append(f"{indent}{_key(key)}: {_quoted(existing.get(value, ''))}")
        elif key == "resources":
            lines.append(f"{indent}resources:")
            for path in value.values():
                lines += _source_comment(path, texts, outdated, indent + "  ")
                lines.append(f"{indent}  - {_quoted(existing.get(path, ''))}")
        else:
            lines.append(f"{indent}{_key(key)}:")
            _emit(value, depth + 1, texts, existing, lines, outdated=outdated)


def _source_comment(path: TextPath, texts: dict[TextPath, str], outdated: dict[TextPath, str],
                    indent: str) -> list[str]:
    lines = _comment(texts[path], indent)
    if path in outdated:
        lines += _comment(f"SOURCE CHANGED; translated before: {outdated[path]}", indent)
    return lines


def render_template(source: Source, language: str, existing: Translation | None = None) -> str:
    """A translation skeleton: every text as "" (or the existing translation's text) under
    a comment holding the source text, and a hash of each source text for `check`."""
    texts = source_texts(source)
    kept = dict(existing.texts) if existing is not None else {}
    # A text whose source changed is left "" (so `check` counts it as missing, not as done
    # under a fresh hash) with the old translation in a comment to start from.
    outdated = {path: kept.pop(path) for path in (existing.stale if existing else ())
                if path in kept}
    what = "career model" if isinstance(source, CareerModel) else "questionnaire"
    lines = [
        f"# The {language} translation of the {what} '{source.id}' {source.version}.",
        "# Replace each \"\" with the translated text (the source text is in the comment above",
        "# it); a text left \"\" is shown in the source language. Keep the ids and",
        "# source_hashes as they are: `assessor translate check` uses them.",
        "format: assessor/1",
        "kind: translation",
        f"translates: {{id: {source.id}, version: {json.dumps(source.version)}}}",
        f"language: {language}",
    ]
    _emit(_tree(list(texts)), 0, texts, kept, lines, outdated=outdated)
    lines.append("source_hashes:")
    lines += [f"  {json.dumps(path_key(path))}: {json.dumps(source_hash(text))}"
              for path, text in texts.items()]
    return "\n".join(lines) + "\n"


def coverage_lines(translation: Translation, name: str) -> list[str]:
    """What `assessor translate check` prints: a summary, then one line per missing text
    and per text whose source changed since it was translated."""
    lines = [
        f"{name}: '{translation.language}' translation of '{translation.source_id}' "
        f"(translates {translation.source_version}, source is {translation.current_version}): "
        f"{translation.total - len(translation.missing)} of {translation.total} texts "
        f"({translation.coverage:.0%})"
    ]
    lines += [f"{name}: missing: {path_key(path)}" for path in translation.missing]
    lines += [f"{name}: source changed since translated: {path_key(path)}"
              for path in translation.stale]
    return lines


def _declares_id(data: bytes, doc_id: str) -> bool:
    pattern = rb"(?m)^id:\s*['\"]?" + re.escape(doc_id.encode()) + rb"['\"]?\s*(?:#.*)?$"
    return re.search(pattern, data) is not None


def find_source(doc_id: str, folders: Sequence[Path]) -> Source:
    """The questionnaire or career model with this id in the first folder that has it.
    Raises LookupError when none has it, AssessorError when it is invalid."""
    from assessor.core.format.loading import load_document
    from assessor.core.format.yamlsafe import read_limited

    for folder in folders:
        for path in questionnaire_files(folder):
            try:
                data = read_limited(path)
            except (AssessorError, OSError):
                continue
            if not _declares_id(data, doc_id):
                continue
            document = load_document(path)
            if isinstance(document, (Questionnaire, CareerModel)) and document.id == doc_id:
                return document
    raise LookupError(doc_id)


def load_translation_file(path: Path) -> Translation:
    """A translation file checked against the document it translates, found beside it or
    in the user's and the shipped questionnaire folders. Raises AssessorError (located)."""
    from assessor.core.format.yamlsafe import decode_utf8, parse_yaml, read_limited
    from assessor.core.translation import default_folders, load_translation, read_header

    name = str(path)
    source_id, _version, _language = read_header(
        parse_yaml(decode_utf8(read_limited(path), name), name), name)
    try:
        source = find_source(source_id, [path.parent, *default_folders()])
    except LookupError:
        raise AssessorError.single(
            name, f"the document it translates, '{source_id}', was not found (looked beside "
                  "it, in the user's and the shipped questionnaire folders)") from None
    return load_translation(path, source)
