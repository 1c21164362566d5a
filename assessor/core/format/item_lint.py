"""Item-writing checks for a valid questionnaire (`assessor lint`, `validate --lint`).

Validation says whether a file CAN be used; the lint says where its items give answers
away or measure less than they seem to. Every warning is located at the node it is about
(`FILE:LINE:COL: warning: message`) and none stops the file from loading.

Checks and their thresholds (chosen to be quiet on well-written items, documented in
docs/authoring.md "Check the items"):

- length cue: a knowledge check's correct option is at least LENGTH_RATIO (1.3×) as long as
  the longest distractor AND at least LENGTH_MARGIN (15) characters longer. Across the
  questionnaire (with at least MIN_CHECKS_FOR_PATTERN knowledge checks): the correct option is
  the longest in more than a third of them (with four options chance is a quarter).
- duplicate, synonym and overlapping options: equal after `option_text.comparable`
  (case, punctuation, articles, look-alike letters ignored) in any item with options; equal
  after replacing known synonyms, or one contained in another as whole words, in knowledge
  checks (options of choice items may legitimately build on each other). Items with more than
  PAIRWISE_LIMIT options get the exact-duplicate check only (it is linear; the others compare
  every pair).
- key position: the correct option stands at the same place (counted from the first or from
  the last option, "I don't know" options not counted) in at least POSITION_SHARE (75 %) of
  the questionnaire's single-key knowledge checks, with at least MIN_CHECKS_FOR_POSITION.
- a dimension with no knowledge checks: its percent rests on self-report alone.
- a scored item without `refs`.
- a stem that gives the key away: it contains the correct option's text (and no distractor's;
  keys without a word of four letters, such as "About 1%", are not looked for),
  or holds at least STEM_OVERLAP (60 %) of the key's content words with no distractor within
  STEM_OVERLAP_GAP (30 points) of that.
- an option with an empty label.

"I don't know" options (`option_text.is_abstain`) are a way out, not distractors: they are left
out of the length, position and stem comparisons.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from assessor.core.errors import AssessorError, Problem
from assessor.core.format.model import CareerModel, Item, Option, Questionnaire
from assessor.core.format.option_text import (
    canonical,
    comparable,
    contains_words,
    is_abstain,
    visible_length,
)
from assessor.core.format.yamlsafe import (
    Position,
    YList,
    YMap,
    decode_utf8,
    parse_yaml,
    read_limited,
)

LENGTH_RATIO = 1.3
LENGTH_MARGIN = 15
LONGEST_SHARE = 1 / 3
MIN_CHECKS_FOR_PATTERN = 6
POSITION_SHARE = 0.75
MIN_CHECKS_FOR_POSITION = 4
STEM_OVERLAP = 0.6
STEM_OVERLAP_GAP = 0.3
MIN_KEY_WORDS = 3
PAIRWISE_LIMIT = 60
_STOP_WORDS = frozenset({
    "about", "after", "also", "approximately", "around", "been", "before", "being", "between",
    "both", "does", "each", "from", "have", "into", "itself", "more", "most", "nearly", "only",
    "other", "over", "roughly", "same", "should", "such", "than", "that", "their", "them",
    "then", "there", "these", "they", "this", "those", "through", "under", "very", "what",
    "when", "where", "which", "while", "with", "within", "would", "your",
})


@dataclass(frozen=True)
class _Where:
    """Where the nodes of one questionnaire stand in its file."""

    items: dict[str, YMap]
    dimensions: dict[str, YMap]
    sections: Position

    def item(self, item: Item, key: str = "id") -> Position:
        node = self.items.get(item.id)
        return node.where(key) if node is not None else self.sections

    def option(self, item: Item, index: int, key: str = "label") -> Position:
        node = self.items.get(item.id)
        entries = node.get("options") if node is not None else None
        if isinstance(entries, YList) and len(entries) == len(item.options):
            entry = entries[index]
            if isinstance(entry, YMap):
                return entry.where(key)
        return self.item(item)


def _locate(root: YMap) -> _Where:
    items: dict[str, YMap] = {}
    sections = root.get("sections")
    for section in sections if isinstance(sections, YList) else ():
        entries = section.get("items") if isinstance(section, YMap) else None
        for entry in entries if isinstance(entries, YList) else ():
            if isinstance(entry, YMap) and isinstance(entry.get("id"), str):
                items.setdefault(entry["id"], entry)
    dimensions: dict[str, YMap] = {}
    declared = root.get("dimensions")
    for entry in declared if isinstance(declared, YList) else ():
        if isinstance(entry, YMap) and isinstance(entry.get("id"), str):
            dimensions.setdefault(entry["id"], entry)
    return _Where(items, dimensions, root.key_pos.get("sections", root.pos))


class _Linter:
    def __init__(self, questionnaire: Questionnaire, where: _Where, name: str) -> None:
        self.questionnaire = questionnaire
        self.where = where
        self.name = name
        self.warnings: list[Problem] = []
        self.key_longest = 0
        self.checks = 0
        self.positions: Counter[str] = Counter()
        self.single_key_checks = 0

    def warn(self, pos: Position, message: str) -> None:
        self.warnings.append(Problem(self.name, pos[0], pos[1], f"warning: {message}"))

    def run(self) -> list[Problem]:
        for item in self.questionnaire.items:
            if item.is_scored and not item.refs:
                self.warn(self.where.item(item), f"scored item '{item.id}' has no 'refs': "
                          "name what it evidences (e.g. \"MITRE ATLAS AML.T0020\")")
            if item.options:
                self.options(item)
            if item.type == "knowledge":
                self.knowledge(item)
        self.patterns()
        self.dimensions()
        return sorted(self.warnings, key=lambda p: (p.line or 0, p.column or 0, p.message))

    # ---- options of one item --------------------------------------------------------------

    def options(self, item: Item) -> None:
        seen: dict[str, int] = {}
        for index, option in enumerate(item.options):
            text = comparable(option.label)
            if not text:
                self.warn(self.where.option(item, index),
                          f"option '{option.id}' of '{item.id}' has no readable label")
                continue
            if text in seen:
                first = item.options[seen[text]]
                self.warn(self.where.option(item, index),
                          f"options '{first.id}' and '{option.id}' of '{item.id}' read the "
                          f"same (\"{_short(first.label)}\")")
            else:
                seen[text] = index
        if item.type != "knowledge" or len(item.options) > PAIRWISE_LIMIT:
            return
        unique = sorted(seen.items(), key=lambda pair: pair[1])
        for later in range(len(unique)):
            for earlier in range(later):
                self.near_duplicates(item, unique[earlier][1], unique[later][1])

    def near_duplicates(self, item: Item, first: int, second: int) -> None:
        one, two = item.options[first], item.options[second]
        if is_abstain(one.id, one.label) or is_abstain(two.id, two.label):
            return
        if one.id in item.correct and two.id in item.correct:
            return  # two right answers may well say the same thing
        pos = self.where.option(item, second)
        pair = f"options '{one.id}' and '{two.id}' of '{item.id}'"
        quoted = f"(\"{_short(one.label)}\" / \"{_short(two.label)}\")"
        a, b = canonical(one.label), canonical(two.label)
        if a == b:
            self.warn(pos, f"{pair} name the same thing {quoted}: whoever knows one is "
                      "wrong knows the other is too")
            return
        shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
        if contains_words(longer, shorter):
            self.warn(pos, f"{pair} overlap, one contains the other {quoted}: make them "
                      "exclusive")

    # ---- one knowledge check --------------------------------------------------------------

    def knowledge(self, item: Item) -> None:
        self.checks += 1
        real = [(i, o) for i, o in enumerate(item.options) if not is_abstain(o.id, o.label)]
        keys = [(i, o) for i, o in real if o.id in item.correct]
        distractors = [o for _, o in real if o.id not in item.correct]
        if not keys or not distractors:
            return
        longest = max(visible_length(o.label) for o in distractors)
        for index, key in keys:
            length = visible_length(key.label)
            if length >= LENGTH_RATIO * longest and length - longest >= LENGTH_MARGIN:
                self.warn(self.where.option(item, index),
                          f"the correct option of '{item.id}' is much the longest ({length} "
                          f"characters, the longest distractor {longest}): it can be picked "
                          "for its length; move explanation to 'help'")
        if all(visible_length(key.label) > longest for _, key in keys):
            self.key_longest += 1
        if len(keys) == 1:
            self.single_key_checks += 1
            place = [i for i, _ in real].index(keys[0][0])
            self.positions[f"option {place + 1}"] += 1
            self.positions[_from_end(len(real) - place)] += 1
        self.stem(item, [key for _, key in keys], distractors)

    def stem(self, item: Item, keys: Sequence[Option], distractors: Sequence[Option]) -> None:
        stem = comparable(item.text)
        stem_words = _content_words(stem)
        for key in keys:
            text = comparable(key.label)
            if _content_words(text) and contains_words(stem, text) and not any(
                    len(comparable(d.label)) >= 4 and contains_words(stem, comparable(d.label))
                    for d in distractors):
                self.warn(self.where.item(item, "text"),
                          f"the stem of '{item.id}' contains its correct option "
                          f"(\"{_short(key.label)}\")")
                return
            overlap = _overlap(_content_words(text), stem_words)
            if overlap is None or overlap < STEM_OVERLAP:
                continue
            rival = max((_overlap(_content_words(comparable(d.label)), stem_words) or 0.0
                         for d in distractors), default=0.0)
            if overlap - rival >= STEM_OVERLAP_GAP:
                self.warn(self.where.item(item, "text"),
                          f"the stem of '{item.id}' repeats {overlap:.0%} of its correct "
                          f"option's words (the best distractor {rival:.0%}): it answers "
                          "itself")
                return

    # ---- the questionnaire as a whole ----------------------------------------------------

    def patterns(self) -> None:
        if (self.checks >= MIN_CHECKS_FOR_PATTERN
                and self.key_longest > self.checks * LONGEST_SHARE):
            self.warn(self.where.sections,
                      f"the correct option is the longest in {self.key_longest} of "
                      f"{self.checks} knowledge checks (more than a third): picking the "
                      "longest option scores above chance")
        if self.single_key_checks < MIN_CHECKS_FOR_POSITION or not self.positions:
            return
        place, count = self.positions.most_common(1)[0]
        if count >= POSITION_SHARE * self.single_key_checks:
            self.warn(self.where.sections,
                      f"the correct option is {place} in {count} of {self.single_key_checks} "
                      "knowledge checks: vary its position")

    def dimensions(self) -> None:
        checked = {dim for item in self.questionnaire.items if item.type == "knowledge"
                   for dim in item.dimensions}
        for dimension in self.questionnaire.dimensions:
            if dimension.id in checked:
                continue
            node = self.where.dimensions.get(dimension.id)
            self.warn(node.where("id") if node is not None else self.where.sections,
                      f"dimension '{dimension.id}' has no knowledge checks: its percent "
                      "rests on self-report alone")


def _from_end(place_from_end: int) -> str:
    return "the last option" if place_from_end == 1 else f"option {place_from_end} from the end"


def _short(label: str, limit: int = 60) -> str:
    flat = " ".join(label.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _content_words(text: str) -> set[str]:
    return {word.removesuffix("s") for word in text.split()
            if len(word) >= 4 and word not in _STOP_WORDS}


def _overlap(words: set[str], stem: set[str]) -> float | None:
    if len(words) < MIN_KEY_WORDS:
        return None
    return len(words & stem) / len(words)


def lint_questionnaire(questionnaire: Questionnaire, root: YMap, name: str) -> list[Problem]:
    """Warnings for a loaded questionnaire; `root` is the tree it was loaded from."""
    return _Linter(questionnaire, _locate(root), name).run()


def lint_document(document: Questionnaire | CareerModel, name: str) -> list[Problem]:
    """Warnings for a document loaded from a file (none for a career model, which has no
    items). Raises AssessorError when the file changed since it was loaded."""
    path = document.source.path
    if not isinstance(document, Questionnaire) or path is None:
        return []
    data = read_limited(Path(path))
    if hashlib.sha256(data).hexdigest() != document.source.sha256:
        raise AssessorError.single(name, "changed while it was being checked; check it again")
    root = parse_yaml(decode_utf8(data, name), name)
    if not isinstance(root, YMap):  # cannot happen for a file that just loaded
        return []
    return lint_questionnaire(document, root, name)
