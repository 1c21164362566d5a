"""The pseudo-locale: every message of a .ts turned into accented text about 40 % longer,
wrapped in ⟦ ⟧, so a run in it shows what is clipped and what was never translated.

    python tools/pseudo_locale.py resources/assessor_es.ts OUT_FOLDER   # writes pseudo.qm
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ACCENTS = str.maketrans("aeiouycnsAEIOUYCNS", "àéîöüýçñšÀÉÎÖÜÝÇÑŠ")
# Placeholders, accelerators, HTML entities and Qt's %n/%1/%v stay as they are.
_KEEP_RE = re.compile(r"(\{[^}]*\}|%[nvm0-9]|&[a-z]+;|\n)")
OPEN, CLOSE = "⟦", "⟧"


def pseudo(text: str) -> str:
    parts = _KEEP_RE.split(text)
    out = []
    for index, part in enumerate(parts):
        out.append(part if index % 2 else part.translate(ACCENTS))
    body = "".join(out)
    letters = sum(ch.isalpha() for ch in text)
    padding = "~" * max(1, round(letters * 0.4))
    return f"{OPEN}{body}{padding}{CLOSE}" if letters else body


def pseudo_ts(source: Path, target: Path) -> None:
    tree = ET.parse(source)  # noqa: S314 - our own .ts from the repository, not untrusted input
    root = tree.getroot()
    root.set("language", "en")  # plural rules of English: numerusforms one, other
    for message in root.iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for _form in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(text)
        else:
            translation.text = pseudo(text)
    tree.write(target, encoding="utf-8", xml_declaration=True)


def build_pseudo_qm(source: Path, folder: Path) -> Path:
    ts, qm = folder / "pseudo.ts", folder / "pseudo.qm"
    pseudo_ts(source, ts)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


if __name__ == "__main__":
    print(build_pseudo_qm(Path(sys.argv[1]), Path(sys.argv[2])))
