"""The provider's logo for a report of a result. A result carries its provider's name but
not the logo (results stay small), so the logo is found again in the installed packs: the
trusted pack that holds the very questionnaire file the result was scored with (same
SHA-256) and has the result's provider name. Logo bytes were checked when the pack was
read (packs_logo). Qt-free."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Logo:
    """A provider's logo, as the bytes of a PNG or SVG image."""

    data: bytes
    format: str  # "png" or "svg"


def provider_logo(result: Mapping[str, Any], dest_root: Path | None = None) -> Logo | None:
    display = result.get("display")
    provider = display.get("provider") if isinstance(display, Mapping) else None
    questionnaire = result.get("questionnaire")
    if not isinstance(provider, Mapping) or not isinstance(questionnaire, Mapping):
        return None
    sha = questionnaire.get("sha256")
    if not isinstance(sha, str):
        return None
    from assessor.core.packs import installed_packs  # signature checks: only when needed

    for pack in installed_packs(dest_root):
        info = pack.provider
        if not pack.trusted or not info.logo or info.logo_format not in ("png", "svg") \
                or info.name != provider.get("name"):
            continue
        if any(hashlib.sha256(pack.members[m]).hexdigest() == sha
               for m in pack.questionnaire_members if m in pack.members):
            return Logo(info.logo, info.logo_format)
    return None
