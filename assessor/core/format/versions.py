"""The one reading of a `format` value (`FAMILY/MAJOR[.MINOR]`), shared by questionnaires,
packs and results: which major version a file claims, and whether this version reads it."""

from __future__ import annotations

import re

READABLE_MAJOR = "1"  # every format this version of Assessor reads is at major version 1


def format_major(value: object, family: str, *, minor: bool = True) -> str | None:
    """The MAJOR of `FAMILY/MAJOR` (or `FAMILY/MAJOR.MINOR` when `minor`); None for any
    other value."""
    if not isinstance(value, str):
        return None
    pattern = re.escape(family) + r"/(\d+)" + (r"(?:\.\d+)?" if minor else "")
    match = re.fullmatch(pattern, value)
    return match.group(1) if match else None


def unreadable_format(value: object, family: str, expected: str, *,
                      what: str = "format") -> str | None:
    """Why the `format` value of a `family` file cannot be read, in words, or None when
    this version reads it: not text, not this family, or a newer major version. `expected`
    is the format this version writes (`assessor/1`); `what` names it in the message."""
    if not isinstance(value, str):
        return f"'format' must be the text '{expected}'"
    major = format_major(value, family)
    if major is None:
        return f"unknown format '{value}' (expected '{expected}')"
    if major != READABLE_MAJOR:
        return (f"{what} '{value}' is newer than this version of Assessor reads (it reads "
                f"{expected}, major version {READABLE_MAJOR}); update Assessor")
    return None
