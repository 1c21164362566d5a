"""Start-up benchmarks (prints only, never asserts):

1. first paint as a whole fresh process, `assessor --smoke-test` against a bare PySide6
   window, measured in turn in the same run; for the editable install and, when
   `dist/assessor/assessor` exists, for the bundle (target ratio <= 1.2), which is also
   compared with the bare window frozen as the bundle is (bench/bare_window.spec, built
   into build/bench-bare-window/ with PyInstaller on first use: about a minute);
2. a past result opened right after start: from asking (as soon as the start page lists
   it) to a drawn results page, charts cold (target <= 1 s; on the first start, and on a
   later one, which finds the ladder layouts an earlier session kept in the cache
   folder), and the same once the app's idle warm-up of the chart code has finished
   (target <= 0.3 s). The cold lines also say when the list appeared (from the script's
   first line, so a start that moves work before the list shows it). The warm-up draws the
   latest result's first-tab charts at the size they will have (what a person who starts
   the app to look at their result gets), then the ladder at each other level that a
   recent result is at (a ladder shows the career model and the level, not the result).
   "Warm, an older result" opens another one, at another level, whose figures are built
   when asked for and whose role map is drawn then; "... at a level not drawn ahead" is
   the same with the warm-up drawing no other level's ladder, so both charts are drawn.

    python bench/bench_startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BUNDLE = REPO / "dist" / "assessor" / "assessor"
FROZEN_BARE = REPO / "build" / "bench-bare-window"
sys.path.insert(0, str(REPO / "bench"))

from first_paint import BARE_WINDOW, first_paint_ms  # noqa: E402 (after the path is set)

# Stores results (made by `assessor score`, the last one the latest) in a fresh data
# folder, in its own process so that the measuring process starts cold.
STORE_RESULT = r"""
import json, sys
from assessor.core.store import Store
store = Store.open()
for path in sys.argv[1:]:
    store.add_result(store.default_profile(), json.loads(open(path).read()))
store.close()
"""
# The result opened, and for "warm-other" the older one at another level opened instead.
LATEST = "ml-engineer-no-security.yaml"  # Practitioner
OLDER = "security-engineer-with-ml.yaml"  # Senior

# The app as `assessor` starts it (frame first, then the store and the catalog). As soon as
# the start page lists the past result, it is opened the way a person does (select it,
# press "Show result"), at once (cold) or once the app's idle warm-up has finished (warm),
# and timed until the results page, its charts included, has been drawn.
OPEN_PAST_RESULT = r"""
import json, sys, time
script_started = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

mode = sys.argv[1]
row = 1 if mode.startswith("warm-other") else 0  # newest first
if mode == "warm-other-undrawn":
    import assessor.ui.results_warm_up as warm_up
    warm_up.OTHER_RUNGS = 0  # no other level's ladder drawn ahead
    warm_up.MODEL_RUNGS = 0
qt_app = QApplication(sys.argv[:1])
from assessor.ui.main_window import MainWindow
opened = []

def open_context():
    from assessor.ui.bootstrap import open_context as open_real
    opened.append(open_real())
    return opened[0]

window = MainWindow(open_context=open_context)
window.resize(1280, 800)
window.show()

def when_listed():
    page = window.start_page
    if not page.is_filled or page.result_list.count() == 0:
        QTimer.singleShot(5, when_listed)
        return
    global listed
    listed = time.perf_counter()
    if mode == "cold":
        QTimer.singleShot(0, open_result)
    else:
        QTimer.singleShot(0, when_warm)

def when_warm():
    charts = window.context.charts
    preparing = charts.preparer is not None and charts.preparer.is_alive()
    if not charts.is_warm or preparing or window._results_page is None:
        QTimer.singleShot(10, when_warm)
        return
    global warmed_after
    warmed_after = time.perf_counter() - listed
    open_result()

warmed_after = None

def open_result():
    page = window.start_page
    page.result_list.setCurrentRow(row)
    started, cpu_started = time.perf_counter(), time.thread_time()
    page.open_result_button.click()
    qt_app.processEvents()
    window.grab()  # every visible widget painted, charts included
    elapsed = time.perf_counter() - started
    cpu = time.thread_time() - cpu_started
    results = window.stack.currentWidget()
    drawn = results is window.results_page and results.ladder_chart.is_rendered \
        and results.plane_chart.is_rendered
    print(json.dumps({"seconds": elapsed, "cpu": cpu, "drawn": drawn, "warm_up": warmed_after,
                      "listed_after": listed - script_started}), flush=True)
    qt_app.quit()

QTimer.singleShot(0, when_listed)
qt_app.exec()
for context in opened:
    context.store.close()
import os
os._exit(0)
"""


def compare_first_paint(name: str, app_command: list[str], env: dict[str, str],
                        runs: int, baselines: dict[str, list[str]]) -> None:
    """The app's first paint against each baseline (name: command), all measured in turn."""
    commands = {name: app_command, **baselines}
    # One start of each first, untimed: it writes the app's bytecode (see measuring_env) and
    # brings every program's files into the disk cache, so no run pays a first time.
    for command in commands.values():
        first_paint_ms(command, env)
    times: dict[str, list[float]] = {kind: [] for kind in commands}
    for _ in range(runs):  # in turn, so all see the same machine load
        for kind, command in commands.items():
            times[kind].append(first_paint_ms(command, env)[1])  # spawn to first paint
    app_ms = statistics.median(times[name])
    spread = f"{min(times[name]):.0f}-{max(times[name]):.0f}"
    for kind in baselines:
        bare_ms = statistics.median(times[kind])
        # Each run's ratio to the baseline run beside it, to show how much load moved them.
        ratios = [app / bare for app, bare in zip(times[name], times[kind], strict=True)]
        print(f"first paint, {name}: {app_ms:.0f} ms ({spread}), {kind}: {bare_ms:.0f} ms "
              f"({min(times[kind]):.0f}-{max(times[kind]):.0f}), ratio {app_ms / bare_ms:.2f}"
              f" (run by run {min(ratios):.2f}-{max(ratios):.2f}; medians of {runs}; "
              f"target <= 1.2)")


def frozen_bare_window() -> list[str] | None:
    """The bare window frozen as the bundle is (bench/bare_window.spec), built on first use;
    None (and says why) when PyInstaller is not installed or the build fails."""
    executable = FROZEN_BARE / "dist" / "bare_window" / "bare_window"
    script = FROZEN_BARE / "bare_window.py"
    spec = REPO / "bench" / "bare_window.spec"
    options = REPO / "packaging" / "bundle_options.py"
    fresh = executable.exists() and script.exists() and script.read_text() == BARE_WINDOW \
        and all(executable.stat().st_mtime > p.stat().st_mtime for p in (spec, options))
    if fresh:
        return [str(executable)]
    try:
        import PyInstaller  # noqa: F401  # only to say it is missing
    except ImportError:
        print("first paint, frozen bare window: PyInstaller is not installed "
              "(make dist installs it)")
        return None
    print("building the frozen bare window into build/bench-bare-window/ ...", flush=True)
    FROZEN_BARE.mkdir(parents=True, exist_ok=True)
    script.write_text(BARE_WINDOW)
    built = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(FROZEN_BARE / "dist"), "--workpath", str(FROZEN_BARE / "work"),
         str(spec)], env={**os.environ, "BARE_WINDOW_SCRIPT": str(script)},
        capture_output=True, text=True, check=False)
    if built.returncode != 0 or not executable.exists():
        print(f"first paint, frozen bare window: the build failed: {built.stderr[-500:]}")
        return None
    return [str(executable)]


def past_result(env: dict[str, str], home: str, mode: str) -> dict[str, float]:
    folder = tempfile.mkdtemp(dir=home)
    run_env = {**env, "ASSESSOR_HOME": folder}
    results = []
    for persona in ([OLDER] if mode.startswith("warm-other") else []) + [LATEST]:
        result = Path(folder) / f"{persona}.json"
        subprocess.run([sys.executable, "-m", "assessor", "score", "ai-cyber-career",
                        str(REPO / "tests" / "personas" / persona),
                        "-o", str(result)], env=run_env, check=True, capture_output=True)
        results.append(str(result))
    subprocess.run([sys.executable, "-c", STORE_RESULT, *results], env=run_env, check=True)
    if mode == "cold-later":
        # An earlier session that opened the same result, untimed: the later start finds
        # what it kept in the cache folder (ladder layouts; never the result's own charts).
        subprocess.run([sys.executable, "-c", OPEN_PAST_RESULT, "cold"], env=run_env,
                       capture_output=True, text=True, timeout=120, check=True)
    done = subprocess.run([sys.executable, "-c", OPEN_PAST_RESULT,
                           "cold" if mode == "cold-later" else mode], env=run_env,
                          capture_output=True, text=True, timeout=120, check=True)
    measured: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return measured


def first_paint(env: dict[str, str], runs: int) -> None:
    bare = {"bare PySide6 window": [sys.executable, "-c", BARE_WINDOW]}
    compare_first_paint("editable install", [sys.executable, "-m", "assessor", "--smoke-test"],
                        env, runs, bare)
    if BUNDLE.exists():
        frozen = frozen_bare_window()
        compare_first_paint("bundle", [str(BUNDLE), "--smoke-test"], env, runs,
                            {**bare, **({"frozen bare window": frozen} if frozen else {})})
    else:
        print(f"first paint, bundle: no {BUNDLE.relative_to(REPO)} (make dist builds it)")


def past_results(env: dict[str, str], home: str, runs: int) -> None:
    modes = (("cold", "cold, the first start", 1.0),
             ("cold-later", "cold, a later start of the same app", 1.0),
             ("warm", "warm", 0.3),
             ("warm-other", "warm, an older result", 0.3),
             ("warm-other-undrawn", "warm, an older result at a level not drawn ahead", 0.3))
    for mode, name, target in modes:
        times = [past_result(env, home, mode) for _ in range(max(1, runs // 2))]
        seconds = statistics.median(t["seconds"] for t in times)
        drawn = all(t["drawn"] for t in times)
        listed = statistics.median(t["listed_after"] for t in times)
        warm_up = f", the list shown {listed:.2f} s after start" if mode.startswith("cold") \
            else (
            f", opened once the idle warm-up had finished, "
            f"{statistics.median(t['warm_up'] for t in times):.2f} s after the list appeared")
        cpu = statistics.median(t["cpu"] for t in times)
        print(f"past result opened right after start ({name}): {seconds:.2f} s "
              f"({cpu:.2f} s of it the window's own CPU time; median of {len(times)}; "
              f"target <= {target} s{warm_up})"
              + ("" if drawn else "; NOT DRAWN"))


def measuring_env(home: str) -> dict[str, str]:
    """The children's environment: offscreen unless told otherwise, a fresh data folder,
    and bytecode written as an installed app has it. Where PYTHONDONTWRITEBYTECODE is set
    (as on some CI machines), every start would compile the app's sources again, which no
    installed copy does (pip and the bundle ship compiled modules), while the bare
    window's PySide6 modules are compiled already: the ratio would count the compiler."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "ASSESSOR_HOME": home}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="processes of each kind (default 7)")
    parser.add_argument("--only", choices=("first-paint", "past-result"),
                        help="run one of the two measurements")
    args = parser.parse_args()
    print("load average (1, 5, 15 min): {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    with tempfile.TemporaryDirectory() as home:
        env = measuring_env(home)
        if args.only != "past-result":
            first_paint(env, args.runs)
        if args.only != "first-paint":
            past_results(env, home, args.runs)
    print("load average (1, 5, 15 min): {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
