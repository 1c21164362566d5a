"""A full disk and a read-only data folder, real where the machine allows it.

As root with mount rights, a 200 KiB tmpfs is mounted for the full disk and remounted
read-only for the read-only folder; elsewhere (no privileges, not Linux) the same failure
is injected (`OSError(ENOSPC)` / `OSError(EROFS)` from the write path, SQLite's own full-disk
and read-only errors from the store). Each test records which of the two it used.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assessor.core import atomic
from assessor.core.errors import AssessorError
from assessor.core.integrity import integrity_hash
from assessor.core.results import read_result_file
from assessor.core.results.store_import import export_result
from assessor.core.store import Store, StoreError
from tests.robustness.fault_child import synthetic_result
from tests.robustness.profiles import record

TEST_FULL = "full disk"
TEST_READ_ONLY = "read-only data folder"


def small_result() -> dict[str, Any]:
    result = synthetic_result(1)
    result["answers"] = {"a": "x"}
    result["integrity"] = {"sha256": integrity_hash(result)}
    return result


def _mount(*args: str) -> bool:
    if os.environ.get("ASSESSOR_ROBUSTNESS_NO_MOUNT"):  # to exercise the injected path
        return False
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    done = subprocess.run(["mount", *args], capture_output=True, check=False)
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[tuple[Path, bool]]:
    """A folder on a 200 KiB tmpfs if one can be mounted; (folder, real?)."""
    folder = tmp_path / "disk"
    folder.mkdir()
    real = _mount("-t", "tmpfs", "-o", "size=200k", "tmpfs", str(folder))
    try:
        yield folder, real
    finally:
        if real:
            subprocess.run(["umount", "-l", str(folder)], check=False, capture_output=True)


def fill(folder: Path) -> Path:
    """Fill the disk to the last byte; returns the filler file (delete it to free space)."""
    filler = folder / "filler"
    with contextlib.suppress(OSError), open(filler, "wb", buffering=0) as stream:
        while True:
            stream.write(b"\0" * 4096)
    with contextlib.suppress(OSError), open(filler, "ab", buffering=0) as stream:
        while True:
            stream.write(b"\0")
    return filler


def test_export_to_a_full_disk_is_refused_and_keeps_the_old_file(
    small_disk: tuple[Path, bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, real = small_disk
    target = folder / "result.json"
    old = small_result()
    export_result(old, target)
    if real:
        fill(folder)
    else:

        def no_space(_descriptor: int) -> None:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        monkeypatch.setattr(atomic.os, "fsync", no_space)
    with pytest.raises(AssessorError) as caught:
        export_result(synthetic_result(2), target)
    assert caught.value.lines() == [f"{target}: cannot be written: {os.strerror(errno.ENOSPC)}"]
    assert read_result_file(target) == old
    assert list(folder.glob(atomic.TEMP_PREFIX + "*")) == []
    record(TEST_FULL, f"export refused, old file kept ({'tmpfs' if real else 'injected'})")


def test_answers_on_a_full_disk_are_refused_clearly_and_none_acknowledged_is_lost(
    small_disk: tuple[Path, bool],
) -> None:
    folder, real = small_disk
    if not real:
        pytest.skip(
            "covered by injection in tests/core/store/test_store_recovery.py "
            "(test_full_disk_while_answering_keeps_earlier_answers_and_recovers)"
        )
    acknowledged: dict[str, str] = {}
    with Store.open(folder) as store:
        draft = store.start_draft(store.default_profile(), "q", "0" * 64)
        with pytest.raises(StoreError) as caught:
            for index in range(10_000):
                store.save_answer(draft, f"item-{index}", "x" * 2000)
                acknowledged[f"item-{index}"] = "x" * 2000
        assert caught.value.lines() == [
            f"{store.path}: could not save the answer: the disk is full; free some space "
            "and try again"
        ]
        assert acknowledged, "the disk filled before the first answer"
        answers = store.load_draft(draft).answers
    lost = [k for k, v in acknowledged.items() if answers.get(k) != v]
    with Store.open(folder) as store:
        lost += [k for k, v in acknowledged.items() if store.load_draft(draft).answers.get(k) != v]
    record(
        TEST_FULL, "store: answers acknowledged before the disk filled (tmpfs)", len(acknowledged)
    )
    record(TEST_FULL, "store: data lost (tmpfs)", len(lost))
    assert lost == []


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[tuple[Path, bool]]:
    """A folder on a tmpfs that can be switched to read-only, if mounting is allowed."""
    folder = tmp_path / "ro"
    folder.mkdir()
    real = _mount("-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder))
    try:
        yield folder, real
    finally:
        if real:
            subprocess.run(["umount", "-l", str(folder)], check=False, capture_output=True)


def test_a_read_only_data_folder_gives_clear_messages_and_keeps_the_data(
    read_only_folder: tuple[Path, bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, real = read_only_folder
    with Store.open(folder) as store:
        draft = store.start_draft(store.default_profile(), "q", "0" * 64)
        store.save_answer(draft, "kept", 1)
    old = small_result()
    export_result(old, folder / "result.json")
    if real:
        assert _mount("-o", "remount,ro", str(folder))
    else:

        def read_only(*_args: object, **_kwargs: object) -> None:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))

        monkeypatch.setattr(atomic.tempfile, "mkstemp", read_only)
    how = "remounted read-only tmpfs" if real else "injected EROFS"

    with pytest.raises(AssessorError) as caught:
        export_result(synthetic_result(2), folder / "result.json")
    assert caught.value.lines() == [
        f"{folder / 'result.json'}: cannot be written: {os.strerror(errno.EROFS)}"
    ]
    assert read_result_file(folder / "result.json") == old
    record(TEST_READ_ONLY, f"export refused, old file kept ({how})")
    if not real:
        return
    # The store cannot work in a read-only folder: it says so, and leaves the file alone.
    with pytest.raises(StoreError) as refused:
        Store.open(folder)
    message = str(refused.value)
    assert str(folder) in message and "\n" not in message
    assert "read-only" in message or "cannot be opened" in message, message
    assert list(folder.glob("assessor-damaged-*")) == []
    assert _mount("-o", "remount,rw", str(folder))
    with Store.open(folder) as store:
        assert store.load_draft(draft).answers == {"kept": 1}
    record(TEST_READ_ONLY, f"store refused with a clear message, data kept ({how})")
