"""Questionnaires at hand by id: the shipped ones, the user's folder and installed provider
packs, so that a person can write `assessor score ai-cyber-career answers.yaml` without
knowing where pip put the file."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from assessor.core.errors import AssessorError, did_you_mean
from assessor.core.format.reader import DOCUMENT_ID_RE
from assessor.core.paths import (
    questionnaire_files,
    shipped_questionnaire_dir,
    user_questionnaire_dir,
)

ORIGINS = ("shipped", "user folder", "provider pack")
# When two places hold the same id and version, the one the person put there wins.
_PREFERENCE = {"user folder": 0, "provider pack": 1, "shipped": 2}


@dataclass(frozen=True)
class InstalledQuestionnaire:
    """A questionnaire the command line can name by id, and where it comes from."""

    id: str
    version: str
    title: str
    origin: str  # one of ORIGINS
    path: Path
    provider: str | None = None  # the provider's name, for a provider pack


def _candidate_files() -> list[tuple[str, Path, str | None]]:
    files: list[tuple[str, Path, str | None]] = [
        ("shipped", path, None) for path in questionnaire_files(shipped_questionnaire_dir())
    ]
    files += [("user folder", path, None)
              for path in questionnaire_files(user_questionnaire_dir())]
    from assessor.core.packs import installed_packs, installed_questionnaire_paths

    for pack in installed_packs():
        files += [("provider pack", path, pack.provider.name)
                  for path in installed_questionnaire_paths(pack)]
    return files


def _declared_id(path: Path) -> str | None:
    """The top-level `id:` of a file, read cheaply, so that a lookup loads only the files
    that can be the one asked for."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(64 * 1024)
    except OSError:
        return None
    match = re.search(rb"(?m)^id:[ \t]*['\"]?([a-z0-9][a-z0-9-]*)['\"]?[ \t]*(?:#.*)?$", head)
    return match.group(1).decode() if match else None


def installed_questionnaires(only_id: str | None = None) -> list[InstalledQuestionnaire]:
    """Every questionnaire that loads, by id then origin; files that fail to load or hold a
    career model are left out (`assessor validate FILE` says what is wrong with one)."""
    from assessor.core.format.loading import load_document
    from assessor.core.format.model import Questionnaire

    found: list[InstalledQuestionnaire] = []
    for origin, path, provider in _candidate_files():
        if only_id is not None and _declared_id(path) != only_id:
            continue
        try:
            document = load_document(path)
        except (AssessorError, OSError):
            continue
        if isinstance(document, Questionnaire):
            found.append(InstalledQuestionnaire(document.id, document.version, document.title,
                                                origin, path, provider))
    found.sort(key=lambda q: (q.id, ORIGINS.index(q.origin), q.path))
    return found


def _version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    return tuple((0, int(part)) if part.isdigit() else (1, part)
                 for part in re.split(r"[.\-+]", version))


def pick(matches: Sequence[InstalledQuestionnaire]) -> InstalledQuestionnaire:
    """The newest version; at equal versions the user's folder, then a pack, then shipped."""
    return max(matches, key=lambda q: (_version_key(q.version), -_PREFERENCE[q.origin]))


def looks_like_id(name: str) -> bool:
    return DOCUMENT_ID_RE.fullmatch(name) is not None


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:  # e.g. a name too long for the file system: the loader says so plainly
        return True


def resolve_questionnaire(name: str) -> Path:
    """A questionnaire argument as a file: an existing file always wins; otherwise a
    questionnaire id is looked up among the installed ones. A name that is neither gives
    the loader's own "no such file" error when it looks like a path, and a list of the
    known ids (with the closest one suggested) when it looks like an id."""
    path = Path(name)
    if _exists(path) or not looks_like_id(name):
        return path
    matches = installed_questionnaires(only_id=name)
    if not matches:  # an id the quick look missed (written in flow style, say): load them all
        everything = installed_questionnaires()
        matches = [q for q in everything if q.id == name]
    if matches:
        return pick(matches).path
    known = sorted({q.id for q in everything})
    raise AssessorError.single(
        name,
        f"no such file, and no installed questionnaire has this id{did_you_mean(name, known)}; "
        f"installed: {', '.join(known) or 'none'} (see `assessor list`)",
    )
