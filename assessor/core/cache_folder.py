"""Files kept in the user's cache folder: what can always be made again (ladder layouts
and ladder pictures, `charts/kept_layouts.py` and `ui/chart_pictures.py`), never anything
of a person.

Each kind of file lives in a folder named by its prefix and by a digest of what its files
depend on besides their own key (the code and fonts that made them): another version
writes another folder, and the first write of a process removes the other versions'
folders. Writes are atomic (`atomic.write_atomic`), and best effort: a cache that cannot
be written is a cache without that file. Each folder holds at most a given number of
files, the oldest going first."""

from __future__ import annotations

import contextlib
import shutil
import threading
from pathlib import Path

from assessor.core.atomic import clean_stray_temp_files, write_atomic
from assessor.core.errors import AssessorError
from assessor.core.paths import user_cache_dir

__all__ = ["version_folder", "write_kept"]

_STRAY_AGE = 3600.0  # seconds: a temp file older than this was left by a killed write
_lock = threading.Lock()
_tidied: set[Path] = set()


def version_folder(prefix: str, version: str) -> Path:
    """The folder this version's files of one kind are kept in."""
    return user_cache_dir() / f"{prefix}{version}"


def write_kept(path: Path, data: bytes, *, prefix: str, kept: int) -> None:
    """Write `data` to `path` (in a `version_folder` of `prefix`), then drop the oldest
    files there past `kept` (never `path`)."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with _lock:
            first = folder not in _tidied
            _tidied.add(folder)
        if first:
            _tidy(folder, prefix)
        write_atomic(path, data)
        _bound(folder, path, path.suffix, kept)
    except (OSError, AssessorError):
        pass


def _tidy(folder: Path, prefix: str) -> None:
    """Other versions' folders, and what a killed write left behind."""
    for other in folder.parent.glob(f"{prefix}*"):
        if other != folder and other.is_dir():
            shutil.rmtree(other, ignore_errors=True)
    clean_stray_temp_files(folder, _STRAY_AGE)


def _bound(folder: Path, written_now: Path, suffix: str, kept: int) -> None:
    files = [path for path in folder.glob(f"*{suffix}") if path != written_now]
    if len(files) < kept:
        return

    def written(path: Path) -> float:
        try:
            return path.stat().st_mtime
        except OSError:
            return 0.0

    for old in sorted(files, key=written)[:len(files) - kept + 1]:
        with contextlib.suppress(OSError):
            old.unlink()
