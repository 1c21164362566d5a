"""CSV export of one result's answers and scores, safe to open in a spreadsheet.

A result's texts (free-text answers, pseudonyms, questionnaire labels) come from people we
do not control. A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula
(tab and carriage return also start one in some programs), so every text cell goes through
`neutralise_cell`, which is shared with the cohort summary.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from assessor.core.atomic import write_atomic

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# A plain negative number is data, not a formula, and must stay a number for sums.
_NEGATIVE_NUMBER_RE = re.compile(r"-(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")

CSV_COLUMNS = (
    "part", "id", "label", "value",
    "raw", "min", "max", "percent", "self", "knowledge", "coverage", "ready",
)
_SCORE_FIELDS = ("raw", "min", "max", "percent", "self", "knowledge", "coverage")
# Percents are shown to two decimals elsewhere in the product; more digits only add noise.
_DECIMALS = 2
_MULTI_SEPARATOR = "; "


def neutralise_cell(text: str) -> str:
    """Return `text` so that no spreadsheet evaluates it as a formula.

    Cells starting with `=`, `+`, `-`, `@`, a tab or a carriage return get a leading `'`
    (which spreadsheets show as text and do not display); plain negative numbers such as
    `-3` or `-2.5` are left alone because they are numbers, not formulas.
    """
    if text.startswith(FORMULA_TRIGGERS) and not _NEGATIVE_NUMBER_RE.fullmatch(text):
        return "'" + text
    return text


def format_number(value: float | int | None) -> str:
    """A number as a CSV cell: integers whole, other values rounded, `None` empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    return f"{round(value, _DECIMALS):.{_DECIMALS}f}".rstrip("0").rstrip(".")


def format_value(value: Any) -> str:
    """Any answer or metadata value as a neutralised CSV cell."""
    if value is None:
        return ""
    if isinstance(value, bool | int | float):
        return format_number(value)
    if isinstance(value, list | tuple):
        return neutralise_cell(_MULTI_SEPARATOR.join(str(v) for v in value))
    return neutralise_cell(str(value))


def rows_to_csv_bytes(header: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    """CSV bytes with a UTF-8 byte-order mark, which spreadsheets need to read UTF-8."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([neutralise_cell(h) for h in header])
    writer.writerows(rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _info_rows(result: Mapping[str, Any]) -> list[list[str]]:
    questionnaire = result.get("questionnaire") or {}
    placement = result.get("placement")
    info = [
        ("questionnaire", "Questionnaire", questionnaire.get("title")),
        ("questionnaire_id", "Questionnaire id", questionnaire.get("id")),
        ("questionnaire_version", "Questionnaire version", questionnaire.get("version")),
        ("respondent", "Respondent", result.get("respondent")),
        ("completed_at", "Completed at", result.get("completed_at")),
        ("complete", "Complete", result.get("complete")),
        ("missing", "Missing answers", list(result.get("missing") or [])),
        ("placement", "Placement",
         placement.get("label") if isinstance(placement, Mapping) else None),
    ]
    return [["info", neutralise_cell(key), format_value(label), format_value(value)]
            + [""] * (len(CSV_COLUMNS) - 4) for key, label, value in info]


def result_to_csv_bytes(result: Mapping[str, Any]) -> bytes:
    """One table, one row per fact: `info` rows (who, what, when), one `answer` row per
    answered item, one `score` row per dimension and one `cluster` row per role cluster
    (fit in `value`, readiness in `ready`)."""
    raw_display = result.get("display")
    display: Mapping[str, Any] = raw_display if isinstance(raw_display, Mapping) else {}
    item_texts = {
        item_id: str(details.get("text", ""))
        for item_id, details in (display.get("items") or {}).items()
        if isinstance(details, Mapping)
    }
    dimension_labels = {
        str(d.get("id")): str(d.get("label", ""))
        for d in (display.get("dimensions") or []) if isinstance(d, Mapping)
    }
    rows = _info_rows(result)
    blank_scores = [""] * len(_SCORE_FIELDS)
    for item_id, value in (result.get("answers") or {}).items():
        rows.append(["answer", neutralise_cell(str(item_id)),
                     neutralise_cell(item_texts.get(item_id, "")), format_value(value),
                     *blank_scores, ""])
    for dim, fields in (result.get("scores") or {}).items():
        numbers = [format_number(fields.get(f)) if isinstance(fields, Mapping) else ""
                   for f in _SCORE_FIELDS]
        rows.append(["score", neutralise_cell(str(dim)),
                     neutralise_cell(dimension_labels.get(dim, "")), "", *numbers, ""])
    for cluster in result.get("clusters") or []:
        if not isinstance(cluster, Mapping):
            continue
        rows.append(["cluster", neutralise_cell(str(cluster.get("id", ""))),
                     neutralise_cell(str(cluster.get("label", ""))),
                     format_number(cluster.get("fit")), *blank_scores,
                     format_value(cluster.get("ready"))])
    return rows_to_csv_bytes(CSV_COLUMNS, rows)


def write_result_csv(result: Mapping[str, Any], path: Path | str) -> None:
    """Write the CSV atomically; raises AssessorError naming the file if it cannot."""
    write_atomic(Path(path), result_to_csv_bytes(result))
