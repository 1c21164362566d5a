"""Run by test_kill_restart.py: the real app window (real store under ASSESSOR_HOME)
answers the first N questions of a questionnaire through its widgets, printing each answer
once the store has acknowledged it, then waits to be killed.

    python -m tests.ui.kill_helper QUESTIONNAIRE.yaml N
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from assessor.ui.bootstrap import build_main_window, open_context
from tests.ui.mouse import answer_through_widgets
from tests.ui.personas import SECURITY_ANALYST, persona_answers


def main() -> int:
    app = QApplication(sys.argv[:1])
    context = open_context()
    window = build_main_window(context)
    window.show()
    questionnaire = context.catalog.open_file(Path(sys.argv[1]))
    count = int(sys.argv[2])
    window.start_questionnaire(questionnaire)
    model = window.session_model
    assert model is not None

    def acknowledged(item_id: str) -> None:
        print(json.dumps([item_id, model.session.answer(item_id)]), flush=True)

    model.answerChanged.connect(acknowledged)
    wanted = dict(list(persona_answers(questionnaire, SECURITY_ANALYST).items())[:count])
    answer_through_widgets(window, wanted)
    print("WAITING", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
