"""Screenshots of the training provider's views: cohort dashboard, item analysis, the pack
dialog and the start page with a provider's card.

    python tools/provider_screenshots.py [--out docs/screenshots]

Runs headless against a throw-away data folder: a cohort of simulated respondents (each
with a latent skill per dimension, so the statistics look like a real instrument's) and
the example provider pack (examples/provider-pack), signed with a fresh key.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


class _SilentPrompts:
    def __init__(self) -> None:
        self.open_paths: list[Path] = []

    def confirm(self, title: str, question: str) -> bool:
        return True

    def pick_open_file(self, title: str, filters: str) -> Path | None:
        return self.open_paths.pop(0) if self.open_paths else None

    def pick_open_files(self, title: str, filters: str) -> list[Path]:
        return []

    def pick_folder(self, title: str) -> Path | None:
        return None

    def pick_save_file(self, title: str, suggested_name: str, filters: str) -> Path | None:
        return None

    def show_error(self, title: str, message: str, details: Sequence[str] = ()) -> None:
        print(f"error: {title}: {message}", file=sys.stderr)

    def show_info(self, title: str, message: str) -> None:
        pass


def simulated_answers(questionnaire: Any, rng: random.Random) -> dict[str, Any]:
    """Answers driven by one latent skill (0–1) per dimension, plus noise."""
    skill = {dim: min(1.0, max(0.0, rng.betavariate(2, 3))) for dim in
             questionnaire.dimension_ids}
    answers: dict[str, Any] = {}
    for item in questionnaire.items:
        dims = item.dimensions
        level = sum(skill.get(d, 0.5) for d in dims) / len(dims) if dims else rng.random()
        noisy = min(1.0, max(0.0, level + rng.gauss(0, 0.15)))
        if item.type == "likert":
            values = [point.value for point in item.scale]
            answers[item.id] = values[round(noisy * (len(values) - 1))]
        elif item.type == "knowledge":
            right = rng.random() < 0.25 + 0.7 * level
            pool = sorted(item.correct) if right else [
                o.id for o in item.options if o.id not in item.correct]
            answers[item.id] = rng.choice(pool or item.option_ids)
        elif item.type == "choice":
            ranked = sorted(item.options, key=lambda o: sum(o.scores.values()))
            answers[item.id] = ranked[round(noisy * (len(ranked) - 1))].id
        elif item.type == "multi":
            limit = item.max_choices or len(item.options)
            chosen = [o.id for o in item.options
                      if rng.random() < (noisy if sum(o.scores.values()) > 0 else 0.1)]
            answers[item.id] = chosen[:limit]
        elif item.type == "boolean":
            answers[item.id] = rng.random() < noisy
        elif item.type == "number":
            low = item.minimum if item.minimum is not None else 0
            high = item.maximum if item.maximum is not None else low + 20
            answers[item.id] = round(low + noisy * noisy * (high - low) * 0.5)
    return answers


def tamper(pack: Path, target: Path) -> None:
    """The pack with its questionnaire changed after signing (the signature kept)."""
    import zipfile

    with zipfile.ZipFile(pack) as source, zipfile.ZipFile(target, "w") as copy:
        for name in source.namelist():
            data = source.read(name)
            if name.endswith("-check.yaml"):
                data = data.replace(b"Eight questions", b"Eight quick questions")
            copy.writestr(name, data)


def _settle(app: Any, widget: Any) -> None:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    for _ in range(5):
        app.processEvents()
    for canvas in widget.findChildren(FigureCanvasQTAgg):
        if canvas.isVisible():
            canvas.draw()
    app.processEvents()


def take(out: Path, language: str = "en") -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from assessor.app.catalog import QuestionnaireCatalog
    from assessor.app.person import CurrentPerson
    from assessor.core.packs import build_pack, generate_key
    from assessor.core.results import build_result, write_result
    from assessor.core.store import Store
    from assessor.ui.charts_access import ChartFactory
    from assessor.ui.context import ApplicationContext, ReportRenderer, UiSettings
    from assessor.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(["assessor"])
    app.setApplicationName("Assessor")
    if language != "en":
        from assessor.ui.language import install_translators
        from assessor.ui.plurals import install_plurals

        install_plurals()  # as the app does: under the translation installed next
        install_translators(app, language)
    work = Path(tempfile.mkdtemp())
    store = Store.open()
    catalog = QuestionnaireCatalog()
    questionnaire = next(q for q in catalog.questionnaires if q.id == "ai-cyber-career")
    rng = random.Random(2024)  # noqa: S311 - a reproducible simulation, not a secret
    results = work / "results"
    results.mkdir()
    for index in range(180):
        stamp = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T10:00:00+01:00"
        write_result(build_result(questionnaire, simulated_answers(questionnaire, rng),
                                  respondent=f"Learner {index}", completed_at=stamp),
                     results / f"learner-{index:03d}.json")
    (results / "learner-edited.json").write_text('{"format": "assessor-result/1"', "utf-8")
    pack = work / "northwind-ai-security.assessorpack"
    build_pack(REPO / "examples" / "provider-pack", pack, generate_key()[0],
               "Northwind Academy")
    prompts = _SilentPrompts()
    context = ApplicationContext(store=store, catalog=catalog, prompts=prompts,
                                 charts=ChartFactory(),
                                 person=CurrentPerson(store.default_profile()),
                                 settings=UiSettings(), reports=ReportRenderer())
    window = MainWindow(context)
    window.resize(1280, 800)
    window.show()
    shots: list[Path] = []

    def grab(widget: Any, name: str) -> None:
        _settle(app, widget)
        path = out / f"provider-{name}.png"
        widget.grab().save(str(path))
        shots.append(path)

    window.show_cohort()
    page = window.cohort_page
    page.import_paths([results])
    while page._model.busy:
        app.processEvents()
    _settle(app, window)
    page.dashboard.tabs.setCurrentIndex(1)
    grab(window, "dashboard")
    page.dashboard.tabs.setCurrentIndex(3)
    grab(window, "heatmap")
    page.tabs.setCurrentWidget(page.item_analysis)
    page.item_analysis.table.sortByColumn(5, page.item_analysis.table.horizontalHeader()
                                          .sortIndicatorOrder().AscendingOrder)
    grab(window, "item-analysis")
    prompts.open_paths.append(pack)
    window.open_pack()
    dialog = window.pack_dialog
    assert dialog is not None
    grab(dialog, "pack")
    dialog.install()
    tampered = work / "tampered.assessorpack"
    tamper(pack, tampered)
    prompts.open_paths.append(tampered)
    window.open_pack()
    assert window.pack_dialog is not None
    grab(window.pack_dialog, "pack-invalid")
    window.pack_dialog.reject()
    listing = window.start_page.questionnaire_list
    for row in range(listing.count()):
        if listing.item(row).text().startswith("Northwind"):
            listing.setCurrentRow(row)
    grab(window, "start")
    window.close()
    store.close()
    return shots


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--language", default="en",
                        help="the app's language, e.g. es (default: en)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as home:
        os.environ["ASSESSOR_HOME"] = home
        for path in take(args.out, args.language):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
