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
