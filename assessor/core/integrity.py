"""The integrity hash of a result (SPEC 3), kept apart so the store can check it without
importing the scoring engine."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

__all__ = ["canonical_json", "integrity_hash"]


def canonical_json(value: Any) -> str:
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )


def integrity_hash(result: Mapping[str, Any]) -> str:
    body = {key: value for key, value in result.items() if key != "integrity"}
    return hashlib.sha256(canonical_json(body).encode("utf-8")).hexdigest()
