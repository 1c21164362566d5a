"""Properties of SPEC 1.2 scoring and SPEC 3 results over generated questionnaires.

Questionnaires are generated as JSON text (valid YAML flow style) and loaded through the
real loader, so every generated document is one an author could write.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessor.core.format.loading import parse_document
from assessor.core.format.model import Questionnaire
from assessor.core.results import build_result, parse_result, result_to_bytes, verify_against
from assessor.core.scoring import score

# What a person can type: no surrogates and no control characters (the text rule refuses them).
_TYPED = st.characters(exclude_categories=["Cs", "Cc"])

DIMS = ("d0", "d1", "d2")
PROPERTY_SETTINGS = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Weights and points are small integers and halves so every sum is exact in binary.
weights_st = st.dictionaries(
    st.sampled_from(DIMS), st.sampled_from([0.5, 1, 2, 3]), min_size=1, max_size=2
)
option_scores_st = st.dictionaries(
    st.sampled_from(DIMS), st.integers(min_value=-3, max_value=3), max_size=2
)


@st.composite
def scale_values(draw: st.DrawFn) -> list[float]:
    """An increasing scale of 2-7 points, not necessarily evenly spaced or symmetric."""
    start = draw(st.integers(min_value=-3, max_value=3))
    steps = draw(st.lists(st.sampled_from([0.5, 1, 2, 3]), min_size=1, max_size=6))
    values = [float(start)]
    for step in steps:
        values.append(values[-1] + step)
    return values


def options(count: int, with_scores: bool, draw: st.DrawFn) -> list[dict[str, Any]]:
    result = []
    for index in range(count):
        option: dict[str, Any] = {"id": f"o{index}", "label": f"Option {index}"}
        if with_scores:
            scores = draw(option_scores_st)
            if scores:
                option["scores"] = scores
        result.append(option)
    return result


@st.composite
def bands_st(draw: st.DrawFn, monotone: bool = False) -> list[dict[str, Any]]:
    belows = sorted(draw(st.sets(st.integers(min_value=1, max_value=99), min_size=0, max_size=4)))
    points = draw(
        st.lists(
            st.integers(min_value=-2, max_value=5),
            min_size=len(belows) + 1,
            max_size=len(belows) + 1,
        )
    )
    if monotone:
        points.sort()
    bands: list[dict[str, Any]] = [
        {"below": below, "points": p} for below, p in zip(belows, points, strict=False)
    ]
    bands.append({"points": points[-1]})
    return bands


@st.composite
def item_st(draw: st.DrawFn, index: int) -> dict[str, Any]:
    kind = draw(
        st.sampled_from(["likert", "choice", "multi", "knowledge", "boolean", "number", "text"])
    )
    item: dict[str, Any] = {
        "id": f"i{index}",
        "type": kind,
        "text": f"Item {index}",
        "required": draw(st.booleans()),
    }
    if kind == "likert":
        item["scale"] = "s"
        item["reverse"] = draw(st.booleans())
        item["scores"] = draw(weights_st)
    elif kind in ("choice", "multi"):
        item["options"] = options(draw(st.integers(min_value=2, max_value=5)), True, draw)
        if kind == "multi" and draw(st.booleans()):
            item["max_choices"] = draw(st.integers(min_value=1, max_value=5))
    elif kind == "knowledge":
        count = draw(st.integers(min_value=2, max_value=4))
        item["options"] = options(count, False, draw)
        correct = draw(
            st.lists(st.sampled_from([f"o{i}" for i in range(count)]), min_size=1, unique=True)
        )
        item["correct"] = correct if len(correct) > 1 else correct[0]
        item["scores"] = draw(weights_st)
    elif kind == "boolean":
        item["scores"] = draw(weights_st)
    elif kind == "number":
        item["min"] = 0
        item["max"] = draw(st.sampled_from([10, 50, 100]))
        item["bands"] = draw(bands_st())
        item["scores"] = draw(weights_st)
    else:
        item["max_length"] = 30
    if index > 0 and draw(st.integers(min_value=0, max_value=3)) == 0:
        item["when"] = {"answer": f"i{index - 1}", "answered": True}
    return item


CAREER = {
    "ladder": [
        {"id": "l0", "label": "Start", "requires": {}},
        {"id": "l1", "label": "One", "requires": {"dimension": "d0", "gte": 40}},
        {
            "id": "l2",
            "label": "Two",
            "requires": {"all": [{"dimension": "d0", "gte": 60}, {"dimension": "d1", "gt": 50}]},
        },
    ],
    "clusters": [
        {
            "id": "c1",
            "label": "C1",
            "summary": "s",
            "ai_role": "tool",
            "function": "technical",
            "target": {"d0": 70, "d1": 40},
            "weights": {"d0": 2},
            "min_level": "l1",
        },
        {
            "id": "c2",
            "label": "C2",
            "summary": "s",
            "ai_role": "both",
            "function": "governance",
            "target": {"d2": 55.5},
            "min_level": "l0",
        },
    ],
    "milestones": [
        {"id": "m1", "title": "M1", "raises": {"d0": 25}, "effort_hours": 10},
        {
            "id": "m2",
            "title": "M2",
            "raises": {"d1": 15.5, "d2": 10},
            "effort_hours": 7.5,
            "requires": ["m1"],
        },
        {"id": "m3", "title": "M3", "raises": {"d2": 30}, "effort_hours": 12, "clusters": ["c2"]},
    ],
}


def load(document: dict[str, Any]) -> Questionnaire:
    data = json.dumps(document).encode()
    loaded = parse_document(data, None, name="generated.yaml", search_dirs=[])
    assert isinstance(loaded, Questionnaire)
    return loaded


def questionnaire_document(
    scale: list[float], items: list[dict[str, Any]], career: bool = False
) -> dict[str, Any]:
    document: dict[str, Any] = {
        "format": "assessor/1",
        "id": "generated",
        "version": "1",
        "title": "Generated",
        "dimensions": [{"id": d, "label": d.upper()} for d in DIMS],
        "scales": {"s": [{"value": v, "label": f"{v:g}"} for v in scale]},
        "sections": [{"id": "main", "title": "Main", "items": items}],
    }
    if career:
        document.update(CAREER)
    return document


@st.composite
def questionnaire_st(draw: st.DrawFn, career: bool = False) -> Questionnaire:
    scale = draw(scale_values())
    count = draw(st.integers(min_value=1, max_value=8))
    items = [draw(item_st(index)) for index in range(count)]
    return load(questionnaire_document(scale, items, career))


def valid_answer(draw: st.DrawFn, item: Any) -> Any:
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
        return draw(
            st.one_of(
                st.integers(min_value=int(item.minimum), max_value=int(item.maximum)),
                st.floats(min_value=item.minimum, max_value=item.maximum),
            )
        )
    return draw(st.text(_TYPED, max_size=item.max_length or 30))


def answers_for(draw: st.DrawFn, questionnaire: Questionnaire) -> dict[str, Any]:
    answers: dict[str, Any] = {}
    for item in questionnaire.items:
        if draw(st.booleans()):
            answers[item.id] = valid_answer(draw, item)
    return answers


@PROPERTY_SETTINGS
@given(st.data())
def test_percents_stay_within_0_and_100(data: st.DataObject) -> None:
    questionnaire = data.draw(questionnaire_st())
    answers = answers_for(data.draw, questionnaire)
    scores = score(questionnaire, answers)
    for dim, result in scores.dimensions.items():
        assert result.min <= result.raw <= result.max, dim
        for value in (result.percent, result.self, result.knowledge):
            assert value is None or 0 <= value <= 100, (dim, value)
        assert result.coverage is None or 0 <= result.coverage <= 1
        if result.max == result.min:
            assert result.percent is None


@PROPERTY_SETTINGS
@given(scale=scale_values(), weight=st.sampled_from([0.5, 1, 2, 3]), data=st.data())
def test_reverse_keying_mirrors_points(scale: list[float], weight: float, data: Any) -> None:
    items = [
        {"id": "fwd", "type": "likert", "text": "F", "scale": "s", "scores": {"d0": weight}},
        {
            "id": "rev",
            "type": "likert",
            "text": "R",
            "scale": "s",
            "reverse": True,
            "scores": {"d1": weight},
        },
    ]
    questionnaire = load(questionnaire_document(scale, items))
    low, high = scale[0], scale[-1]
    value = data.draw(st.sampled_from(scale))
    scores = score(questionnaire, {"fwd": value, "rev": value}).dimensions
    # forward gives weight x v, reversed weight x (min + max - v): together weight x (min+max)
    assert scores["d0"].raw == weight * value
    assert scores["d1"].raw == weight * (low + high - value)
    assert scores["d0"].raw + scores["d1"].raw == weight * (low + high)
    # where the mirrored answer is on the scale, reversing v equals answering it forward
    mirrored = low + high - value
    if mirrored in scale:
        forward_mirror = score(questionnaire, {"fwd": mirrored, "rev": value}).dimensions
        assert forward_mirror["d0"].raw == forward_mirror["d1"].raw
    # and percents mirror too: p_rev(v) = 100 - p_fwd(v)
    assert scores["d0"].percent is not None and scores["d1"].percent is not None
    assert abs(scores["d0"].percent + scores["d1"].percent - 100) < 1e-9


@PROPERTY_SETTINGS
@given(scale=scale_values(), bands=bands_st(monotone=True), data=st.data())
def test_raising_an_answer_never_lowers_its_points(
    scale: list[float], bands: list[dict[str, Any]], data: Any
) -> None:
    items = [
        {"id": "lk", "type": "likert", "text": "L", "scale": "s", "scores": {"d0": 2}},
        {"id": "nu", "type": "number", "text": "N", "min": 0, "max": 100, "bands": bands,
         "scores": "d1"},
    ]  # fmt: skip
    questionnaire = load(questionnaire_document(scale, items))
    low_value, high_value = sorted(data.draw(st.lists(st.sampled_from(scale), min_size=2,
                                                      max_size=2)))  # fmt: skip
    numbers = st.one_of(
        st.integers(min_value=0, max_value=100), st.floats(min_value=0, max_value=100)
    )
    low_number, high_number = sorted(data.draw(st.lists(numbers, min_size=2, max_size=2)))
    lower = score(questionnaire, {"lk": low_value, "nu": low_number}).dimensions
    higher = score(questionnaire, {"lk": high_value, "nu": high_number}).dimensions
    assert lower["d0"].raw <= higher["d0"].raw
    assert lower["d1"].raw <= higher["d1"].raw


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.data())
def test_result_survives_a_json_round_trip(data: st.DataObject) -> None:
    questionnaire = data.draw(questionnaire_st(career=True))
    answers = answers_for(data.draw, questionnaire)
    respondent = data.draw(st.one_of(st.none(), st.text(_TYPED, max_size=20)))
    result = build_result(
        questionnaire, answers, respondent=respondent, completed_at="2025-01-02T03:04:05+01:00"
    )
    as_bytes = result_to_bytes(result)
    assert json.loads(as_bytes) == result
    parsed = parse_result(as_bytes, "result.json")  # integrity hash still matches
    assert parsed == result
    verify_against(parsed, questionnaire, "result.json")  # re-scoring agrees
