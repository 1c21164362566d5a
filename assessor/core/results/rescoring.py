"""Deciding whether a result file may be called "re-scored" (SPEC 3), in one place for the
cohort import (CLI and GUI) and the store import.

Anyone can recompute a result's integrity hash, so everything a result says is its
writer's word until it is rebuilt from its answers with the questionnaire it names:

- the questionnaire is named by the sha256 of its file: exactly 64 lower-case hex digits
  (checked in `results.files._check_shape`), so no spelling of a hash can dodge the look-up;
- a result that names (by id and version) a questionnaire at hand but with another sha256
  was edited, or scored with a changed copy: `twin` finds it, for the caller to refuse or
  report, never to pass as merely "not re-scored";
- its `career_model` must be the questionnaire's own (null for an embedded model, its id
  for a separate one): a made-up mapping is refused, not a reason to check less;
- when re-scored, `questionnaire.id`, version and title and the whole `display` block are
  rebuilt and compared too, so a changed label, item text or resource link cannot pass.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from assessor.core.errors import AssessorError
from assessor.core.format.model import Questionnaire
from assessor.core.integrity import canonical_json, known_canonical_json
from assessor.core.results.build import display_context
from assessor.core.results.verify import verify_against

__all__ = ["RebuiltDisplay", "check_rescored", "twin", "twin_message"]

# Rebuilt from the career model; the rest of `display` comes from the questionnaire alone.
_MODEL_DISPLAY_KEYS = ("ladder", "clusters", "milestones", "plane")
_TOLERANCE = 1e-6


def twin(result: Mapping[str, Any], candidates: Iterable[Questionnaire]) -> Questionnaire | None:
    """A questionnaire at hand with the id and version the result names but not its sha256."""
    stated = result["questionnaire"]
    for questionnaire in candidates:
        if (questionnaire.id == stated.get("id") and questionnaire.version == stated.get("version")
                and questionnaire.source.sha256 != stated.get("sha256")):
            return questionnaire
    return None


def twin_message(result: Mapping[str, Any]) -> str:
    stated = result["questionnaire"]
    return (f"names questionnaire '{stated.get('id')}' {stated.get('version')}, which is at hand, "
            "but not the file it was scored with (the sha256 differs): the result was edited, or "
            "the questionnaire changed without a new version; it cannot be re-scored")


def _model_matches(result: Mapping[str, Any], questionnaire: Questionnaire, name: str) -> bool:
    """Whether fits can be re-scored: the result was scored with the model at hand. Raises
    when the stated model cannot be this questionnaire's at all."""
    stated = result.get("career_model")
    model = questionnaire.career
    if model is None or not model.separate_file:
        if stated is not None:
            raise AssessorError.single(
                name, "states a career model, but its questionnaire has none in a separate file: "
                      "the result was edited")
        return True
    if not isinstance(stated, Mapping) or stated.get("id") != model.id:
        raise AssessorError.single(
            name, f"does not state the career model '{model.id}' its questionnaire uses: "
                  "the result was edited")
    # The model file may have been updated since: then only the scores can be re-computed.
    return stated.get("sha256") == model.source.sha256


def _same(stated: Any, rebuilt: Any) -> bool:
    """`stated` says nothing `rebuilt` does not: every key it has is rebuilt's, with the same
    value (results written by older versions may lack keys added since)."""
    if isinstance(stated, dict):
        return isinstance(rebuilt, dict) and all(
            key in rebuilt and _same(value, rebuilt[key]) for key, value in stated.items())
    if isinstance(stated, list):
        return (isinstance(rebuilt, list) and len(stated) == len(rebuilt)
                and all(_same(a, b) for a, b in zip(stated, rebuilt, strict=True)))
    if isinstance(stated, bool) or isinstance(rebuilt, bool):
        return stated is rebuilt
    if isinstance(stated, (int, float)) and isinstance(rebuilt, (int, float)):
        return math.isclose(stated, rebuilt, rel_tol=_TOLERANCE, abs_tol=_TOLERANCE)
    return bool(stated == rebuilt)


@dataclass(frozen=True)
class RebuiltDisplay:
    """A questionnaire's display block rebuilt once for many results (a cohort), with its
    canonical JSON and each key's: a result whose block encodes the same is the same (its
    canonical JSON usually comes from the integrity check's keep, `core.integrity`), and
    only one that differs is compared key by key, value by value (older results may lack
    keys added since)."""

    blocks: Mapping[str, Any]
    encoded: Mapping[str, str]
    whole: str = ""

    @classmethod
    def of(cls, questionnaire: Questionnaire) -> RebuiltDisplay:
        blocks = display_context(questionnaire.untranslated or questionnaire)
        return cls(blocks, {key: canonical_json(value) for key, value in blocks.items()},
                   canonical_json(blocks))

    def same(self, key: str, stated: Any) -> bool:
        if key in self.encoded and canonical_json(stated) == self.encoded[key]:
            return True
        return _same(stated, self.blocks.get(key))


def _check_display(result: Mapping[str, Any], questionnaire: Questionnaire, name: str,
                   with_model: bool, rebuilt_display: RebuiltDisplay | None, *,
                   display_fingerprint: bytes | None = None) -> None:
    stated = result["questionnaire"]
    for key, shown in (("id", questionnaire.id), ("version", questionnaire.version),
                       ("title", questionnaire.title)):
        if stated.get(key) != shown:
            raise AssessorError.single(
                name, f"states questionnaire {key} {stated.get(key)!r}, but the questionnaire "
                      f"it was scored with has {shown!r}: the result was edited")
    display = result.get("display")
    if display is None:
        return
    rebuilt_display = rebuilt_display or RebuiltDisplay.of(questionnaire)
    if type(display) is dict and known_canonical_json(display, display_fingerprint) == (
            rebuilt_display.whole or canonical_json(rebuilt_display.blocks)):
        return  # the very block re-scoring builds: every key below would be the same
    rebuilt = rebuilt_display.blocks
    for key in sorted(set(display) | {"provider"}):
        if not with_model and key in _MODEL_DISPLAY_KEYS:
            continue
        if key == "provider" and (key in display) != (key in rebuilt):
            # Shown as "prepared by": only a trusted installed pack can say so.
            raise AssessorError.single(
                name, "names a provider its questionnaire does not come from (give the "
                      "questionnaire installed from that provider's pack): the display block "
                      "differs from the rebuilt one")
        if key in display and not rebuilt_display.same(key, display[key]):
            raise AssessorError.single(
                name, f"re-scoring gives a different display block ('{key}': labels, texts or "
                      "resources) than the file states: the result was edited")


def check_rescored(result: Mapping[str, Any], questionnaire: Questionnaire, name: str, *,
                   check_paths: bool = True,
                   rebuilt_display: RebuiltDisplay | None = None,
                   display_fingerprint: bytes | None = None) -> bool:
    """Re-score `result` with the questionnaire whose sha256 it names; raise AssessorError on
    any difference. True when everything was rebuilt; False when the career model at hand
    is another version than the result's, so only scores and texts could be checked.
    `rebuilt_display`: the questionnaire's, when the caller checks many results with it;
    `display_fingerprint`: the result's display block's, as `parse_result_fingerprinted`
    gave it (saves computing it again)."""
    # A result keeps the texts it was written with, whatever language the app shows its
    # questionnaire in: it is rebuilt from the questionnaire as written.
    questionnaire = questionnaire.untranslated or questionnaire
    with_model = _model_matches(result, questionnaire, name)
    verify_against(result, questionnaire, name, check_paths=check_paths, with_model=with_model)
    _check_display(result, questionnaire, name, with_model, rebuilt_display,
                   display_fingerprint=display_fingerprint)
    return with_model
