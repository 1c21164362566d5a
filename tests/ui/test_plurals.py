"""Counts read as English: "1 question", "2 questions", never "question(s)"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from assessor.ui.plurals import english_plural, install_plurals


def test_one_is_singular_and_other_counts_plural() -> None:
    assert english_plural("%n question(s)", 1) == "%n question"
    assert english_plural("%n question(s)", 0) == "%n questions"
    assert english_plural("%n answer(s) [is|are] missing", 1) == "%n answer is missing"
    assert english_plural("%n answer(s) [is|are] missing", 3) == "%n answers are missing"


def test_qt_tr_with_a_count_uses_the_installed_forms(qapp: object) -> None:
    install_plurals()
    install_plurals()  # a second call changes nothing
    translate = QCoreApplication.translate
    assert translate("Any", "%n question(s)", "", 1) == "1 question"
    assert translate("Any", "%n question(s)", "", 12) == "12 questions"
    # Text without a count is left as written, "(s)" and all.
    assert translate("Any", "a (s) b") == "a (s) b"
