"""Free-text answers in a result, and a copy of the result with them left out, for sharing.

Typed answers (text items) can hold names, e-mail addresses or other private details, so
exporting or reporting a result offers to leave them out. Leaving out means: each typed
answer becomes the empty string "", the optional key `withheld_answers` (an addition to
SPEC 3) lists the item ids that were blanked, and the integrity hash is computed afresh.

Why blank rather than delete: text items are unscored, so scores, placement and fits are
the same either way, but the import's re-scoring also compares completeness, and a required
text item whose answer was deleted would count as missing and get the file refused. An
empty string still counts as answered, so the shared file passes re-scoring. One case is
refused instead: when a `when` condition reads a typed answer, blanking it could change
which questions count, so `without_free_text` checks the copy by re-scoring it when the
questionnaire is at hand and raises AssessorError if anything would differ. Qt-free."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from assessor.core.format.model import Questionnaire
from assessor.core.integrity import integrity_hash

WITHHELD_KEY = "withheld_answers"


def free_text_answers(result: Mapping[str, Any]) -> dict[str, str]:
    """item id -> typed answer, for every text item answered with something."""
    display = result.get("display")
    items = display.get("items") if isinstance(display, Mapping) else None
    answers = result.get("answers")
    if not isinstance(items, Mapping) or not isinstance(answers, Mapping):
        return {}
    return {item_id: value for item_id, value in answers.items()
            if isinstance(value, str) and value.strip()
            and isinstance(items.get(item_id), Mapping) and items[item_id].get("type") == "text"}


def without_free_text(result: Mapping[str, Any],
                      questionnaire: Questionnaire | None = None) -> dict[str, Any]:
    """A copy of `result` with every typed answer left out (see the module's note)."""
    typed = free_text_answers(result)
    shared = copy.deepcopy(dict(result))
    if not typed:
        return shared
    for item_id in typed:
        shared["answers"][item_id] = ""
    already = shared.get(WITHHELD_KEY)
    kept = [str(i) for i in already] if isinstance(already, list) else []
    shared[WITHHELD_KEY] = sorted({*kept, *typed})
    shared["integrity"] = {"sha256": integrity_hash(shared)}
    if questionnaire is not None and questionnaire.source.sha256 == \
            (result.get("questionnaire") or {}).get("sha256"):
        from assessor.core.results.verify import verify_against  # scoring: only when needed

        verify_against(shared, questionnaire, "the result without its typed answers")
    return shared
