"""Screenshots of the main pages in another language (default Spanish), at 1280×800.

    python tools/language_screenshots.py [--language es] [--out docs/screenshots/es]
    python tools/language_screenshots.py --pseudo     # the pseudo-locale (see tests/ui)
    python tools/language_screenshots.py --rtl        # mirrored, right to left

The same session as tools/screenshots.py, with the app's translators installed as at a
start in that language. The questionnaire's own texts are in that language only where a
translation document of it is installed (docs/translations.md).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="es")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--pseudo", action="store_true")
    parser.add_argument("--rtl", action="store_true")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import screenshots
    from PySide6.QtCore import QCoreApplication, Qt, QTranslator
    from PySide6.QtWidgets import QApplication

    from assessor.ui.language import install_translators
    from assessor.ui.plurals import install_plurals

    app = QApplication.instance() or QApplication(["assessor"])
    # As at a start (ui/app.py): the English plurals first, so a translation installed next
    # answers before them (the window would otherwise install them last, over it).
    install_plurals()
    name = args.language
    with tempfile.TemporaryDirectory() as scratch:
        if args.pseudo:
            from pseudo_locale import build_pseudo_qm

            name = "pseudo"
            qm = build_pseudo_qm(REPO / "resources" / "assessor_es.ts", Path(scratch))
            translator = QTranslator(app)
            assert translator.load(str(qm))
            QCoreApplication.installTranslator(translator)
        else:
            install_translators(app, args.language)
        if args.rtl:
            name += "-rtl"
            app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        out = args.out or REPO / "docs" / "screenshots" / name
        out.mkdir(parents=True, exist_ok=True)
        home = Path(scratch) / "home"
        home.mkdir()
        os.environ["ASSESSOR_HOME"] = str(home)
        for path in screenshots.take(out, ""):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
