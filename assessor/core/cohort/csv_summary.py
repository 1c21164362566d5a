"""The cohort's CSV summary (SPEC 4 `cohort -o SUMMARY.csv`): one row per accepted result,
streamed to the file in pieces, with formula-like cells neutralised."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from assessor.core.atomic import write_atomic_chunks
from assessor.core.cohort import HASH_ONLY, RESCORED, CohortEntry
from assessor.core.cohort.collector import pausing_collector
from assessor.core.results.csv_export import format_number, neutralise_cell


def cohort_dimensions(entries: Iterable[CohortEntry]) -> list[str]:
    """Every dimension met, in the order first met (one questionnaire's order when alone)."""
    seen: dict[str, None] = {}
    for entry in entries:
        for dim in entry.percents:
            seen.setdefault(dim, None)
    return list(seen)


def csv_header(dimensions: Sequence[str]) -> list[str]:
    return [
        "respondent", "questionnaire", "version", "completed_at", "complete", "level",
        *(f"{dim}_percent" for dim in dimensions),
        "best_cluster", "best_fit", "best_ready", "checked", "result_sha256", "source",
    ]


def _csv_rows(entries: Sequence[CohortEntry], dimensions: Sequence[str]) -> Iterator[list[str]]:
    for entry in entries:
        best = entry.best
        yield [
            neutralise_cell(entry.respondent or ""),
            neutralise_cell(entry.questionnaire_id),
            neutralise_cell(entry.questionnaire_version),
            neutralise_cell(entry.completed_at),
            format_number(entry.complete),
            neutralise_cell(entry.level or ""),
            *(format_number(entry.percents.get(dim)) for dim in dimensions),
            neutralise_cell(best.id) if best else "",
            format_number(best.fit) if best else "",
            format_number(best.ready) if best else "",
            RESCORED if entry.rescored else HASH_ONLY,
            entry.sha256,
            neutralise_cell(entry.source),
        ]


_ROWS_PER_CHUNK = 1000


def _csv_chunks(entries: Sequence[CohortEntry]) -> Iterator[bytes]:
    """The CSV, with a UTF-8 byte-order mark (spreadsheets need it to read UTF-8), as
    pieces of about a thousand rows, so a big cohort's summary is never held whole."""
    dimensions = cohort_dimensions(entries)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    buffer.write("\ufeff")
    writer.writerow([neutralise_cell(h) for h in csv_header(dimensions)])
    for count, row in enumerate(_csv_rows(entries, dimensions), start=1):
        writer.writerow(row)
        if count % _ROWS_PER_CHUNK == 0:
            yield buffer.getvalue().encode("utf-8")
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode("utf-8")


@pausing_collector
def cohort_csv_bytes(entries: Sequence[CohortEntry]) -> bytes:
    """One row per accepted result; a `checked` column says whether it was re-scored."""
    return b"".join(_csv_chunks(entries))


@pausing_collector
def write_cohort_csv(entries: Sequence[CohortEntry], path: Path | str) -> None:
    """`cohort_csv_bytes`, written atomically as its rows are made."""
    write_atomic_chunks(Path(path), _csv_chunks(entries))
