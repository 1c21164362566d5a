"""The moment, as every stored or exported timestamp writes it."""

from __future__ import annotations

from datetime import datetime


def now_iso() -> str:
    """Now, in local time with its UTC offset, to the second (ISO 8601)."""
    return datetime.now().astimezone().isoformat(timespec="seconds")
