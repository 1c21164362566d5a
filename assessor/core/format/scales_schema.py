"""Validation of a questionnaire's `scales` (SPEC 1.1, 1.4): at least two points, low to high."""

from __future__ import annotations

from assessor.core.format.model import ScalePoint
from assessor.core.format.reader import Reader
from assessor.core.format.yamlsafe import YList, YMap


def parse_scales(reader: Reader, root: YMap) -> dict[str, tuple[ScalePoint, ...]]:
    scales: dict[str, tuple[ScalePoint, ...]] = {}
    node = reader.mapping(root, "scales", "the questionnaire")
    if node is None:
        return scales
    for name, points_node in node.items():
        if not isinstance(points_node, YList):
            reader.at(node.where(name), f"scale '{name}' must be a list of {{value, label}}")
            continue
        points: list[ScalePoint] = []
        ok = True
        for index, entry in enumerate(points_node):
            if not isinstance(entry, YMap):
                reader.at(
                    points_node.where(index), f"each point of scale '{name}' must be a mapping"
                )
                ok = False
                continue
            reader.check_keys(entry, ("value", "label"), ("value", "label"), "a scale point")
            value = reader.number(entry, "value", "a scale point")
            label = reader.text(entry, "label", "a scale point")
            if value is None or label is None:
                ok = False
                continue
            if points and value <= points[-1].value:
                reader.at(
                    entry.where("value"), f"scale '{name}' values must increase from low to high"
                )
                ok = False
            points.append(ScalePoint(value, label))
        if len(points_node) < 2:
            reader.at(node.key_pos[name], f"scale '{name}' needs at least two points")
            ok = False
        if ok:
            scales[name] = tuple(points)
    return scales
