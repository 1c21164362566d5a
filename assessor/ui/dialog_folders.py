"""Where file dialogs open: the folder used last (remembered across runs), else the user's
documents folder, else the home folder; never the folder the app was started from."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import platformdirs

from assessor.core.atomic import write_atomic
from assessor.core.errors import AssessorError
from assessor.core.paths import user_data_dir

_FILE_NAME = "dialog-folders.json"
_FORMAT = "assessor-dialog-folders/1"


def documents_dir() -> Path:
    """The user's documents folder when it exists, else their home folder."""
    documents = Path(platformdirs.user_documents_dir())
    return documents if documents.is_dir() else Path.home()


class DialogFolders:
    """The folder file dialogs open in: the last one chosen, else Documents."""

    def __init__(self, record: Path | None = None) -> None:
        self._record = record if record is not None else user_data_dir() / _FILE_NAME

    def start_dir(self) -> Path:
        last = self._read()
        return last if last is not None and last.is_dir() else documents_dir()

    def remember(self, chosen: Path) -> None:
        """Keep the folder of a chosen file (or the chosen folder itself) for next time.
        Failing to write it only means the next dialog opens in the documents folder."""
        folder = chosen if chosen.is_dir() else chosen.parent
        data = json.dumps({"format": _FORMAT, "last": str(folder.resolve())}).encode()
        with contextlib.suppress(OSError, AssessorError):  # AssessorError: from write_atomic
            self._record.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self._record, data)

    def _read(self) -> Path | None:
        try:
            record = json.loads(self._record.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        last = record.get("last") if isinstance(record, dict) and \
            record.get("format") == _FORMAT else None
        return Path(last) if isinstance(last, str) and last else None
