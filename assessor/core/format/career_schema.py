"""Validation of career-model parts (SPEC 1.5): ladder, clusters, milestones."""

from __future__ import annotations

from typing import Any

from assessor.core.format.model import (
    COMPARISON_OPS,
    MEASURES,
    AllOf,
    Always,
    AnyOf,
    Cluster,
    Condition,
    DimensionTest,
    Level,
    Milestone,
    Not,
    Resource,
    frozen_map,
)
from assessor.core.format.reader import Reader
from assessor.core.format.yamlsafe import Position, YList, YMap
from assessor.core.plaintext import is_web_address

AI_ROLES = ("tool", "target", "both")
FUNCTIONS = ("technical", "governance", "operations")


def parse_combinator(reader: Reader, node: YMap, parse: Any, what: str) -> Condition | None:
    """`all`/`any`/`not`, shared by answer conditions and dimension requirements."""
    key = next(iter(node))
    if len(node) != 1:
        reader.at(node.pos, f"'{key}' in {what} cannot be combined with other keys")
        return None
    value = node[key]
    if key == "not":
        if not isinstance(value, YMap):
            reader.at(node.where(key), "'not' takes one condition (a mapping)")
            return None
        inner = parse(value)
        return None if inner is None else Not(inner)
    if not isinstance(value, YList) or not value:
        reader.at(node.where(key), f"'{key}' takes a non-empty list of conditions")
        return None
    parts: list[Condition] = []
    ok = True
    for index, entry in enumerate(value):
        if not isinstance(entry, YMap):
            reader.at(value.where(index), f"each entry of '{key}' must be a condition (a mapping)")
            ok = False
            continue
        parsed = parse(entry)
        if parsed is None:
            ok = False
        else:
            parts.append(parsed)
    if not ok:
        return None
    return AllOf(tuple(parts)) if key == "all" else AnyOf(tuple(parts))


def parse_requirement(reader: Reader, node: YMap, dimensions: set[str]) -> Condition | None:
    if not node:
        return Always()
    if next(iter(node)) in ("all", "any", "not"):
        return parse_combinator(
            reader, node, lambda n: parse_requirement(reader, n, dimensions), "a requirement"
        )
    reader.check_keys(
        node, ("dimension", "measure", *COMPARISON_OPS), ("dimension",), "a requirement"
    )
    dimension = reader.text(node, "dimension", "a requirement")
    ok = dimension is not None
    if dimension is not None and dimension not in dimensions:
        reader.at(node.where("dimension"), f"unknown dimension '{dimension}'")
        ok = False
    measure = "percent"
    if "measure" in node:
        given = reader.text(node, "measure", "a requirement")
        if given is None:
            ok = False
        elif given not in MEASURES:
            reader.at(node.where("measure"), f"'measure' must be one of {', '.join(MEASURES)}")
            ok = False
        else:
            measure = given
    tests: list[tuple[str, float]] = []
    for op in COMPARISON_OPS:
        if op in node:
            bound = reader.number(node, op, "a requirement")
            if bound is None:
                ok = False
            else:
                tests.append((op, float(bound)))
    if not tests and "dimension" in node:
        reader.at(node.pos, "a requirement needs one of gte, gt, lte, lt")
        ok = False
    if not ok or dimension is None:
        return None
    return DimensionTest(dimension, tuple(tests), measure)


def _dimension_numbers(
    reader: Reader,
    node: YMap,
    key: str,
    what: str,
    dimensions: set[str],
    *,
    positive: bool,
    limit: float | None = None,
) -> dict[str, float]:
    values = reader.mapping(node, key, what)
    result: dict[str, float] = {}
    if values is None:
        return result
    for dim, raw in values.items():
        if dim not in dimensions:
            reader.at(values.key_pos[dim], f"unknown dimension '{dim}' in '{key}'")
            continue
        number = reader.number_value(values, dim, raw, positive=positive)
        if number is None:
            continue
        if number < 0 or (limit is not None and number > limit):
            reader.at(values.where(dim), f"'{dim}' must be between 0 and {limit:g}")
            continue
        result[dim] = float(number)
    return result


def parse_ladder(reader: Reader, node: YMap, dimensions: set[str]) -> tuple[Level, ...]:
    levels: list[Level] = []
    seen: dict[str, Position] = {}
    for entry in reader.mappings(node, "ladder", "the career model"):
        reader.check_keys(
            entry,
            ("id", "label", "description", "requires"),
            ("id", "label", "requires"),
            "a ladder level",
        )
        level_id = reader.ident(entry, "id", "a ladder level")
        label = reader.text(entry, "label", "a ladder level")
        description = reader.text(entry, "description", "a ladder level")
        requires_node = reader.mapping(entry, "requires", "a ladder level")
        requires = (
            parse_requirement(reader, requires_node, dimensions)
            if requires_node is not None
            else None
        )
        is_new = level_id is not None and reader.unique(seen, level_id, entry.where("id"), "level")
        if is_new and label is not None and requires is not None:
            assert level_id is not None
            levels.append(Level(level_id, label, requires, description))
    return tuple(levels)


def parse_clusters(
    reader: Reader, node: YMap, dimensions: set[str], level_ids: set[str]
) -> tuple[Cluster, ...]:
    clusters: list[Cluster] = []
    seen: dict[str, Position] = {}
    what = "a cluster"
    for entry in reader.mappings(node, "clusters", "the career model"):
        reader.check_keys(
            entry,
            (
                "id",
                "label",
                "summary",
                "ai_role",
                "function",
                "target",
                "weights",
                "min_level",
                "refs",
                "ready_when",
            ),
            ("id", "label", "summary", "ai_role", "function", "target", "min_level"),
            what,
        )
        cluster_id = reader.ident(entry, "id", what)
        label = reader.text(entry, "label", what)
        summary = reader.text(entry, "summary", what)
        ai_role = reader.text(entry, "ai_role", what)
        if ai_role is not None and ai_role not in AI_ROLES:
            reader.at(entry.where("ai_role"), f"'ai_role' must be one of {', '.join(AI_ROLES)}")
            ai_role = None
        function = reader.text(entry, "function", what)
        if function is not None and function not in FUNCTIONS:
            reader.at(entry.where("function"), f"'function' must be one of {', '.join(FUNCTIONS)}")
            function = None
        target = _dimension_numbers(
            reader, entry, "target", what, dimensions, positive=False, limit=100
        )
        weights = _dimension_numbers(reader, entry, "weights", what, dimensions, positive=True)
        min_level = reader.text(entry, "min_level", what)
        if min_level is not None and min_level not in level_ids:
            reader.at(entry.where("min_level"), f"unknown level '{min_level}'")
            min_level = None
        refs = reader.texts(entry, "refs", what)
        ready_when: Condition | None = None
        ready_ok = True
        if "ready_when" in entry:
            ready_node = reader.mapping(entry, "ready_when", what)
            if ready_node is not None:
                ready_when = parse_requirement(reader, ready_node, dimensions)
            ready_ok = ready_when is not None
        if (
            cluster_id is not None
            and reader.unique(seen, cluster_id, entry.where("id"), "cluster")
            and None not in (label, summary, ai_role, function, min_level)
            and ready_ok
        ):
            clusters.append(
                Cluster(
                    cluster_id,
                    str(label),
                    str(summary),
                    str(ai_role),
                    str(function),
                    frozen_map(target),
                    frozen_map(weights),
                    str(min_level),
                    refs,
                    ready_when,
                )
            )
    return tuple(clusters)


def parse_milestones(
    reader: Reader, node: YMap, dimensions: set[str], cluster_ids: set[str]
) -> tuple[Milestone, ...]:
    entries = reader.mappings(node, "milestones", "the career model")
    all_ids = {e["id"] for e in entries if isinstance(e.get("id"), str)}
    milestones: list[Milestone] = []
    seen: dict[str, Position] = {}
    requires_pos: dict[str, Position] = {}
    what = "a milestone"
    for entry in entries:
        reader.check_keys(
            entry,
            (
                "id",
                "title",
                "description",
                "raises",
                "effort_hours",
                "requires",
                "clusters",
                "refs",
                "resources",
            ),
            ("id", "title", "raises", "effort_hours"),
            what,
        )
        milestone_id = reader.ident(entry, "id", what)
        title = reader.text(entry, "title", what)
        description = reader.text(entry, "description", what)
        raises = _dimension_numbers(reader, entry, "raises", what, dimensions, positive=True)
        effort = reader.number(entry, "effort_hours", what, positive=True)
        requires = reader.texts(entry, "requires", what)
        if "requires" in entry:
            listed = entry["requires"]
            for index, prerequisite in enumerate(requires):
                if prerequisite not in all_ids:
                    reader.at(listed.where(index), f"unknown milestone '{prerequisite}'")
            if milestone_id is not None:
                requires_pos[milestone_id] = entry.where("requires")
        clusters: tuple[str, ...] | None = None
        if "clusters" in entry:
            clusters = reader.texts(entry, "clusters", what)
            for index, cluster in enumerate(clusters):
                if cluster not in cluster_ids:
                    reader.at(entry["clusters"].where(index), f"unknown cluster '{cluster}'")
        resources = _parse_resources(reader, entry)
        refs = reader.texts(entry, "refs", what)
        if (
            milestone_id is not None
            and reader.unique(seen, milestone_id, entry.where("id"), "milestone")
            and title is not None
            and effort is not None
        ):
            milestones.append(
                Milestone(
                    milestone_id,
                    title,
                    frozen_map(raises),
                    float(effort),
                    description,
                    tuple(r for r in requires if r in all_ids),
                    clusters,
                    refs,
                    resources,
                )
            )
    _check_cycles(reader, milestones, requires_pos)
    return tuple(milestones)


def _parse_resources(reader: Reader, entry: YMap) -> tuple[Resource, ...]:
    resources: list[Resource] = []
    for resource in reader.mappings(entry, "resources", "a milestone"):
        reader.check_keys(resource, ("title", "url"), ("title",), "a resource")
        title = reader.text(resource, "title", "a resource")
        url = reader.text(resource, "url", "a resource")
        if url is not None and not is_web_address(url, mail=False):
            # Reports turn these into links; only web addresses, never file: or javascript:.
            reader.at(resource.where("url"),
                      "'url' must be a web address starting with https:// or http://")
            url = None
        if title is not None:
            resources.append(Resource(title, url))
    return tuple(resources)


def _check_cycles(
    reader: Reader, milestones: list[Milestone], requires_pos: dict[str, Position]
) -> None:
    graph = {m.id: m.requires for m in milestones}
    state: dict[str, int] = {}  # 1 = on the current path, 2 = finished
    reported: set[frozenset[str]] = set()
    for start in graph:
        if state.get(start):
            continue
        path: list[str] = []
        stack: list[tuple[str, int]] = [(start, 0)]
        while stack:
            node, index = stack.pop()
            if index == 0:
                state[node] = 1
                path.append(node)
            children = graph.get(node, ())
            if index < len(children):
                stack.append((node, index + 1))
                child = children[index]
                if state.get(child) == 1:
                    cycle = [*path[path.index(child) :], child]
                    key = frozenset(cycle)
                    if key not in reported:
                        reported.add(key)
                        pos = requires_pos.get(cycle[0], (None, None))
                        reader.at(pos, "prerequisite cycle among milestones: " + " -> ".join(cycle))  # type: ignore[arg-type]
                elif not state.get(child) and child in graph:
                    stack.append((child, 0))
            else:
                state[node] = 2
                path.pop()
