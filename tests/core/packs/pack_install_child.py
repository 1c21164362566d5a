"""Helper process for the install/list race test: installs one pack, pausing on request.

Usage: python pack_install_child.py PACK DEST_ROOT PAUSE

PAUSE is "staged" (every file written to the staging folder, before the swap) or
"swapping" (the old version moved aside, the new one not yet in place). At that point the
child prints "paused" and waits for a line on stdin before it goes on; then it prints
"installed FOLDER", or "error LINE" when the install was refused or failed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from assessor.core import packs
from assessor.core.errors import AssessorError


def pause() -> None:
    print("paused", flush=True)
    sys.stdin.readline()


def main(argv: list[str]) -> int:
    pack, root, where = Path(argv[1]), Path(argv[2]), argv[3]
    original_swap = packs._swap_in
    original_replace = os.replace

    def swap_after_pause(*args: Any) -> None:
        pause()
        original_swap(*args)

    def replace_pausing_once(source: Any, target: Any) -> None:
        original_replace(source, target)
        if packs._OLD_PREFIX in str(target):
            os.replace = original_replace
            pause()

    if where == "staged":
        packs._swap_in = swap_after_pause  # type: ignore[assignment]  # test hook
    else:
        os.replace = replace_pausing_once  # type: ignore[assignment]  # test hook
    try:
        folder = packs.install_pack(pack, root)
    except AssessorError as exc:
        print(f"error {exc.lines()[0]}", flush=True)
        return 1
    print(f"installed {folder}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
