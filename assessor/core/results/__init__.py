"""Results (SPEC 3). The package owns a result: building it (`build.py`), reading and
writing result files (`files.py`: canonical JSON, integrity, the shape check), verifying it
against a questionnaire (`verify.py`), the typed view every reader reads (`view.py`), the
re-scoring rules (`rescoring.py`), CSV export, free-text answers, a client's history and
importing result files into the store. The names below are its public face."""

from __future__ import annotations

from assessor.core.clock import now_iso
from assessor.core.integrity import canonical_json, integrity_hash
from assessor.core.results.build import assess, build_result, display_context
from assessor.core.results.files import (
    RESULT_FORMAT,
    parse_result,
    read_result_file,
    result_to_bytes,
    write_result,
)
from assessor.core.results.verify import same_career_model, verify_against

# canonical_json and integrity_hash live in integrity.py and are re-exported for callers.
__all__ = [
    "RESULT_FORMAT", "assess", "build_result", "canonical_json", "display_context",
    "integrity_hash", "now_iso", "parse_result", "read_result_file", "result_to_bytes",
    "same_career_model", "verify_against", "write_result",
]
