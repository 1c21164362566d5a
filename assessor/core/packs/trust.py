"""Trust on first use, remembered apart from the packs themselves.

Once a signed pack is installed, the key it was signed with is written to
`packs/.trust/<pack id>.json`. That record, not the installed folder, decides whether a
pack signed with another key may replace it: an installed folder that no longer reads as a
pack (a file manager's stray file, a damaged file, a deleted folder) must not make the app
forget which key it trusts. Only an install with `force` of a pack signed with another key
changes the record; no install removes it (a forced unsigned pack leaves it as it was).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from assessor.core.atomic import write_atomic
from assessor.core.errors import AssessorError
from assessor.core.format.reader import DOCUMENT_ID_RE

TRUST_FOLDER = ".trust"
_MAX_RECORD_BYTES = 4096


@dataclass(frozen=True)
class TrustRecord:
    """A signing key the person chose to trust."""

    fingerprint: str
    signer: str | None


def _record_path(root: Path, pack_id: str) -> Path:
    if not DOCUMENT_ID_RE.fullmatch(pack_id):  # ids are checked long before; never a path
        raise ValueError(pack_id)
    return root / TRUST_FOLDER / f"{pack_id}.json"


def read_trust(root: Path, pack_id: str) -> TrustRecord | None:
    """The key on record for a pack id, or None. A record that cannot be read is treated
    as a trusted key no pack has, so that damage never widens trust."""
    path = _record_path(root, pack_id)
    try:
        with open(path, "rb") as handle:
            data = handle.read(_MAX_RECORD_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError:
        return TrustRecord("(unreadable trust record)", None)
    try:
        value = json.loads(data.decode("utf-8"))
        fingerprint, signer = value["fingerprint"], value.get("signer")
        if not isinstance(fingerprint, str) or not (signer is None or isinstance(signer, str)):
            raise TypeError
    except (ValueError, KeyError, TypeError, AttributeError):
        return TrustRecord("(damaged trust record)", None)
    return TrustRecord(fingerprint, signer)


def write_trust(root: Path, pack_id: str, record: TrustRecord) -> None:
    """Remember the key a pack id is trusted with. Raises AssessorError when it cannot be
    written (the install then fails, before the pack is swapped in)."""
    path = _record_path(root, pack_id)
    try:
        path.parent.mkdir(exist_ok=True)
    except OSError as exc:
        raise AssessorError.single(
            str(path.parent), f"cannot be created: {exc.strerror or exc}"
        ) from None
    document = {"fingerprint": record.fingerprint, "signer": record.signer}
    write_atomic(path, (json.dumps(document, ensure_ascii=False) + "\n").encode("utf-8"))
