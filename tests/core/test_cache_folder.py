"""The cache folder's files: written whole, other versions' folders and a killed write's
leftovers removed, at most so many kept, and a folder that cannot be written never an
error."""

from __future__ import annotations

import os
import time
from pathlib import Path

from assessor.core.atomic import TEMP_PREFIX
from assessor.core.cache_folder import version_folder, write_kept


def test_a_file_is_written_and_other_versions_and_stale_leftovers_go(
        isolated_user_dirs: Path) -> None:
    old_version = version_folder("kind-", "old")
    old_version.mkdir(parents=True)
    (old_version / "a.bin").write_bytes(b"old")
    unrelated = version_folder("other-kind-", "v1")
    unrelated.mkdir(parents=True)
    folder = version_folder("kind-", "new")
    folder.mkdir(parents=True)
    stale = folder / f"{TEMP_PREFIX}killed"
    stale.write_bytes(b"half")
    an_hour_ago = time.time() - 7200
    os.utime(stale, (an_hour_ago, an_hour_ago))
    in_progress = folder / f"{TEMP_PREFIX}another-process"
    in_progress.write_bytes(b"being written")

    write_kept(folder / "b.bin", b"picture", prefix="kind-", kept=5)

    assert (folder / "b.bin").read_bytes() == b"picture"
    assert not old_version.exists()
    assert unrelated.exists()
    assert not stale.exists()
    assert in_progress.exists()


def test_at_most_kept_files_stay_the_newest_and_the_one_just_written(
        isolated_user_dirs: Path) -> None:
    folder = version_folder("bounded-", "v")
    for index in range(6):
        write_kept(folder / f"{index}.bin", b"x", prefix="bounded-", kept=3)
        written = time.time() - 100 + index
        os.utime(folder / f"{index}.bin", (written, written))
    assert sorted(path.name for path in folder.glob("*.bin")) == ["3.bin", "4.bin", "5.bin"]


def test_a_folder_that_cannot_be_written_keeps_nothing_and_raises_nothing(
        isolated_user_dirs: Path) -> None:
    blocked = version_folder("blocked-", "v")
    blocked.parent.mkdir(parents=True, exist_ok=True)
    blocked.write_bytes(b"a file where the folder would be")
    write_kept(blocked / "c.bin", b"picture", prefix="blocked-", kept=3)
    assert blocked.read_bytes() == b"a file where the folder would be"
