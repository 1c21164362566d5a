"""A result shown in another language: its display texts replaced, by id, with those of an
installed translation of its questionnaire (and of its separate career model).

The result file itself keeps the texts as written: this is for showing it (reports)."""

from __future__ import annotations

import copy
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from assessor.core.errors import AssessorError
from assessor.core.format.model import CareerModel, Questionnaire
from assessor.core.translation import default_folders, find_translations, load_translation
from assessor.core.translation_template import find_source
from assessor.core.translation_texts import TextPath

Lookup = Mapping[TextPath, str]


Found = tuple[Lookup, Questionnaire | CareerModel | None, tuple[str, ...]]
# Reading a translation and the document it translates takes tens of milliseconds, and the
# app shows many results of one questionnaire: kept while no YAML file of the folders changes.
_found: dict[tuple[str, str, tuple[tuple[str, int, int], ...]], Found] = {}
_KEPT = 16


def _folder_state(folders: Sequence[Path]) -> tuple[tuple[str, int, int], ...]:
    """Every YAML file of the folders with its modification time and size."""
    state = []
    for folder in folders:
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.name.endswith((".yaml", ".yml")):
                        info = entry.stat()
                        state.append((entry.path, info.st_mtime_ns, info.st_size))
        except OSError:
            continue
    return tuple(sorted(state))


def _texts_for(doc_id: str, language: str, folders: Sequence[Path],
               warnings: list[str]) -> tuple[Lookup, Questionnaire | CareerModel | None]:
    key = (doc_id, language, _folder_state(folders))
    if key not in _found:
        found: list[str] = []
        texts, source = _read_texts(doc_id, language, folders, found)
        if len(_found) >= _KEPT:
            _found.clear()
        _found[key] = (texts, source, tuple(found))
    texts, source, said = _found[key]
    warnings.extend(said)
    return texts, source


def _read_texts(doc_id: str, language: str, folders: Sequence[Path],
                warnings: list[str]) -> tuple[Lookup, Questionnaire | CareerModel | None]:
    path = find_translations(doc_id, folders).get(language)
    if path is None:
        return {}, None
    try:
        source = find_source(doc_id, [path.parent, *folders])
    except LookupError:
        warnings.append(f"{path}: warning: '{doc_id}' is not at hand to check this "
                        "translation against; it is not used")
        return {}, None
    translation = load_translation(path, source)
    warnings.extend(translation.warnings())
    return translation.texts, source


def _swap(entry: dict[str, Any], key: str, texts: Lookup, path: TextPath) -> None:
    if path in texts and isinstance(entry.get(key), str):
        entry[key] = texts[path]


def _items(display: dict[str, Any], texts: Lookup, source: Questionnaire | None) -> None:
    items = display.get("items")
    for item_id, shown in (items.items() if isinstance(items, dict) else ()):
        if not isinstance(shown, dict):
            continue
        _swap(shown, "text", texts, ("items", item_id, "text"))
        choices = shown.get("choices")
        if not isinstance(choices, dict):
            continue
        item = source.item_index.get(item_id) if source is not None else None
        scale = item.scale_name if item is not None else None
        for key in choices:
            path = (("scales", scale, key) if scale is not None
                    else ("items", item_id, "options", key))
            if path in texts:
                choices[key] = texts[path]


def _model(result: dict[str, Any], display: dict[str, Any], texts: Lookup) -> None:
    for level in display.get("ladder") or []:
        if isinstance(level, dict):
            _swap(level, "label", texts, ("ladder", str(level.get("id")), "label"))
            _swap(level, "description", texts, ("ladder", str(level.get("id")), "description"))
    placement = result.get("placement")
    if isinstance(placement, dict):
        _swap(placement, "label", texts, ("ladder", str(placement.get("level")), "label"))
    for entries in (display.get("clusters") or [], result.get("clusters") or []):
        for cluster in entries:
            if isinstance(cluster, dict):
                cluster_id = str(cluster.get("id"))
                _swap(cluster, "label", texts, ("clusters", cluster_id, "label"))
                _swap(cluster, "summary", texts, ("clusters", cluster_id, "summary"))
    milestones = display.get("milestones")
    for milestone_id, shown in (milestones.items() if isinstance(milestones, dict) else ()):
        if not isinstance(shown, dict):
            continue
        _swap(shown, "title", texts, ("milestones", milestone_id, "title"))
        _swap(shown, "description", texts, ("milestones", milestone_id, "description"))
        for index, resource in enumerate(shown.get("resources") or []):
            if isinstance(resource, dict):
                _swap(resource, "title", texts,
                      ("milestones", milestone_id, "resources", str(index)))
    paths = result.get("paths")
    for plan in (paths.values() if isinstance(paths, dict) else ()):
        for step in (plan.get("steps") or []) if isinstance(plan, dict) else ():
            if isinstance(step, dict):
                _swap(step, "title", texts, ("milestones", str(step.get("milestone")), "title"))


def translate_result(result: Mapping[str, Any], language: str,
                     folders: Sequence[Path] | None = None) -> tuple[dict[str, Any], list[str]]:
    """A copy of `result` whose display texts are in `language` where a translation of its
    questionnaire or career model is installed, and the warnings met on the way."""
    translated = copy.deepcopy(dict(result))
    folders = list(folders) if folders is not None else default_folders()
    warnings: list[str] = []
    stated = translated.get("questionnaire")
    questionnaire_id = str(stated.get("id")) if isinstance(stated, dict) else ""
    try:
        own, source = _texts_for(questionnaire_id, language, folders, warnings)
        model = translated.get("career_model")
        model_texts: Lookup = {}
        if isinstance(model, dict) and isinstance(model.get("id"), str):
            model_texts, _ = _texts_for(model["id"], language, folders, warnings)
    except AssessorError as exc:
        warnings.extend(f"{line} (the translation is not used)" for line in exc.lines())
        return dict(result), warnings
    if not own and not model_texts:
        warnings.append(f"{questionnaire_id}: warning: no translation into '{language}' is "
                        "installed; its texts stay as written")
        return translated, warnings
    display = translated.get("display")
    display = display if isinstance(display, dict) else {}
    if isinstance(stated, dict):
        _swap(stated, "title", own, ("title",))
    for dimension in display.get("dimensions") or []:
        if isinstance(dimension, dict):
            path = ("dimensions", str(dimension.get("id")), "label")
            _swap(dimension, "label", own if path in own else model_texts, path)
    _items(display, own, source if isinstance(source, Questionnaire) else None)
    _model(translated, display, {**own, **model_texts})
    translated["display_language"] = language
    return translated, warnings
