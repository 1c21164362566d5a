"""Screenshots of the counsellor's workflows: the Clients page, comparing two results,
what-if planning, session notes and presentation mode.

    python tools/counsellor_screenshots.py [--out docs/screenshots] [--language es]

Runs headless against a throw-away data folder with one client assessed three times
(persona answer files from tests/personas) and a second client whose name must not appear
in presentation mode.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # the persona answers live with the tests

PROGRESS = (("career-changer", "2024-02-01T10:00:00+00:00"),
            ("underconfident-analyst", "2024-09-01T10:00:00+00:00"),
            ("soc-analyst-no-ml", "2025-03-01T10:00:00+00:00"))


class _SilentPrompts:
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


def _settle(app: Any, widget: Any) -> None:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    for _ in range(8):
        app.processEvents()
    for canvas in widget.findChildren(FigureCanvasQTAgg):
        if canvas.isVisible():
            canvas.draw()
    app.processEvents()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--language", default="en",
                        help="the app's language, e.g. es (default: en)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["ASSESSOR_HOME"] = tempfile.mkdtemp(prefix="assessor-shots-")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    if args.language != "en":
        from assessor.ui.language import install_translators
        from assessor.ui.plurals import install_plurals

        install_plurals()  # as the app does: under the translation installed next
        install_translators(app, args.language)
    from assessor.app.catalog import QuestionnaireCatalog
    from assessor.app.person import CurrentPerson
    from assessor.core.format.answers import load_answers
    from assessor.core.results import build_result
    from assessor.core.store import Store
    from assessor.ui.charts_access import ChartFactory
    from assessor.ui.context import ApplicationContext, ReportRenderer, UiSettings
    from assessor.ui.main_window import MainWindow

    store = Store.open()
    catalog = QuestionnaireCatalog([("shipped", REPO / "questionnaires")])
    questionnaire = next(q for q in catalog.questionnaires if q.id == "ai-cyber-career")
    me = store.default_profile()
    client = store.create_profile("Alex R.", "Mobile 0400 000 000; prefers mornings")
    store.create_profile("Sam K.", "sam@example.org")
    ids = []
    for persona, when in PROGRESS:
        answers = load_answers(REPO / "tests" / "personas" / f"{persona}.yaml",
                               questionnaire).answers
        ids.append(store.add_result(client, build_result(questionnaire, answers,
                                                         completed_at=when))[0])
    store.add_note(client, "First session: exploring a move from retail into security.",
                   ids[0])
    store.add_note(client, "Discussed the SOC analyst route; keen on evening study. Agreed "
                           "to start with the ML crash course.", ids[-1])
    context = ApplicationContext(store=store, catalog=catalog, prompts=_SilentPrompts(),
                                 charts=ChartFactory(), person=CurrentPerson(me),
                                 settings=UiSettings(), reports=ReportRenderer())
    window = MainWindow(context)
    window.resize(1280, 800)
    window.show()
    _settle(app, window)
    window.show_clients()
    page = window.clients_page
    window.clients.select(client)
    args.out.mkdir(parents=True, exist_ok=True)

    def save(widget: Any, name: str) -> None:
        _settle(app, widget)
        widget.grab().save(str(args.out / f"counsellor-{name}.png"))

    save(window, "clients")
    page.tabs.setCurrentWidget(page.compare_view)
    page.compare_view.choose(ids[1], ids[2])
    save(window, "compare")
    page.tabs.setCurrentWidget(page.whatif_view)
    whatif = page.whatif_view
    whatif.set_ticked([whatif.milestone_ids()[0]])
    whatif.plan_note.setText("Agreed 1 March: ML crash course first")
    whatif.save_plan()
    save(window, "whatif")
    page.tabs.setCurrentWidget(page.notes_view)
    save(window, "notes")
    page.tabs.setCurrentWidget(page.results_view)
    presentation = page.results_view.present_selected()
    assert presentation is not None
    presentation.showNormal()  # a fixed size for the picture; in use it fills the screen
    presentation.resize(1600, 900)
    save(presentation, "presentation")
    presentation.close()
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
