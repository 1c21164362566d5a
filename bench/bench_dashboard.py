"""Open the cohort dashboard on 10,000 results, as a provider does in the app.

Measures, in one run on the real CohortPage (offscreen): the background import of 10,000
result files (checked by integrity hash), and the time from the import finishing to the
dashboard being on screen: dashboard data built, tables filled and the visible chart drawn
(target <= 2 s). Prints times only; asserts nothing about speed.

Run from the repository root: `.venv/bin/python bench/bench_dashboard.py [COUNT]`.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_cohort import generate
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from assessor.ui.charts_access import ChartFactory
from assessor.ui.cohort_model import CohortModel
from assessor.ui.cohort_page import CohortPage


class _NoPrompts:
    def __getattr__(self, name: str) -> object:
        raise AssertionError(f"the benchmark asked for a prompt: {name}")


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        os.environ["ASSESSOR_HOME"] = str(root / "home")
        generate(root, count)
        model = CohortModel()
        page = CohortPage(model, _NoPrompts(), ChartFactory(), lambda: [])  # type: ignore[arg-type]
        page.resize(1280, 800)
        page.show()
        app.processEvents()
        chart = page.dashboard.levels_chart
        finished: dict[str, float] = {}
        loop = QEventLoop()

        def on_finished(_run: object) -> None:
            finished["import"] = time.perf_counter()

        def poll() -> None:
            if "import" in finished and chart.is_rendered:
                finished["drawn"] = time.perf_counter()
                loop.quit()
            else:
                QTimer.singleShot(5, poll)

        model.importFinished.connect(on_finished)
        start = time.perf_counter()
        model.start_import([root], [])
        QTimer.singleShot(5, poll)
        QTimer.singleShot(300_000, loop.quit)
        loop.exec()
        page.shutdown()
    if "drawn" not in finished:
        print("the dashboard was not drawn within 5 minutes")
        return 1
    imported = finished["import"] - start
    opened = finished["drawn"] - finished["import"]
    print(f"results: {len(model.entries)} accepted of {count}")
    print(f"background import (integrity-checked): {imported:.2f} s")
    print(f"import finished -> dashboard drawn:     {opened:.2f} s (target <= 2 s)")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
