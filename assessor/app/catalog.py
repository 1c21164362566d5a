"""The questionnaires the person can take: shipped, in their own folder, or opened from a
file. Qt-free so it can be tested and reused without a display."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from assessor.core.errors import AssessorError
from assessor.core.paths import (
    questionnaire_files,
    shipped_questionnaire_dir,
    user_questionnaire_dir,
)

if TYPE_CHECKING:
    from assessor.core.format.model import Questionnaire
    from assessor.core.packs import Pack

DEFAULT_QUESTIONNAIRE_ID = "ai-cyber-career"


@dataclass(frozen=True)
class CatalogEntry:
    """One questionnaire file: loaded, or refused with every problem listed."""

    path: Path
    origin: str  # "shipped", "user", "pack" or "opened"
    questionnaire: Questionnaire | None
    problems: tuple[str, ...] = ()
    pack: Pack | None = None  # the installed provider pack it comes from


class QuestionnaireCatalog:
    """Loads every questionnaire in its folders and in the installed provider packs (after
    installing the packs dropped into the user's questionnaire folder); career-model
    documents are not offered."""

    def __init__(self, folders: Iterable[tuple[str, Path]] | None = None, *,
                 include_packs: bool = True) -> None:
        if folders is None:
            folders = (("shipped", shipped_questionnaire_dir()),
                       ("user", user_questionnaire_dir()))
        self._folders = list(folders)
        self._include_packs = include_packs
        self._entries: list[CatalogEntry] = []
        self._opened: list[CatalogEntry] = []
        self._loaded = False

    def refresh(self) -> None:
        entries: list[CatalogEntry] = []
        for origin, folder in self._folders:
            for path in questionnaire_files(folder):
                entry = self._load(path, origin)
                if entry is not None:
                    entries.append(entry)
        if self._include_packs:
            entries.extend(self._pack_entries())
        self._entries = entries
        self._loaded = True

    def _pack_entries(self) -> list[CatalogEntry]:
        from assessor.core.packs import (
            install_dropped_packs,
            installed_packs,
            installed_questionnaire_paths,
        )

        entries = [CatalogEntry(dropped.path, "pack", None, (dropped.problem,))
                   for dropped in install_dropped_packs() if dropped.problem is not None]
        problems: list[str] = []
        for pack in installed_packs(problems=problems):
            for path in installed_questionnaire_paths(pack):
                entry = self._load(path, "pack")
                if entry is not None:
                    entries.append(CatalogEntry(entry.path, "pack", entry.questionnaire,
                                                entry.problems, pack))
        entries.extend(CatalogEntry(Path(line.split(":", 1)[0]), "pack", None, (line,))
                       for line in problems)
        return entries

    @staticmethod
    def _load(path: Path, origin: str) -> CatalogEntry | None:
        from assessor.core.format.loading import (
            load_document,  # YAML is not needed for a first paint
        )

        try:
            document = load_document(path)
        except AssessorError as exc:
            return CatalogEntry(path, origin, None, tuple(exc.lines()))
        except OSError as exc:
            return CatalogEntry(path, origin, None, (f"{path}: cannot be read: {exc.strerror}",))
        from assessor.core.format.model import Questionnaire

        if not isinstance(document, Questionnaire):
            return None  # a career model is used by questionnaires, never taken on its own
        return CatalogEntry(path, origin, _in_language(document))

    @property
    def entries(self) -> list[CatalogEntry]:
        if not self._loaded:
            self.refresh()
        return [*self._entries, *self._opened]

    @property
    def questionnaires(self) -> list[Questionnaire]:
        """Loaded questionnaires, the default one first, then by title."""
        found = [e.questionnaire for e in self.entries if e.questionnaire is not None]
        return sorted(found, key=lambda q: (q.id != DEFAULT_QUESTIONNAIRE_ID, q.title.lower()))

    @property
    def refused(self) -> list[CatalogEntry]:
        return [e for e in self.entries if e.questionnaire is None]

    def open_file(self, path: Path) -> Questionnaire:
        """Load a questionnaire the person picked; raises AssessorError listing every problem."""
        from assessor.core.format.loading import load_document

        try:
            document = load_document(path)
        except OSError as exc:
            raise AssessorError.single(str(path), f"cannot be read: {exc.strerror}") from None
        from assessor.core.format.model import Questionnaire

        if not isinstance(document, Questionnaire):
            raise AssessorError.single(
                str(path), "is a career model: it is used by questionnaires, not taken itself",
                1, 1)
        document = _in_language(document)
        self._opened = [e for e in self._opened if e.path != path]
        self._opened.append(CatalogEntry(path, "opened", document))
        return document

    def find(self, questionnaire_id: str, sha256: str | None = None,
             path: Path | None = None) -> Questionnaire | None:
        """The questionnaire a draft or result was made with: the same bytes (sha256) if at
        hand, else the file it came from if it still has those bytes."""
        for questionnaire in self.questionnaires:
            if questionnaire.id == questionnaire_id and (
                sha256 is None or questionnaire.source.sha256 == sha256
            ):
                return questionnaire
        if path is not None and path.is_file():
            try:
                candidate = self.open_file(path)
            except AssessorError:
                return None
            if candidate.id == questionnaire_id and (
                sha256 is None or candidate.source.sha256 == sha256
            ):
                return candidate
        return None

    def pack_of(self, questionnaire: Questionnaire) -> Pack | None:
        """The installed provider pack a questionnaire comes from, if any."""
        for entry in self.entries:
            if entry.questionnaire is questionnaire:
                return entry.pack
        return None

    def find_by_id(self, questionnaire_id: str) -> Questionnaire | None:
        for questionnaire in self.questionnaires:
            if questionnaire.id == questionnaire_id:
                return questionnaire
        return None


def _in_language(questionnaire: Questionnaire) -> Questionnaire:
    """The questionnaire in the app's language where a translation of it is installed
    (same ids, scores and sha256; results keep the texts as written). A translation that
    is invalid is skipped: the questionnaire is still offered, in its own words."""
    from assessor.core.i18n import SOURCE_LANGUAGE, current_language
    from assessor.core.translation import translate

    language = current_language()
    if language == SOURCE_LANGUAGE:
        return questionnaire
    try:
        translated, _warnings = translate(questionnaire, language)
    except AssessorError:
        return questionnaire
    return translated
