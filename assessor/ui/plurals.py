"""English plural forms for `self.tr("%n question(s)", "", n)`.

The app ships no compiled translations, and without a translator Qt shows "(s)" as it is.
This translator answers only calls that pass a count: "(s)" becomes "" for one and "s"
otherwise, and "[singular|plural]" picks one side, so a sentence can agree ("%n answer
[is|are] missing"). Qt still replaces %n with the number afterwards."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QTranslator

_INSTALLED = "assessor-english-plurals"
_CHOICE = re.compile(r"\[([^\[\]|]*)\|([^\[\]|]*)\]")


def english_plural(source: str, n: int) -> str:
    one = n == 1
    text = source.replace("(s)", "" if one else "s")
    return _CHOICE.sub(lambda m: m.group(1) if one else m.group(2), text)


class EnglishPlurals(QTranslator):
    """English plural forms for texts with "(s)" or a choice, by the count Qt passes."""

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        if n is None or n < 0:
            return None
        if "(s)" not in source_text and _CHOICE.search(source_text) is None:
            return None
        return english_plural(source_text, n)

    def isEmpty(self) -> bool:
        return False


def install_plurals() -> None:
    """Install once on the running application (later calls do nothing)."""
    app = QCoreApplication.instance()
    # A property, not `findChild` or `children`: those would make PySide's `Qt` namespace
    # and a Python type for every child's class (about 30 ms), which the first frame
    # does without.
    if app is None or app.property(_INSTALLED):
        return
    app.installTranslator(EnglishPlurals(app))
    app.setProperty(_INSTALLED, True)
