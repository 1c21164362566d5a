"""Validation of questionnaire sections, items and `when` conditions (SPEC 1.1, 1.3)."""

from __future__ import annotations

from typing import Any

from assessor.core.format.career_schema import parse_combinator
from assessor.core.format.model import (
    ANSWER_OPS,
    COMPARISON_OPS,
    Always,
    AnswerTest,
    Band,
    Condition,
    Item,
    Option,
    ScalePoint,
    Section,
    frozen_map,
)
from assessor.core.format.reader import Reader, is_number, type_name
from assessor.core.format.yamlsafe import Position, YList, YMap

COMMON_ITEM_KEYS = ("id", "type", "text", "help", "required", "when", "refs")
EXTRA_ITEM_KEYS: dict[str, tuple[str, ...]] = {
    "likert": ("scale", "reverse", "scores"),
    "choice": ("options",),
    "multi": ("options", "max_choices"),
    "knowledge": ("options", "correct", "scores"),
    "boolean": ("scores",),
    "number": ("min", "max", "bands", "scores"),
    "text": ("max_length",),
}


class ItemParser:
    """Parses sections in order, so conditions can be checked against earlier items only."""

    def __init__(
        self,
        reader: Reader,
        dimensions: set[str],
        scales: dict[str, tuple[ScalePoint, ...]],
        scale_names: set[str],
    ) -> None:
        self.reader = reader
        self.dimensions = dimensions
        self.scales = scales
        self.scale_names = scale_names
        self.earlier: dict[str, Item] = {}
        self.all_item_ids: set[str] = set()
        self.seen_items: dict[str, Position] = {}
        self.seen_sections: dict[str, Position] = {}

    def parse_sections(self, root: YMap) -> tuple[Section, ...]:
        reader = self.reader
        entries = reader.mappings(root, "sections", "the questionnaire", required=True)
        for entry in entries:
            for item in entry["items"] if isinstance(entry.get("items"), YList) else ():
                if isinstance(item, YMap) and isinstance(item.get("id"), str):
                    self.all_item_ids.add(item["id"])
        sections: list[Section] = []
        for entry in entries:
            section = self._section(entry)
            if section is not None:
                sections.append(section)
        if "sections" in root and isinstance(root["sections"], YList) and not root["sections"]:
            reader.at(root.where("sections"), "'sections' must list at least one section")
        return tuple(sections)

    def _section(self, entry: YMap) -> Section | None:
        reader = self.reader
        what = "a section"
        reader.check_keys(
            entry, ("id", "title", "intro", "when", "items"), ("id", "title", "items"), what
        )
        section_id = reader.ident(entry, "id", what)
        title = reader.text(entry, "title", what)
        intro = reader.text(entry, "intro", what)
        when = self._when(entry)
        items: list[Item] = []
        item_entries = reader.mappings(entry, "items", what)
        if "items" in entry and isinstance(entry["items"], YList) and not entry["items"]:
            reader.at(entry.where("items"), "a section needs at least one item")
        for item_entry in item_entries:
            item = self._item(item_entry, section_id or "")
            if item is not None:
                items.append(item)
        if section_id is not None and not reader.unique(
            self.seen_sections, section_id, entry.where("id"), "section"
        ):
            return None
        if section_id is None or title is None or when is False:
            return None
        return Section(
            section_id, title, tuple(items), intro, None if isinstance(when, bool) else when
        )

    def _when(self, node: YMap) -> Condition | bool | None:
        """The parsed condition, None when absent, or False when it was invalid."""
        if "when" not in node:
            return None
        value = node["when"]
        if not isinstance(value, YMap):
            self.reader.at(
                node.where("when"), f"'when' must be a condition mapping, not {type_name(value)}"
            )
            return False
        parsed = self.condition(value)
        return False if parsed is None else parsed

    def condition(self, node: YMap) -> Condition | None:
        reader = self.reader
        if not node:
            return Always()
        if next(iter(node)) in ("all", "any", "not"):
            return parse_combinator(reader, node, self.condition, "a condition")
        reader.check_keys(node, ("answer", *ANSWER_OPS), ("answer",), "a condition")
        target = reader.text(node, "answer", "a condition")
        if target is None:
            return None
        item = self.earlier.get(target)
        if item is None:
            if target in self.all_item_ids:
                reader.at(
                    node.where("answer"),
                    f"condition refers forward to item '{target}' "
                    "(conditions may only refer to earlier items)",
                )
            else:
                reader.at(node.where("answer"), f"condition refers to unknown item '{target}'")
            return None
        tests: list[tuple[str, Any]] = []
        ok = True
        for op in ANSWER_OPS:
            if op in node:
                value = self._test_value(node, op, item)
                if value is _INVALID:
                    ok = False
                else:
                    tests.append((op, value))
        if not tests:
            reader.at(node.pos, "a condition needs a test such as equals, in, gte or answered")
            return None
        return AnswerTest(target, tuple(tests)) if ok else None

    def _test_value(self, node: YMap, op: str, item: Item) -> Any:
        reader = self.reader
        value = node[op]
        pos = node.where(op)
        if item.type in ("choice", "multi", "knowledge"):
            value = as_option_ids(node, op, value)
        if op == "answered":
            if not isinstance(value, bool):
                reader.at(pos, "'answered' must be true or false")
                return _INVALID
            return value
        if op in COMPARISON_OPS:
            if item.type not in ("likert", "number"):
                reader.at(
                    pos,
                    f"'{op}' only applies to likert and number items, "
                    f"and '{item.id}' is a {item.type} item",
                )
                return _INVALID
            number = reader.number_value(node, op, value)
            return _INVALID if number is None else number
        if op == "includes":
            if item.type != "multi":
                reader.at(
                    pos, f"'includes' only applies to multi items; '{item.id}' is {item.type}"
                )
                return _INVALID
            values = value if isinstance(value, list) else [value]
            for candidate in values:
                if candidate not in item.option_ids:
                    reader.at(pos, f"item '{item.id}' has no option '{candidate}'")
                    return _INVALID
            return list(values) if isinstance(value, list) else value
        if op == "in":
            written = node[op]
            if not isinstance(written, YList):
                reader.at(pos, "'in' takes a list of values")
                return _INVALID
            for index, candidate in enumerate(value):
                if not self._valid_answer_value(item, candidate, written.where(index)):
                    return _INVALID
            return list(value)
        if not self._valid_answer_value(item, value, pos):
            return _INVALID
        return value

    def _valid_answer_value(self, item: Item, value: Any, pos: Position) -> bool:
        reader = self.reader
        if item.type in ("choice", "knowledge", "multi"):
            if value not in item.option_ids:
                reader.at(pos, f"item '{item.id}' has no option '{value}'")
                return False
        elif item.type == "likert":
            if not any(is_number(value) and value == p.value for p in item.scale):
                reader.at(pos, f"'{value}' is not a value of scale '{item.scale_name}'")
                return False
        elif item.type == "boolean":
            if not isinstance(value, bool):
                reader.at(pos, f"item '{item.id}' is yes/no: compare with true or false")
                return False
        elif item.type == "number":
            if not is_number(value):
                reader.at(pos, f"item '{item.id}' takes numbers, not {type_name(value)}")
                return False
        elif not isinstance(value, str):
            reader.at(pos, f"item '{item.id}' takes text, not {type_name(value)}")
            return False
        return True

    def _item(self, entry: YMap, section_id: str) -> Item | None:
        reader = self.reader
        what = "an item"
        item_type = reader.text(entry, "type", what, required=True)
        if item_type is not None and item_type not in EXTRA_ITEM_KEYS:
            reader.at(
                entry.where("type"),
                f"unknown item type '{item_type}' (use {', '.join(EXTRA_ITEM_KEYS)})",
            )
            item_type = None
        extra = EXTRA_ITEM_KEYS.get(item_type or "", ())
        required_extra = {
            "likert": ("scale",),
            "choice": ("options",),
            "multi": ("options",),
            "knowledge": ("options", "correct"),
            "number": ("min", "max", "bands"),
        }.get(item_type or "", ())
        if item_type is not None:
            reader.check_keys(
                entry,
                (*COMMON_ITEM_KEYS, *extra),
                ("id", "text", *required_extra),
                f"a {item_type} item",
            )
        item_id = reader.ident(entry, "id", what)
        text = reader.text(entry, "text", what)
        help_text = reader.text(entry, "help", what)
        required = reader.boolean(entry, "required", True)
        refs = reader.texts(entry, "refs", what)
        when = self._when(entry)
        fields: dict[str, Any] = {}
        ok = (
            item_type is not None and item_id is not None and text is not None and when is not False
        )
        if item_type is not None:
            ok = self._type_fields(entry, item_type, fields) and ok
        if item_id is not None and not reader.unique(
            self.seen_items, item_id, entry.where("id"), "item"
        ):
            return None
        if not ok:
            return None
        assert item_id is not None and item_type is not None and text is not None
        item = Item(
            id=item_id,
            type=item_type,
            text=text,
            section=section_id,
            help=help_text,
            required=required,
            when=None if isinstance(when, bool) else when,
            refs=refs,
            **fields,
        )
        self.earlier[item_id] = item
        return item

    def _weights(self, entry: YMap) -> dict[str, float] | None:
        if "scores" not in entry:
            return {}
        value = entry["scores"]
        if isinstance(value, str):
            if value not in self.dimensions:
                self.reader.at(entry.where("scores"), f"unknown dimension '{value}'")
                return None
            return {value: 1.0}
        if not isinstance(value, YMap) or not value:
            self.reader.at(
                entry.where("scores"),
                "'scores' must be a dimension id or a mapping of dimension to weight",
            )
            return None
        weights: dict[str, float] = {}
        ok = True
        for dim, weight in value.items():
            if dim not in self.dimensions:
                self.reader.at(value.key_pos[dim], f"unknown dimension '{dim}'")
                ok = False
                continue
            number = self.reader.number_value(value, dim, weight, positive=True)
            if number is None:
                ok = False
            else:
                weights[dim] = float(number)
        return weights if ok else None

    def _options(self, entry: YMap, *, scored: bool) -> tuple[Option, ...] | None:
        reader = self.reader
        entries = reader.mappings(entry, "options", "an item")
        if "options" in entry and isinstance(entry["options"], YList) and not entry["options"]:
            reader.at(entry.where("options"), "'options' must list at least one option")
            return None
        seen: dict[str, Position] = {}
        options: list[Option] = []
        written = entry.get("options")
        ok = len(entries) == (len(written) if isinstance(written, YList) else 0)
        for option in entries:
            allowed = ("id", "label", "scores") if scored else ("id", "label")
            reader.check_keys(option, allowed, ("id", "label"), "an option")
            option_id = reader.ident(option, "id", "an option")
            label = reader.text(option, "label", "an option")
            scores = self._option_scores(option) if scored else {}
            if option_id is None or label is None or scores is None:
                ok = False
                continue
            if reader.unique(seen, option_id, option.where("id"), "option"):
                options.append(Option(option_id, label, frozen_map(scores)))
            else:
                ok = False
        return tuple(options) if ok else None

    def _option_scores(self, option: YMap) -> dict[str, float] | None:
        if "scores" not in option:
            return {}
        value = option["scores"]
        if not isinstance(value, YMap):
            self.reader.at(
                option.where("scores"), "an option's 'scores' must map dimension ids to points"
            )
            return None
        points: dict[str, float] = {}
        ok = True
        for dim, raw in value.items():
            if dim not in self.dimensions:
                self.reader.at(value.key_pos[dim], f"unknown dimension '{dim}'")
                ok = False
                continue
            number = self.reader.number_value(value, dim, raw)
            if number is None:
                ok = False
            else:
                points[dim] = float(number)
        return points if ok else None

    def _type_fields(self, entry: YMap, item_type: str, fields: dict[str, Any]) -> bool:
        reader = self.reader
        ok = True
        if item_type in ("likert", "knowledge", "boolean", "number"):
            weights = self._weights(entry)
            ok = weights is not None
            fields["weights"] = frozen_map(weights or {})
        if item_type == "likert":
            name = reader.text(entry, "scale", "a likert item")
            fields["reverse"] = reader.boolean(entry, "reverse", False)
            if name is not None and name not in self.scale_names:
                reader.at(entry.where("scale"), f"unknown scale '{name}'")
                ok = False
            elif name is not None and name in self.scales:
                fields["scale_name"] = name
                fields["scale"] = self.scales[name]
            else:
                ok = False
        elif item_type in ("choice", "multi", "knowledge"):
            options = self._options(entry, scored=item_type != "knowledge")
            if options is None:
                return False
            fields["options"] = options
            if item_type == "multi" and "max_choices" in entry:
                cap = reader.number(
                    entry, "max_choices", "a multi item", positive=True, integer=True
                )
                if cap is None:
                    ok = False
                else:
                    fields["max_choices"] = int(cap)
            if item_type == "knowledge":
                ok = self._correct(entry, options, fields) and ok
        elif item_type == "number":
            ok = self._number_fields(entry, fields) and ok
        elif item_type == "text" and "max_length" in entry:
            length = reader.number(entry, "max_length", "a text item", positive=True, integer=True)
            if length is None:
                ok = False
            else:
                fields["max_length"] = int(length)
        return ok

    def _correct(self, entry: YMap, options: tuple[Option, ...], fields: dict[str, Any]) -> bool:
        value = as_option_ids(entry, "correct", entry.get("correct"))
        ids = {o.id for o in options}
        answers = list(value) if isinstance(value, list) else [value]
        if not answers or "correct" not in entry:
            self.reader.at(entry.where("correct"), "'correct' must name at least one option")
            return False
        for answer in answers:
            if not isinstance(answer, str) or answer not in ids:
                self.reader.at(entry.where("correct"), f"'correct' names unknown option '{answer}'")
                return False
        fields["correct"] = frozenset(answers)
        return True

    def _number_fields(self, entry: YMap, fields: dict[str, Any]) -> bool:
        reader = self.reader
        low = reader.number(entry, "min", "a number item")
        high = reader.number(entry, "max", "a number item")
        ok = low is not None and high is not None
        if low is not None and high is not None and low > high:
            reader.at(entry.where("max"), "'max' must not be below 'min'")
            ok = False
        bands: list[Band] = []
        band_nodes = reader.mappings(entry, "bands", "a number item")
        if "bands" in entry and not band_nodes:
            reader.at(entry.where("bands"), "'bands' must list at least one band")
            ok = False
        for index, band in enumerate(band_nodes):
            last = index == len(band_nodes) - 1
            reader.check_keys(band, ("below", "points"), ("points",), "a band")
            points = reader.number(band, "points", "a band")
            below = reader.number(band, "below", "a band")
            if last and "below" in band:
                reader.at(
                    band.where("below"),
                    "the last band must not have 'below' (it takes every value above the others)",
                )
                ok = False
            if not last and "below" not in band:
                reader.at(band.pos, "every band but the last needs 'below'")
                ok = False
            if (
                below is not None
                and bands
                and bands[-1].below is not None
                and below <= bands[-1].below
            ):
                reader.at(
                    band.where("below"),
                    "bands are out of order: each 'below' must be greater than the one before",
                )
                ok = False
            if points is None:
                ok = False
            else:
                bands.append(Band(None if last else below, float(points)))
        fields.update(minimum=low, maximum=high, bands=tuple(bands))
        return ok


def as_option_ids(container: YMap, key: str, value: Any) -> Any:
    """Option ids written as plain numbers (`correct: 2`, `equals: 1e3`, `[1, 2]`) are the
    ids' text as written, since option ids are text; anything else is returned unchanged."""
    if isinstance(value, YList):
        return [
            value.source_text.get(index, entry) if _is_plain_number(entry) else entry
            for index, entry in enumerate(value)
        ]
    if _is_plain_number(value):
        return container.source_text.get(key, value)
    return value


def _is_plain_number(value: Any) -> bool:
    # `1e3` or `12` written where an id belongs is the id's text, as the id itself is read.
    return isinstance(value, (int, float)) and not isinstance(value, bool)


class _Invalid:
    pass


_INVALID = _Invalid()
