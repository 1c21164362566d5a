"""Progress of long command-line work on one self-overwriting stderr line: shown only on a
terminal (a pipe or a log file stays clean) and only once the work has taken a moment."""

from __future__ import annotations

import sys
import time
from typing import TextIO

_QUIET_FOR = 0.3  # seconds; shorter work shows nothing
_EVERY = 0.1  # seconds between redraws


class Progress:
    """Call with (done, total) as work advances; `close()` (or the with-block) erases it."""

    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        self._label = label
        self._stream = stream if stream is not None else sys.stderr
        try:
            self._enabled = self._stream.isatty()
        except (AttributeError, ValueError):  # a closed or replaced stream
            self._enabled = False
        self._started = time.monotonic()
        self._last = 0.0
        self._width = 0

    def __call__(self, done: int, total: int) -> None:
        if not self._enabled:
            return
        now = time.monotonic()
        if now - self._started < _QUIET_FOR or (now - self._last < _EVERY and done < total):
            return
        self._last = now
        percent = 100 * done // total if total else 100
        text = f"{self._label}: {done}/{total} ({percent}%)"
        self._stream.write("\r" + text.ljust(self._width))
        self._stream.flush()
        self._width = len(text)

    def close(self) -> None:
        if self._enabled and self._width:
            self._stream.write("\r" + " " * self._width + "\r")
            self._stream.flush()
            self._width = 0

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def wrote(path: object) -> None:
    """The one success message every command prints when it has written a file."""
    print(f"wrote {path}", file=sys.stderr)
