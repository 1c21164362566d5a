"""Provider packs: building, signing and verifying them."""

from __future__ import annotations

import base64
import json
import zipfile
from pathlib import Path

import pytest

from assessor.core.errors import AssessorError
from assessor.core.packs import (
    build_pack,
    fingerprint,
    generate_key,
    open_pack,
    sign_pack_dir,
)
from assessor.core.packs.signing import TAMPERED
from tests.conftest import REPO_ROOT
from tests.core.packs_factory import (
    SVG_LOGO,
    built,
    manifest,
    pack_members,
    rezip,
    write_source,
    write_zip,
)


@pytest.fixture(scope="module")
def key() -> tuple[bytes, str]:
    return generate_key()


def test_unsigned_pack_round_trip_loads_questionnaire_with_its_own_career_model(tmp_path: Path) -> None:
    pack = open_pack(built(tmp_path))
    assert (pack.id, pack.version) == ("acme-pack", "1.0.0")
    assert pack.provider.name == "Acme Academy"
    assert pack.provider.contact == "courses@acme.example"
    assert pack.provider.logo == SVG_LOGO.encode() and pack.provider.logo_format == "svg"
    [questionnaire] = pack.questionnaires
    assert questionnaire.id == "acme-check"
    assert questionnaire.career is not None and questionnaire.career.id == "acme-model"
    assert pack.signature_status == "unsigned" and pack.trusted and pack.warnings == ()


def test_signed_pack_verifies_and_names_signer_and_key(tmp_path: Path, key: tuple[bytes, str]) -> None:
    pack = open_pack(built(tmp_path, key=key))
    assert pack.signature_status == "valid"
    assert pack.signer == "Acme Academy"
    assert pack.fingerprint == fingerprint(base64.b64decode(key[1]))
    assert len(pack.fingerprint or "") == 16
    assert pack.warnings == ()


@pytest.mark.parametrize(
    "change",
    [
        {"readme.md": None},
        {"logo.svg": SVG_LOGO.replace("10 10", "0 0 20").encode()},
        {"pack.yaml": manifest().replace("Acme Academy", "Evil Corp").encode()},
        {"notes.txt": b"added after signing"},
    ],
    ids=["removed", "logo-edited", "provider-renamed", "file-added"],
)
def test_pack_changed_after_signing_is_invalid_with_warning(
    tmp_path: Path, key: tuple[bytes, str], change: dict[str, bytes | None]
) -> None:
    signed = built(tmp_path, key=key, extra={"readme.md": b"# Acme pack\n"})
    pack = open_pack(rezip(signed, tmp_path / "tampered.assessorpack", change))
    assert pack.signature_status == "invalid"
    assert not pack.trusted
    assert any(TAMPERED in w for w in pack.warnings)
    assert all("tampered.assessorpack" in w for w in pack.warnings)


def test_questionnaire_edited_after_signing_is_invalid(tmp_path: Path, key: tuple[bytes, str]) -> None:
    signed = built(tmp_path, key=key)
    with zipfile.ZipFile(signed) as archive:
        text = archive.read("acme-check.yaml").decode()
    edited = text.replace("I train models", "I am a genius")
    pack = open_pack(rezip(signed, tmp_path / "t.assessorpack", {"acme-check.yaml": edited.encode()}))
    assert pack.signature_status == "invalid"
    assert f"{tmp_path / 't.assessorpack'}: {TAMPERED}" in pack.warnings


def test_signature_with_foreign_key_swapped_in_still_fails(tmp_path: Path, key: tuple[bytes, str]) -> None:
    signed = built(tmp_path, key=key)
    with zipfile.ZipFile(signed) as archive:
        document = json.loads(archive.read("signature.json"))
    document["public_key"] = generate_key()[1]
    pack = open_pack(
        rezip(signed, tmp_path / "k.assessorpack", {"signature.json": json.dumps(document).encode()})
    )
    assert pack.signature_status == "invalid"


@pytest.mark.parametrize(
    "content",
    [b"{not json", b'{"format": "assessor-pack-signature/1"}', b"[]"],
    ids=["syntax", "incomplete", "not-object"],
)
def test_malformed_signature_file_is_invalid_not_a_crash(tmp_path: Path, content: bytes) -> None:
    path = write_zip(tmp_path / "m.assessorpack", {**pack_members(), "signature.json": content})
    pack = open_pack(path)
    assert pack.signature_status == "invalid"
    assert pack.warnings and "signature" in pack.warnings[0]


def test_required_signature_missing_opens_with_warning(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "r.assessorpack", pack_members(require_signature=True))
    pack = open_pack(path)
    assert pack.signature_status == "unsigned"
    assert not pack.trusted
    assert pack.warnings == (
        f"{path}: the provider requires a signature, but the pack is not signed",
    )


def test_build_refuses_required_signature_without_key(tmp_path: Path) -> None:
    with pytest.raises(AssessorError, match="require_signature is true"):
        built(tmp_path, require_signature=True)
    assert not (tmp_path / "acme.assessorpack").exists()


def test_sign_dir_then_build_keeps_signature_and_stale_signature_refused(
    tmp_path: Path, key: tuple[bytes, str]
) -> None:
    source = write_source(tmp_path / "src", pack_members(require_signature=True))
    sign_pack_dir(source, key[0], "Acme Academy")
    pack = build_pack(source, tmp_path / "a.assessorpack")
    assert pack.signature_status == "valid" and pack.trusted
    (source / "acme-check.yaml").write_text(
        (source / "acme-check.yaml").read_text().replace("I train", "I trained")
    )
    with pytest.raises(AssessorError, match="sign the folder again"):
        build_pack(source, tmp_path / "b.assessorpack")


def test_build_refuses_invalid_questionnaire_naming_file_and_line(tmp_path: Path) -> None:
    members = pack_members()
    members["acme-check.yaml"] = members["acme-check.yaml"].replace(b"scale: agree, scores: ml", b"scale: nope, scores: ml")
    source = write_source(tmp_path / "src", members)
    with pytest.raises(AssessorError) as caught:
        build_pack(source, tmp_path / "x.assessorpack")
    assert any(
        line.startswith(f"{source}/acme-check.yaml:18:39: unknown scale 'nope'") for line in caught.value.lines()
    ), caught.value.lines()
    assert not (tmp_path / "x.assessorpack").exists()


def test_build_refuses_wrong_suffix_and_bad_key(tmp_path: Path) -> None:
    source = write_source(tmp_path / "src", pack_members())
    with pytest.raises(AssessorError, match=r"must end in \.assessorpack"):
        build_pack(source, tmp_path / "x.zip")
    with pytest.raises(AssessorError, match="not a PEM private key"):
        build_pack(source, tmp_path / "x.assessorpack", b"garbage", "Me")
    with pytest.raises(AssessorError, match="signer name is needed"):
        build_pack(source, tmp_path / "x.assessorpack", generate_key()[0], "  ")


def test_example_pack_builds_and_uses_the_shipped_career_model(tmp_path: Path) -> None:
    pack = build_pack(REPO_ROOT / "examples" / "provider-pack", tmp_path / "example.assessorpack")
    [questionnaire] = pack.questionnaires
    assert questionnaire.career is not None and questionnaire.career.id == "ai-cyber-career-model"
    assert pack.provider.logo_format == "svg"
