"""Comparing option labels as a reader sees them (shared by the lint and item analysis).

Two labels a reader cannot tell apart must compare equal here: case, accents written as
combining marks, full-width forms, invisible characters, punctuation, leading articles and a
few Cyrillic and Greek letters that look exactly like Latin ones are all ignored.
"""

from __future__ import annotations

import re
import unicodedata

# Letters drawn like Latin ones in common fonts (after casefold): a label typed with a
# Cyrillic "а" must not pass as different from the Latin "a".
_LOOK_ALIKES = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "ο": "o", "ι": "i", "κ": "k", "ν": "v", "τ": "t", "υ": "u", "ρ": "p", "χ": "x", "α": "a",
})
_INVISIBLE = re.compile("[\u00ad\u034f\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e"
                        "\u2060-\u2064\u206a-\u206f\ufeff]")
_NOT_WORD = re.compile(r"[\W_]+")
_ARTICLE = re.compile(r"^(?:a|an|the) ")

# Options that let a respondent abstain rather than guess: not distractors.
_ABSTAIN_LABELS = frozenset({
    "i don t know", "i do not know", "don t know", "do not know", "not sure", "i m not sure",
    "i am not sure", "unsure", "no idea", "i have no idea", "skip", "pass", "i d rather not say",
    "prefer not to say",
})
_ABSTAIN_IDS = frozenset({"dk", "idk", "dont_know", "dont-know", "unsure", "not_sure"})

# Phrases that name the same thing: mapped to one canonical form before comparing, so that
# "A type I error" and "A false positive" are seen as the same answer.
SYNONYMS: dict[str, str] = {
    "type i error": "false positive",
    "type 1 error": "false positive",
    "false alarm": "false positive",
    "type ii error": "false negative",
    "type 2 error": "false negative",
    "missed detection": "false negative",
    "true positive rate": "recall",
    "sensitivity": "recall",
    "hit rate": "recall",
    "true negative rate": "specificity",
    "positive predictive value": "precision",
    "false positive rate": "fall out",
    "model extraction": "model stealing",
    "model theft": "model stealing",
    "adversarial example": "evasion attack",
    "training data poisoning": "data poisoning",
    "multi factor authentication": "mfa",
    "multifactor authentication": "mfa",
    "two factor authentication": "2fa",
    "large language model": "llm",
    "machine learning": "ml",
    "artificial intelligence": "ai",
    "distributed denial of service": "ddos",
    "denial of service": "dos",
    "personally identifiable information": "pii",
    "security operations center": "soc",
    "security operations centre": "soc",
}
_SYNONYM_RE = re.compile(r"\b(?:" + "|".join(
    re.escape(k) for k in sorted(SYNONYMS, key=len, reverse=True)) + r")\b")


def normalise(text: str) -> str:
    """Lower-case words separated by single spaces, with look-alikes folded."""
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", text).casefold()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.translate(_LOOK_ALIKES)
    return _NOT_WORD.sub(" ", text).strip()


def comparable(text: str) -> str:
    """`normalise`, without a leading article."""
    return _ARTICLE.sub("", normalise(text))


def canonical(text: str) -> str:
    """`comparable`, with known synonyms replaced by one name for the thing."""
    return _SYNONYM_RE.sub(lambda m: SYNONYMS[m.group(0)], comparable(text))


def visible_length(text: str) -> int:
    """Characters a reader sees: whitespace runs count once, invisible characters not."""
    return len(" ".join(_INVISIBLE.sub("", unicodedata.normalize("NFKC", text)).split()))


def is_abstain(option_id: str, label: str) -> bool:
    """An "I don't know" option: a way out, not a distractor."""
    return option_id.casefold() in _ABSTAIN_IDS or normalise(label) in _ABSTAIN_LABELS


def contains_words(haystack: str, needle: str) -> bool:
    """Whether normalised `needle` occurs in normalised `haystack` as whole words."""
    return bool(needle) and f" {needle} " in f" {haystack} "
