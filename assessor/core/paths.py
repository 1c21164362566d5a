"""Where Assessor keeps things: shipped resources and the user's own folders."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "assessor"


def user_data_dir() -> Path:
    """The user's data folder; ASSESSOR_HOME overrides it (tests, portable installs)."""
    override = os.environ.get("ASSESSOR_HOME")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


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
    return [p for p in entries if p.suffix.lower() in (".yaml", ".yml") and p.is_file()]
