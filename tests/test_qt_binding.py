"""Guards against a Qt binding that corrupts the interpreter (PySide6 6.12.0 on Python 3.11)."""

from __future__ import annotations

import sys


def test_void_qt_calls_keep_none_reference_count() -> None:
    from PySide6.QtGui import QFont

    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(1000):
        font.setBold(True)
    # An immortal None (3.12+) reports a huge constant count; 3.11 must not drift down.
    assert sys.getrefcount(None) >= before
