"""Time to write a full PDF report (and the HTML one) of a realistic result.

Target: a PDF in at most 2 s on a developer machine. Prints the times and the ratio to the
target (below 1.0 is within target); never fails on time.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from assessor.core.format.answers import load_answers  # noqa: E402
from assessor.core.format.loading import load_questionnaire  # noqa: E402
from assessor.core.results import build_result  # noqa: E402
from assessor.reports import render_report  # noqa: E402

PDF_TARGET_S = 2.0


def sample_result() -> dict:  # type: ignore[type-arg]
    shipped = ROOT / "questionnaires" / "ai-cyber-career.yaml"
    persona = ROOT / "tests" / "personas" / "ml-engineer-no-security.yaml"
    if not (shipped.exists() and persona.exists()):
        shipped = ROOT / "tests" / "data" / "report-career.yaml"
        persona = ROOT / "tests" / "data" / "report-answers.yaml"
    questionnaire = load_questionnaire(shipped)
    answers = load_answers(persona, questionnaire)
    return build_result(questionnaire, answers.answers, respondent=answers.respondent)


def timed(result: dict, path: Path, repeats: int = 3) -> float:  # type: ignore[type-arg]
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        render_report(result, path)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    result = sample_result()
    with tempfile.TemporaryDirectory() as folder:
        first_start = time.perf_counter()
        render_report(result, Path(folder) / "warm.pdf")  # includes Qt start-up
        first = time.perf_counter() - first_start
        pdf = timed(result, Path(folder) / "report.pdf")
        html = timed(result, Path(folder) / "report.html")
    print(f"report pdf (first, with Qt start-up): {first:.2f} s  ratio {first / PDF_TARGET_S:.2f}")
    print(f"report pdf (best of 3): {pdf:.2f} s  ratio {pdf / PDF_TARGET_S:.2f}")
    print(f"report html (best of 3): {html:.2f} s  ratio {html / PDF_TARGET_S:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
