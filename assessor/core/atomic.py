"""Atomic, checked file writes: temp file in the same folder, fsync, os.replace, fsync dir."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import time
from pathlib import Path

from assessor.core.errors import AssessorError

TEMP_PREFIX = ".assessor-tmp-"


def _current_umask() -> int:
    # os.umask can only be read by setting it; done once, at import, before any threads.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _current_umask()


def write_atomic(path: Path | str, data: bytes, *, private: bool = False) -> None:
    """Replace `path` with `data` so that readers see the old or the new file, never half.

    A symbolic link is followed (the file it points to is replaced, the link stays). A
    character device (`-o /dev/null`, `/dev/stdout`) is written to as it is: replacing it
    with a regular file would break it for everyone. Pipes, sockets and block devices are
    refused. `private` keeps the file readable by its owner only from the first byte on
    (for secret keys)."""
    path = Path(path)
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    try:
        mode = path.stat().st_mode
    except OSError:
        mode = stat.S_IFREG  # absent (or unreachable): creating it reports any problem
    if stat.S_ISCHR(mode):
        _write_to_device(path, data)
        return
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        raise AssessorError.single(str(path), "cannot be written: it is a pipe, socket or "
                                              "disk device, not a file")
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=folder)
    except OSError as exc:
        raise AssessorError.single(str(path), f"cannot be written: {exc.strerror or exc}") from None
    try:
        # mkstemp makes the file private (0600); a report or export should get the same
        # permissions as any file the user saves, so apply the umask as open() would.
        if not private:
            os.chmod(temp_name, 0o666 & ~_UMASK)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise AssessorError.single(str(path), f"cannot be written: {exc.strerror or exc}") from None
    fsync_folder(folder)


def _write_to_device(path: Path, data: bytes) -> None:
    try:
        with open(path, "wb") as stream:
            stream.write(data)
            stream.flush()
    except OSError as exc:
        raise AssessorError.single(str(path), f"cannot be written: {exc.strerror or exc}") from None


def fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable; not possible on every platform (e.g. Windows).
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def clean_stray_temp_files(folder: Path, min_age_seconds: float = 0.0) -> int:
    """Remove temp files left by a write that was killed; returns how many. With a
    `min_age_seconds`, younger ones are left alone: they may be another running process's
    write in progress (a second app window, a migration's backup copy)."""
    removed = 0
    try:
        entries = list(folder.glob(TEMP_PREFIX + "*"))
    except OSError:
        return 0
    newest = time.time() - min_age_seconds
    for entry in entries:
        with contextlib.suppress(OSError):
            if min_age_seconds and entry.lstat().st_mtime > newest:
                continue
            entry.unlink()
            removed += 1
    return removed
