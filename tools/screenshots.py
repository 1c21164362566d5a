"""Screenshots of every page of the desktop app, at 1280×800 and at 2× scale.

    python tools/screenshots.py [--out docs/screenshots]

Runs headless (QT_QPA_PLATFORM=offscreen) against a throw-away data folder, with two
earlier results and a persona's answers, so the pictures show a realistic session. The 2×
set is made by running this script again in a subprocess with QT_SCALE_FACTOR=2.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # the persona answers live with the GUI tests

PAGES = ("start", "question", "review", "results-level", "results-roles", "results-path",
         "results-calibration", "history")


class _SilentPrompts:
    """No dialogs in screenshots."""

    def confirm(self, title: str, question: str) -> bool:
        return True

    def pick_open_file(self, title: str, filters: str) -> Path | None:
        return None

    def pick_save_file(self, title: str, suggested_name: str, filters: str) -> Path | None:
        return None

    def show_error(self, title: str, message: str, details: Sequence[str] = ()) -> None:
        print(f"error: {title}: {message}", file=sys.stderr)

    def show_info(self, title: str, message: str) -> None:
        pass


def _settle(app: Any, window: Any) -> None:
    for _ in range(5):
        app.processEvents()
    for canvas in window.findChildren(_canvas_type()):
        if canvas.isVisible():
            canvas.draw()
    app.processEvents()


def _canvas_type() -> Any:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    return FigureCanvasQTAgg


def _use_dark_palette(app: Any) -> None:
    """What a desktop in dark mode hands the app: the Fusion style with a dark palette."""
    from PySide6.QtGui import QColor, QPalette

    app.setStyle("Fusion")
    palette = QPalette()
    role = QPalette.ColorRole
    for name, colour in ((role.Window, "#202124"), (role.WindowText, "#E8EAED"),
                         (role.Base, "#17181A"), (role.AlternateBase, "#26282B"),
                         (role.Text, "#E8EAED"), (role.Button, "#2B2D31"),
                         (role.ButtonText, "#E8EAED"), (role.Highlight, "#3D7BD9"),
                         (role.HighlightedText, "#FFFFFF"), (role.PlaceholderText, "#9AA0A6"),
                         (role.ToolTipBase, "#2B2D31"), (role.ToolTipText, "#E8EAED"),
                         (role.Link, "#8AB4F8"), (role.Light, "#5F6368"),
                         (role.Midlight, "#4A4D52"), (role.Mid, "#5F6368"),
                         (role.Dark, "#3C4043"), (role.Shadow, "#000000")):
        palette.setColor(name, QColor(colour))
    app.setPalette(palette)


def compact(path: Path) -> None:
    """A screenshot in at most 256 colours: a third of the size, no visible difference."""
    from PIL import Image

    with Image.open(path) as image:
        reduced = image.convert("RGB").quantize(256, method=Image.Quantize.FASTOCTREE)
    reduced.save(path, optimize=True)


def take(out: Path, suffix: str, size: tuple[int, int] = (1280, 800)) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from assessor.app.catalog import QuestionnaireCatalog
    from assessor.app.person import CurrentPerson
    from assessor.core.format.loading import load_questionnaire
    from assessor.core.results import build_result
    from assessor.core.store import Store
    from assessor.ui.charts_access import ChartFactory
    from assessor.ui.context import ApplicationContext, ReportRenderer, UiSettings
    from assessor.ui.main_window import MainWindow
    from tests.ui.personas import ML_ENGINEER, persona_answers

    app = QApplication.instance() or QApplication(["assessor"])
    app.setApplicationName("Assessor")
    if os.environ.get("ASSESSOR_SCREENSHOT_DARK"):
        _use_dark_palette(app)
    store = Store.open()
    catalog = QuestionnaireCatalog()
    questionnaire = next((q for q in catalog.questionnaires if q.id == "ai-cyber-career"), None)
    if questionnaire is None:
        questionnaire = load_questionnaire(REPO / "tests" / "ui" / "data" / "full.yaml")
        catalog.open_file(REPO / "tests" / "ui" / "data" / "full.yaml")
    profile = store.default_profile()
    # Two earlier results, a few months apart, so history has a trend to show.
    for months_ago, factor in ((8, 0.55), (4, 0.8)):
        earlier = {d: v * factor for d, v in ML_ENGINEER.items()}
        stamp = f"2025-{12 - months_ago:02d}-15T10:00:00+00:00"
        earlier_answers = persona_answers(questionnaire, earlier)
        store.add_result(profile, build_result(questionnaire, earlier_answers,
                                               completed_at=stamp))
    answers = persona_answers(questionnaire, ML_ENGINEER)
    context = ApplicationContext(store=store, catalog=catalog, prompts=_SilentPrompts(),
                                 charts=ChartFactory(), person=CurrentPerson(profile),
                                 settings=UiSettings(), reports=ReportRenderer())
    # A draft in progress, to be offered on the start page.
    draft = store.start_draft(profile, questionnaire.id, questionnaire.source.sha256,
                              str(questionnaire.source.path))
    ordered = list(answers.items())
    for item_id, value in ordered[:12]:
        store.save_answer(draft, item_id, value)

    window = MainWindow(context)
    window.resize(*size)
    window.show()
    shots: list[Path] = []

    def grab(name: str) -> None:
        _settle(app, window)
        path = out / f"{name}{suffix}.png"
        window.grab().save(str(path))
        compact(path)
        shots.append(path)

    grab("start")
    window.resume_draft(draft)
    page = window.question_page
    assert page is not None
    second = page._visible_ids()[1]
    page.show_section(second)
    grab("question")
    assert window.session_model is not None
    for item_id, value in ordered[12:-6]:
        window.session_model.set_answer(item_id, value)
    window.show_review()
    grab("review")
    for item_id, value in ordered[-6:]:
        window.session_model.set_answer(item_id, value)
    window.finish()
    results = window.results_page
    for index, name in enumerate(("results-level", "results-roles", "results-path",
                                  "results-calibration")):
        results.tabs.setCurrentIndex(index)
        grab(name)
    window.show_history()
    grab("history")
    window.close()
    store.close()
    return shots


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--suffix", default="", help=argparse.SUPPRESS)
    parser.add_argument("--only-this-scale", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--size", default="1280x800",
                        help="window size WxH; other than 1280x800 it is added to the names")
    parser.add_argument("--dark", action="store_true",
                        help="a dark system palette (as a desktop in dark mode gives)")
    args = parser.parse_args(argv)
    if args.dark:
        os.environ["ASSESSOR_SCREENSHOT_DARK"] = "1"
        args.suffix = args.suffix or "-dark"
    width, height = (int(n) for n in args.size.split("x"))
    if args.size != "1280x800" and args.size not in args.suffix:
        args.suffix = f"-{args.size}{args.suffix}"
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as home:
        os.environ["ASSESSOR_HOME"] = home
        for path in take(args.out, args.suffix, (width, height)):
            print(path)
    if not args.only_this_scale:
        env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen"}
        done = subprocess.run([sys.executable, __file__, "--out", str(args.out),
                               "--suffix", f"{args.suffix}@2x", "--only-this-scale",
                               "--size", args.size,
                               *(["--dark"] if args.dark else [])], env=env, check=False)
        return done.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
