"""The Qt face of an AssessmentSession: the same operations, announced as signals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from assessor.app.session import AssessmentSession
from assessor.core.format.model import Questionnaire


class SessionModel(QObject):
    """An AssessmentSession for the views: the same flow, with a signal per change."""

    answerChanged = Signal(str)  # item id
    visibilityChanged = Signal(list)  # item ids whose visibility flipped
    progressChanged = Signal(int, int)  # answered, total
    saveFailed = Signal(str)  # why an answer could not be stored

    def __init__(self, session: AssessmentSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session

    @property
    def questionnaire(self) -> Questionnaire:
        return self.session.questionnaire

    def set_answer(self, item_id: str, value: Any) -> bool:
        """True once the answer is safely stored."""
        try:
            changed = self.session.set_answer(item_id, value)
        except ValueError as exc:
            self.saveFailed.emit(str(exc))
            return False
        except Exception as exc:
            self.saveFailed.emit(f"{type(exc).__name__}: {exc}")
            return False
        self._announce(item_id, changed)
        return True

    def clear_answer(self, item_id: str) -> bool:
        try:
            changed = self.session.clear_answer(item_id)
        except Exception as exc:
            self.saveFailed.emit(f"{type(exc).__name__}: {exc}")
            return False
        self._announce(item_id, changed)
        return True

    def _announce(self, item_id: str, changed: list[str]) -> None:
        self.answerChanged.emit(item_id)
        if changed:
            self.visibilityChanged.emit(changed)
        self.progressChanged.emit(*self.session.progress())
