"""Reading what the charts need out of a SPEC 3 result dict (with its `display` context).

Results come from files, so every accessor tolerates missing keys and wrong types: a chart
of a damaged-but-accepted result shows less, it never raises.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from assessor.core.errors import did_you_mean
from assessor.core.format.model import Condition, requirement_from_data


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def number(value: Any) -> float | None:
    """A JSON number as a float; None for anything else (booleans included)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def display(result: Mapping[str, Any]) -> dict[str, Any]:
    return _dict(result.get("display"))


def dimensions(result: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(id, label) of every dimension, in questionnaire order, then any scored dimension the
    display does not list (labelled by its id)."""
    listed = [
        (str(d["id"]), str(d.get("label", d["id"])))
        for d in _list(display(result).get("dimensions"))
        if isinstance(d, dict) and "id" in d
    ]
    known = {dim for dim, _ in listed}
    return listed + [(str(key), str(key)) for key in _dict(result.get("scores"))
                     if str(key) not in known]


def dimension_labels(result: Mapping[str, Any]) -> dict[str, str]:
    """Dimension id -> label, for every dimension the result displays or scores."""
    return dict(dimensions(result))


def score_value(result: Mapping[str, Any], dimension: str, key: str = "percent") -> float | None:
    return number(_dict(_dict(result.get("scores")).get(dimension)).get(key))


def percents(result: Mapping[str, Any]) -> dict[str, float | None]:
    """Dimension id -> overall percent (None when not scored or not a number)."""
    return {dim: score_value(result, dim) for dim, _ in dimensions(result)}


def ladder_requirements(result: Mapping[str, Any]) -> list[tuple[str, Condition]] | None:
    """(label, requirement) per rung, lowest first; None when the result does not carry
    every rung's requirement (older results, or one edited by hand)."""
    rungs: list[tuple[str, Condition]] = []
    for level in _list(display(result).get("ladder")):
        if not isinstance(level, dict) or "requires" not in level:
            return None
        requirement = requirement_from_data(level["requires"])
        if requirement is None:
            return None
        rungs.append((str(level.get("label") or level.get("id")), requirement))
    return rungs or None


def ladder(result: Mapping[str, Any]) -> list[dict[str, str]]:
    return [
        {"id": str(level["id"]), "label": str(level.get("label") or level["id"]),
         "description": str(level.get("description") or "")}
        for level in _list(display(result).get("ladder"))
        if isinstance(level, dict) and "id" in level
    ]


def level_labels(result: Mapping[str, Any]) -> dict[str, str]:
    return {level["id"]: level["label"] for level in ladder(result)}


def placement_id(result: Mapping[str, Any]) -> str | None:
    level = _dict(result.get("placement")).get("level")
    return str(level) if level is not None else None


def placement_label(result: Mapping[str, Any]) -> str | None:
    placed = _dict(result.get("placement"))
    if not placed:
        return None
    return str(placed.get("label") or placed.get("level"))


def clusters(result: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Display-context clusters (targets, role, function), in questionnaire order."""
    out = []
    for cluster in _list(display(result).get("clusters")):
        if not isinstance(cluster, dict) or "id" not in cluster:
            continue
        targets = {str(d): v for d, raw in _dict(cluster.get("target")).items()
                   if (v := number(raw)) is not None}
        out.append({
            "id": str(cluster["id"]), "label": str(cluster.get("label") or cluster["id"]),
            "summary": str(cluster.get("summary") or ""),
            "ai_role": str(cluster.get("ai_role") or ""),
            "function": str(cluster.get("function") or ""),
            "target": targets, "min_level": cluster.get("min_level"),
            "refs": [str(r) for r in _list(cluster.get("refs"))],
        })
    return out


def cluster_fits(result: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The result's cluster fits, best first, as stored."""
    return [c for c in _list(result.get("clusters")) if isinstance(c, dict) and "id" in c]


def best_cluster_id(result: Mapping[str, Any]) -> str | None:
    fits = cluster_fits(result)
    if fits:
        return str(fits[0]["id"])
    listed = clusters(result)
    return listed[0]["id"] if listed else None


def cluster(result: Mapping[str, Any], cluster_id: str) -> dict[str, Any]:
    for entry in clusters(result):
        if entry["id"] == cluster_id:
            return entry
    for fit in cluster_fits(result):
        if fit["id"] == cluster_id:
            return {"id": cluster_id, "label": str(fit.get("label") or cluster_id),
                    "summary": "", "ai_role": "", "function": "", "target": {},
                    "min_level": None, "refs": []}
    known = [str(entry["id"]) for entry in clusters(result)] or [
        str(fit["id"]) for fit in cluster_fits(result)]
    raise ValueError(f"the result has no cluster '{cluster_id}'{did_you_mean(cluster_id, known)}; "
                     f"its clusters: {', '.join(known) or 'none'}")


def path(result: Mapping[str, Any], cluster_id: str) -> dict[str, Any] | None:
    found = _dict(result.get("paths")).get(cluster_id)
    return found if isinstance(found, dict) else None
