"""Where Assessor keeps things: shipped resources and the user's own folders."""

from __future__ import annotations

import os
import re
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "assessor"
# A translation document is named after its source and language: ai-cyber-career.es.yaml.
TRANSLATION_NAME_RE = re.compile(
    r"^(?P<stem>.+)\.(?P<lang>[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.ya?ml$", re.IGNORECASE)
_TRANSLATION_KIND_RE = re.compile(rb"(?m)^kind:[ \t]*['\"]?translation['\"]?[ \t]*(?:#.*)?$")


def user_data_dir() -> Path:
    """The user's data folder; ASSESSOR_HOME overrides it (tests, portable installs)."""
    override = os.environ.get("ASSESSOR_HOME")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_cache_dir() -> Path:
    """Where what can be made again is kept between sessions (never a person's data): the
    platform's cache folder, or `cache` inside ASSESSOR_HOME when that is set."""
    override = os.environ.get("ASSESSOR_HOME")
    if override:
        return Path(override) / "cache"
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def user_questionnaire_dir() -> Path:
    return user_data_dir() / "questionnaires"


def shipped_questionnaire_dir() -> Path:
    return Path(str(resources.files("assessor.questionnaires")))


def resource_path(name: str) -> Path:
    return Path(str(resources.files("assessor.resources") / name))


def questionnaire_files(folder: Path) -> list[Path]:
    """The questionnaire-like files of one folder, in a stable order."""
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return []
    return [p for p in entries if p.suffix.lower() in (".yaml", ".yml") and p.is_file()
            and not is_translation_file(p)]


def is_translation_file(path: Path) -> bool:
    """A translation document (named NAME.LANG.yaml and declaring `kind: translation`):
    not a questionnaire of its own, so the catalog and the model search leave it out."""
    if TRANSLATION_NAME_RE.match(path.name) is None:
        return False
    try:
        with path.open("rb") as handle:
            head = handle.read(64 * 1024)
    except OSError:
        return False
    return _TRANSLATION_KIND_RE.search(head) is not None


def translation_files(folder: Path) -> list[Path]:
    """The translation documents of one folder, in a stable order."""
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return []
    return [p for p in entries if p.is_file() and is_translation_file(p)]
