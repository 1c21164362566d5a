"""Atomic writes: all or nothing, ordinary permissions, no temp files left behind."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from assessor.core.atomic import clean_stray_temp_files, write_atomic
from assessor.core.errors import AssessorError


def test_written_file_gets_umask_permissions_not_private(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    write_atomic(target, b"<p>hi</p>")
    mask = os.umask(0o022)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask
    assert target.read_bytes() == b"<p>hi</p>"


def test_failed_write_keeps_the_old_file_and_leaves_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "result.json"
    target.write_bytes(b"old")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(AssessorError, match="No space left"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in folder.iterdir()] == ["result.json"]


def test_stray_temp_files_are_cleaned(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / ".assessor-tmp-abc").write_bytes(b"half")
    (folder / "keep.json").write_bytes(b"{}")
    assert clean_stray_temp_files(folder) == 1
    assert [p.name for p in folder.iterdir()] == ["keep.json"]


def test_a_named_pipe_is_refused_not_replaced(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    pipe = folder / "report.html"
    os.mkfifo(pipe)
    with pytest.raises(AssessorError, match="it is a pipe, socket or disk device, not a file"):
        write_atomic(pipe, b"data")
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert [p.name for p in folder.iterdir()] == ["report.html"]


def test_a_symbolic_link_is_followed_and_kept(tmp_path: Path) -> None:
    target = tmp_path / "real" / "result.json"
    target.parent.mkdir()
    target.write_bytes(b"old")
    link = tmp_path / "result.json"
    link.symlink_to(target)
    write_atomic(link, b"new")
    assert link.is_symlink() and target.read_bytes() == b"new"


def test_a_character_device_is_written_to_not_replaced() -> None:
    # As root, replacing /dev/null with a regular file broke every program on the machine.
    write_atomic("/dev/null", b"data")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    with pytest.raises(AssessorError, match="cannot be written: No space left on device"):
        write_atomic("/dev/full", b"data")
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)
