"""What the start-up benchmarks (`bench_gui.py`, `bench_startup.py`) share: the bare PySide6
window every first paint is compared with, and timing a fresh process to its first paint.
Not a benchmark itself (`make bench` runs only `bench_*.py`)."""

from __future__ import annotations

import subprocess
import time

# A bare PySide6 window showing one label. Like `assessor --smoke-test`, it prints
# "first paint: N ms" (N from its own start) once the window has been painted.
BARE_WINDOW = r"""
import time
started = time.perf_counter()
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

class Watch(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, report)
        return False

def report():
    print(f"first paint: {round((time.perf_counter() - started) * 1000)} ms", flush=True)
    app.quit()

app = QApplication(sys.argv[:1])
label = QLabel("Hello")
watch = Watch()
label.installEventFilter(watch)
label.resize(1280, 800)
label.show()
app.exec()
"""


def first_paint_ms(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(milliseconds the process reports from its own start, wall milliseconds from spawning
    it to that report) for a process that prints "first paint: N ms"."""
    started = time.perf_counter()
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          text=True) as child:
        assert child.stdout is not None
        line = child.stdout.readline()
        wall = (time.perf_counter() - started) * 1000
        child.wait(timeout=120)
    if not line.startswith("first paint"):
        raise RuntimeError(f"{command[0]}: no first paint reported")
    return float(line.strip().split()[-2]), wall
