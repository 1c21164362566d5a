"""Everything the app asks or tells the person goes through `Prompts`, so flows can be
tested with a fake and the real dialogs (assessor/ui/prompts.py) stay in one place."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol


class Prompts(Protocol):
    """What a view may ask or tell the person: confirmations, file picks, errors and notices."""

    def confirm(self, title: str, question: str) -> bool: ...

    def pick_open_file(self, title: str, filters: str) -> Path | None: ...

    def pick_open_files(self, title: str, filters: str) -> list[Path]: ...

    def pick_folder(self, title: str) -> Path | None: ...

    def pick_save_file(self, title: str, suggested_name: str, filters: str) -> Path | None: ...

    def show_error(self, title: str, message: str, details: Sequence[str] = ()) -> None: ...

    def show_info(self, title: str, message: str) -> None: ...
