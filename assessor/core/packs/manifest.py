"""A provider pack's pack.yaml: who the provider is and which files are its questionnaires.

Read with the hardened YAML loader and the same located-problem Reader as questionnaires,
so an author sees `PACK/pack.yaml:LINE:COL: message`. Provider texts are plain text: no
control characters, bounded lengths; they are shown as plain text and escaped in reports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assessor.core.errors import AssessorError
from assessor.core.format.reader import DOCUMENT_ID_RE, Reader
from assessor.core.format.versions import unreadable_format
from assessor.core.format.yamlsafe import YMap, decode_utf8, parse_yaml
from assessor.core.packs.archive import MANIFEST_NAME, Members, windows_reserved
from assessor.core.plaintext import unsafe_character

PACK_FORMAT = "assessor-pack/1"
_MANIFEST_KEYS = ("format", "id", "version", "provider", "questionnaires", "require_signature")
_PROVIDER_KEYS = ("name", "contact", "website", "logo")
_VERSION_RE = re.compile(r"[0-9A-Za-z][0-9A-Za-z.+_-]{0,39}")
_WEBSITE_RE = re.compile(r"https?://[^\s<>\"']{1,300}")
MAX_ID_LENGTH = 64
MAX_NAME_LENGTH = 100
MAX_CONTACT_LENGTH = 1000


@dataclass(frozen=True)
class Manifest:
    """A provider pack's manifest: who provides it, which questionnaires, signing rules."""

    id: str
    version: str
    name: str
    contact: str | None
    website: str | None
    logo: str | None
    questionnaires: tuple[str, ...]
    require_signature: bool


def _plain(
    reader: Reader,
    node: YMap,
    key: str,
    what: str,
    limit: int,
    *,
    required: bool = False,
    multiline: bool = False,
) -> str | None:
    value = reader.text(node, key, what, required=required)
    if value is None:
        return None
    value = value.strip()
    if not value:
        reader.at(node.where(key), f"'{key}' must not be empty")
        return None
    unsafe = unsafe_character(value, multiline=multiline)
    if unsafe is not None:
        reader.at(
            node.where(key),
            f"'{key}' must be plain text without control, bidi or invisible characters "
            f"(it has {unsafe})",
        )
        return None
    if len(value) > limit:
        reader.at(node.where(key), f"'{key}' is longer than {limit} characters")
        return None
    return value


def _format_ok(reader: Reader, root: YMap) -> bool:
    problem = unreadable_format(root.get("format"), "assessor-pack", PACK_FORMAT,
                                what="pack format")
    if problem is not None:
        reader.at(root.where("format"), problem)
    return problem is None


def parse_manifest(members: Members, pack: str) -> Manifest:
    """Read and check pack.yaml against the pack's members. Raises AssessorError."""
    name = f"{pack}/{MANIFEST_NAME}"
    data = members.get(MANIFEST_NAME)
    if data is None:
        raise AssessorError.single(pack, f"is not a provider pack: it has no {MANIFEST_NAME}")
    root = parse_yaml(decode_utf8(data, name), name)
    if not isinstance(root, YMap):
        raise AssessorError.single(name, "the top level must be a mapping of keys", 1, 1)
    reader = Reader(name)
    if "format" not in root:
        reader.at(root.pos, f"missing required key 'format' (use '{PACK_FORMAT}')")
        raise AssessorError(reader.problems)
    if not _format_ok(reader, root):
        raise AssessorError(reader.problems)
    reader.check_keys(
        root, _MANIFEST_KEYS, ("id", "version", "provider", "questionnaires"), "pack.yaml"
    )
    pack_id = reader.ident(root, "id", "pack.yaml", pattern=DOCUMENT_ID_RE)
    if pack_id is not None and len(pack_id) > MAX_ID_LENGTH:
        reader.at(root.where("id"), f"'id' is longer than {MAX_ID_LENGTH} characters")
    elif pack_id is not None and windows_reserved(pack_id):
        reader.at(root.where("id"), f"'id' value '{pack_id}' is a device name on Windows")
    version = reader.text(root, "version", "pack.yaml")
    if version is not None and not _VERSION_RE.fullmatch(version):
        reader.at(
            root.where("version"),
            f"'version' value '{version}' must be a version like 1.2.0 (letters, digits, . + _ -)",
        )
    require_signature = reader.boolean(root, "require_signature", False)

    provider = reader.mapping(root, "provider", "pack.yaml")
    provider_name = contact = website = logo = None
    if provider is not None:
        reader.check_keys(provider, _PROVIDER_KEYS, ("name",), "'provider'")
        provider_name = _plain(reader, provider, "name", "'provider'", MAX_NAME_LENGTH)
        contact = _plain(
            reader, provider, "contact", "'provider'", MAX_CONTACT_LENGTH, multiline=True
        )
        website = _plain(reader, provider, "website", "'provider'", 300)
        if website is not None and not _WEBSITE_RE.fullmatch(website):
            reader.at(provider.where("website"), "'website' must be an http:// or https:// address")
        logo = reader.text(provider, "logo", "'provider'")
        if logo is not None and logo not in members:
            reader.at(provider.where("logo"), f"logo '{logo}' is not a file in the pack")

    listed = _questionnaire_paths(reader, root, members)
    if reader.problems:
        raise AssessorError(reader.problems)
    assert pack_id is not None and version is not None and provider_name is not None
    return Manifest(
        pack_id, version, provider_name, contact, website, logo, listed, require_signature
    )


def _questionnaire_paths(reader: Reader, root: YMap, members: Members) -> tuple[str, ...]:
    entries = reader.sequence(root, "questionnaires", "pack.yaml")
    if entries is None:
        return ()
    if not entries:
        reader.at(root.where("questionnaires"), "'questionnaires' must list at least one file")
    listed: list[str] = []
    for index, entry in enumerate(entries):
        where = entries.where(index)
        if not isinstance(entry, str):
            reader.at(where, "each entry of 'questionnaires' must be a path inside the pack")
        elif entry == MANIFEST_NAME or not entry.lower().endswith((".yaml", ".yml")):
            reader.at(where, f"'{entry}' is not a questionnaire file (.yaml or .yml)")
        elif entry not in members:
            reader.at(where, f"'{entry}' is not a file in the pack")
        elif entry in listed:
            reader.at(where, f"'{entry}' is listed twice")
        else:
            listed.append(entry)
    unlisted = sorted(
        name
        for name in members
        if name.lower().endswith((".yaml", ".yml")) and name != MANIFEST_NAME and name not in listed
    )
    for name in unlisted:
        reader.at(
            root.where("questionnaires"),
            f"'{name}' is in the pack but not listed in 'questionnaires'",
        )
    return tuple(listed)


def version_key(version: str) -> tuple[tuple[int, int, str], ...]:
    """Order versions like people do: 1.10 after 1.9; numeric parts before text parts."""
    parts = re.split(r"[.+_-]", version)
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts)
