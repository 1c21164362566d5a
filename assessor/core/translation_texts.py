"""The translatable texts of a questionnaire or career model, addressed by ids, and putting
translated texts back into a document without touching anything that is scored.

A text's address is a path of ids, e.g. ("items", "role", "options", "analyst"); written
with "/" it is the key of a translation's `source_hashes`."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import replace

from assessor.core.format.model import (
    CareerModel,
    Cluster,
    Dimension,
    Item,
    Level,
    Milestone,
    Questionnaire,
    Resource,
    ScalePoint,
    Section,
)

TextPath = tuple[str, ...]
Texts = dict[TextPath, str]


def scale_key(value: float) -> str:
    """How a scale point is named in a translation: `0`, `1`, `2.5`."""
    return f"{value:g}"


def source_hash(text: str) -> str:
    """A short fingerprint of a source text, so a check can tell which texts changed."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def path_key(path: TextPath) -> str:
    return "/".join(path)


def _optional(texts: Texts, path: TextPath, value: str | None) -> None:
    if value:
        texts[path] = value


def _dimension_texts(texts: Texts, dimensions: tuple[Dimension, ...]) -> None:
    for dim in dimensions:
        texts[("dimensions", dim.id, "label")] = dim.label
        _optional(texts, ("dimensions", dim.id, "description"), dim.description)


def _model_texts(texts: Texts, model: CareerModel) -> None:
    for level in model.ladder:
        texts[("ladder", level.id, "label")] = level.label
        _optional(texts, ("ladder", level.id, "description"), level.description)
    for cluster in model.clusters:
        texts[("clusters", cluster.id, "label")] = cluster.label
        texts[("clusters", cluster.id, "summary")] = cluster.summary
    for milestone in model.milestones:
        texts[("milestones", milestone.id, "title")] = milestone.title
        _optional(texts, ("milestones", milestone.id, "description"), milestone.description)
        for index, resource in enumerate(milestone.resources):
            texts[("milestones", milestone.id, "resources", str(index))] = resource.title


def _item_texts(texts: Texts, item: Item) -> None:
    texts[("items", item.id, "text")] = item.text
    _optional(texts, ("items", item.id, "help"), item.help)
    for option in item.options:
        texts[("items", item.id, "options", option.id)] = option.label


def source_texts(document: Questionnaire | CareerModel) -> Texts:
    """Every translatable text of one document, in file order. A questionnaire's separate
    career model is a document of its own, with a translation of its own."""
    texts: Texts = {("title",): document.title}
    _optional(texts, ("description",), document.description)
    _dimension_texts(texts, document.dimensions)
    if isinstance(document, CareerModel):
        _model_texts(texts, document)
        return texts
    for name, points in document.scales.items():
        for point in points:
            texts[("scales", name, scale_key(point.value))] = point.label
    for section in document.sections:
        texts[("sections", section.id, "title")] = section.title
        _optional(texts, ("sections", section.id, "intro"), section.intro)
    for item in document.items:
        _item_texts(texts, item)
    if document.career is not None and not document.career.separate_file:
        _model_texts(texts, document.career)
    return texts


class _Lookup:
    def __init__(self, texts: Mapping[TextPath, str]) -> None:
        self.texts = texts

    def get(self, path: TextPath, fallback: str) -> str:
        return self.texts.get(path) or fallback

    def optional(self, path: TextPath, fallback: str | None) -> str | None:
        return self.texts.get(path) or fallback if fallback else fallback

    def dimensions(self, dims: tuple[Dimension, ...]) -> tuple[Dimension, ...]:
        return tuple(
            replace(d, label=self.get(("dimensions", d.id, "label"), d.label),
                    description=self.optional(("dimensions", d.id, "description"),
                                              d.description))
            for d in dims
        )

    def model(self, model: CareerModel) -> CareerModel:
        ladder = tuple(self._level(level) for level in model.ladder)
        clusters = tuple(self._cluster(cluster) for cluster in model.clusters)
        milestones = tuple(self._milestone(m) for m in model.milestones)
        return replace(model, ladder=ladder, clusters=clusters, milestones=milestones)

    def _level(self, level: Level) -> Level:
        path = ("ladder", level.id)
        return replace(level, label=self.get((*path, "label"), level.label),
                       description=self.optional((*path, "description"), level.description))

    def _cluster(self, cluster: Cluster) -> Cluster:
        path = ("clusters", cluster.id)
        return replace(cluster, label=self.get((*path, "label"), cluster.label),
                       summary=self.get((*path, "summary"), cluster.summary))

    def _milestone(self, milestone: Milestone) -> Milestone:
        path = ("milestones", milestone.id)
        resources = tuple(
            Resource(self.get((*path, "resources", str(index)), r.title), r.url)
            for index, r in enumerate(milestone.resources)
        )
        return replace(milestone, title=self.get((*path, "title"), milestone.title),
                       description=self.optional((*path, "description"), milestone.description),
                       resources=resources)

    def scale(self, name: str, points: tuple[ScalePoint, ...]) -> tuple[ScalePoint, ...]:
        return tuple(
            replace(p, label=self.get(("scales", name, scale_key(p.value)), p.label))
            for p in points
        )

    def item(self, item: Item) -> Item:
        path = ("items", item.id)
        options = tuple(
            replace(o, label=self.get((*path, "options", o.id), o.label)) for o in item.options
        )
        scale = self.scale(item.scale_name, item.scale) if item.scale_name else item.scale
        return replace(item, text=self.get((*path, "text"), item.text),
                       help=self.optional((*path, "help"), item.help),
                       options=options, scale=scale)

    def section(self, section: Section) -> Section:
        path = ("sections", section.id)
        return replace(section, title=self.get((*path, "title"), section.title),
                       intro=self.optional((*path, "intro"), section.intro),
                       items=tuple(self.item(item) for item in section.items))


def translate_model(model: CareerModel, texts: Mapping[TextPath, str]) -> CareerModel:
    lookup = _Lookup(texts)
    translated = lookup.model(model)
    return replace(translated, title=lookup.get(("title",), model.title),
                   description=lookup.optional(("description",), model.description),
                   dimensions=lookup.dimensions(model.dimensions))


def translate_questionnaire(
    questionnaire: Questionnaire,
    texts: Mapping[TextPath, str],
    model_texts: Mapping[TextPath, str] | None = None,
    *,
    language: str,
) -> Questionnaire:
    """The same questionnaire (same ids, scores, conditions and sha256) with its texts
    replaced where `texts` has them; `model_texts` translates a separate career model."""
    lookup = _Lookup(texts)
    career = questionnaire.career
    if career is not None:
        if career.separate_file:
            career = translate_model(career, model_texts or {})
        else:
            career = replace(lookup.model(career), dimensions=lookup.dimensions(career.dimensions))
    return replace(
        questionnaire,
        title=lookup.get(("title",), questionnaire.title),
        description=lookup.optional(("description",), questionnaire.description),
        dimensions=lookup.dimensions(questionnaire.dimensions),
        scales={name: lookup.scale(name, points) for name, points in questionnaire.scales.items()},
        sections=tuple(lookup.section(section) for section in questionnaire.sections),
        career=career,
        language=language,
        untranslated=questionnaire.untranslated or questionnaire,
    )

