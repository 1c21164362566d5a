"""Helper process for the crash test: saves answers one by one and acknowledges each.

Usage: python store_writer_child.py FOLDER PREFIX COUNT

Opens the store in FOLDER, starts a draft (printing "draft ID"), then saves COUNT answers
with item ids PREFIX-0, PREFIX-1, … and prints "ack ITEM VALUE" after each `save_answer`
has returned, flushing at once, so the parent knows exactly which answers were confirmed
before it kills this process.
"""

from __future__ import annotations

import sys
from pathlib import Path

from assessor.core.store import Store


def main(argv: list[str]) -> int:
    folder, prefix, count = Path(argv[1]), argv[2], int(argv[3])
    store = Store.open(folder)
    draft = store.start_draft(store.default_profile(), "crash-test", "0" * 64)
    print(f"draft {draft}", flush=True)
    for index in range(count):
        item, value = f"{prefix}-{index}", {"n": index, "text": "x" * (index % 7) * 50}
        store.save_answer(draft, item, value)
        print(f"ack {item} {index}", flush=True)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
