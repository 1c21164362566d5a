"""Helper process for the two-processes test: one app instance's writes to a shared store.

Usage: python store_concurrent_child.py FOLDER answers PREFIX COUNT
       python store_concurrent_child.py FOLDER results PREFIX COUNT

Opens the store in FOLDER (possibly at the same moment as another process), then saves
COUNT answers to a new draft, or adds COUNT results (reopening the store now and then, as a
restarted app would), printing "ack KIND KEY" after each write returned.
"""

from __future__ import annotations

import sys
from pathlib import Path

from assessor.core.format.loading import load_questionnaire
from assessor.core.results import build_result
from assessor.core.store import Store

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample.yaml"


def main(argv: list[str]) -> int:
    folder, kind, prefix, count = Path(argv[1]), argv[2], argv[3], int(argv[4])
    store = Store.open(folder)
    for notice in store.notices:
        print(f"notice {notice}", flush=True)
    profile = store.default_profile()
    if kind == "answers":
        draft = store.start_draft(profile, "concurrent", "0" * 64)
        print(f"ack draft {draft}", flush=True)
        for index in range(count):
            store.save_answer(draft, f"{prefix}-{index}", index)
            print(f"ack answer {draft}:{prefix}-{index}", flush=True)
    else:
        questionnaire = load_questionnaire(SAMPLE)
        for index in range(count):
            if index % 5 == 4:  # a restart: open again while the other process writes
                store.close()
                store = Store.open(folder)
                for notice in store.notices:
                    print(f"notice {notice}", flush=True)
            result = build_result(questionnaire, {"q1": 1 + index % 5},
                                  respondent=f"{prefix}-{index}")
            store.add_result(store.default_profile(), result)
            print(f"ack result {prefix}-{index}", flush=True)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
