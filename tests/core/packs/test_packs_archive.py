"""Provider packs: hostile archives (unsafe member names, symlinks, zip bombs, lying
sizes) are refused, naming what is wrong."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assessor.core.packs.archive import member_name_problem
from tests.core.packs_factory import (
    deflated_info,
    pack_members,
    refusal,
    symlink_info,
    write_zip,
)


@pytest.mark.parametrize(
    ("member", "reason"),
    [
        ("../x.yaml", "escape the pack"),
        ("sub/../../x.yaml", "escape the pack"),
        ("/etc/passwd.txt", "absolute path"),
        ("C:\\x.yaml", "backslash"),
        ("C:/x.yaml", "drive letter"),
        ("run.sh", "not a kind of file"),
        (".hidden.yaml", "hidden file"),
    ],
)
def test_unsafe_member_names_are_refused_naming_member(tmp_path: Path, member: str, reason: str) -> None:
    path = write_zip(tmp_path / "evil.assessorpack", {**pack_members(), member: b"x: 1\n"})
    with zipfile.ZipFile(path) as archive:
        assert member in archive.namelist()  # zipfile kept the hostile name as written
    message = refusal(path)
    assert message.startswith(f"{path}: member '{member}'")
    assert reason in message
    assert "\n" not in message


def test_symlink_member_is_refused(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "l.assessorpack", pack_members(), [(symlink_info("readme.txt"), b"/etc/passwd")])
    assert refusal(path) == f"{path}: member 'readme.txt' is a symbolic link"


def test_zip_bomb_member_over_5_mib_is_refused(tmp_path: Path) -> None:
    bomb = bytes(6 * 1024 * 1024)
    path = write_zip(tmp_path / "b.assessorpack", pack_members(), [(deflated_info("zeros.txt"), bomb)])
    assert os.path.getsize(path) < 100_000  # it really is a bomb: tiny on disk
    assert refusal(path) == f"{path}: member 'zeros.txt' is larger than 5 MiB uncompressed"


def test_absurd_compression_ratio_is_refused_below_size_limit(tmp_path: Path) -> None:
    path = write_zip(
        tmp_path / "b.assessorpack", pack_members(), [(deflated_info("zeros.txt"), bytes(2 * 1024 * 1024))]
    )
    assert "compressed more than 100:1" in refusal(path)


@pytest.mark.parametrize("duplicate", ["acme-check.yaml", "ACME-check.yaml"])
def test_duplicate_member_names_are_refused(tmp_path: Path, duplicate: str) -> None:
    path = write_zip(tmp_path / "d.assessorpack", pack_members(), [(deflated_info(duplicate), b"x")])
    assert "appears twice" in refusal(path)


def test_too_many_members_and_too_large_archive_and_not_a_zip(tmp_path: Path) -> None:
    many = {f"n{i}.txt": b"x" for i in range(201)}
    assert "members (at most 200)" in refusal(write_zip(tmp_path / "m.assessorpack", many))
    huge = tmp_path / "h.assessorpack"
    with open(huge, "wb") as handle:
        handle.truncate(21 * 1024 * 1024)
    assert refusal(huge) == f"{huge}: is larger than 20 MiB"
    text = tmp_path / "t.assessorpack"
    text.write_text("format: assessor-pack/1\n")
    assert "is not a valid pack (zip archive)" in refusal(text)




def test_member_sizes_in_the_zip_directory_are_only_claims(tmp_path: Path) -> None:
    import random
    import struct

    data = random.Random(1).randbytes(200_000)
    path = write_zip(tmp_path / "lying.assessorpack", {**pack_members(), "notes.txt": data})
    raw = bytearray(path.read_bytes())
    # Patch the central directory's "uncompressed size" of notes.txt to claim 10 bytes.
    entry = raw.index(b"PK\x01\x02")
    while raw[entry + 46 : entry + 46 + 9] != b"notes.txt":
        entry = raw.index(b"PK\x01\x02", entry + 4)
    raw[entry + 24 : entry + 28] = struct.pack("<I", 10)
    path.write_bytes(bytes(raw))
    message = refusal(path)
    assert message.startswith(f"{path}: member 'notes.txt' is damaged")


@given(st.lists(st.sampled_from(["a", "b.yaml", "..", ".", "", "/", "\\", "C:", "x.txt", "%2e%2e", "\u2025"]), min_size=1, max_size=6))
def test_accepted_member_names_never_leave_the_pack_folder(parts: list[str]) -> None:
    name = "/".join(parts)
    if member_name_problem(name) is not None:
        return
    base = Path("/pack-root")
    target = base.joinpath(*name.split("/"))
    assert os.path.normpath(target).startswith(str(base) + os.sep)
    assert ".." not in Path(os.path.normpath(target)).relative_to(base).parts
