"""Reading a provider pack: everything it holds checked, nothing written to disk.

The members come from packs_archive (a zip, or an installed folder) already checked for
unsafe names, sizes and bombs; here pack.yaml (packs_manifest), the logo (packs_logo), the
signature (packs_signing) and the questionnaires (the project's own loader) are judged.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from assessor.core.errors import AssessorError, Problem
from assessor.core.format.loading import (
    Document,
    ModelResolver,
    check_unique_ids,
    find_career_model,
    parse_document,
)
from assessor.core.format.model import CareerModel, Questionnaire
from assessor.core.packs.archive import Members, read_archive
from assessor.core.packs.logo import check_logo
from assessor.core.packs.manifest import Manifest, parse_manifest
from assessor.core.packs.signing import SignatureCheck, SignatureStatus, check_signature
from assessor.core.paths import shipped_questionnaire_dir, user_questionnaire_dir

PACK_SUFFIX = ".assessorpack"
Progress = Callable[[int, int], None]  # (done, total)


@dataclass(frozen=True)
class ProviderInfo:
    """What the app shows about a provider. All text is plain text; the logo bytes have
    been checked (packs_logo) and `logo_format` is "png" or "svg" when there is one."""

    name: str
    contact: str | None = None
    website: str | None = None
    logo: bytes | None = field(default=None, repr=False)
    logo_format: str | None = None


@dataclass(frozen=True)
class PackDocument:
    """One questionnaire or career model inside a pack."""

    member: str  # its path inside the pack
    document: Document


@dataclass(frozen=True)
class Pack:
    """A provider pack, opened and checked: its manifest, documents, logo and signature."""

    source: str  # the pack file, or the installed folder
    id: str
    version: str
    provider: ProviderInfo
    questionnaire_members: tuple[str, ...]
    documents: tuple[PackDocument, ...]  # empty when read without loading them
    require_signature: bool
    signature: SignatureCheck
    warnings: tuple[str, ...]
    members: Mapping[str, bytes] = field(repr=False, compare=False)

    @property
    def signature_status(self) -> SignatureStatus:
        return self.signature.status

    @property
    def signer(self) -> str | None:
        return self.signature.signer

    @property
    def fingerprint(self) -> str | None:
        return self.signature.fingerprint

    @property
    def trusted(self) -> bool:
        """Signed and intact, or unsigned where the provider does not ask for a signature."""
        return self.signature.status == "valid" or (
            self.signature.status == "unsigned" and not self.require_signature
        )

    @property
    def questionnaires(self) -> tuple[Questionnaire, ...]:
        return tuple(d.document for d in self.documents if isinstance(d.document, Questionnaire))


def open_pack(path: Path | str, progress: Progress | None = None) -> Pack:
    """Read and check a .assessorpack file completely, in memory. Raises AssessorError
    naming the pack and the member for anything unsafe or invalid; signature trouble is
    not an error but a status and a warning on the returned Pack. `progress` is told
    (documents checked, documents in all)."""
    path = Path(path)
    return read_pack(read_archive(path), str(path), progress=progress)


def read_pack(
    members: Members, pack: str, *, load_documents: bool = True, schema_check: bool = False,
    progress: Progress | None = None,
) -> Pack:
    """Judge a pack's checked members (from an archive or a folder)."""
    manifest = parse_manifest(members, pack)
    provider = _provider(manifest, members, pack)
    signature = check_signature(members, pack)
    documents = (_load_documents(members, manifest, pack, schema_check, progress)
                 if load_documents else ())
    return Pack(
        source=pack,
        id=manifest.id,
        version=manifest.version,
        provider=provider,
        questionnaire_members=manifest.questionnaires,
        documents=documents,
        require_signature=manifest.require_signature,
        signature=signature,
        warnings=tuple(_signature_warnings(pack, manifest, signature)),
        members=dict(members),
    )


def _provider(manifest: Manifest, members: Members, pack: str) -> ProviderInfo:
    logo = logo_kind = None
    if manifest.logo is not None:
        logo = members[manifest.logo]
        logo_kind = check_logo(pack, manifest.logo, logo)
    return ProviderInfo(manifest.name, manifest.contact, manifest.website, logo, logo_kind)


def _signature_warnings(pack: str, manifest: Manifest, check: SignatureCheck) -> list[str]:
    warnings = []
    if check.status == "invalid":
        warnings.append(f"{pack}: {check.problem}")
    if manifest.require_signature and check.status == "unsigned":
        warnings.append(f"{pack}: the provider requires a signature, but the pack is not signed")
    elif manifest.require_signature and check.status == "invalid":
        warnings.append(f"{pack}: the provider requires a valid signature; do not trust this pack")
    return warnings


def _no_model(model_id: str) -> CareerModel:
    raise LookupError(model_id)


def _load_documents(
    members: Members, manifest: Manifest, pack: str, schema_check: bool,
    progress: Progress | None = None,
) -> tuple[PackDocument, ...]:
    """Load every listed document with the project's loader, from bytes. A questionnaire's
    career model is looked up as if the pack were installed: first among the pack's files
    in the questionnaire's own folder, then the shipped and the user's folders."""

    def resolver(folder: str) -> ModelResolver:
        def resolve(model_id: str) -> CareerModel:
            needle = model_id.encode()
            for member in manifest.questionnaires:
                data = members[member]
                if posixpath.dirname(member) != folder or needle not in data:
                    continue
                if b"career-model" not in data:
                    continue
                try:
                    candidate = parse_document(
                        data, None, name=f"{pack}/{member}", resolve_model=_no_model
                    )
                except AssessorError:
                    if re.search(rb"(?m)^id:\s*['\"]?" + re.escape(needle) + rb"['\"]?\s*$", data):
                        raise
                    continue
                if isinstance(candidate, CareerModel) and candidate.id == model_id:
                    return candidate
            return find_career_model(
                model_id, [shipped_questionnaire_dir(), user_questionnaire_dir()]
            )

        return resolve

    documents: list[PackDocument] = []
    problems: list[Problem] = []
    for done, member in enumerate(manifest.questionnaires):
        if progress is not None:
            progress(done, len(manifest.questionnaires))
        name = f"{pack}/{member}"
        try:
            document = parse_document(
                members[member],
                None,
                name=name,
                resolve_model=resolver(posixpath.dirname(member)),
                schema_check=schema_check,
            )
        except AssessorError as exc:
            problems.extend(p for p in exc.problems if p not in problems)
            continue
        documents.append(PackDocument(member, document))
    problems.extend(check_unique_ids([(f"{pack}/{d.member}", d.document) for d in documents]))
    if problems:
        raise AssessorError(problems)
    if not any(isinstance(d.document, Questionnaire) for d in documents):
        raise AssessorError.single(
            f"{pack}/pack.yaml", "the pack lists no questionnaire, only career models"
        )
    return tuple(documents)
