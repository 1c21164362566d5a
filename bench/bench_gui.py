"""GUI benchmarks (prints only, never asserts):

1. time to the first painted window: `assessor --smoke-test` against a bare PySide6 window
   showing one label, both as fresh subprocesses in the same run (target ratio <= 1.5);
2. time from giving the last answer to a fully drawn results page (target <= 1 s), with the
   chart code cold and warmed the way the app warms it while the person answers;
3. resident memory of the idle results page (target <= 250 MB).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from first_paint import BARE_WINDOW, first_paint_ms  # noqa: E402 (after the path is set)

RUNS = 5


RESULTS_PAGE = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from PySide6.QtWidgets import QApplication
from assessor.core.store import Store
from assessor.app.catalog import QuestionnaireCatalog
from assessor.ui.charts_access import ChartFactory
from assessor.app.person import CurrentPerson
from assessor.ui.context import ApplicationContext, ReportRenderer, UiSettings
from assessor.ui.main_window import MainWindow
from tests.ui.conftest import FakePrompts, shipped_or_test_folder
from tests.ui.mouse import answer_through_widgets
from tests.ui.personas import ML_ENGINEER, persona_answers

warm = sys.argv[2] == "warm"
app = QApplication(sys.argv[:1])
store = Store.open()
catalog = QuestionnaireCatalog([shipped_or_test_folder()])
charts = ChartFactory()
context = ApplicationContext(store=store, catalog=catalog, prompts=FakePrompts(), charts=charts,
                             person=CurrentPerson(store.default_profile()), settings=UiSettings(),
                             reports=ReportRenderer())
window = MainWindow(context)
window.resize(1280, 800)
window.show()
app.processEvents()
questionnaire = catalog.questionnaires[0]
answers = persona_answers(questionnaire, ML_ENGINEER)
window.start_questionnaire(questionnaire)
last_id = list(answers)[-1]
answer_through_widgets(window, {k: v for k, v in answers.items() if k != last_id})
if warm:
    charts._warm_quietly()  # what the app's background warm-up has done by now
    import matplotlib.backends.backend_qtagg  # noqa: F401
app.processEvents()
started = time.perf_counter()
answer_through_widgets(window, {last_id: answers[last_id]})
window.question_page.reviewRequested.emit()
window.review_page.finish_button.click()
window.grab()  # forces every visible widget, charts included, to paint
elapsed = time.perf_counter() - started
assert window.stack.currentWidget() is window.results_page
for _ in range(20):
    app.processEvents()
rss_kb = next(int(line.split()[1]) for line in open("/proc/self/status")
              if line.startswith("VmRSS:"))
print(json.dumps({"seconds": elapsed, "rss_mb": rss_kb / 1024}), flush=True)
store.close()
import os
os._exit(0)  # skip interpreter teardown of Qt objects: nothing left to measure
"""


def main() -> int:
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "ASSESSOR_HOME": home}
        app_runs, bare_runs = [], []
        for _ in range(RUNS):  # interleaved so both see the same machine load
            app_runs.append(first_paint_ms([sys.executable, "-m", "assessor", "--smoke-test"],
                                            env))
            bare_runs.append(first_paint_ms([sys.executable, "-c", BARE_WINDOW], env))
        app_ms = statistics.median(r[0] for r in app_runs)
        bare_ms = statistics.median(r[0] for r in bare_runs)
        app_wall = statistics.median(r[1] for r in app_runs)
        bare_wall = statistics.median(r[1] for r in bare_runs)
        print(f"first paint, app:  {app_ms:.0f} ms after import, {app_wall:.0f} ms from spawn")
        print(f"first paint, bare: {bare_ms:.0f} ms after import, {bare_wall:.0f} ms from spawn")
        print(f"first-paint ratio app/bare: {app_ms / bare_ms:.2f} "
              f"(spawn to paint: {app_wall / bare_wall:.2f}; target <= 1.5)")
        for mode in ("cold", "warm"):
            fresh_home = tempfile.mkdtemp(dir=home)
            done = subprocess.run([sys.executable, "-c", RESULTS_PAGE, str(REPO), mode],
                                  env={**env, "ASSESSOR_HOME": fresh_home}, cwd=REPO,
                                  capture_output=True, text=True, timeout=300, check=False)
            if done.returncode != 0:
                print(f"results-page measurement failed ({mode}):\n{done.stderr[-2000:]}")
                continue
            measured = json.loads(done.stdout.strip().splitlines()[-1])
            print(f"last answer -> drawn results page ({mode} charts): "
                  f"{measured['seconds']:.2f} s (target <= 1 s)")
            if mode == "warm":
                print(f"idle RSS with the results page: {measured['rss_mb']:.0f} MB "
                      "(target <= 250 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
