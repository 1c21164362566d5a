"""Hypothesis strategies that build valid questionnaires (SPEC 1) and answer sets directly.

Built by hand rather than from the JSON Schema with hypothesis-jsonschema: the schema cannot
say that references resolve, that conditions look backwards or that milestones are acyclic,
so schema-generated documents are almost all refused and would exercise only the first
refusal. Every document built here is one the loader must accept, and the tests check that
the shipped JSON Schema accepts it too, so the two cannot drift apart unnoticed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import yaml
from hypothesis import strategies as st

from assessor.core.format.loading import parse_document
from assessor.core.format.model import Item, Questionnaire
from assessor.core.format.yamlsafe import resolve_plain

# Texts a hostile or careless author writes: markup that must stay literal, bidi and
# zero-width characters, emoji, mathtext dollars, YAML-looking words.
HOSTILE_TEXTS = (
    "<b>bold</b> & <i>it</i>",
    '<img src="file:///etc/passwd">',
    "<script>alert(1)</script>",
    "[click](javascript:alert(1)) **strong**",
    "\u202eevil\u202c txt.exe",
    "zero\u200bwidth\u200d\ufeffjoin",
    "שלום عالم mixed",
    "🛡️🤖🔐 emoji 👩🏽‍💻",
    "$x^2$ costs $5",
    "yes",
    "NO",
    "1:30",
    "2024-01-02",
    "null",
    "~",
    "0x1F",
    "012",
    ".inf",
    "- not a list",
    "key: value",
    "#not a comment",
    "  leading and trailing  ",
    "line\nbreak\n\nparagraph",
    "\t tab",
    "%s %n {0} {{x}}",
    "'\"quotes\"'",
    "a" * 300,
)

# Every character the text rule lets through (no surrogates, no C0 controls but tab, line
# feed and carriage return), except the three PyYAML reads as line breaks inside a scalar
# even when they are written in quotes (YAML 1.1 rules).
_C0_CONTROLS = "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r")
_ANY_CHAR = st.characters(exclude_categories=["Cs"],
                          exclude_characters="\x85\u2028\u2029" + _C0_CONTROLS)
# What a person can type as a respondent name or a free-text answer.
person_texts = st.text(_ANY_CHAR, max_size=30)
texts = st.one_of(
    st.sampled_from(HOSTILE_TEXTS),
    st.text(_ANY_CHAR, min_size=1, max_size=30),
)
ident_texts = st.from_regex(r"[a-z0-9][a-z0-9_-]{0,6}", fullmatch=True)
# Small integers and halves: every sum stays exact in binary, so re-scoring is exact.
weights = st.sampled_from([0.5, 1, 1.5, 2, 3])
points = st.integers(min_value=-3, max_value=4)


def unique_ids(draw: st.DrawFn, count: int, prefix: str = "") -> list[str]:
    """`count` distinct ids; a prefix keeps ids of different kinds apart where it matters."""
    ids = draw(st.lists(ident_texts, min_size=count, max_size=count, unique=True))
    return [prefix + value for value in ids] if prefix else ids


@st.composite
def scale_values(draw: st.DrawFn) -> list[float | int]:
    start = draw(st.integers(min_value=-3, max_value=3))
    steps = draw(st.lists(st.sampled_from([0.5, 1, 2]), min_size=1, max_size=6))
    values: list[float | int] = [start]
    for step in steps:
        values.append(values[-1] + step)
    return [int(v) if float(v).is_integer() else v for v in values]


def _options(draw: st.DrawFn, dims: list[str], scored: bool) -> list[dict[str, Any]]:
    count = draw(st.integers(min_value=2, max_value=5))
    result = []
    for option_id in unique_ids(draw, count):
        option: dict[str, Any] = {"id": option_id, "label": draw(texts)}
        if scored and draw(st.booleans()):
            option["scores"] = draw(st.dictionaries(st.sampled_from(dims), points, max_size=2))
        result.append(option)
    return result


def _weights(draw: st.DrawFn, dims: list[str]) -> Any:
    if draw(st.integers(min_value=0, max_value=4)) == 0:
        return draw(st.sampled_from(dims))  # the plain-string shorthand `scores: ml`
    return draw(st.dictionaries(st.sampled_from(dims), weights, min_size=1, max_size=3))


def _bands(draw: st.DrawFn, low: int, high: int) -> list[dict[str, Any]]:
    belows = sorted(draw(st.sets(st.integers(min_value=low + 1, max_value=high), max_size=4)))
    bands: list[dict[str, Any]] = [{"below": b, "points": draw(points)} for b in belows]
    bands.append({"points": draw(points)})
    return bands


def _item(
    draw: st.DrawFn, item_id: str, dims: list[str], scales: dict[str, list[Any]]
) -> dict[str, Any]:
    kind = draw(
        st.sampled_from(["likert", "choice", "multi", "knowledge", "boolean", "number", "text"])
    )
    item: dict[str, Any] = {"id": item_id, "type": kind, "text": draw(texts)}
    if draw(st.booleans()):
        item["required"] = draw(st.booleans())
    if draw(st.integers(min_value=0, max_value=4)) == 0:
        item["help"] = draw(texts)
    if draw(st.integers(min_value=0, max_value=4)) == 0:
        item["refs"] = draw(st.lists(texts, min_size=1, max_size=2))
    if kind == "likert":
        item["scale"] = draw(st.sampled_from(sorted(scales)))
        if draw(st.booleans()):
            item["reverse"] = draw(st.booleans())
        item["scores"] = _weights(draw, dims)
    elif kind in ("choice", "multi"):
        item["options"] = _options(draw, dims, scored=True)
        if kind == "multi" and draw(st.booleans()):
            item["max_choices"] = draw(st.integers(min_value=1, max_value=5))
    elif kind == "knowledge":
        item["options"] = _options(draw, dims, scored=False)
        ids = [o["id"] for o in item["options"]]
        correct = draw(st.lists(st.sampled_from(ids), min_size=1, max_size=len(ids), unique=True))
        item["correct"] = correct if len(correct) > 1 or draw(st.booleans()) else correct[0]
        item["scores"] = _weights(draw, dims)
    elif kind == "boolean":
        item["scores"] = _weights(draw, dims)
    elif kind == "number":
        low = draw(st.integers(min_value=-10, max_value=10))
        high = low + draw(st.integers(min_value=1, max_value=100))
        item.update(min=low, max=high, bands=_bands(draw, low, high), scores=_weights(draw, dims))
    elif draw(st.booleans()):
        item["max_length"] = draw(st.integers(min_value=1, max_value=200))
    return item


def _answer_test(draw: st.DrawFn, target: dict[str, Any], scales: dict[str, Any]) -> dict[str, Any]:
    """One `{answer: ID, OP: VALUE}` test valid for the target item's type."""
    kind = target["type"]
    test: dict[str, Any] = {"answer": target["id"]}
    ops = ["answered", "equals", "not_equals", "in"]
    if kind in ("likert", "number"):
        ops += ["gte", "gt", "lte", "lt"]
    if kind == "multi":
        ops = ["answered", "includes"]
    op = draw(st.sampled_from(ops))

    def value() -> Any:
        if kind in ("choice", "knowledge", "multi"):
            return draw(st.sampled_from([o["id"] for o in target["options"]]))
        if kind == "likert":
            return draw(st.sampled_from([p["value"] for p in scales[target["scale"]]]))
        if kind == "boolean":
            return draw(st.booleans())
        if kind == "number":
            return draw(st.integers(min_value=target["min"], max_value=target["max"]))
        return draw(texts)

    if op == "answered":
        test[op] = draw(st.booleans())
    elif op == "in":
        test[op] = [value() for _ in range(draw(st.integers(min_value=1, max_value=3)))]
    elif op == "includes":
        test[op] = value() if draw(st.booleans()) else [value()]
    else:
        test[op] = value()
    return test


def _condition(
    draw: st.DrawFn, earlier: list[dict[str, Any]], scales: dict[str, Any], depth: int = 0
) -> dict[str, Any]:
    choice = draw(st.integers(min_value=0, max_value=5 if depth < 2 else 2))
    if choice == 3:
        return {"not": _condition(draw, earlier, scales, depth + 1)}
    if choice >= 4:
        parts = [
            _condition(draw, earlier, scales, depth + 1)
            for _ in range(draw(st.integers(min_value=1, max_value=3)))
        ]
        return {"all" if choice == 4 else "any": parts}
    return _answer_test(draw, draw(st.sampled_from(earlier)), scales)


def _requirement(draw: st.DrawFn, dims: list[str], depth: int = 0) -> dict[str, Any]:
    choice = draw(st.integers(min_value=0, max_value=4 if depth < 2 else 1))
    if choice == 2:
        return {"not": _requirement(draw, dims, depth + 1)}
    if choice >= 3:
        parts = [_requirement(draw, dims, depth + 1) for _ in range(draw(st.integers(1, 2)))]
        return {"all" if choice == 3 else "any": parts}
    op = draw(st.sampled_from(["gte", "gt", "lte", "lt"]))
    return {"dimension": draw(st.sampled_from(dims)), op: draw(st.integers(0, 100))}


def _career(draw: st.DrawFn, dims: list[str]) -> dict[str, Any]:
    level_ids = unique_ids(draw, draw(st.integers(min_value=1, max_value=4)))
    ladder = [{"id": level_ids[0], "label": draw(texts), "requires": {}}]
    ladder += [
        {"id": level, "label": draw(texts), "requires": _requirement(draw, dims)}
        for level in level_ids[1:]
    ]
    cluster_ids = unique_ids(draw, draw(st.integers(min_value=1, max_value=3)))
    clusters = []
    for cluster_id in cluster_ids:
        cluster: dict[str, Any] = {
            "id": cluster_id,
            "label": draw(texts),
            "summary": draw(texts),
            "ai_role": draw(st.sampled_from(["tool", "target", "both"])),
            "function": draw(st.sampled_from(["technical", "governance", "operations"])),
            "target": draw(st.dictionaries(st.sampled_from(dims), st.integers(0, 100), min_size=1)),
            "min_level": draw(st.sampled_from(level_ids)),
        }
        if draw(st.booleans()):
            cluster["weights"] = draw(st.dictionaries(st.sampled_from(dims), weights, max_size=2))
        clusters.append(cluster)
    milestone_ids = unique_ids(draw, draw(st.integers(min_value=0, max_value=5)))
    milestones = []
    for index, milestone_id in enumerate(milestone_ids):
        milestone: dict[str, Any] = {
            "id": milestone_id,
            "title": draw(texts),
            "raises": draw(
                st.dictionaries(st.sampled_from(dims), st.integers(1, 40), min_size=1, max_size=3)
            ),
            "effort_hours": draw(st.sampled_from([0.5, 1, 4, 10, 40])),
        }
        if index and draw(st.booleans()):  # only earlier milestones: never a cycle
            milestone["requires"] = draw(
                st.lists(st.sampled_from(milestone_ids[:index]), max_size=2, unique=True)
            )
        if draw(st.integers(min_value=0, max_value=3)) == 0:
            milestone["clusters"] = draw(
                st.lists(st.sampled_from(cluster_ids), min_size=1, unique=True)
            )
        if draw(st.integers(min_value=0, max_value=3)) == 0:
            milestone["resources"] = [{"title": draw(texts), "url": "https://example.org/x"}]
        milestones.append(milestone)
    return {"ladder": ladder, "clusters": clusters, "milestones": milestones}


@st.composite
def questionnaire_documents(draw: st.DrawFn, career: bool | None = None) -> dict[str, Any]:
    """A valid questionnaire as plain data (what `yaml.safe_load` of its file would give)."""
    dims = unique_ids(draw, draw(st.integers(min_value=1, max_value=4)))
    scale_names = unique_ids(draw, draw(st.integers(min_value=1, max_value=2)))
    scales = {
        name: [{"value": v, "label": draw(texts)} for v in draw(scale_values())]
        for name in scale_names
    }
    item_ids = unique_ids(draw, draw(st.integers(min_value=1, max_value=10)))
    section_count = draw(st.integers(min_value=1, max_value=min(3, len(item_ids))))
    cuts = (
        sorted(draw(st.sets(st.integers(1, len(item_ids) - 1), max_size=section_count - 1)))
        if len(item_ids) > 1
        else []
    )
    bounds = [0, *cuts, len(item_ids)]
    section_ids = unique_ids(draw, len(bounds) - 1)
    sections = []
    earlier: list[dict[str, Any]] = []
    for section_id, start, end in zip(section_ids, bounds, bounds[1:], strict=False):
        section: dict[str, Any] = {"id": section_id, "title": draw(texts)}
        if draw(st.integers(min_value=0, max_value=3)) == 0:
            section["intro"] = draw(texts)
        if earlier and draw(st.integers(min_value=0, max_value=3)) == 0:
            section["when"] = _condition(draw, earlier, scales)
        items = []
        for item_id in item_ids[start:end]:
            item = _item(draw, item_id, dims, scales)
            if earlier and draw(st.integers(min_value=0, max_value=2)) == 0:
                item["when"] = _condition(draw, earlier, scales)
            items.append(item)
            earlier.append(item)
        section["items"] = items
        sections.append(section)
    document: dict[str, Any] = {
        "format": "assessor/1",
        "id": draw(st.from_regex(r"[a-z0-9][a-z0-9-]{0,10}", fullmatch=True)),
        "version": draw(st.sampled_from(["1", "1.0", "2.3.4", "2025"])),
        "title": draw(texts),
        "dimensions": [{"id": d, "label": draw(texts)} for d in dims],
        "scales": scales,
        "sections": sections,
    }
    if draw(st.booleans()):
        document["description"] = draw(texts)
    if draw(st.booleans()) if career is None else career:
        document.update(_career(draw, dims))
    return document


class _Yaml12Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """PyYAML writes YAML 1.1, which leaves `1e5`, `0o7` or `.5` unquoted: text there, but
    numbers under the YAML 1.2 core schema that Assessor reads. Quote every such string."""


def _represent_text(dumper: Any, value: str) -> yaml.ScalarNode:
    style = '"' if not isinstance(resolve_plain(value), str) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Yaml12Dumper.add_representer(str, _represent_text)


def to_yaml(document: Any) -> str:
    """Block-style YAML, so that every node stands on its own line (problems have lines)."""
    return yaml.dump(document, Dumper=_Yaml12Dumper, allow_unicode=True, sort_keys=False, width=80)


def load(document: dict[str, Any], *, schema_check: bool = False) -> Questionnaire:
    loaded = parse_document(
        to_yaml(document).encode("utf-8"),
        None,
        name="fuzz.yaml",
        search_dirs=[],
        schema_check=schema_check,
    )
    assert isinstance(loaded, Questionnaire)
    return loaded


def valid_answer(draw: Callable[[Any], Any], item: Item) -> Any:
    if item.type == "likert":
        return draw(st.sampled_from([p.value for p in item.scale]))
    if item.type in ("choice", "knowledge"):
        return draw(st.sampled_from(list(item.option_ids)))
    if item.type == "multi":
        cap = item.max_choices if item.max_choices is not None else len(item.options)
        return draw(st.lists(st.sampled_from(list(item.option_ids)), max_size=cap, unique=True))
    if item.type == "boolean":
        return draw(st.booleans())
    if item.type == "number":
        assert item.minimum is not None and item.maximum is not None
        return draw(
            st.one_of(
                st.integers(min_value=int(item.minimum), max_value=int(item.maximum)),
                st.floats(min_value=item.minimum, max_value=item.maximum),
            )
        )
    return draw(st.text(_ANY_CHAR, max_size=item.max_length or 60))


def answer_sets(draw: Callable[[Any], Any], questionnaire: Questionnaire) -> dict[str, Any]:
    """Valid answers to any subset of the items, hidden ones included (they are kept)."""
    return {
        item.id: valid_answer(draw, item)
        for item in questionnaire.items
        if draw(st.integers(min_value=0, max_value=3)) > 0
    }


# ---- hostile input classes (issue 14): what the valid strategies above never produce ----

# Numbers no questionnaire, answer or result may hold: past float range, past Python's
# 4,300-digit int() limit, finite but overflowing the first time they are multiplied, and
# the non-numbers YAML and JSON can spell.
HOSTILE_NUMBER_LITERALS = (
    "1e309", "-1e309", "1e308", "-1.7976931348623157e308", "1.5e300", "1e16",
    "9" * 310, "-" + "9" * 400, "9" * 4301, "9" * 5000, "0x" + "f" * 300, "0o" + "7" * 400,
    ".inf", "-.inf", ".nan", "1000000000000001",
)
JSON_NONNUMBERS = ("NaN", "Infinity", "-Infinity")
hostile_number_literals = st.one_of(
    st.sampled_from(HOSTILE_NUMBER_LITERALS),
    st.integers(min_value=10**15 + 1, max_value=10**420).map(str),
    st.integers(min_value=310, max_value=6000).map(lambda digits: "9" * digits),
    st.floats(min_value=1.0000001e15, allow_infinity=False).map(repr),
)

# Characters the text rule refuses (lone surrogates, C0 controls) and the ones it lets
# through that still deserve suspicion (bidi overrides and isolates, DEL, C1 controls).
REFUSED_CHARACTERS = "\ud800\udbff\udc00\udfff" + _C0_CONTROLS
BIDI_CHARACTERS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
hostile_texts = st.text(
    st.one_of(st.sampled_from(REFUSED_CHARACTERS + BIDI_CHARACTERS + "\x7f\x80\x9f"),
              st.characters(codec="utf-8")),
    min_size=1, max_size=12,
).filter(lambda text: any(ch in REFUSED_CHARACTERS + BIDI_CHARACTERS for ch in text))


def json_string_literal(text: str) -> str:
    """`text` as a JSON string literal, lone surrogates as the \\uXXXX escapes a JSON
    writer would produce (json.dumps does so with ensure_ascii)."""
    import json

    return json.dumps(text, ensure_ascii=True)


def yaml_string_literal(text: str) -> str:
    """`text` as a double-quoted YAML scalar; every non-ASCII or control character
    escaped, so that surrogates and controls reach the parser as escapes."""
    return '"' + "".join(
        ch if " " <= ch < "\x7f" and ch not in '"\\' else
        ("\\" + ch if ch in '"\\' else f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF
         else f"\\U{ord(ch):08x}")
        for ch in text) + '"'


# Files that are not regular files, each made at a path by `make_special_file`.
SPECIAL_FILE_KINDS = ("fifo", "folder", "dev-zero-link", "dev-null-link", "socket",
                      "dangling-link")


def make_special_file(path: Any, kind: str) -> Any:
    """Make a special file at `path` (a pathlib.Path); returns what must be closed after
    (a bound socket) or None."""
    import os
    import socket

    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    elif kind == "dev-zero-link":
        path.symlink_to("/dev/zero")
    elif kind == "dev-null-link":
        path.symlink_to("/dev/null")
    elif kind == "dangling-link":
        path.symlink_to(path.with_name("no-such-target"))
    elif kind == "socket":
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(path))
        return server
    return None


# In-place damage to a store's file: (position as a share of the file, new byte) pairs.
store_damage = st.lists(
    st.tuples(st.floats(min_value=0, max_value=1, exclude_max=True),
              st.integers(min_value=0, max_value=255)),
    min_size=1, max_size=8,
)
