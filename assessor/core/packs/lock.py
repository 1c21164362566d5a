"""One installer at a time in a packs folder, across processes.

Installing writes a staging folder and swaps it in by renames; recovery after a crash
removes such folders. Both run only while holding an exclusive lock on `packs/.lock`
(fcntl.flock on POSIX, msvcrt.locking on Windows), so a second process never takes a
staging folder still being written for abandoned debris, nor puts an old version back in
the middle of another's swap. The lock dies with its process: a crashed installer never
leaves it held.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from assessor.core.errors import AssessorError

LOCK_NAME = ".lock"
# Installing a pack of the largest allowed size takes a few seconds; waiting longer than
# this means another process is stuck, and the user should be told.
WAIT_SECONDS = 60.0
_POLL_SECONDS = 0.05


def _try_lock(descriptor: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(descriptor: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        with contextlib.suppress(OSError):
            os.lseek(descriptor, 0, os.SEEK_SET)
            msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(descriptor, fcntl.LOCK_UN)


@contextlib.contextmanager
def packs_lock(root: Path, *, wait: bool = True) -> Iterator[bool]:
    """Hold the packs folder's lock for the `with` block; yields whether it is held.

    With `wait` (installing), waits up to WAIT_SECONDS and then raises AssessorError; without
    (listing, which must never stall the app), yields False at once when another process
    holds it. A folder that cannot hold a lock file (read-only) yields False."""
    try:
        descriptor = os.open(root / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        if wait:
            raise AssessorError.single(
                str(root), f"cannot be locked for installing: {exc.strerror or exc}"
            ) from None
        yield False
        return
    try:
        held = _try_lock(descriptor)
        deadline = time.monotonic() + WAIT_SECONDS
        while not held and wait:
            if time.monotonic() > deadline:
                raise AssessorError.single(
                    str(root), "another Assessor has been installing a pack for over a minute; "
                    "try again when it has finished"
                )
            time.sleep(_POLL_SECONDS)  # polling: flock has no portable timeout
            held = _try_lock(descriptor)
        try:
            yield held
        finally:
            if held:
                _unlock(descriptor)
    finally:
        os.close(descriptor)
