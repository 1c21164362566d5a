"""Ways to break a valid questionnaire: each returns a changed copy of the document."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from typing import Any

from hypothesis import strategies as st

Path_ = tuple[Any, ...]
# `st.DrawFn` inside a composite strategy, `data.draw` inside a test: both fit.
Draw = Callable[..., Any]
UNKNOWN = "zz-unknown"
WRONG_VALUES: tuple[Any, ...] = (
    [],
    {},
    7,
    2.5,
    True,
    None,
    "text",
    [1, [2]],
    {"x": {"y": 1}},
    -1,
    "",
)


def walk(node: Any, path: Path_ = ()) -> Iterator[Path_]:
    """Every path to a value below `node` (not `node` itself)."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*path, key)
            yield from walk(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield (*path, index)
            yield from walk(value, (*path, index))


def get(node: Any, path: Path_) -> Any:
    for step in path:
        node = node[step]
    return node


def put(document: dict[str, Any], path: Path_, value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    get(changed, path[:-1])[path[-1]] = value
    return changed


def drop_key(draw: Draw, document: dict[str, Any]) -> dict[str, Any]:
    keyed = [p for p in walk(document) if isinstance(get(document, p[:-1]), dict)]
    keyed += [(key,) for key in document]
    path = draw(st.sampled_from(keyed))
    changed = copy.deepcopy(document)
    del get(changed, path[:-1])[path[-1]]
    return changed


def wrong_type(draw: Draw, document: dict[str, Any]) -> dict[str, Any]:
    path = draw(st.sampled_from(list(walk(document))))
    old = get(document, path)
    value = draw(st.sampled_from([v for v in WRONG_VALUES if type(v) is not type(old)]))
    return put(document, path, value)


def _items(document: dict[str, Any]) -> Iterator[tuple[Path_, dict[str, Any]]]:
    for s, section in enumerate(document["sections"]):
        for i, item in enumerate(section["items"]):
            yield ("sections", s, "items", i), item


def reference_sites(document: dict[str, Any]) -> list[Path_]:
    """Paths of values that name something declared elsewhere (a scale, an item, …)."""
    sites: list[Path_] = []
    for path, item in _items(document):
        if "scale" in item:
            sites.append((*path, "scale"))
        if isinstance(item.get("scores"), str):
            sites.append((*path, "scores"))
        if isinstance(item.get("correct"), str):
            sites.append((*path, "correct"))
        when = item.get("when")
        if isinstance(when, dict) and "answer" in when:
            sites.append((*path, "when", "answer"))
    for c in range(len(document.get("clusters", []))):
        sites.append(("clusters", c, "min_level"))
    for m, milestone in enumerate(document.get("milestones", [])):
        for r in range(len(milestone.get("requires", []))):
            sites.append(("milestones", m, "requires", r))
        for r in range(len(milestone.get("clusters", []))):
            sites.append(("milestones", m, "clusters", r))
    return sites


def dimension_key_sites(document: dict[str, Any]) -> list[Path_]:
    """Paths of mappings whose keys are dimension ids."""
    sites: list[Path_] = []
    for path, item in _items(document):
        if isinstance(item.get("scores"), dict):
            sites.append((*path, "scores"))
    for c, _ in enumerate(document.get("clusters", [])):
        sites.append(("clusters", c, "target"))
    for m, _ in enumerate(document.get("milestones", [])):
        sites.append(("milestones", m, "raises"))
    return sites


def unknown_reference(draw: Draw, document: dict[str, Any]) -> dict[str, Any]:
    values = reference_sites(document)
    keys = dimension_key_sites(document)
    if not values and not keys:  # e.g. only text items: a condition is always possible
        first = next(_items(document))[0]
        return put(document, (*first, "when"), {"answer": UNKNOWN, "answered": True})
    if values and (not keys or draw(st.booleans())):
        return put(document, draw(st.sampled_from(values)), UNKNOWN)
    path = draw(st.sampled_from(keys))
    changed = copy.deepcopy(document)
    get(changed, path)[UNKNOWN] = 1
    return changed


def forward_condition(draw: Draw, document: dict[str, Any]) -> dict[str, Any]:
    items = list(_items(document))
    index = draw(st.integers(min_value=0, max_value=len(items) - 1))
    target = draw(st.sampled_from([item["id"] for _, item in items[index:]]))
    path = items[index][0]
    return put(document, (*path, "when"), {"answer": target, "answered": True})


def milestone_cycle(draw: Draw, document: dict[str, Any]) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    milestones = changed.setdefault("milestones", [])
    if not milestones:
        milestones.append({"id": "m-only", "title": "M", "raises": {}, "effort_hours": 1})
        milestones[0]["raises"] = {changed["dimensions"][0]["id"]: 5}
    first = draw(st.integers(min_value=0, max_value=len(milestones) - 1))
    last = draw(st.integers(min_value=first, max_value=len(milestones) - 1))
    ids = [m["id"] for m in milestones]
    for a, b in ((first, last), (last, first)):
        requires = milestones[a].setdefault("requires", [])
        if ids[b] not in requires:
            requires.append(ids[b])
    if "ladder" not in changed:
        dim = changed["dimensions"][0]["id"]
        changed["ladder"] = [{"id": "l0", "label": "L", "requires": {}}]
        changed["clusters"] = [
            {
                "id": "c0",
                "label": "C",
                "summary": "S",
                "ai_role": "tool",
                "function": "technical",
                "target": {dim: 50},
                "min_level": "l0",
            }
        ]
    return changed


def deep_nesting(draw: Draw, document: dict[str, Any]) -> dict[str, Any]:
    depth = draw(st.sampled_from([2, 10, 63, 64, 65, 100, 300]))
    value: Any = "leaf"
    for level in range(depth):
        value = [value] if level % 2 else {"k": value}
    return put(document, draw(st.sampled_from(list(walk(document)))), value)


def huge_string(draw: Draw, document: dict[str, Any]) -> dict[str, Any]:
    text_paths = [
        p
        for p in walk(document)
        if p[-1] in ("title", "text", "label", "help") and isinstance(get(document, p), str)
    ]
    size = draw(st.sampled_from([10_000, 100_000, 1_000_000]))
    return put(document, draw(st.sampled_from(text_paths)), draw(st.sampled_from("x€🛡")) * size)


# Mutations after which the document must be refused (the others may still be valid).
MUST_REFUSE = {"unknown reference", "forward condition", "milestone cycle"}
MUTATIONS = {
    "drop a key": drop_key,
    "wrong type": wrong_type,
    "unknown reference": unknown_reference,
    "forward condition": forward_condition,
    "milestone cycle": milestone_cycle,
    "deep nesting": deep_nesting,
    "huge string": huge_string,
}


def text_mutation(draw: Draw, text: str) -> tuple[str, bytes]:
    """Damage the YAML text itself: truncate, drop or repeat a line, splice in bytes."""
    data = text.encode("utf-8")
    lines = text.splitlines(keepends=True)
    kind = draw(
        st.sampled_from(
            ["truncate", "drop line", "repeat line", "splice bytes", "yaml features", "indent"]
        )
    )
    if kind == "truncate":
        return kind, data[: draw(st.integers(min_value=0, max_value=len(data)))]
    if kind in ("drop line", "repeat line", "indent"):
        index = draw(st.integers(min_value=0, max_value=len(lines) - 1))
        if kind == "drop line":
            del lines[index]
        elif kind == "repeat line":
            lines.insert(index, lines[index])
        else:
            lines[index] = draw(st.sampled_from([" ", "\t", "  - "])) + lines[index]
        return kind, "".join(lines).encode("utf-8")
    at = draw(st.integers(min_value=0, max_value=len(data)))
    if kind == "splice bytes":
        insert = draw(st.binary(min_size=1, max_size=16))
    else:
        insert = draw(
            st.sampled_from(
                [
                    b"&anchor ",
                    b"*alias ",
                    b"!!python/object:os.system ",
                    b"!custom ",
                    b"\n---\n",
                    b"<<: *x\n",
                    b"%YAML 1.1\n",
                    b"{",
                    b"[",
                    b"? ",
                    b": ",
                    b"\x00",
                    b"\xff\xfe",
                    b"\xef\xbb\xbf",
                    b"\r",
                    b"\x1b[31m",
                    b"'",
                    b'"',
                ]
            )
        )
    return kind, data[:at] + insert + data[at:]
