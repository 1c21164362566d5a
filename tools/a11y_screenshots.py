"""Screenshots of the learner's pages in the light, dark and high-contrast themes and at
200 % text, with keyboard focus where a keyboard user would have it.

    QT_QPA_PLATFORM=offscreen python tools/a11y_screenshots.py [--out docs/screenshots/a11y]

Each theme runs in its own process (a palette and font are set once per application).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))

VARIANTS = {"light": ("light", 1.0), "dark": ("dark", 1.0),
            "high-contrast": ("high-contrast", 1.0), "text-200": ("light", 2.0)}


def shoot(out: Path, variant: str) -> None:
    import screenshots  # tools/screenshots.py: the same realistic session
    from PySide6.QtWidgets import QApplication

    from assessor.ui.accessible_style import outline_indicators
    from assessor.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(["assessor"])
    assert isinstance(app, QApplication)
    theme, scale = VARIANTS[variant]
    apply_theme(app, theme, scale)
    outline_indicators(app)
    for path in screenshots.take(out, f"-{variant}"):
        print(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots" / "a11y")
    parser.add_argument("--variant", choices=sorted(VARIANTS), help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.variant:
        with tempfile.TemporaryDirectory() as home:
            os.environ["ASSESSOR_HOME"] = home
            shoot(args.out, args.variant)
        return 0
    status = 0
    for variant in VARIANTS:
        done = subprocess.run([sys.executable, __file__, "--out", str(args.out),
                               "--variant", variant], check=False)
        status = status or done.returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
