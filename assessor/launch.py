"""The `assessor` entry point. Starting the window (no arguments, or --smoke-test) loads
neither the command line's parsers nor the core, so the first window appears sooner;
anything else is the command line (assessor.cli). Never imports Qt itself."""

from __future__ import annotations

import sys
from collections.abc import Sequence

GUI_WORDS: tuple[list[str], ...] = ([], ["--smoke-test"])


def start_gui(smoke_test: bool) -> int:
    from assessor.cli.platform_check import (
        NO_DISPLAY_MESSAGE,
        explain_missing,
        missing_packages,
        no_display,
    )

    if no_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 1
    missing = missing_packages()
    if missing:
        print(explain_missing(missing), file=sys.stderr)
        return 1
    # The Qt-free modules the first frame needs (the language setting, the data folder), in
    # before Qt: PySide6 reads the source of every module imported after it (to look for
    # its `__feature__` switches), which adds to the wait for the first frame.
    import assessor.core.atomic
    import assessor.core.i18n  # noqa: F401
    from assessor.ui.app import run_gui  # Qt is imported here and only here

    return int(run_gui(smoke_test=smoke_test))


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    if words not in GUI_WORDS:
        from assessor.cli import main as command_line

        return command_line(words)
    try:
        return start_gui(smoke_test=bool(words))
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the same last resort as the command line's
        print(f"assessor: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
