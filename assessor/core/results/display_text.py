"""Reading a result whose display block is, character for character, one read before.

The display block is the same in every result of a questionnaire, and it is most of a
result file: parsing it is about two thirds of parsing the file (issue 16). A result
written by Assessor (`files.result_to_bytes`) ends with it, as

    ,\\n  "display": BLOCK,\\n  "integrity": {\\n    "sha256": "HEX"\\n  }\\n}

So once a file with that ending has passed every check, the text of its BLOCK is kept with
the value it parses to. A later file that ends the same way with the very same BLOCK text
is parsed without it: the rest of its text, the display member cut out, is parsed, and the
kept value is put in its place. That is exactly what parsing the whole text gives:

- the rest must parse as a JSON object whose last key is "integrity", and the ending above
  is matched exactly (one closing brace after the integrity block), so the cut is at the
  top level of the object, after a member: JSON's grammar then reads BLOCK, wherever it
  stands, as the value it reads on its own, and the display member sits where it did;
- a text before the cut that names "integrity" or holds a \\u escape (which could spell a
  key) is read whole, so a repeated key cannot move the display key in the key order, and
  a repeated "display" key is read whole too (the last one would win);
- BLOCK is only kept from a file whose numbers and texts needed no walk (the rules of
  `input_rules` hold in it), and a file whose rest needs one is read whole, so every
  refusal is made, with its line and column, by the whole reading as before.

Anything else (another writer's layout, a changed block, a hand-edited file) is read whole,
as before: the shortcut only ever gives what the whole reading gives.
"""

from __future__ import annotations

import json
import pickle
import re
from collections.abc import Callable
from typing import Any

from assessor.core.integrity import display_fingerprint

__all__ = ["read_known_display", "remember_display"]

_MARK = ',\n  "display": '
_ENDING = re.compile(r',\n  "integrity": \{\n    "sha256": "[0-9a-fA-F]{64}"\n  \}\n\}\n?')
# The ending's length without its last line feed.
_ENDING_LENGTH = len(',\n  "integrity": {\n    "sha256": "' + "0" * 64 + '"\n  }\n}')
_KEPT = 16  # distinct display texts kept (a cohort rarely mixes more questionnaires)
# The block's text -> the value it parses to and that value's fingerprint.
_kept: dict[str, tuple[dict[str, Any], bytes]] = {}
_tried: dict[bytes, None] = {}  # fingerprints whose text was looked for (kept or not)

Loads = Callable[[str], tuple[Any, bool]]  # text -> (value, whether it may break a rule)


def read_known_display(text: str, loads: Loads, *, share: bool
                       ) -> tuple[dict[str, Any], bytes] | None:
    """(the value, its display block's fingerprint) parsed with a kept display block, or
    None: then the text is to be read whole. `loads` parses as the whole reading does (it
    may raise: the whole reading then says why). `share`: the display value is the kept one
    itself (for a caller that keeps it unchanged, as a cohort does); else a copy."""
    found = _kept_block_before_ending(text)
    if found is None:
        return None
    start, end, (display, fingerprint) = found
    before = text[:start]
    if '"integrity"' in before or "\\u" in before:
        return None
    try:
        value, may_break_rules = loads(before + text[end:])
    except (ValueError, RecursionError):  # JSONDecodeError is a ValueError
        return None
    if (may_break_rules or type(value) is not dict or len(value) < 2 or "display" in value
            or next(reversed(value)) != "integrity"):
        return None
    integrity = value.pop("integrity")
    value["display"] = display if share else pickle.loads(fingerprint)  # noqa: S301 (ours)
    value["integrity"] = integrity
    return value, fingerprint


def _kept_block_before_ending(text: str,
                              ) -> tuple[int, int, tuple[dict[str, Any], bytes]] | None:
    """(where the display mark starts, where the ending starts, what is kept for the block
    between them) when `text` ends with the ending and a kept block stands right before it
    after the mark; else None. The ending has a fixed length, so each kept block is only
    compared where it would have to stand, rather than searching a file's whole display
    text for the last mark (a kept block holds no line starting with two spaces and a
    quote, so no mark: the last one is the one before it, as a search would find)."""
    end = len(text) - _ENDING_LENGTH - text.endswith("\n")
    if end < 0 or not _ENDING.fullmatch(text, end):
        return None
    for block, kept in _kept.items():
        start = end - len(block) - len(_MARK)
        if start >= 0 and text.startswith(_MARK, start) and text.startswith(block,
                                                                              end - len(block)):
            return start, end, kept
    return None


def remember_display(text: str, value: dict[str, Any], fingerprint: bytes | None) -> None:
    """Keep the display block's text of a result that passed every check, read whole from
    `text` with no walk needed, when the text has the layout `read_known_display` reads."""
    if fingerprint is None or fingerprint in _tried:
        return
    if len(_tried) >= 4 * _KEPT:
        _tried.pop(next(iter(_tried)), None)
    _tried[fingerprint] = None
    block = json.dumps(value["display"], indent=2, ensure_ascii=False, allow_nan=False)
    block = block.replace("\n", "\n  ")  # as it stands one level in
    start = text.rfind(_MARK) + len(_MARK)
    if (start < len(_MARK) or not text.startswith(block, start)
            or not _ENDING.fullmatch(text, start + len(block))):
        return
    display = json.loads(block)  # its own copy, equal to the one read (floats round-trip)
    own_print = display_fingerprint({"display": display})
    if own_print is None:
        return
    if len(_kept) >= _KEPT:
        _kept.pop(next(iter(_kept)), None)
    _kept[block] = (display, own_print)
