"""SPEC 1.5 career model: placement, cluster fit and readiness, the bundle path planner.

Expected values are worked out by hand from the SPEC text; the arithmetic is beside each.
Fixture: tests/data/spec/career.yaml (ladder l0..l4, clusters c1, c2, c0, c3); path
scenarios build small models inline so each rule has its own milestones.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from assessor.core.format.loading import load_questionnaire
from assessor.core.format.model import CareerModel
from assessor.core.scoring.career import cluster_fit, cluster_fits, placement, plan_path

SPEC_DATA = Path(__file__).resolve().parents[2] / "data" / "spec"
Percents = dict[str, float | None]


@pytest.fixture(scope="module")
def model() -> CareerModel:
    career = load_questionnaire(SPEC_DATA / "career.yaml", search_dirs=[]).career
    assert career is not None
    return career


# ---- placement --------------------------------------------------------------------------
# l1: a >= 40; l2: a >= 60 and b >= 50; l3: a >= 80;
# l4: a > 85 and (c <= 10 or not b < 70)


@pytest.mark.parametrize(
    ("percents", "level"),
    [
        ({"a": None, "b": None, "c": None}, "l0"),  # `{}` always holds; nulls fail l1
        ({}, "l0"),
        ({"a": 39.9, "b": 100, "c": 100}, "l0"),
        ({"a": 40, "b": 0, "c": 0}, "l1"),
        ({"a": 60, "b": 50, "c": 0}, "l2"),
        # l3's own test holds (85 >= 80) but l2 fails (b 20 < 50): placed below l2
        ({"a": 85, "b": 20, "c": 0}, "l1"),
        ({"a": 85, "b": 60, "c": 0}, "l3"),  # l4 needs a > 85
        ({"a": 90, "b": 60, "c": 50}, "l3"),  # c 50 > 10 and b 60 < 70
        ({"a": 90, "b": 75, "c": 50}, "l4"),  # not (75 < 70)
        ({"a": 90, "b": 60, "c": 5}, "l4"),  # c 5 <= 10
        ({"a": 90, "b": 60, "c": 10}, "l4"),  # lte is inclusive
        ({"a": 90, "b": 60, "c": None}, "l3"),  # test on a null c is false
        ({"a": 100, "b": None, "c": 0}, "l1"),  # null b fails l2, so l3 cannot count
        ({"a": 100}, "l1"),  # absent dimensions are null too
    ],
)
def test_placement(model: CareerModel, percents: Percents, level: str) -> None:
    placed = placement(model, percents)
    assert placed is not None
    assert placed.id == level


# ---- fit and readiness ------------------------------------------------------------------
# c1: target a 60, b 40, weights a 2 (b default 1), min l1; sum w*target = 120 + 40 = 160
# c2: target a 50, min l2; c0: all targets 0; c3: target c 70 (w 0.5), b 30 (w 3), min l0;
# sum w*target for c3 = 35 + 90 = 125


def fits_by_id(model: CareerModel, percents: Percents) -> dict[str, tuple[float, bool]]:
    return {f.id: (f.fit, f.ready) for f in cluster_fits(model, percents)}


@pytest.mark.parametrize(
    ("percents", "fit"),
    [
        ({"a": 42, "b": 40}, 77.5),  # 2*18 = 36; 100*(1 - 36/160) = 77.5
        ({"a": 50, "b": 33}, 83.1),  # 2*10 + 7 = 27; 100*(133/160) = 83.125 -> 83.1
        ({"a": 33.33, "b": 40}, 66.7),  # 2*26.67 = 53.34; 100*(1 - 53.34/160) = 66.6625
        ({"a": None, "b": 40}, 25.0),  # null a is 0: 2*60 = 120; 100*(40/160)
        ({"a": 100, "b": 0}, 75.0),  # surplus a does not offset b: 40; 100*(120/160)
        ({"a": 60, "b": 40}, 100.0),  # nothing short
        ({"a": 0, "b": 0}, 0.0),  # everything short: 160/160
    ],
)
def test_fit_formula(model: CareerModel, percents: Percents, fit: float) -> None:
    assert fits_by_id(model, percents)["c1"][0] == pytest.approx(fit, abs=1e-9)


def test_fit_default_weight_is_one(model: CareerModel) -> None:
    # c2: target a 50, a = 20 -> 100*(1 - 30/50) = 40.0
    assert fits_by_id(model, {"a": 20})["c2"][0] == pytest.approx(40.0)


def test_fit_with_fractional_weights_and_null(model: CareerModel) -> None:
    # c3: c null -> 0.5*70 = 35, b 30 met -> 0; 100*(1 - 35/125) = 72.0
    assert fits_by_id(model, {"a": 50, "b": 33, "c": None})["c3"][0] == pytest.approx(72.0)
    # c 56, b 24: 0.5*14 + 3*6 = 7 + 18 = 25; 100*(1 - 25/125) = 80.0
    assert fits_by_id(model, {"a": 0, "b": 24, "c": 56})["c3"][0] == pytest.approx(80.0)


def test_all_zero_targets_fit_100(model: CareerModel) -> None:
    fits = fits_by_id(model, {"a": None, "b": None, "c": None})
    # fit 100 by definition; ready: placed l0 >= min l0, and null (0) >= 0 for a and b
    assert fits["c0"] == (100.0, True)


def test_ready_needs_level_and_every_target(model: CareerModel) -> None:
    # a 60, b 40, c 70: placed l1 (l2 needs b >= 50)
    fits = fits_by_id(model, {"a": 60, "b": 40, "c": 70})
    assert fits["c1"] == (100.0, True)  # l1 >= l1, a 60 >= 60, b 40 >= 40
    assert fits["c2"] == (100.0, False)  # target met but l1 < l2
    assert fits["c3"] == (100.0, True)
    # a 59.9: l1 still, but a short of 60 -> not ready; 2*0.1/160 -> 99.875 -> 99.9
    fits = fits_by_id(model, {"a": 59.9, "b": 40, "c": 70})
    assert fits["c1"] == (pytest.approx(99.9), False)
    # a 60, b 50: placed l2 -> c2 ready
    assert fits_by_id(model, {"a": 60, "b": 50, "c": 70})["c2"] == (100.0, True)


def test_a_cluster_not_of_the_model_is_fitted_by_its_own_targets(model: CareerModel) -> None:
    """The per-model plan of each cluster's targets (worked out once) must not stand in for
    a changed cluster of the same id: it is fitted by what it says."""
    c1 = model.cluster("c1")
    changed = dataclasses.replace(c1, target={"a": 40}, weights={}, min_level="l0")
    placed = placement(model, {"a": 20, "b": 0})
    fit = cluster_fit(model, changed, {"a": 20, "b": 0}, placed)
    # a 20 against 40, weight 1: 100*(1 - 20/40) = 50.0; gaps only on its own target
    assert (fit.fit, fit.ready, dict(fit.gaps)) == (50.0, False, {"a": 20.0})
    assert cluster_fit(model, c1, {"a": 20, "b": 0}, placed).fit == pytest.approx(
        100 * (1 - (2 * 40 + 40) / 160))


def test_clusters_sorted_best_fit_first(model: CareerModel) -> None:
    fits = cluster_fits(model, {"a": 50, "b": 33, "c": None})
    # c2 100 (a 50 met), c0 100, c1 83.1, c3 72.0
    assert [f.fit for f in fits] == pytest.approx([100.0, 100.0, 83.1, 72.0])
    assert {f.id for f in fits[:2]} == {"c2", "c0"}  # the SPEC leaves ties open
    assert [f.id for f in fits[2:]] == ["c1", "c3"]
    # a 60 b 40 c 0: c1 100, c2 100, c0 100, c3 0.5*70 / 125 short -> 72.0
    fits = cluster_fits(model, {"a": 60, "b": 40, "c": 0})
    assert fits[-1].id == "c3"


# ---- path planner -----------------------------------------------------------------------

HEAD = """\
format: assessor/1
id: path
version: "1"
title: Path
dimensions: [{id: a, label: A}, {id: b, label: B}, {id: c, label: C}]
sections:
  - id: s
    title: S
    items:
      - {id: q, type: boolean, text: Q, scores: a}
ladder:
  - {id: l0, label: Start, requires: {}}
  - {id: l1, label: One, requires: {dimension: a, gte: 40}}
"""


def path_model(tmp_path: Path, target: str, milestones: str, weights: str = "{}") -> CareerModel:
    """A model with cluster `t` (the given target/weights) and cluster `o` (target a 60)."""
    text = (
        HEAD
        + "clusters:\n"
        + "  - {id: t, label: T, summary: s, ai_role: tool, function: technical, "
        + f"target: {target}, weights: {weights}, min_level: l0}}\n"
        + "  - {id: o, label: O, summary: s, ai_role: tool, function: technical, "
        + "target: {a: 60}, min_level: l0}\n"
        + "milestones:\n"
        + milestones
    )
    path = tmp_path / "path.yaml"
    path.write_text(text, encoding="utf-8")
    career = load_questionnaire(path, search_dirs=[]).career
    assert career is not None
    return career


def step_ids(model: CareerModel, percents: Percents, cluster: str = "t") -> list[str]:
    return [step.milestone.id for step in plan_path(model, percents, cluster).steps]


def test_greedy_by_shortfall_reduction_per_hour(tmp_path: Path) -> None:
    model = path_model(
        tmp_path,
        "{a: 60, b: 60}",
        "  - {id: n1, title: N1, raises: {c: 50}, effort_hours: 1}\n"
        "  - {id: m1, title: M1, raises: {a: 20}, effort_hours: 10}\n"
        "  - {id: m2, title: M2, raises: {a: 40}, effort_hours: 40}\n"
        "  - {id: m3, title: M3, raises: {b: 10}, effort_hours: 2}\n",
    )
    path = plan_path(model, {"a": 20, "b": 50, "c": 0}, "t")
    # shortfall 40 + 10 = 50. m1 20/10 = 2, m2 40/40 = 1, m3 10/2 = 5, n1 reduces 0
    # -> m3 (b 60). Then m1 2 vs m2 1 -> m1 (a 40). Then m2: a 80, reduces 20 -> taken.
    assert [s.milestone.id for s in path.steps] == ["m3", "m1", "m2"]
    assert [(s.projected["a"], s.projected["b"]) for s in path.steps] == [
        (20, 60),
        (40, 60),
        (80, 60),
    ]
    assert [s.level.id if s.level else None for s in path.steps] == ["l0", "l1", "l1"]
    assert path.reachable is True
    assert path.short == []
    assert path.total_effort_hours == 52  # 2 + 10 + 40
    as_dict = path.as_dict()
    assert as_dict["total_effort_hours"] == 52
    steps = as_dict["steps"]
    assert isinstance(steps, list)
    assert [s["milestone"] for s in steps] == ["m3", "m1", "m2"]
    assert steps[1] == {
        "milestone": "m1",
        "title": "M1",
        "effort_hours": 10,
        "projected": {"a": 40, "b": 60, "c": 0},  # after m3 then m1; c untouched
        "level": "l1",  # a 40 >= 40
    }


def test_ratio_uses_effort_of_the_whole_bundle(tmp_path: Path) -> None:
    model = path_model(
        tmp_path,
        "{a: 60}",
        "  - {id: p, title: P, raises: {a: 5}, effort_hours: 40}\n"
        "  - {id: q, title: Q, raises: {a: 40}, effort_hours: 5, requires: [p]}\n"
        "  - {id: r, title: R, raises: {a: 30}, effort_hours: 20}\n",
    )
    path = plan_path(model, {"a": 0}, "t")
    # round 1, shortfall 60: p 5/40 = 0.125; bundle [p, q] 45/45 = 1.0 (q alone would
    # look like 40/5 = 8); r 30/20 = 1.5 -> r, a 30.
    # round 2, shortfall 30: bundle [p, q] reduces 30 (a 75) / 45 = 0.67 > p 0.125 -> p, q
    assert [s.milestone.id for s in path.steps] == ["r", "p", "q"]
    assert [s.projected["a"] for s in path.steps] == [30, 35, 75]
    assert [s.level.id if s.level else None for s in path.steps] == ["l0", "l0", "l1"]
    assert path.total_effort_hours == 65  # 20 + 40 + 5
    assert path.reachable is True


def test_bundle_orders_transitive_prerequisites_depth_first(tmp_path: Path) -> None:
    # z requires [x, y]; x requires [w]; y requires [w, v]. Depth-first along each list:
    # x -> w (emit w), emit x; y -> w done, v (emit v), emit y; emit z.
    model = path_model(
        tmp_path,
        "{a: 50}",
        "  - {id: v, title: V, raises: {c: 1}, effort_hours: 1}\n"
        "  - {id: y, title: Y, raises: {c: 1}, effort_hours: 1, requires: [w, v]}\n"
        "  - {id: w, title: W, raises: {c: 1}, effort_hours: 1}\n"
        "  - {id: x, title: X, raises: {c: 1}, effort_hours: 1, requires: [w]}\n"
        "  - {id: z, title: Z, raises: {a: 50}, effort_hours: 10, requires: [x, y]}\n",
    )
    path = plan_path(model, {"a": 0, "c": 0}, "t")
    assert [s.milestone.id for s in path.steps] == ["w", "x", "v", "y", "z"]
    assert [s.projected["c"] for s in path.steps] == [1, 2, 3, 4, 4]
    assert [s.projected["a"] for s in path.steps] == [0, 0, 0, 0, 50]
    assert path.total_effort_hours == 14  # 4 x 1 + 10
    assert path.reachable is True


def test_cluster_restricted_milestones_and_void_bundles(tmp_path: Path) -> None:
    model = path_model(
        tmp_path,
        "{a: 60}",
        "  - {id: k, title: K, raises: {a: 50}, effort_hours: 1, clusters: [o]}\n"
        "  - {id: j, title: J, raises: {a: 30}, effort_hours: 1, requires: [k]}\n"
        "  - {id: l, title: L, raises: {a: 10}, effort_hours: 10}\n",
    )
    # for t: k is not allowed, so j's bundle [k, j] is void; only l helps (a 10)
    to_t = plan_path(model, {"a": 0}, "t")
    assert [s.milestone.id for s in to_t.steps] == ["l"]
    assert to_t.reachable is False
    assert to_t.short == ["a"]  # 10 < 60
    assert to_t.total_effort_hours == 10
    # for o (target a 60): k 50/1 = 50; [k, j] 60/2 = 30; l 10/10 = 1 -> k (a 50);
    # then j 10/1 = 10 vs l 10/10 = 1 -> j (a 80)
    to_o = plan_path(model, {"a": 0}, "o")
    assert [s.milestone.id for s in to_o.steps] == ["k", "j"]
    assert [s.projected["a"] for s in to_o.steps] == [50, 80]
    assert to_o.reachable is True
    assert to_o.total_effort_hours == 2


@pytest.mark.parametrize(
    ("milestones", "expected"),
    [
        # bundle [t_pre, t_last] 10/20 = 0.5 ties u 5/10 = 0.5. The bundle's last
        # milestone t_last comes first in the file (t_pre comes last) -> bundle first.
        (
            "  - {id: t_last, title: TL, raises: {a: 10}, effort_hours: 10, requires: [t_pre]}\n"
            "  - {id: u, title: U, raises: {a: 5}, effort_hours: 10}\n"
            "  - {id: t_pre, title: TP, raises: {c: 1}, effort_hours: 10}\n",
            ["t_pre", "t_last", "u"],
        ),
        # u now comes before t_last -> u first, then the bundle (5 left: 5/20 = 0.25)
        (
            "  - {id: u, title: U, raises: {a: 5}, effort_hours: 10}\n"
            "  - {id: t_last, title: TL, raises: {a: 10}, effort_hours: 10, requires: [t_pre]}\n"
            "  - {id: t_pre, title: TP, raises: {c: 1}, effort_hours: 10}\n",
            ["u", "t_pre", "t_last"],
        ),
    ],
)
def test_ties_broken_by_file_order_of_the_bundles_last_milestone(
    tmp_path: Path, milestones: str, expected: list[str]
) -> None:
    model = path_model(tmp_path, "{a: 15}", milestones)
    path = plan_path(model, {"a": 0, "c": 0}, "t")
    assert [s.milestone.id for s in path.steps] == expected
    assert path.total_effort_hours == 30
    assert path.reachable is True


def test_ties_within_tolerance_are_ties(tmp_path: Path) -> None:
    # Both ratios are exactly 0.1 on paper (0.1/1 and 0.3/3). In binary floating point
    # 1 - (1 - 0.3) = 0.30000000000000004 and 1 - (1 - 0.1) = 0.09999999999999998, so A
    # looks better by ~4e-17. That is within 1e-9: a tie, and B comes first in the file.
    model = path_model(
        tmp_path,
        "{a: 1}",
        "  - {id: bb, title: B, raises: {a: 0.1}, effort_hours: 1}\n"
        "  - {id: aa, title: A, raises: {a: 0.3}, effort_hours: 3}\n",
    )
    assert step_ids(model, {"a": 0}) == ["bb", "aa"]


def test_raises_are_capped_at_100(tmp_path: Path) -> None:
    model = path_model(
        tmp_path,
        "{a: 100}",
        "  - {id: big, title: Big, raises: {a: 50}, effort_hours: 6}\n"
        "  - {id: small, title: Small, raises: {a: 10}, effort_hours: 5}\n",
    )
    path = plan_path(model, {"a": 90}, "t")
    # capped: big reduces 10 (not 50) / 6 = 1.67; small 10/5 = 2 -> small, a 100
    assert [s.milestone.id for s in path.steps] == ["small"]
    assert path.steps[0].projected["a"] == 100
    assert path.reachable is True
    # a lone big raise stops at 100 too
    path = plan_path(model, {"a": 95}, "t")
    # big: 5/6 = 0.83, small: 5/5 = 1 -> small, a 100 (not 105)
    assert [(s.milestone.id, s.projected["a"]) for s in path.steps] == [("small", 100)]


def test_projection_is_capped_when_one_raise_overshoots(tmp_path: Path) -> None:
    model = path_model(
        tmp_path, "{a: 100}", "  - {id: big, title: Big, raises: {a: 50}, effort_hours: 6}\n"
    )
    path = plan_path(model, {"a": 80}, "t")
    assert [(s.milestone.id, s.projected["a"]) for s in path.steps] == [("big", 100)]  # not 130


def test_targets_already_met_means_no_steps(tmp_path: Path) -> None:
    model = path_model(
        tmp_path, "{a: 50}", "  - {id: m, title: M, raises: {a: 10}, effort_hours: 1}\n"
    )
    path = plan_path(model, {"a": 50}, "t")
    assert path.steps == []
    assert path.reachable is True
    assert path.short == []
    assert path.total_effort_hours == 0


def test_null_starts_at_zero_and_unreachable_names_short_dimensions(tmp_path: Path) -> None:
    model = path_model(
        tmp_path,
        "{a: 50, b: 50}",
        "  - {id: ma, title: MA, raises: {a: 60}, effort_hours: 10}\n"
        "  - {id: mc, title: MC, raises: {c: 60}, effort_hours: 1}\n",
    )
    path = plan_path(model, {"a": None, "b": None, "c": None}, "t")
    # only ma reduces the shortfall (a 0 -> 60); b stays 0; mc never helps
    assert [s.milestone.id for s in path.steps] == ["ma"]
    assert path.steps[0].projected["a"] == 60
    assert path.steps[0].projected["b"] == 0  # null as 0
    assert path.steps[0].level is not None and path.steps[0].level.id == "l1"  # 60 >= 40
    assert path.reachable is False
    assert path.short == ["b"]


def test_cluster_weights_steer_the_path(tmp_path: Path) -> None:
    model = path_model(
        tmp_path,
        "{a: 50, b: 50}",
        "  - {id: mb, title: MB, raises: {b: 20}, effort_hours: 10}\n"
        "  - {id: ma, title: MA, raises: {a: 10}, effort_hours: 10}\n",
        weights="{a: 3}",
    )
    path = plan_path(model, {"a": 0, "b": 0}, "t")
    # ma: 3*10/10 = 3 per hour beats mb: 1*20/10 = 2 per hour
    assert [s.milestone.id for s in path.steps] == ["ma", "mb"]
    assert path.reachable is False
    assert set(path.short) == {"a", "b"}  # a 10 < 50, b 20 < 50
    # unweighted, mb (2 per hour) beats ma (1 per hour)
    plain = path_model(
        tmp_path,
        "{a: 50, b: 50}",
        "  - {id: mb, title: MB, raises: {b: 20}, effort_hours: 10}\n"
        "  - {id: ma, title: MA, raises: {a: 10}, effort_hours: 10}\n",
    )
    assert step_ids(plain, {"a": 0, "b": 0}) == ["mb", "ma"]


def test_taken_prerequisite_is_not_repeated(tmp_path: Path) -> None:
    model = path_model(
        tmp_path,
        "{a: 90}",
        "  - {id: base, title: Base, raises: {a: 30}, effort_hours: 10}\n"
        "  - {id: adv, title: Adv, raises: {a: 30}, effort_hours: 30, requires: [base]}\n"
        "  - {id: pro, title: Pro, raises: {a: 30}, effort_hours: 40, requires: [base]}\n",
    )
    path = plan_path(model, {"a": 0}, "t")
    # round 1: base 30/10 = 3; [base, adv] 60/40 = 1.5; [base, pro] 60/50 = 1.2 -> base
    # round 2: adv 30/30 = 1; pro 30/40 = 0.75 -> adv; round 3: pro -> a 90
    assert [s.milestone.id for s in path.steps] == ["base", "adv", "pro"]
    assert [s.projected["a"] for s in path.steps] == [30, 60, 90]
    assert path.total_effort_hours == 80


def test_fit_rounds_half_up_as_written_by_hand() -> None:
    from assessor.core.scoring.career import round_half_up

    # 87.25 is stored as 87.2499999…; Python's round() gives 87.2, a person writes 87.3.
    assert round_half_up(87.25) == 87.3
    assert round_half_up(83.125) == 83.1
    assert round_half_up(-0.05) == -0.1
