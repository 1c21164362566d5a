"""The integrity hash of a result (SPEC 3), kept apart so the store can check it without
importing the scoring engine.

The hash is over the canonical JSON of the result without its `integrity` key. Encoding a
whole result costs as much as parsing it, and most of a result is its `display` block,
which every result of one questionnaire holds alike (a cohort holds thousands of copies).
So that block's canonical JSON is kept for the few blocks met most recently, keyed by an
exact, type-faithful serialization of the value (its pickle: floats bit for bit, true
distinct from 1, keys in order). Equal keys mean equal values (the same bytes unpickle to
the same value), whose canonical JSON is the same, so the hash is exactly SPEC 3's: the
keep only saves re-encoding, it never decides anything (a block it has not seen is
encoded). Which objects a value happens to share only decides whether an equal value is
found: every result parsed from the same display text pickles alike."""

from __future__ import annotations

import hashlib
import json
import pickle
from collections.abc import Mapping
from typing import Any

__all__ = ["canonical_json", "display_fingerprint", "integrity_hash", "known_canonical_json"]

_SEPARATORS = (",", ":")


# What json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
# allow_nan=False) makes for each call, made once (it keeps no state between calls).
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=_SEPARATORS, ensure_ascii=False,
                              allow_nan=False)


def canonical_json(value: Any) -> str:
    return _CANONICAL.encode(value)


# The same text, without looking for cycles on the way: only for a value just parsed from
# JSON text, which cannot hold one (a tenth less time to encode a result's members).
_CANONICAL_ACYCLIC = json.JSONEncoder(sort_keys=True, separators=_SEPARATORS,
                                      ensure_ascii=False, allow_nan=False,
                                      check_circular=False)


# ---- canonical JSON of the blocks met again and again ---------------------------------

_KEPT_BLOCKS = 16  # distinct display blocks kept (a cohort rarely mixes more questionnaires)
_kept: dict[bytes, tuple[str, bytes]] = {}  # _fingerprint(value) -> its JSON, as text and UTF-8


def _fingerprint(value: Any) -> bytes | None:
    """An exact serialization of a plain JSON value: equal bytes only for equal values of
    equal types. None for anything that cannot be pickled (canonical_json then says why
    it cannot be encoded either, as before)."""
    try:
        return pickle.dumps(value, 5)
    except Exception:  # whatever pickling raises: just encode
        return None


def known_canonical_json(value: Any, fingerprint: bytes | None = None) -> str:
    """`canonical_json(value)`, from the keep when an equal value was encoded before.
    For a block many results share (their display context); `fingerprint` is the value's
    `_fingerprint`, when the caller has it already."""
    return _known(value, fingerprint)[0]


def _known(value: Any, fingerprint: bytes | None) -> tuple[str, bytes]:
    if fingerprint is None:
        fingerprint = _fingerprint(value)
        if fingerprint is None:
            text = canonical_json(value)
            return text, text.encode("utf-8")
    kept = _kept.get(fingerprint)
    if kept is None:
        text = canonical_json(value)
        kept = (text, text.encode("utf-8"))
        if len(_kept) >= _KEPT_BLOCKS:
            _kept.pop(next(iter(_kept)), None)  # the oldest
        _kept[fingerprint] = kept
    return kept


def display_fingerprint(result: Mapping[str, Any]) -> bytes | None:
    """The `_fingerprint` of a result's display block, or None when it has none (or one
    that is not plain data)."""
    display = result.get("display")
    return _fingerprint(display) if type(display) is dict else None


def integrity_hash(result: Mapping[str, Any], *,
                   display_fingerprint: bytes | None = None, parsed: bool = False) -> str:
    """SHA-256 of the canonical JSON of `result` without its `integrity` key (SPEC 3).
    `display_fingerprint`: the display block's, when the caller has computed it already.
    `parsed`: `result` was just parsed from JSON text, so it holds no cycle to look for."""
    encode = _CANONICAL_ACYCLIC.encode if parsed else canonical_json
    body = {key: value for key, value in result.items() if key != "integrity"}
    display = body.get("display")
    if type(display) is not dict or not all(type(key) is str for key in body):
        return hashlib.sha256(encode(body).encode("utf-8")).hexdigest()
    # The body's canonical JSON, with the display block's taken from the keep: the keys are
    # sorted, so it is `{` the keys before "display" `,"display":` its JSON `,` the keys
    # after it `}`, each part exactly as canonical_json writes it.
    before = {key: value for key, value in body.items() if key < "display"}
    after = {key: value for key, value in body.items() if key > "display"}
    digest = hashlib.sha256()
    digest.update(encode(before)[:-1].encode("utf-8") if before else b"{")
    digest.update(b',"display":' if before else b'"display":')
    digest.update(_known(display, display_fingerprint)[1])
    digest.update(b"," + encode(after)[1:].encode("utf-8") if after else b"}")
    return digest.hexdigest()
