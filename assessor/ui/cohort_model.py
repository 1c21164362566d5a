"""The training provider's cohort: result files imported in a worker thread, kept together
(each result once), and the privacy threshold every cohort view follows.

The checks themselves are the core's (`assessor.core.cohort.import_files`); this object
only feeds it files in batches off the GUI thread, so the window stays responsive and can
show progress for ten thousand files, and merges the batches without counting a result
twice."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from assessor.core.cohort import (
    CohortEntry,
    CohortImport,
    Duplicate,
    Refusal,
    expand_sources,
    import_files,
)
from assessor.core.cohort.dashboard import DEFAULT_MIN_GROUP
from assessor.core.format.model import Questionnaire

BATCH_SIZE = 100  # files per progress step: small enough to update often, large enough to be cheap


@dataclass
class ImportRun:
    """What one import did, file by file, in the order the files were given."""

    files: list[str] = field(default_factory=list)
    outcome: CohortImport = field(default_factory=CohortImport)
    cancelled: bool = False


class _ImportWorker(QObject):
    progress = Signal(int, int)  # files done, files in all
    finished = Signal(object)  # ImportRun

    def __init__(self, sources: Sequence[Path], questionnaires: Sequence[Questionnaire],
                 known: dict[str, str], cancel: threading.Event) -> None:
        super().__init__()
        self._sources = list(sources)
        self._questionnaires = list(questionnaires)
        self._first_seen = dict(known)  # integrity hash -> the file it was first met in
        self._cancel = cancel

    @Slot()
    def run(self) -> None:
        run = ImportRun()
        try:
            self._import(run)
        except Exception as exc:
            # `finished` is what frees the model for the next import: without it the page
            # would wait for ever. What was not checked is reported as refused.
            checked = {refusal.source for refusal in run.outcome.refused}
            checked.update(entry.source for entry in run.outcome.entries)
            checked.update(duplicate.source for duplicate in run.outcome.duplicates)
            reason = f"could not be checked (internal error: {type(exc).__name__})"
            run.outcome.refused.extend(Refusal(name, f"{name}: {reason}")
                                       for name in run.files if name not in checked)
        finally:
            self.finished.emit(run)

    def _import(self, run: ImportRun) -> None:
        paths = expand_sources(self._sources)
        total = len(paths)
        self.progress.emit(0, total)
        for start in range(0, total, BATCH_SIZE):
            if self._cancel.is_set():
                run.cancelled = True
                break
            batch = paths[start:start + BATCH_SIZE]
            run.files.extend(str(path) for path in batch)
            self._merge(run.outcome, import_files(batch, self._questionnaires))
            self.progress.emit(start + len(batch), total)

    def _merge(self, into: CohortImport, batch: CohortImport) -> None:
        """The core deduplicates within a batch; across batches (and against what was
        imported before) it is done here, by the same integrity hash."""
        into.refused.extend(batch.refused)
        into.duplicates.extend(batch.duplicates)
        for entry in batch.entries:
            first = self._first_seen.get(entry.sha256)
            if first is not None:
                into.duplicates.append(Duplicate(entry.source, first))
                continue
            self._first_seen[entry.sha256] = entry.source
            into.entries.append(entry)


class CohortModel(QObject):
    """The imported cohort. Views listen to `changed` and `minGroupChanged`."""

    changed = Signal()
    minGroupChanged = Signal(int)
    importStarted = Signal()
    importProgress = Signal(int, int)
    importFinished = Signal(object)  # ImportRun

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[CohortEntry] = []
        self._min_group = DEFAULT_MIN_GROUP
        self._thread: QThread | None = None
        self._worker: _ImportWorker | None = None
        self._cancel = threading.Event()
        self.last_run: ImportRun | None = None

    @property
    def entries(self) -> list[CohortEntry]:
        return list(self._entries)

    @property
    def min_group(self) -> int:
        return self._min_group

    def set_min_group(self, value: int) -> None:
        if value != self._min_group:
            self._min_group = value
            self.minGroupChanged.emit(value)

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def start_import(self, sources: Sequence[Path],
                     questionnaires: Sequence[Questionnaire]) -> bool:
        """Start checking `sources` (files and folders) in a worker thread; False when an
        import is already running."""
        if self._thread is not None:
            return False
        self._cancel.clear()
        known = {entry.sha256: entry.source for entry in self._entries}
        worker = _ImportWorker(sources, questionnaires, known, self._cancel)
        thread = QThread(self)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self.importProgress)
        worker.finished.connect(self._finished)
        self._thread, self._worker = thread, worker
        self.importStarted.emit()
        thread.start()
        return True

    def cancel_import(self) -> None:
        self._cancel.set()

    @Slot(object)
    def _finished(self, run: ImportRun) -> None:
        thread, worker = self._thread, self._worker
        self._thread = self._worker = None
        if thread is not None:
            thread.quit()
            thread.wait()
            thread.deleteLater()
        if worker is not None:
            worker.deleteLater()
        self._entries.extend(run.outcome.entries)
        self.last_run = run
        self.importFinished.emit(run)
        self.changed.emit()

    def clear(self) -> None:
        self._entries = []
        self.last_run = None
        self.changed.emit()

    def as_import(self) -> CohortImport:
        """Everything accepted so far, with the last import's refusals and duplicates (what
        the saved summary reports)."""
        last = self.last_run.outcome if self.last_run is not None else CohortImport()
        return CohortImport(self.entries, list(last.refused), list(last.duplicates))

    def shutdown(self) -> None:
        """Stop a running import before the window goes (a QThread must not outlive it)."""
        if self._thread is not None:
            self._cancel.set()
            self._thread.quit()
            self._thread.wait()
