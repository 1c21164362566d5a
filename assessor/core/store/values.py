"""How values are kept in the store's text columns: JSON in and out (a value damaged on
disk reads as `DAMAGED`, never as an exception), the UTC sort key of a completion time, and
the format-versioned record of a plan's score changes."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from assessor.core.store.types import StoreError

# The record a plan's score changes are kept in (plans.scores_json).
PLAN_SCORES_FORMAT = "assessor-plan-scores/1"
DAMAGED = object()


def utc_sort_key(stamp: Any, fallback: str) -> str:
    """A UTC timestamp that sorts correctly whatever offset the original was written in.
    A stamp that is no ISO date and time, or whose UTC time cannot be worked out (the
    first or last hours of the years 1 and 9999), sorts by `fallback`."""
    try:
        return _utc(datetime.fromisoformat(str(stamp)))
    except (ValueError, OverflowError):
        return _utc(datetime.fromisoformat(fallback))


def _utc(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


def to_json(value: Any, what: str) -> str:
    try:
        return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    except (TypeError, ValueError, RecursionError) as exc:
        raise StoreError.about(what, f"cannot be saved: {exc}") from None


# The same text as to_json, without looking for cycles on the way (a seventh less time for a
# result): only for a value just encoded as JSON in full, e.g. to check its integrity hash.
_ACYCLIC_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":"),
                                    check_circular=False)


def to_json_acyclic(value: Any, what: str) -> str:
    try:
        return _ACYCLIC_ENCODER.encode(value)
    except (TypeError, ValueError, RecursionError) as exc:
        raise StoreError.about(what, f"cannot be saved: {exc}") from None


def loads_or_damaged(text: str) -> Any:
    """A stored JSON value, or `DAMAGED` when the stored text no longer decodes."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return DAMAGED


def plan_scores(encoded: str | None) -> dict[str, float]:
    """A plan's score changes; none for a plan saved before they were kept, and none from a
    record of another format (a newer Assessor's): its milestones still load."""
    if not encoded:
        return {}
    try:
        record = json.loads(encoded)
    except ValueError:
        return {}
    if not isinstance(record, dict) or record.get("format") != PLAN_SCORES_FORMAT:
        return {}
    scores = record.get("scores")
    if not isinstance(scores, dict):
        return {}
    return {str(d): float(v) for d, v in scores.items()
            if isinstance(v, int | float) and not isinstance(v, bool)}


def plan_scores_json(score_overrides: dict[str, float]) -> str:
    return to_json({"format": PLAN_SCORES_FORMAT,
                    "scores": {str(d): float(v) for d, v in score_overrides.items()}}, "plan")


# The compact JSON of the display blocks met last, by their fingerprint
# (`integrity.display_fingerprint`: equal fingerprints, equal values, so the same JSON).
_KEPT_DISPLAYS = 16
_display_json: dict[bytes, str] = {}


def result_json(result: dict[str, Any], what: str, display_fingerprint: bytes | None) -> str:
    """`to_json_acyclic(result, what)` for a result just encoded as JSON in full (to check
    its integrity hash), with its display block's JSON taken from the keep when a block
    with this fingerprint was encoded before: most of a result is that block, the same in
    every result of a questionnaire. The text is the same either way: the members in their
    order, each encoded as `to_json_acyclic` encodes it."""
    display = result.get("display")
    if display_fingerprint is None or type(display) is not dict or "display" not in result:
        return to_json_acyclic(result, what)
    block = _display_json.get(display_fingerprint)
    if block is None:
        block = to_json_acyclic(display, what)
        if len(_display_json) >= _KEPT_DISPLAYS:
            _display_json.pop(next(iter(_display_json)), None)  # the oldest
        _display_json[display_fingerprint] = block
    keys = list(result)
    at = keys.index("display")
    before = to_json_acyclic({key: result[key] for key in keys[:at]}, what)
    after = to_json_acyclic({key: result[key] for key in keys[at + 1:]}, what)
    return "".join((before[:-1] + "," if at else "{", '"display":', block,
                    "," + after[1:] if at + 1 < len(keys) else "}"))
