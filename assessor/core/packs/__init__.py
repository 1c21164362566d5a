"""The packs package: everything about provider packs and the questionnaires installed by
id (`installed.py`); it knows nothing of the store or cohorts.

Provider packs: a provider's questionnaires, name, logo and contact in one signed file.

A pack is a zip file (suffix .assessorpack) with pack.yaml at its root and, optionally,
signature.json; docs/packs.md describes the format. This module is the public face:
reading (packs_reading, on top of packs_archive, packs_manifest, packs_logo and
packs_signing), building and signing a pack from its source folder, and installing it.

An installed pack is a folder `user_questionnaire_dir()/packs/<pack id>/` holding every
file of the pack, pack.yaml and signature.json included, so its signature is checked again
whenever it is read. Installing is all-or-nothing: the files are written into a temporary
folder beside the target, which then replaces the old folder by renames. Qt-free.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from assessor.core.atomic import TEMP_PREFIX, fsync_folder, write_atomic
from assessor.core.errors import AssessorError
from assessor.core.packs.archive import (
    MAX_ARCHIVE_BYTES,
    SIGNATURE_NAME,
    read_folder,
    write_archive,
)
from assessor.core.packs.lock import packs_lock
from assessor.core.packs.manifest import parse_manifest, version_key
from assessor.core.packs.reading import (
    PACK_SUFFIX,
    Pack,
    PackDocument,
    ProviderInfo,
    open_pack,
    read_pack,
)
from assessor.core.packs.signing import (
    MAX_SIGNER_LENGTH,
    SignatureCheck,
    fingerprint,
    generate_key,
    public_key_of,
    signature_document,
)
from assessor.core.packs.trust import TrustRecord, read_trust, write_trust
from assessor.core.packs.verified import VerifiedDrops
from assessor.core.paths import user_questionnaire_dir
from assessor.core.plaintext import display_line, unsafe_character

__all__ = [
    "PACK_SUFFIX",
    "DroppedPack",
    "Pack",
    "PackDocument",
    "ProviderInfo",
    "SignatureCheck",
    "build_pack",
    "fingerprint",
    "generate_key",
    "install_dropped_packs",
    "install_pack",
    "installed_packs",
    "installed_questionnaire_paths",
    "open_pack",
    "pack_for_questionnaire",
    "packs_dir",
    "provider_for_questionnaire",
    "public_key_of",
    "read_installed",
    "sign_pack_dir",
]

def _check_signer(signer: str | None) -> str:
    text = (signer or "").strip()
    if not text:
        raise AssessorError.single("signer", "a signer name is needed to sign a pack")
    if unsafe_character(text) is not None or len(text) > MAX_SIGNER_LENGTH:
        raise AssessorError.single(
            "signer",
            f"must be plain text of at most {MAX_SIGNER_LENGTH} characters, without control, "
            "bidi or invisible characters",
        )
    return text


def sign_pack_dir(
    src_dir: Path | str, private_key_pem: bytes, signer: str, *, key_name: str = "private key"
) -> Path:
    """Sign a pack's source folder: writes src_dir/signature.json over its other files."""
    src_dir = Path(src_dir)
    members = read_folder(src_dir)
    members.pop(SIGNATURE_NAME, None)
    parse_manifest(members, str(src_dir))
    document = signature_document(members, private_key_pem, _check_signer(signer), key_name)
    target = src_dir / SIGNATURE_NAME
    write_atomic(target, document)
    return target


def build_pack(
    src_dir: Path | str,
    out_path: Path | str,
    private_key_pem: bytes | None = None,
    signer: str | None = None,
    *,
    key_name: str = "private key",
) -> Pack:
    """Check a pack's source folder completely and write it as one .assessorpack file,
    signed when a key is given. An invalid questionnaire, an unsafe logo or a pack that
    requires a signature it does not have is refused; nothing is written then."""
    src_dir, out_path = Path(src_dir), Path(out_path)
    if out_path.suffix != PACK_SUFFIX:
        raise AssessorError.single(str(out_path), f"a pack file's name must end in {PACK_SUFFIX}")
    members = read_folder(src_dir)
    if private_key_pem is not None:
        members.pop(SIGNATURE_NAME, None)
        members[SIGNATURE_NAME] = signature_document(
            members, private_key_pem, _check_signer(signer), key_name
        )
    pack = read_pack(members, str(src_dir), schema_check=True)
    if pack.signature.status == "invalid":
        raise AssessorError.single(
            f"{src_dir}/{SIGNATURE_NAME}",
            f"{pack.signature.problem}; sign the folder again (build with --key)",
        )
    if pack.require_signature and pack.signature.status == "unsigned":
        raise AssessorError.single(
            f"{src_dir}/pack.yaml", "require_signature is true: build the pack with a key"
        )
    data = write_archive(members)
    if len(data) > MAX_ARCHIVE_BYTES:
        raise AssessorError.single(
            str(out_path), f"would be larger than {MAX_ARCHIVE_BYTES // (1024 * 1024)} MiB"
        )
    write_atomic(out_path, data)
    return open_pack(out_path)


_NEW_PREFIX = TEMP_PREFIX + "pack-"
_OLD_PREFIX = TEMP_PREFIX + "old-"


def packs_dir() -> Path:
    return user_questionnaire_dir() / "packs"


def read_installed(folder: Path) -> Pack:
    """An installed pack, its signature checked again; questionnaires are not loaded (load
    them from `installed_questionnaire_paths`, which finds their career models)."""
    return read_pack(read_folder(folder), str(folder), load_documents=False)


def installed_questionnaire_paths(pack: Pack) -> list[Path]:
    folder = Path(pack.source)
    return [folder / member for member in pack.questionnaire_members]


def installed_packs(dest_root: Path | None = None, problems: list[str] | None = None) -> list[Pack]:
    """Every installed pack, by provider name. A folder that can no longer be read as a
    pack is skipped, its reason appended to `problems` when a list is given."""
    root = dest_root if dest_root is not None else packs_dir()
    with packs_lock(root, wait=False) as held:
        if held:  # otherwise another process is installing, and recovers when it is done
            _recover(root)
    try:
        folders = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    except OSError:
        return []
    packs = []
    for folder in folders:
        try:
            packs.append(read_installed(folder))
        except AssessorError as exc:
            if problems is not None:
                problems.extend(exc.lines())
    packs.sort(key=lambda p: (p.provider.name.casefold(), p.id))
    return packs


def pack_for_questionnaire(
    questionnaire_path: Path | str, dest_root: Path | None = None
) -> Pack | None:
    """The installed pack a questionnaire file belongs to, or None."""
    root = (dest_root if dest_root is not None else packs_dir()).resolve()
    try:
        relative = Path(questionnaire_path).resolve().relative_to(root)
    except ValueError:
        return None
    if len(relative.parts) < 2:
        return None
    try:
        pack = read_installed(root / relative.parts[0])
    except AssessorError:
        return None
    member = Path(*relative.parts[1:]).as_posix()
    return pack if member in pack.questionnaire_members else None


def provider_for_questionnaire(
    questionnaire_path: Path | str, dest_root: Path | None = None
) -> ProviderInfo | None:
    """The provider whose branding goes with a questionnaire that came from a pack."""
    pack = pack_for_questionnaire(questionnaire_path, dest_root)
    return pack.provider if pack is not None else None


def install_pack(path: Path | str, dest_root: Path | None = None, *, force: bool = False) -> Path:
    """Check a pack completely, then install it as `dest_root/<pack id>/` and return that
    folder. Refused (unless `force`): a pack whose signature fails or that the provider
    requires signed but is not; a version older than the installed one; a pack that
    would replace an installed pack signed with another key."""
    pack = open_pack(path)
    source = str(path)
    if not force and not pack.trusted:
        reason = pack.warnings[0] if pack.warnings else f"{source}: signature is not valid"
        raise AssessorError.single(source, f"not installed: {reason} (use --force to install)")
    root = dest_root if dest_root is not None else packs_dir()
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise AssessorError.single(str(root), f"cannot be created: {exc.strerror or exc}") from None
    with packs_lock(root):
        _recover(root)
        final = root / pack.id
        if not force:
            _check_replacement(source, pack, final, read_trust(root, pack.id))
        if pack.signature.status == "valid" and pack.fingerprint is not None:
            write_trust(root, pack.id, TrustRecord(pack.fingerprint, pack.signer))
        staging = Path(_make_temp_dir(root, _NEW_PREFIX + pack.id + "-"))
        try:
            for member, data in sorted(pack.members.items()):
                target = staging.joinpath(*member.split("/"))
                target.parent.mkdir(parents=True, exist_ok=True)
                write_atomic(target, data)
            _swap_in(staging, final, root, pack.id)
        except OSError as exc:
            raise AssessorError.single(
                str(final), f"cannot be installed: {exc.strerror or exc}"
            ) from None
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return final


@dataclass(frozen=True)
class DroppedPack:
    """What became of one .assessorpack file found in the questionnaire folder."""

    path: Path
    installed: Path | None  # the installed folder, when it was installed now
    problem: str | None  # why it was not, one line; None when it was or is up to date


def install_dropped_packs(folder: Path | None = None) -> list[DroppedPack]:
    """Install the .assessorpack files a learner dropped into their questionnaire folder.

    A pack already installed at the same or a newer version is left alone; any other is
    installed under install_pack's rules (never forced), so a dropped pack with a failing
    signature or another key is reported, not installed. The dropped files are kept."""
    source = folder if folder is not None else user_questionnaire_dir()
    try:
        dropped = sorted(p for p in source.iterdir() if p.suffix == PACK_SUFFIX and p.is_file())
    except OSError:
        return []
    installed = {pack.id: pack for pack in installed_packs()}
    verified = VerifiedDrops(packs_dir())
    digests: set[str] = set()
    outcomes = []
    for path in dropped:
        digest = VerifiedDrops.digest(path, MAX_ARCHIVE_BYTES)
        digests.update([digest] if digest is not None else [])
        known = verified.known(digest)
        if known is not None and _up_to_date(installed, *known):
            outcomes.append(DroppedPack(path, None, None))  # checked before, nothing new
            continue
        try:
            pack = open_pack(path)
            if _up_to_date(installed, pack.id, pack.version):
                outcomes.append(DroppedPack(path, None, None))
            else:
                outcomes.append(DroppedPack(path, install_pack(path), None))
            verified.remember(digest, pack.id, pack.version)
        except AssessorError as exc:
            outcomes.append(DroppedPack(path, None, exc.lines()[0]))
    verified.keep_only(digests)
    verified.save()
    return outcomes


def _up_to_date(installed: dict[str, Pack], pack_id: str, version: str) -> bool:
    current = installed.get(pack_id)
    return current is not None and version_key(current.version) >= version_key(version)


def _make_temp_dir(root: Path, prefix: str) -> str:
    try:
        return tempfile.mkdtemp(prefix=prefix, dir=root)
    except OSError as exc:
        raise AssessorError.single(str(root), f"cannot be written: {exc.strerror or exc}") from None


def _check_replacement(
    source: str, pack: Pack, final: Path, trusted: TrustRecord | None
) -> None:
    installed: Pack | None = None
    if final.exists():
        with contextlib.suppress(AssessorError):  # a damaged installation may be replaced...
            installed = read_installed(final)
    if installed is not None and installed.signature.status == "valid" and trusted is None:
        # ... but trust is kept: installed before keys were recorded apart.
        assert installed.fingerprint is not None
        trusted = TrustRecord(installed.fingerprint, installed.signer)
    if trusted is not None and (
        pack.signature.status != "valid" or pack.fingerprint != trusted.fingerprint
    ):
        now = (
            f"signed with key {pack.fingerprint}"
            if pack.signature.status == "valid"
            else "not signed"
        )
        raise AssessorError.single(
            source,
            f"not installed: '{pack.id}' was signed with key {trusted.fingerprint} "
            f"(signer \"{display_line(trusted.signer or '', MAX_SIGNER_LENGTH)}\") when it was "
            f"first installed, this pack is {now} (use --force to replace it)",
        )
    if installed is not None and version_key(installed.version) > version_key(pack.version):
        raise AssessorError.single(
            source,
            f"not installed: version {installed.version} of '{pack.id}' is already installed, "
            f"newer than {pack.version} (use --force to downgrade)",
        )


def _swap_in(staging: Path, final: Path, root: Path, pack_id: str) -> None:
    if not final.exists():
        os.replace(staging, final)
        fsync_folder(root)
        return
    old = Path(_make_temp_dir(root, _OLD_PREFIX + pack_id + "-"))
    os.replace(final, old / pack_id)
    try:
        os.replace(staging, final)
    except OSError:
        os.replace(old / pack_id, final)
        shutil.rmtree(old, ignore_errors=True)
        raise
    fsync_folder(root)
    shutil.rmtree(old, ignore_errors=True)


def _recover(root: Path) -> None:
    """Finish or undo an install that was interrupted: put back a pack whose replacement
    never arrived, and remove half-written staging folders."""
    try:
        leftovers = [p for p in root.iterdir() if p.name.startswith(TEMP_PREFIX) and p.is_dir()]
    except OSError:
        return
    for leftover in leftovers:
        if leftover.name.startswith(_OLD_PREFIX):
            for saved in list(leftover.iterdir()):
                if not (root / saved.name).exists():
                    with contextlib.suppress(OSError):
                        os.replace(saved, root / saved.name)
        shutil.rmtree(leftover, ignore_errors=True)
