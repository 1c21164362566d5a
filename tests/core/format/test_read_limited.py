"""`read_limited` reads a file as a buffered read would, with its own os.read loop: every
byte when it is within the limit, a refusal past it, and the same bytes when the system
hands the file over in short pieces."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assessor.core.errors import AssessorError
from assessor.core.format import yamlsafe
from assessor.core.format.yamlsafe import read_limited


@pytest.mark.parametrize("size", [0, 1, 99, 100])
def test_a_file_within_the_limit_is_read_whole(tmp_path: Path, size: int) -> None:
    path = tmp_path / "f.json"
    data = bytes(range(256)) * (size // 256 + 1)
    path.write_bytes(data[:size])
    assert read_limited(path, limit=100) == data[:size]


def test_a_file_past_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "f.json"
    path.write_bytes(b"x" * 101)
    with pytest.raises(AssessorError, match="is larger than"):
        read_limited(path, limit=100)


def test_short_reads_are_joined(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A read may give fewer bytes than asked (a signal, a network file system): the rest
    is read until the end of the file or one byte past the limit."""
    real_read = os.read
    calls: list[int] = []

    def three_at_a_time(descriptor: int, wanted: int) -> bytes:
        calls.append(wanted)
        return real_read(descriptor, min(wanted, 3))

    monkeypatch.setattr(yamlsafe.os, "read", three_at_a_time)
    path = tmp_path / "f.json"
    path.write_bytes(b"0123456789")
    assert read_limited(path, limit=100) == b"0123456789"
    assert calls[0] == 11  # what the file holds, and one more to notice growth
    path.write_bytes(b"x" * 10)
    with pytest.raises(AssessorError, match="is larger than"):
        read_limited(path, limit=8)
