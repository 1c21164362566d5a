"""Application-layer fixtures: a real store and catalog in a temporary folder, no Qt."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from assessor.app.catalog import QuestionnaireCatalog
from assessor.core.store import Store
from tests.conftest import TEST_DATA


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "store")
    yield opened
    opened.close()


@pytest.fixture
def questionnaire_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "questionnaires"
    folder.mkdir()
    shutil.copy(TEST_DATA / "sample.yaml", folder / "sample.yaml")
    return folder


@pytest.fixture
def catalog(questionnaire_folder: Path) -> QuestionnaireCatalog:
    loaded = QuestionnaireCatalog([("test", questionnaire_folder)], include_packs=False)
    loaded.refresh()
    return loaded
