"""Installing packs when the world is not tidy: a file manager's stray files, a damaged or
deleted installed pack, another process listing packs meanwhile (issue 14, security 4, 8)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assessor.core.errors import AssessorError
from assessor.core.packs import generate_key, install_pack, installed_packs
from assessor.core.packs.trust import read_trust
from tests.core.packs_factory import built

CHILD = Path(__file__).resolve().parent / "pack_install_child.py"
REPO_ROOT = Path(__file__).resolve().parents[3]
JUNK = ("desktop.ini", "Thumbs.db", ".DS_Store", "ehthumbs.db", "Icon\r")


@pytest.fixture(scope="module")
def keys() -> tuple[tuple[bytes, str], tuple[bytes, str]]:
    return generate_key(), generate_key()


def test_stray_os_files_in_an_installed_pack_do_not_make_it_unreadable(
    tmp_path: Path, keys: tuple[tuple[bytes, str], tuple[bytes, str]]
) -> None:
    root = tmp_path / "packs"
    folder = install_pack(built(tmp_path, key=keys[0]), root)
    (folder / "sub").mkdir()
    for name in JUNK:
        (folder / name).write_bytes(b"[.ShellClassInfo]\r\n")
        (folder / "sub" / name).write_bytes(b"\x00\x01")
    problems: list[str] = []
    [listed] = installed_packs(root, problems)
    assert problems == []
    assert (listed.id, listed.signature_status) == ("acme-pack", "valid")


@pytest.mark.parametrize("damage", ["unknown file", "pack.yaml removed", "folder deleted"])
def test_trust_on_first_use_survives_an_unreadable_or_missing_installed_pack(
    tmp_path: Path, keys: tuple[tuple[bytes, str], tuple[bytes, str]], damage: str
) -> None:
    root = tmp_path / "packs"
    folder = install_pack(built(tmp_path, "v1", key=keys[0], version="1.0.0"), root)
    first = read_trust(root, "acme-pack")
    assert first is not None
    if damage == "unknown file":
        (folder / "setup.exe").write_bytes(b"MZ")
    elif damage == "pack.yaml removed":
        (folder / "pack.yaml").unlink()
    else:
        shutil.rmtree(folder)
    problems: list[str] = []
    assert installed_packs(root, problems) == []  # it no longer reads (or is gone) ...
    other = built(tmp_path, "v2", key=keys[1], version="2.0.0")
    with pytest.raises(AssessorError, match=f"was signed with key {first.fingerprint}"):
        install_pack(other, root)  # ... yet another key is still refused
    unsigned = built(tmp_path, "v3", version="3.0.0")
    with pytest.raises(AssessorError, match="this pack is not signed"):
        install_pack(unsigned, root)
    install_pack(unsigned, root, force=True)
    assert read_trust(root, "acme-pack") == first  # forcing an unsigned pack keeps trust
    install_pack(built(tmp_path, "v4", key=keys[0], version="4.0.0"), root)  # the first key
    install_pack(other, root, force=True)
    replaced = read_trust(root, "acme-pack")
    assert replaced is not None and replaced.fingerprint != first.fingerprint


def run_child(pack: Path, root: Path, pause: str) -> subprocess.Popen[str]:
    environment = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    return subprocess.Popen(
        [sys.executable, str(CHILD), str(pack), str(root), pause],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=environment,
    )


@pytest.mark.parametrize("pause", ["staged", "swapping"])
def test_listing_packs_while_another_process_installs_loses_nothing(
    tmp_path: Path, pause: str
) -> None:
    root = tmp_path / "packs"
    install_pack(built(tmp_path, "v1", version="1.0.0"), root)
    newer = built(tmp_path, "v2", version="2.0.0")
    with run_child(newer, root, pause) as child:
        assert child.stdin is not None and child.stdout is not None and child.stderr is not None
        try:
            assert child.stdout.readline() == "paused\n", child.stderr.read()
            # This process lists packs while the other is half-way through its install.
            staging = [p for p in root.iterdir() if p.name.startswith(".assessor-tmp-")]
            assert staging
            listed = installed_packs(root)
            assert all(p.exists() for p in staging)  # the other's folders are left alone
            assert [p.version for p in listed] in ([], ["1.0.0"])
            child.stdin.write("go\n")
            child.stdin.flush()
            outcome = child.stdout.readline()
            assert child.wait(timeout=60) == 0, (outcome, child.stderr.read())
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
    assert outcome.startswith("installed ")
    [final] = installed_packs(root)
    assert final.version == "2.0.0" and final.signature_status == "unsigned"
    assert sorted(p.name for p in (root / "acme-pack").iterdir()) == sorted(final.members)
    assert not [p for p in root.iterdir() if p.name.startswith(".assessor-tmp-")]
