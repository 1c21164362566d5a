"""Provider packs: installing into the user's folder, trust on first use, versions,
failed and interrupted installs, dropped packs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assessor.core import packs
from assessor.core.errors import AssessorError
from assessor.core.format.loading import load_questionnaire
from assessor.core.packs import (
    generate_key,
    install_dropped_packs,
    install_pack,
    installed_packs,
    open_pack,
    pack_for_questionnaire,
    provider_for_questionnaire,
)
from assessor.core.packs.signing import TAMPERED
from assessor.core.paths import user_questionnaire_dir
from tests.conftest import REPO_ROOT
from tests.core.packs_factory import (
    SVG_LOGO,
    built,
    pack_members,
    write_zip,
)


@pytest.fixture(scope="module")
def key() -> tuple[bytes, str]:
    return generate_key()


def test_install_into_user_folder_then_questionnaire_loads_with_branding(
    tmp_path: Path, isolated_user_dirs: Path, key: tuple[bytes, str]
) -> None:
    folder = install_pack(built(tmp_path, key=key))
    assert folder == user_questionnaire_dir() / "packs" / "acme-pack"
    assert folder.is_relative_to(isolated_user_dirs)
    assert sorted(p.name for p in folder.iterdir()) == [
        "acme-check.yaml", "acme-model.yaml", "logo.svg", "pack.yaml", "signature.json"
    ]
    questionnaire = load_questionnaire(folder / "acme-check.yaml")
    assert questionnaire.career is not None and questionnaire.career.id == "acme-model"
    [listed] = installed_packs()
    assert (listed.id, listed.signature_status, listed.signer) == ("acme-pack", "valid", "Acme Academy")
    provider = provider_for_questionnaire(folder / "acme-check.yaml")
    assert provider is not None and provider.name == "Acme Academy" and provider.logo == SVG_LOGO.encode()
    assert provider_for_questionnaire(REPO_ROOT / "examples/provider-pack/northwind-ai-security-check.yaml") is None
    assert provider_for_questionnaire(folder / "pack.yaml") is None
    assert not list(folder.parent.glob(".assessor-tmp*"))


def test_installed_pack_changed_on_disk_shows_invalid_signature(tmp_path: Path, key: tuple[bytes, str]) -> None:
    folder = install_pack(built(tmp_path, key=key))
    (folder / "acme-check.yaml").write_text((folder / "acme-check.yaml").read_text().replace("I train", "I am"))
    [listed] = installed_packs()
    assert listed.signature_status == "invalid"
    pack = pack_for_questionnaire(folder / "acme-check.yaml")
    assert pack is not None and any(TAMPERED in w for w in pack.warnings)


def test_install_refuses_untrusted_pack_unless_forced(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "r.assessorpack", pack_members(require_signature=True))
    with pytest.raises(AssessorError, match=r"not installed: .*requires a signature"):
        install_pack(path)
    assert installed_packs() == []
    assert install_pack(path, force=True).is_dir()


def test_install_refuses_older_version_and_replaces_with_newer(tmp_path: Path) -> None:
    install_pack(built(tmp_path, "v2", version="2.0.0"))
    with pytest.raises(AssessorError, match=re.escape("version 2.0.0 of 'acme-pack' is already installed, newer than 1.10.0")):
        install_pack(built(tmp_path, "v1", version="1.10.0"))
    install_pack(built(tmp_path, "v3", version="2.10.0"))
    assert [p.version for p in installed_packs()] == ["2.10.0"]
    install_pack(built(tmp_path, "v1", version="1.10.0"), force=True)
    assert [p.version for p in installed_packs()] == ["1.10.0"]


def test_install_keeps_trust_on_first_use_of_signing_key(tmp_path: Path, key: tuple[bytes, str]) -> None:
    install_pack(built(tmp_path, "first", key=key))
    other = generate_key()
    with pytest.raises(AssessorError, match=r"was signed with key .* this pack is signed with key"):
        install_pack(built(tmp_path, "other", key=other, version="1.1.0"))
    with pytest.raises(AssessorError, match="this pack is not signed"):
        install_pack(built(tmp_path, "unsigned", version="1.1.0"))
    install_pack(built(tmp_path, "same", key=key, version="1.1.0"))
    assert [p.version for p in installed_packs()] == ["1.1.0"]


def test_failed_install_leaves_the_installed_version_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = install_pack(built(tmp_path, "v1", version="1.0.0"))
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    calls = []

    def failing_write(path: Path, data: bytes) -> None:
        calls.append(path)
        if len(calls) == 3:
            raise AssessorError.single(str(path), "cannot be written: No space left on device")
        Path(path).write_bytes(data)

    monkeypatch.setattr(packs, "write_atomic", failing_write)
    with pytest.raises(AssessorError, match="No space left"):
        install_pack(built(tmp_path, "v2", version="2.0.0"))
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert sorted(p.name for p in folder.parent.iterdir() if p.name != ".lock") == ["acme-pack"]


def test_install_interrupted_between_renames_is_recovered(tmp_path: Path) -> None:
    folder = install_pack(built(tmp_path))
    limbo = folder.parent / ".assessor-tmp-old-acme-pack-x1"
    limbo.mkdir()
    folder.rename(limbo / "acme-pack")
    [listed] = installed_packs()
    assert listed.id == "acme-pack" and folder.is_dir() and not limbo.exists()


def test_open_pack_writes_nothing(tmp_path: Path, isolated_user_dirs: Path) -> None:
    path = built(tmp_path)
    before = sorted(tmp_path.rglob("*"))
    open_pack(path)
    assert sorted(tmp_path.rglob("*")) == before
    assert list(isolated_user_dirs.iterdir()) == []


def test_dropped_packs_are_installed_once_and_bad_ones_reported(tmp_path: Path) -> None:
    folder = user_questionnaire_dir()
    folder.mkdir(parents=True)
    good = built(tmp_path, "good")
    (folder / "acme.assessorpack").write_bytes(good.read_bytes())
    evil = write_zip(folder / "evil.assessorpack", {**pack_members(pack_id="evil"), "../x.yaml": b"x"})
    first = {o.path.name: o for o in install_dropped_packs()}
    assert first["acme.assessorpack"].installed == folder / "packs" / "acme-pack"
    assert first["evil.assessorpack"].installed is None
    assert first["evil.assessorpack"].problem == f"{evil}: member '../x.yaml' has '..' in its path, which would escape the pack"
    again = {o.path.name: o for o in install_dropped_packs()}
    assert again["acme.assessorpack"].installed is None and again["acme.assessorpack"].problem is None
    assert [p.id for p in installed_packs()] == ["acme-pack"]
    assert (folder / "acme.assessorpack").exists()
