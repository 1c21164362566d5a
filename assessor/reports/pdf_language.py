"""The document language for a PDF written by Qt, which has no API for it: the catalog's
/Lang entry (what screen readers use to pick a voice) added as a PDF incremental update
(ISO 32000-1 §7.5.6), so Qt's bytes are kept as they are and only a new catalog, a one-entry
cross-reference section and a trailer are appended. Qt-free."""

from __future__ import annotations

import re

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")


def _last_trailer(data: bytes) -> bytes:
    start = data.rfind(b"trailer")
    if start < 0:
        raise ValueError("no classic trailer: not a PDF that Qt wrote")
    end = data.find(b"startxref", start)
    return data[start:end]


def add_language(data: bytes, language: str = "en") -> bytes:
    """`data` with /Lang (`language`) in its document catalog; unchanged if it has one."""
    if not re.fullmatch(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*", language):
        raise ValueError(f"not a language tag: {language!r}")
    found = _STARTXREF.search(data)
    if found is None:
        raise ValueError("no startxref at the end: not a complete PDF")
    previous = int(found.group(1))
    trailer = _last_trailer(data)
    size = re.search(rb"/Size\s+(\d+)", trailer)
    root = re.search(rb"/Root\s+(\d+)\s+(\d+)\s+R", trailer)
    if size is None or root is None:
        raise ValueError("the trailer has no /Size or /Root")
    number, generation = int(root.group(1)), int(root.group(2))
    # The last definition of the catalog object is the one in force (earlier updates).
    versions = list(re.finditer(rb"(?:^|\s)%d\s+%d\s+obj\s*(<<.*?>>)\s*endobj"
                                % (number, generation), data, re.S))
    catalog = versions[-1] if versions else None
    if catalog is None or b"<<" in catalog.group(1)[2:]:
        raise ValueError("the document catalog is not a flat dictionary")
    body = catalog.group(1)
    if b"/Lang" in body:
        return data
    new_body = body[:-2].rstrip() + b"\n/Lang (" + language.encode("ascii") + b")\n>>"
    out = bytearray(data if data.endswith(b"\n") else data + b"\n")
    offset = len(out)
    out += b"%d %d obj\n" % (number, generation) + new_body + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n%d 1\n%010d %05d n \n" % (number, offset, generation)
    keep = b"".join(m.group(0) + b" " for m in re.finditer(
        rb"/(?:Info\s+\d+\s+\d+\s+R|ID\s*\[[^\]]*\])", trailer))
    out += (b"trailer\n<< /Size " + size.group(1) + b" /Root %d %d R " % (number, generation)
            + keep + b"/Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (previous, xref_at))
    return bytes(out)
