"""A dropped pack is checked in full once, not on every start (issue 14: a signed 15 MiB
pack stalled every start for 20 s), and again as soon as its file changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from assessor.core import packs
from assessor.core.packs import build_pack, generate_key, install_dropped_packs, installed_packs
from assessor.core.packs.verified import RECORD_NAME
from assessor.core.paths import user_questionnaire_dir
from tests.core.packs_factory import pack_members, write_source


def _build(tmp_path: Path, version: str, key: bytes) -> bytes:
    source = write_source(tmp_path / f"src-{version}", pack_members(version=version))
    out = tmp_path / f"acme-{version}.assessorpack"
    build_pack(source, out, key, "Acme Academy")
    return out.read_bytes()


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The pack files checked in full (opened), in order."""
    calls: list[str] = []
    real = packs.open_pack

    def counting(path: Path | str) -> packs.Pack:
        calls.append(Path(path).name)
        return real(path)

    monkeypatch.setattr(packs, "open_pack", counting)
    return calls


def test_a_dropped_pack_is_checked_once_then_only_when_it_changes(
        tmp_path: Path, opened: list[str]) -> None:
    key, _ = generate_key()
    folder = user_questionnaire_dir()
    folder.mkdir(parents=True)
    dropped = folder / "acme.assessorpack"
    dropped.write_bytes(_build(tmp_path, "1.0.0", key))
    [first] = install_dropped_packs()
    assert first.installed is not None and opened.count("acme.assessorpack") >= 1
    assert (folder / "packs" / RECORD_NAME).is_file()
    assert [p.id for p in installed_packs()] == ["acme-pack"]  # the record is no pack

    opened.clear()
    for _start in range(3):
        [again] = install_dropped_packs()
        assert (again.installed, again.problem) == (None, None)
    assert opened == []  # not checked again

    dropped.write_bytes(_build(tmp_path, "1.1.0", key))  # a new version dropped in
    [update] = install_dropped_packs()
    assert update.installed is not None and "acme.assessorpack" in opened
    assert [p.version for p in installed_packs()] == ["1.1.0"]


def test_a_changed_byte_or_a_removed_install_means_a_full_check(
        tmp_path: Path, opened: list[str]) -> None:
    key, _ = generate_key()
    folder = user_questionnaire_dir()
    folder.mkdir(parents=True)
    dropped = folder / "acme.assessorpack"
    data = _build(tmp_path, "1.0.0", key)
    dropped.write_bytes(data)
    install_dropped_packs()
    opened.clear()
    dropped.write_bytes(data[:60] + bytes([data[60] ^ 1]) + data[61:])  # damaged in place
    [damaged] = install_dropped_packs()
    assert opened == ["acme.assessorpack"] and damaged.problem is not None

    dropped.write_bytes(data)
    install_dropped_packs()
    import shutil

    shutil.rmtree(folder / "packs" / "acme-pack")  # the learner removed the installed pack
    opened.clear()
    [reinstalled] = install_dropped_packs()
    assert reinstalled.installed is not None and "acme.assessorpack" in opened


def test_a_damaged_record_only_costs_a_full_check(tmp_path: Path, opened: list[str]) -> None:
    key, _ = generate_key()
    folder = user_questionnaire_dir()
    folder.mkdir(parents=True)
    (folder / "acme.assessorpack").write_bytes(_build(tmp_path, "1.0.0", key))
    install_dropped_packs()
    (folder / "packs" / RECORD_NAME).write_bytes(b"\xff{ not json")
    opened.clear()
    [outcome] = install_dropped_packs()
    assert (outcome.installed, outcome.problem) == (None, None)
    assert opened == ["acme.assessorpack"]
