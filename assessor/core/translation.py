"""Translation documents (an addition to SPEC 1): the texts of one questionnaire or career
model in another language, by the same ids, in a file of their own (`ID.LANG.yaml` beside
the source), so scores, ids and the source's sha256 stay the same in every language and a
provider adds a language without re-signing anything.

They go through the same hardened reader as every document (size, UTF-8, YAML 1.2 core
schema, no aliases, depth); unknown ids are refused with FILE:LINE:COL, missing texts are
warnings and fall back to the source's own text."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assessor.core.errors import AssessorError
from assessor.core.format.model import CareerModel, Questionnaire
from assessor.core.format.reader import DOCUMENT_ID_RE, Reader, is_number, type_name
from assessor.core.format.yamlsafe import YList, YMap, decode_utf8, parse_yaml, read_limited
from assessor.core.paths import (
    TRANSLATION_NAME_RE,
    shipped_questionnaire_dir,
    translation_files,
    user_questionnaire_dir,
)
from assessor.core.translation_texts import (
    TextPath,
    Texts,
    source_hash,
    source_texts,
    translate_questionnaire,
)

TRANSLATION_KIND = "translation"
LANGUAGE_RE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
TOP_KEYS = ("format", "kind", "translates", "language", "title", "description", "dimensions",
            "scales", "sections", "items", "ladder", "clusters", "milestones", "source_hashes")
# What an id at the first level below each key names, for messages.
_ID_KINDS = {"dimensions": "dimension", "scales": "scale", "sections": "section",
             "items": "item", "ladder": "level", "clusters": "cluster",
             "milestones": "milestone"}
Source = Questionnaire | CareerModel


@dataclass(frozen=True)
class Translation:
    """One language's texts for one source document, checked against that document."""

    source_id: str
    source_version: str  # the version the translator worked from (`translates.version`)
    language: str
    texts: Mapping[TextPath, str]
    path: Path | None
    sha256: str
    current_version: str  # the version of the source it was checked against
    total: int  # how many texts the source has
    missing: tuple[TextPath, ...]  # texts not translated: the source text is shown
    stale: tuple[TextPath, ...]  # texts whose source changed since they were translated

    @property
    def version_matches(self) -> bool:
        return self.source_version == self.current_version

    @property
    def coverage(self) -> float:
        """The share (0-1) of the source's texts this translation has."""
        return 1.0 if self.total == 0 else (self.total - len(self.missing)) / self.total

    def warnings(self, name: str | None = None) -> list[str]:
        where = name or str(self.path)
        found = []
        if not self.version_matches:
            found.append(
                f"{where}: warning: translates version {self.source_version} of "
                f"'{self.source_id}', which is now {self.current_version}; "
                f"{self.coverage:.0%} of its texts are translated")
        if self.missing:
            found.append(
                f"{where}: warning: {len(self.missing)} of {self.total} texts are not "
                f"translated into '{self.language}' and are shown in the source language")
        if self.stale:
            found.append(
                f"{where}: warning: {len(self.stale)} texts changed in the source since they "
                "were translated")
        return found


def _describe(path: TextPath) -> str:
    if len(path) >= 1 and path[0] in _ID_KINDS:
        kind = _ID_KINDS[path[0]]
        if len(path) == 1:
            return f"'{path[0]}'"
        return f"{kind} '{path[1]}'" + (f" {'/'.join(path[2:])}" if len(path) > 2 else "")
    return "the top level"


class _TreeReader:
    """Walks a translation's YAML against the tree of the source's texts."""

    def __init__(self, reader: Reader, source_id: str, expected: Texts) -> None:
        self.reader = reader
        self.source_id = source_id
        self.expected = expected
        self.prefixes = {path[:n] for path in expected for n in range(1, len(path))}
        self.found: Texts = {}

    def walk(self, node: Any, path: TextPath, pos: tuple[int, int]) -> None:
        if path in self.expected:
            self._leaf(node, path, pos)
            return
        if isinstance(node, YList) and path[-1] == "resources":
            entries = [(str(i), value, node.where(i)) for i, value in enumerate(node)]
        elif isinstance(node, YMap):
            entries = [(str(key), value, node.where(key)) for key, value in node.items()]
        elif node is None:
            return  # an empty block: nothing translated there yet
        else:
            self.reader.at(pos, f"{_describe(path)} must be a mapping, not {type_name(node)}")
            return
        key_positions = node.key_pos if isinstance(node, YMap) else {}
        for key, value, value_pos in entries:
            child = (*path, key)
            if child not in self.expected and child not in self.prefixes:
                self._unknown(child, key_positions.get(key, value_pos))
                continue
            self.walk(value, child, value_pos)

    def _leaf(self, node: Any, path: TextPath, pos: tuple[int, int]) -> None:
        if node is None or node == "":
            return  # left blank in the template: not translated yet
        if isinstance(node, str):
            self.found[path] = node
        elif is_number(node):
            self.found[path] = f"{node:g}"
        else:
            self.reader.at(pos, f"{_describe(path)} must be text, not {type_name(node)}")

    def _unknown(self, path: TextPath, pos: tuple[int, int]) -> None:
        if len(path) == 2 and path[0] in _ID_KINDS:
            kind = _ID_KINDS[path[0]]
            self.reader.at(pos, f"unknown {kind} '{path[1]}' ('{self.source_id}' has no such "
                                f"{kind})")
        elif len(path) == 4 and path[2] == "options":
            self.reader.at(pos, f"unknown option '{path[3]}' of item '{path[1]}'")
        elif len(path) == 3 and path[0] == "scales":
            self.reader.at(pos, f"scale '{path[1]}' has no point with value {path[2]}")
        elif len(path) == 4 and path[2] == "resources":
            self.reader.at(pos, f"milestone '{path[1]}' has no resource number "
                                f"{int(path[3]) + 1}")
        else:
            self.reader.at(pos, f"unknown key '{path[-1]}' in {_describe(path[:-1])}")


def _header(reader: Reader, root: YMap) -> tuple[str | None, str | None, str | None]:
    if "kind" not in root and "translates" not in root:
        what = ("a result file" if str(root.get("format", "")).startswith("assessor-result/")
                else "a questionnaire or career model")
        reader.at(root.where("format") if "format" in root else root.pos,
                  f"this is {what}, not a translation (which has `kind: translation`)")
        return None, None, None
    reader.check_keys(root, TOP_KEYS, ("format", "kind", "translates", "language"),
                      "the top level")
    if root.get("format") not in (None, "assessor/1"):
        reader.at(root.where("format"), "'format' must be 'assessor/1'")
    if "kind" in root and root.get("kind") != TRANSLATION_KIND:
        reader.at(root.where("kind"), f"'kind' must be '{TRANSLATION_KIND}'")
    translates = reader.mapping(root, "translates", "a translation")
    source_id = version = None
    if translates is not None:
        reader.check_keys(translates, ("id", "version"), ("id", "version"), "'translates'")
        source_id = reader.ident(translates, "id", "'translates'", pattern=DOCUMENT_ID_RE)
        version = reader.text(translates, "version", "'translates'")
    language = reader.text(root, "language", "a translation")
    if language is not None and not LANGUAGE_RE.match(language):
        reader.at(root.where("language"),
                  f"'language' value '{language}' is not a language tag (e.g. 'es', 'pt-BR')")
        language = None
    return source_id, version, language


def _root(root: Any, name: str) -> YMap:
    if not isinstance(root, YMap):
        raise AssessorError.single(name, "the top level must be a mapping of keys", 1, 1)
    return root


def read_header(root: Any, name: str) -> tuple[str, str, str]:
    """(translated id, its version, language) of a parsed translation; raises AssessorError."""
    reader = Reader(name)
    source_id, version, language = _header(reader, _root(root, name))
    if reader.problems:
        raise AssessorError(reader.problems)
    assert source_id is not None and version is not None and language is not None
    return source_id, version, language


def _hashes(reader: Reader, root: YMap) -> dict[TextPath, str]:
    node = reader.mapping(root, "source_hashes", "a translation")
    found: dict[TextPath, str] = {}
    for key, value in (node or {}).items():
        if isinstance(value, str):
            found[tuple(str(key).split("/"))] = value
        else:
            assert node is not None
            reader.at(node.where(key), f"a source hash must be text, not {type_name(value)}")
    return found


def parse_translation(data: bytes, name: str, source: Source, path: Path | None = None
                      ) -> Translation:
    """Parse and check a translation of `source`; raises AssessorError listing every problem."""
    root = _root(parse_yaml(decode_utf8(data, name), name), name)
    reader = Reader(name)
    source_id, version, language = _header(reader, root)
    if source_id is not None and source_id != source.id:
        reader.at(root.where("translates"), f"translates '{source_id}', not '{source.id}'")
    if source_id != source.id or version is None or language is None:
        raise AssessorError(reader.problems)
    match = TRANSLATION_NAME_RE.match(path.name) if path is not None else None
    if match is not None and match.group("lang").lower() != language.lower():
        reader.at(root.where("language"), f"'language' is '{language}' but the file name "
                                          f"says '{match.group('lang')}'")
    expected = source_texts(source)
    tree = _TreeReader(reader, source.id, expected)
    for key in TOP_KEYS[4:-1]:
        if key in root:
            tree.walk(root[key], (key,), root.where(key))
    hashes = _hashes(reader, root)
    if reader.problems:
        raise AssessorError(reader.problems)
    stale = tuple(p for p in expected
                  if p in tree.found and p in hashes and hashes[p] != source_hash(expected[p]))
    return Translation(
        source_id=source_id, source_version=version, language=language, texts=tree.found,
        path=path, sha256=hashlib.sha256(data).hexdigest(), current_version=source.version,
        total=len(expected), missing=tuple(p for p in expected if p not in tree.found),
        stale=stale)


def load_translation(path: Path, source: Source) -> Translation:
    return parse_translation(read_limited(path), str(path), source, path)


def translation_header(path: Path) -> tuple[str, str, str] | None:
    """(translated id, version, language) of a translation file, or None if unreadable."""
    try:
        name = str(path)
        return read_header(parse_yaml(decode_utf8(read_limited(path), name), name), name)
    except (AssessorError, OSError):
        return None


def default_folders(document: Source | None = None) -> list[Path]:
    """Where translations of a document are looked for: beside it (its own folder, which is
    also how a provider pack's translations are found), then the user's and the shipped
    questionnaire folders."""
    folders = []
    if document is not None and document.source.path is not None:
        folders.append(document.source.path.parent)
    folders += [user_questionnaire_dir(), shipped_questionnaire_dir()]
    return folders


def find_translations(source_id: str, folders: Sequence[Path]) -> dict[str, Path]:
    """language -> translation file for `source_id`; the first folder to have one wins."""
    found: dict[str, Path] = {}
    seen: set[Path] = set()
    for folder in folders:
        if folder in seen:
            continue
        seen.add(folder)
        for path in translation_files(folder):
            header = translation_header(path)
            if header is not None and header[0] == source_id:
                found.setdefault(header[2], path)
    return found


def available_languages(questionnaire: Questionnaire,
                        folders: Sequence[Path] | None = None) -> list[str]:
    """The languages a questionnaire (or its separate career model) is translated into."""
    folders = list(folders) if folders is not None else default_folders(questionnaire)
    languages = set(find_translations(questionnaire.id, folders))
    if questionnaire.career is not None and questionnaire.career.separate_file:
        model_folders = default_folders(questionnaire.career) + folders
        languages |= set(find_translations(questionnaire.career.id, model_folders))
    return sorted(languages)


def _load_for(source: Source, language: str, folders: Sequence[Path],
              warnings: list[str]) -> Translation | None:
    path = find_translations(source.id, folders).get(language)
    if path is None:
        return None
    translation = load_translation(path, source)
    warnings.extend(translation.warnings())
    return translation


def translate(questionnaire: Questionnaire, language: str,
              folders: Sequence[Path] | None = None) -> tuple[Questionnaire, list[str]]:
    """The questionnaire in `language` (texts only; scoring untouched) and any warnings.
    A language with no translation gives the source texts and a warning; a translation that
    is invalid raises AssessorError."""
    folders = list(folders) if folders is not None else default_folders(questionnaire)
    warnings: list[str] = []
    own = _load_for(questionnaire, language, folders, warnings)
    model_texts: Mapping[TextPath, str] | None = None
    model = questionnaire.career
    if model is not None and model.separate_file:
        model_translation = _load_for(model, language, default_folders(model) + folders,
                                      warnings)
        model_texts = model_translation.texts if model_translation is not None else None
    if own is None and model_texts is None:
        warnings.append(f"{questionnaire.id}: warning: no translation into '{language}' is "
                        "installed; the source texts are used")
        return questionnaire, warnings
    texts = own.texts if own is not None else {}
    return translate_questionnaire(questionnaire, texts, model_texts, language=language), warnings
