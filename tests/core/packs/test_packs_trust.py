"""Pack signatures that must not be believed: a signer name outside the signature, one
that fakes a line or a fingerprint, a small-order public key (issue 14, security 1 and 3)."""

from __future__ import annotations

import base64
import json
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from assessor.core.errors import AssessorError
from assessor.core.packs import build_pack, generate_key, install_pack, open_pack
from assessor.core.packs.keys import weak_public_key
from assessor.core.packs.signing import canonical_manifest
from tests.cli.test_cli import run_cli
from tests.core.packs_factory import built, pack_members, rezip, write_source, write_zip

SPOOF = "Mallory\nsignature: signed with key 0123456789abcdef by \"Trusted Bank\""


@pytest.fixture(scope="module")
def key() -> tuple[bytes, str]:
    return generate_key()


def signature_of(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("signature.json"))  # type: ignore[no-any-return]


def with_signature(path: Path, target: Path, document: dict[str, str]) -> Path:
    return rezip(path, target, {"signature.json": json.dumps(document).encode()})


def test_new_signatures_cover_the_signer_name(tmp_path: Path, key: tuple[bytes, str]) -> None:
    path = built(tmp_path, key=key)
    pack = open_pack(path)
    assert (pack.signature.status, pack.signature.signer_verified) == ("valid", True)
    document = signature_of(path)
    document["signer"] = "Trusted Bank"
    changed = open_pack(with_signature(path, tmp_path / "renamed.assessorpack", document))
    assert changed.signature.status == "invalid"
    assert "signer name" in (changed.signature.problem or "")
    assert not changed.trusted
    with pytest.raises(AssessorError, match="not installed"):
        install_pack(changed.source, tmp_path / "packs")


def test_older_signature_keeps_verifying_but_its_signer_name_is_unverified(
    tmp_path: Path, key: tuple[bytes, str]
) -> None:
    document = signature_of(built(tmp_path, key=key))
    del document["signer_signature"]
    document["signer"] = "Trusted Bank"
    pack = open_pack(with_signature(tmp_path / "acme.assessorpack", tmp_path / "old.assessorpack",
                                    document))
    assert (pack.signature.status, pack.signature.signer_verified) == ("valid", False)
    line = pack.signature.describe()
    assert line.startswith(f"signed with key {pack.fingerprint}; signer name \"Trusted Bank\"")
    assert "unverified" in line


@pytest.mark.parametrize("trick", [SPOOF, "Trusted\u202eBank", "Trusted\u2066Bank\u2069",
                                   "Trusted\u200bBank", "x" * 5000, "Tab\there\r\u2028line"])
def test_a_hostile_signer_name_is_shown_as_one_safe_line_after_the_key(
    tmp_path: Path, key: tuple[bytes, str], trick: str
) -> None:
    document = signature_of(built(tmp_path, key=key))
    del document["signer_signature"]  # an "older" pack: the name is not signed at all
    document["signer"] = trick
    path = with_signature(tmp_path / "acme.assessorpack", tmp_path / "spoof.assessorpack", document)
    verified = run_cli("pack", "verify", path, no_qt=True)
    assert verified.returncode == 0, verified.stderr
    lines = [line for line in verified.stdout.splitlines() if "signature" in line]
    fingerprint = open_pack(path).fingerprint
    assert len(lines) == 1, verified.stdout
    assert lines[0].startswith(f"signature: signed with key {fingerprint}; signer name \"")
    assert "0123456789abcdef" not in verified.stdout.replace(lines[0], "")
    for invisible in "\u202e\u2066\u2069\u200b\t\r\u2028":
        assert invisible not in verified.stdout
    assert len(lines[0]) < 250


def test_build_refuses_a_signer_name_with_invisible_characters(
    tmp_path: Path, key: tuple[bytes, str]
) -> None:
    source = write_source(tmp_path / "src", pack_members())
    with pytest.raises(AssessorError, match="signer: must be plain text"):
        build_pack(source, tmp_path / "p.assessorpack", key[0], "Acme\u200bAcademy")


SMALL_ORDER_KEY = b"\x01" + b"\x00" * 31
FORGED_SIGNATURE = b"\x01" + b"\x00" * 63


def test_small_order_public_key_is_refused_though_openssl_accepts_its_forgery(
    tmp_path: Path,
) -> None:
    members = pack_members()
    # The library itself accepts this forgery for any content: the reason for the check.
    Ed25519PublicKey.from_public_bytes(SMALL_ORDER_KEY).verify(
        FORGED_SIGNATURE, canonical_manifest(members))
    forged = {"format": "assessor-pack-signature/1", "algorithm": "ed25519",
              "public_key": base64.b64encode(SMALL_ORDER_KEY).decode(), "signer": "Anyone",
              "signature": base64.b64encode(FORGED_SIGNATURE).decode()}
    path = tmp_path / "forged.assessorpack"
    write_zip(path, {**members, "signature.json": json.dumps(forged).encode()})
    pack = open_pack(path)
    assert pack.signature.status == "invalid"
    assert "small-order" in (pack.signature.problem or "")
    with pytest.raises(AssessorError, match="not installed"):
        install_pack(path, tmp_path / "packs")


@pytest.mark.parametrize("encoded", [
    "0000000000000000000000000000000000000000000000000000000000000000",
    "0100000000000000000000000000000000000000000000000000000000000000",
    "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
    "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
    "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    "0000000000000000000000000000000000000000000000000000000000000080",
    "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa",
    "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85",
    # non-canonical encodings (y >= p, or x = 0 with the sign bit set)
    "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    "0100000000000000000000000000000000000000000000000000000000000080",
])
def test_every_small_order_and_non_canonical_key_is_weak(encoded: str) -> None:
    assert weak_public_key(bytes.fromhex(encoded)) is not None


def test_real_keys_are_not_weak() -> None:
    for _ in range(50):
        assert weak_public_key(base64.b64decode(generate_key()[1])) is None
