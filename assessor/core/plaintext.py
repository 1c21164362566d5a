"""The one rule for short texts that come from strangers and are shown as names: provider
names, signer names, pack member names.

Such a text must not be able to look like something else on screen: a newline or a line
separator would start a line the app seems to have printed itself, a bidi control (U+202A–
U+202E, U+2066–U+2069, U+200E/U+200F, U+061C) reorders what follows it, and zero-width or
invisible characters make two different names look the same. Authors' texts with such
characters are refused (`unsafe_character`); texts that must still be shown (a claimed
signer of an old pack) are made safe first (`display_line`).
"""

from __future__ import annotations

import re

__all__ = ["UNSAFE_CHARACTERS", "display_line", "is_web_address", "unsafe_character"]

# C0 and C1 controls, DEL, line/paragraph separators, bidi controls and marks, zero-width
# and invisible formatting characters (soft hyphen, word joiner, BOM, Mongolian vowel sep).
UNSAFE_CHARACTERS = re.compile(
    "[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]"
)
# The contact text may span lines: the same rule, newlines allowed.
UNSAFE_MULTILINE_CHARACTERS = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069"
    "\ufeff]"
)
ELLIPSIS = "…"
# An address a report may turn into a link: a web page, or an e-mail address. Anything else
# (javascript:, file:, data:, a relative path) is shown as text, never linked.
# Quotes and angle brackets are allowed (reports escape them); white space is not.
_WEB_ADDRESS_RE = re.compile(r"(?:https?://\S+|mailto:[^\s:/]+@[^\s/]+)", re.IGNORECASE)
MAX_ADDRESS_LENGTH = 2000


def is_web_address(url: str, *, mail: bool = True) -> bool:
    """Whether `url` is an http(s) (or, with `mail`, mailto:) address, in full."""
    if len(url) > MAX_ADDRESS_LENGTH or unsafe_character(url) is not None:
        return False
    if not mail and url[:7].lower() == "mailto:":
        return False
    return _WEB_ADDRESS_RE.fullmatch(url) is not None


def unsafe_character(text: str, *, multiline: bool = False) -> str | None:
    """The first character that may not appear in a shown name, as U+XXXX, or None."""
    pattern = UNSAFE_MULTILINE_CHARACTERS if multiline else UNSAFE_CHARACTERS
    found = pattern.search(text)
    return f"U+{ord(found.group()):04X}" if found else None


def display_line(text: str, limit: int) -> str:
    """`text` made safe to show on one line: every unsafe character becomes U+FFFD (so a
    tampering attempt stays visible), runs of white space become one space, and the
    result is cut to `limit` characters."""
    cleaned = " ".join(UNSAFE_CHARACTERS.sub("\ufffd", text).split())
    if len(cleaned) > limit:
        cleaned = cleaned[: max(limit - 1, 0)] + ELLIPSIS
    return cleaned


def path_text(path: object) -> str:
    """A file name as text that can be printed and written in UTF-8: bytes of a name that
    are not UTF-8 (which Python keeps as lone surrogates) become U+FFFD."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
