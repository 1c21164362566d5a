"""Ed25519 signatures over a pack's canonical manifest.

The manifest is one "path<TAB>sha256\\n" line per file of the pack except signature.json,
sorted by path, in UTF-8. Signing it binds every byte of every file and the set of names:
adding, removing, renaming or editing any file breaks the signature.

The signer's name is bound too: `signer_signature` (added in Assessor 1.x; packs signed
before carry only `signature`) signs SIGNER_PAYLOAD_PREFIX, the signer name, a newline and
the canonical manifest. A pack without it still verifies, but its signer name is only a
claim and is shown as unverified. Either way the name is shown only through
`plaintext.display_line`, so it can never add a line or reorder the fingerprint beside it.

What a valid signature proves is that whoever holds the private key behind the shown
fingerprint made exactly these files. It does not prove who that is: the public key
travels inside the pack, so the fingerprint must be compared with the one the provider
publishes, and an installed pack is only replaced by one signed with the same key
(see install in packs.py).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from typing import Literal

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from assessor.core.errors import AssessorError
from assessor.core.format.yamlsafe import YMap, decode_utf8, parse_yaml
from assessor.core.packs.archive import SIGNATURE_NAME, Members
from assessor.core.packs.keys import weak_public_key
from assessor.core.plaintext import display_line

SIGNATURE_FORMAT = "assessor-pack-signature/1"
ALGORITHM = "ed25519"
TAMPERED = "signature does not match: the pack was changed after signing"
SIGNER_PAYLOAD_PREFIX = b"assessor-pack-signer/1\n"
MAX_SIGNER_LENGTH = 100

SignatureStatus = Literal["unsigned", "valid", "invalid"]


@dataclass(frozen=True)
class SignatureCheck:
    """The outcome of checking a pack's signature. `signer` and `fingerprint` are what the
    signature file claims; they are shown for an invalid signature only as a warning.
    `signer` is already made safe to show on one line (plaintext.display_line);
    `signer_verified` says whether the signature covers it."""

    status: SignatureStatus
    signer: str | None = None
    fingerprint: str | None = None
    problem: str | None = None
    signer_verified: bool = False

    def describe(self) -> str:
        """One line: the key first, so no signer name can push it aside or imitate it."""
        if self.status != "valid":
            return self.status
        if self.signer_verified:
            return f'signed with key {self.fingerprint} by "{self.signer}"'
        return (f'signed with key {self.fingerprint}; signer name "{self.signer}" unverified '
                "(not covered by this older signature)")


def canonical_manifest(members: Members) -> bytes:
    lines = [
        f"{name}\t{hashlib.sha256(data).hexdigest()}\n"
        for name, data in sorted(members.items())
        if name != SIGNATURE_NAME
    ]
    return "".join(lines).encode("utf-8")


def fingerprint(public_key_raw: bytes) -> str:
    """A short, comparable name for a public key: 16 hex digits of its SHA-256."""
    return hashlib.sha256(public_key_raw).hexdigest()[:16]


def generate_key() -> tuple[bytes, str]:
    """A new Ed25519 key: (private key as unencrypted PKCS#8 PEM, public key in base64)."""
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return pem, base64.b64encode(_raw_public(private.public_key())).decode("ascii")


def _raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def load_private_key(pem: bytes, name: str) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except TypeError:
        raise AssessorError.single(
            name, "is protected by a password; use an unencrypted key file"
        ) from None
    except (ValueError, UnsupportedAlgorithm):
        raise AssessorError.single(name, "is not a PEM private key") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise AssessorError.single(name, "is not an Ed25519 private key")
    return key


def public_key_of(pem: bytes, name: str) -> str:
    return base64.b64encode(_raw_public(load_private_key(pem, name).public_key())).decode()


def signature_document(members: Members, private_pem: bytes, signer: str, key_name: str) -> bytes:
    """The bytes of signature.json signing `members` (signature.json itself excluded)."""
    key = load_private_key(private_pem, key_name)
    manifest = canonical_manifest(members)
    document = {
        "format": SIGNATURE_FORMAT,
        "algorithm": ALGORITHM,
        "public_key": base64.b64encode(_raw_public(key.public_key())).decode("ascii"),
        "signer": signer,
        # Over the manifest alone, as every version of Assessor checks it ...
        "signature": base64.b64encode(key.sign(manifest)).decode("ascii"),
        # ... and over the signer name with it, so the name cannot be swapped.
        "signer_signature": base64.b64encode(
            key.sign(signer_payload(signer, manifest))
        ).decode("ascii"),
    }
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def signer_payload(signer: str, manifest: bytes) -> bytes:
    return SIGNER_PAYLOAD_PREFIX + signer.encode("utf-8") + b"\n" + manifest


def _b64(value: object, length: int) -> bytes | None:
    if not isinstance(value, str):
        return None
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == length else None


def check_signature(members: Members, pack: str) -> SignatureCheck:
    """Check signature.json against the other members. Never raises for a bad signature:
    a broken or forged signature is reported in the result, for the caller to show."""
    data = members.get(SIGNATURE_NAME)
    if data is None:
        return SignatureCheck("unsigned")
    name = f"{pack}/{SIGNATURE_NAME}"
    try:
        root = parse_yaml(decode_utf8(data, name), name)
    except AssessorError as exc:
        return SignatureCheck("invalid", problem=f"signature file is unreadable: {exc.lines()[0]}")
    if not isinstance(root, YMap):
        return SignatureCheck("invalid", problem="signature file is not a JSON object")
    if root.get("format") != SIGNATURE_FORMAT:
        return SignatureCheck(
            "invalid",
            problem=f"signature file has format {root.get('format')!r}, "
            f"this version of Assessor checks {SIGNATURE_FORMAT!r}",
        )
    if root.get("algorithm") != ALGORITHM:
        return SignatureCheck(
            "invalid", problem=f"signature algorithm {root.get('algorithm')!r} is not ed25519"
        )
    signer = root.get("signer")
    signer_text = (
        display_line(signer, MAX_SIGNER_LENGTH)
        if isinstance(signer, str) and signer.strip()
        else None
    )
    public_raw = _b64(root.get("public_key"), 32)
    signature = _b64(root.get("signature"), 64)
    if public_raw is None or signature is None or signer_text is None:
        return SignatureCheck(
            "invalid",
            signer_text,
            problem="signature file needs a signer, a 32-byte public_key and a 64-byte "
            "signature, in base64",
        )
    print_ = fingerprint(public_raw)
    weakness = weak_public_key(public_raw)
    if weakness is not None:
        return SignatureCheck(
            "invalid", signer_text, print_, f"signature public key is refused: {weakness}"
        )
    manifest = canonical_manifest(members)
    try:
        public_key = Ed25519PublicKey.from_public_bytes(public_raw)
        public_key.verify(signature, manifest)
    except InvalidSignature:
        return SignatureCheck("invalid", signer_text, print_, TAMPERED)
    except ValueError:
        return SignatureCheck("invalid", signer_text, print_, "signature public key is invalid")
    if "signer_signature" not in root:
        return SignatureCheck("valid", signer_text, print_)  # an older pack: name unverified
    signer_signature = _b64(root.get("signer_signature"), 64)
    try:
        if signer_signature is None or not isinstance(signer, str):
            raise InvalidSignature
        public_key.verify(signer_signature, signer_payload(signer, manifest))
    except InvalidSignature:
        return SignatureCheck(
            "invalid", signer_text, print_,
            "signature does not match the signer name: it was changed after signing",
        )
    return SignatureCheck("valid", signer_text, print_, signer_verified=True)
