"""A result as the app shows it: its questionnaire's texts (title, dimensions, questions and
answers, levels, roles, milestones) in the app's language where a translation of that
questionnaire is installed, as `assessor report --language` shows them.

Only for showing: the stored result, the exported file and the re-scoring keep the texts
the result was taken with (SPEC 3)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from assessor.core.i18n import SOURCE_LANGUAGE, current_language
from assessor.core.translation_results import translate_result


def shown_in_language(result: Mapping[str, Any], language: str | None = None) -> dict[str, Any]:
    """`result` with its texts in `language` (default: the app's), or `result` itself in the
    source language. Without an installed translation the texts stay as written; the app
    has nowhere to show the warnings `assessor report` prints, and nothing is wrong."""
    chosen = language or current_language()
    if chosen == SOURCE_LANGUAGE:
        return result if isinstance(result, dict) else dict(result)
    translated, _warnings = translate_result(result, chosen)
    return translated
