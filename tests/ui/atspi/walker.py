"""Walk Assessor's accessible tree through AT-SPI, the way Orca sees it.

Run with the system Python that has pyatspi (Debian's python3-pyatspi), inside
`dbus-run-session`, so the AT-SPI bus and registry belong to this run alone:

    dbus-run-session -- /usr/bin/python3 tests/ui/atspi/walker.py --app-python .venv/bin/python

It starts Xvfb and the app (app_driver.py) with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, shows
each page in turn, walks every showing object of the window over AT-SPI and prints one
JSON line (`summary {...}`) with the counts and every problem found.
"""

from __future__ import annotations

import argparse
import json
import os
import select
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x1024x24", "-nolisten",
         "tcp"], pass_fds=(write_end,), stderr=subprocess.DEVNULL)
    os.close(write_end)
    ready, _, _ = select.select([read_end], [], [], 30)
    if not ready:
        xvfb.kill()
        raise SystemExit("Xvfb did not start")
    # Xvfb writes the number and then a newline; closing early would kill it.
    display = b""
    while not display.endswith(b"\n"):
        chunk = os.read(read_end, 64)
        if not chunk:
            break
        display += chunk
    os.close(read_end)
    display = display.decode().strip()
    return xvfb, ":" + display


class App:
    def __init__(self, python: str, display: str, home: str, language: str) -> None:
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb",
                   ASSESSOR_DRIVER_LANGUAGE=language,
                   QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
                   ASSESSOR_HOME=home, XDG_CONFIG_HOME=home, XDG_DATA_HOME=home,
                   XDG_CACHE_HOME=home, MPLBACKEND="Agg")
        self.process = subprocess.Popen(
            [python, "-m", "tests.ui.atspi.app_driver"], cwd=REPO, env=env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)

    def read(self, timeout: float = 60) -> str:
        assert self.process.stdout is not None
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        if not ready:
            raise SystemExit("the app did not answer in time")
        line = self.process.stdout.readline()
        if not line:
            raise SystemExit(f"the app stopped (exit status {self.process.wait()})")
        return line.rstrip("\n")

    def ask(self, command: str) -> str:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        reply = self.read()
        if reply.startswith("failed"):
            raise SystemExit(f"{command}: {reply}")
        return reply

    def stop(self) -> None:
        try:
            assert self.process.stdin is not None
            self.process.stdin.write("quit\n")
            self.process.stdin.flush()
            self.process.wait(10)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()


def find_window(pyatspi, pid: int, title: str | None = None, timeout: float = 30):
    """The app's showing top-level window; with `title`, the one of that name (a dialog
    open over the main window is a second top-level object)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            try:
                if app is not None and app.get_process_id() == pid:
                    for child_index in range(app.childCount):
                        frame = app.getChildAtIndex(child_index)
                        if frame.getState().contains(pyatspi.STATE_SHOWING) and (
                                title is None or (frame.name or "").startswith(title)):
                            return frame
            except Exception:
                continue
        time.sleep(0.3)
    raise SystemExit(f"the app's window {title!r} never appeared on the AT-SPI bus")


def translations(language: str) -> dict[str, str]:
    """Source text -> translation of the app's Qt catalogue, without access-key marks, for
    the strings whose translation differs (a name equal to such a source is untranslated)."""
    from xml.etree import ElementTree

    def plain(text: str) -> str:
        return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())

    found: dict[str, str] = {}
    root = ElementTree.parse(REPO / "resources" / f"assessor_{language}.ts").getroot()
    for message in root.iter("message"):
        source, translation = message.find("source"), message.find("translation")
        if source is None or translation is None or not (translation.text or "").strip():
            continue
        english, translated = plain(source.text or ""), plain(translation.text or "")
        if english and english != translated and "{" not in english:
            found[english] = translated
    return found


def describe(acc) -> str:
    return f"{acc.getRoleName()} {acc.name!r}"


def walk_page(pyatspi, frame) -> dict:
    counts = {"objects": 0, "interactive": 0, "charts": 0}
    names: set[str] = set()
    unnamed: list[str] = []
    no_role: list[str] = []
    charts_undescribed: list[str] = []
    hides_text: list[str] = []
    stack = [frame]
    while stack:
        acc = stack.pop()
        state = acc.getState()
        if acc is not frame and not state.contains(pyatspi.STATE_SHOWING):
            continue
        counts["objects"] += 1
        role = acc.getRole()
        name = (acc.name or "").strip()
        names.add(name)
        if state.contains(pyatspi.STATE_FOCUSABLE):
            counts["interactive"] += 1
            labelled = any(r.getRelationType() == pyatspi.RELATION_LABELLED_BY
                           for r in acc.getRelationSet())
            # Qt names a combo box by its current value on Linux; Orca reads the label
            # from the labelled-by relation (the buddy), so a combo needs that relation.
            if (not name and not labelled) or (role == pyatspi.ROLE_COMBO_BOX and not labelled):
                unnamed.append(describe(acc))
            if role in (pyatspi.ROLE_INVALID, pyatspi.ROLE_UNKNOWN):
                no_role.append(describe(acc))
        if name.startswith(("Chart:", "Gráfico:")):  # every chart's name, in en and es
            counts["charts"] += 1
            if not (acc.description or "").strip():
                charts_undescribed.append(describe(acc))
        if role == pyatspi.ROLE_LABEL and name:
            try:
                text = acc.queryText()
                shown = " ".join(text.getText(0, text.characterCount).split())
            except NotImplementedError:
                shown = ""
            if shown and shown.casefold() not in name.casefold():
                hides_text.append(f"label named {name!r} shows {shown!r}")
        stack.extend(acc.getChildAtIndex(i) for i in reversed(range(acc.childCount)))
    return {"counts": counts, "unnamed": unnamed, "no_role": no_role,
            "charts_without_description": charts_undescribed, "names_hiding_text": hides_text,
            "names": names}


PAGES_AFTER_SECTIONS = ["review", *(f"results:{i}" for i in range(4)), "history",
                        *(f"clients:{tab}" for tab in range(4)), "cohort",
                        *(f"cohort:{tab}" for tab in range(1, 5)), "cohort:items",
                        "dialog:shortcuts", "dialog:about", "dialog:pack", "dialog:problem"]


def walk_app(pyatspi, python: str, display: str, language: str, report: dict) -> None:
    """Every page in one language; pages of a language other than English are keyed
    "LANG:page" and report the names left in English."""
    untranslated_names = translations(language) if language != "en" else {}
    prefix = "" if language == "en" else f"{language}:"
    with tempfile.TemporaryDirectory() as home:
        app = App(python, display, home, language)
        try:
            sections = app.read().split()[1:]
            find_window(pyatspi, app.process.pid)
            pages = ["start", *(f"section:{s}" for s in sections), *PAGES_AFTER_SECTIONS]
            for page in pages:
                title = app.ask(f"page {page}").split("\t", 1)[1]
                frame = find_window(pyatspi, app.process.pid, title)
                found = walk_page(pyatspi, frame)
                found["untranslated"] = sorted(
                    name for name in found["names"] if name in untranslated_names)
                qt = json.loads(app.ask("checks").split(" ", 1)[1])
                found["traps"] = qt["traps"]
                # A control Tab reaches but a screen reader cannot find.
                names = found.pop("names")
                found["missing_from_tree"] = sorted(
                    alternatives[0] for alternatives in qt["tab_stop_names"]
                    if not names.intersection(alternatives))
                found["names_hiding_text"] += qt["names_hiding_text"]
                found["counts"]["tab_stops"] = qt["tab_stops"]
                report[prefix + page] = found
                counts = found["counts"]
                print(f"{prefix}{page}: {counts['objects']} objects, {counts['interactive']} "
                      f"interactive, {len(found['unnamed'])} unnamed, {counts['charts']} "
                      f"chart objects, {len(found['charts_without_description'])} without "
                      f"description, {len(found['traps'])} Tab traps, "
                      f"{len(found['names_hiding_text'])} names hiding text, "
                      f"{len(found['missing_from_tree'])} Tab stops missing from the tree"
                      + (f", {len(found['untranslated'])} names untranslated" if prefix
                         else ""), flush=True)
        finally:
            app.stop()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--app-python", required=True)
    options = parser.parse_args()
    import pyatspi

    xvfb, display = start_xvfb()
    os.environ["DISPLAY"] = display
    report: dict = {}
    try:
        for language in ("en", "es"):
            walk_app(pyatspi, options.app_python, display, language, report)
    finally:
        xvfb.terminate()
        xvfb.wait(10)

    def total(key: str) -> int:
        return sum(found["counts"][key] for found in report.values())

    def problems(kind: str) -> int:
        return sum(len(found[kind]) for found in report.values())

    print(f"total over {len(report)} pages: {total('objects')} objects walked, "
          f"{total('interactive')} interactive, {problems('unnamed')} unnamed, "
          f"{total('charts')} chart objects, {problems('charts_without_description')} "
          f"without description, {problems('traps')} Tab traps", flush=True)
    print("summary " + json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
