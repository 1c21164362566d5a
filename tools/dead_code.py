"""Dead code in the app: what vulture finds unused in assessor/, counting every use in the
tests, tools and benches (a test hook is used; a test's own leftovers are not our concern).

Settings are [tool.vulture] in pyproject.toml. Exit 1 and one line per finding when any.
Run by `make test` and by tests/test_architecture.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

import tomllib
import vulture

REPO = Path(__file__).resolve().parent.parent


def findings() -> list[str]:
    settings = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["tool"]["vulture"]
    scanner = vulture.Vulture(ignore_names=settings.get("ignore_names", []),
                              ignore_decorators=settings.get("ignore_decorators", []))
    scanner.scavenge([str(REPO / path) for path in settings["paths"]])
    app = REPO / "assessor"
    return [item.get_report(add_size=False)
            for item in scanner.get_unused_code(min_confidence=settings["min_confidence"])
            if Path(item.filename).resolve().is_relative_to(app)]


def main() -> int:
    found = findings()
    for line in found:
        print(line.replace(f"{REPO}/", ""))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
