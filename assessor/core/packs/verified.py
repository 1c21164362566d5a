"""Which dropped pack files were already checked, so a start does not check them again.

The app installs .assessorpack files a learner drops into their questionnaire folder, and
looks at them on every start. Opening one checks it completely (every questionnaire
loaded, the signature verified): seconds for a large pack, and the start waited for it
each time although nothing had changed. So once a dropped file has been checked and
installed (or found already installed), its content hash is recorded with the pack's id
and version in `packs/.dropped-packs.json`; a later start reads the file's bytes once to
hash them (milliseconds) and, when the hash is recorded and that version or a newer one
is still installed, does nothing more. Any change to the file changes its hash, so it is
checked again in full. The record is a cache: a missing or damaged one only costs time.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from pathlib import Path
from typing import Any

from assessor.core.atomic import write_atomic
from assessor.core.errors import AssessorError
from assessor.core.format.yamlsafe import read_limited

RECORD_NAME = ".dropped-packs.json"


class VerifiedDrops:
    """The record of checked dropped packs in one packs folder."""

    def __init__(self, packs_root: Path) -> None:
        self._path = packs_root / RECORD_NAME
        self._entries = self._read()
        self._changed = False

    def _read(self) -> dict[str, dict[str, str]]:
        try:
            value = json.loads(read_limited(self._path, 1024 * 1024))
        except (AssessorError, ValueError):
            return {}
        if not isinstance(value, dict):
            return {}
        return {digest: entry for digest, entry in value.items()
                if isinstance(entry, dict) and isinstance(entry.get("id"), str)
                and isinstance(entry.get("version"), str)}

    @staticmethod
    def digest(path: Path, limit: int) -> str | None:
        """The SHA-256 of a dropped file's bytes, None when it cannot be read (then it is
        simply checked in full, which reports why)."""
        try:
            return hashlib.sha256(read_limited(path, limit)).hexdigest()
        except AssessorError:
            return None

    def known(self, digest: str | None) -> tuple[str, str] | None:
        """(pack id, version) of a file with this content that was checked before."""
        entry = self._entries.get(digest) if digest is not None else None
        return (entry["id"], entry["version"]) if entry is not None else None

    def remember(self, digest: str | None, pack_id: str, version: str) -> None:
        if digest is not None and self._entries.get(digest) != {"id": pack_id,
                                                                "version": version}:
            self._entries[digest] = {"id": pack_id, "version": version}
            self._changed = True

    def keep_only(self, digests: set[str]) -> None:
        """Forget files no longer in the folder, so the record cannot grow for ever."""
        stale = set(self._entries) - digests
        for digest in stale:
            del self._entries[digest]
        self._changed = self._changed or bool(stale)

    def save(self) -> None:
        if not self._changed or not self._path.parent.is_dir():
            return
        body: dict[str, Any] = dict(sorted(self._entries.items()))
        # Only a cache (the next start checks again); write_atomic fails with AssessorError.
        with contextlib.suppress(OSError, AssessorError):
            write_atomic(self._path, (json.dumps(body, indent=1) + "\n").encode())
        self._changed = False
