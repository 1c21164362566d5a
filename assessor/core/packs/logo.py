"""Checking a provider's logo before the app or a report ever draws it.

Only two formats are accepted. A PNG is checked by its signature and its IHDR header (so a
renamed file or a decompression-bomb image of 60000×60000 pixels never reaches an image
decoder). An SVG is text that renderers may treat as a document: it is refused if it could
run script, pull in anything outside itself, or declare entities; and, since drawing it
must take a bounded time, if it has `<use>` elements (ten nested groups of ten `<use>`
draw 10^10 shapes from 2 KB), filters (a blur costs ~1 ms per element), patterns or masks
whose content refers to anything (each level of masks or patterns drawing the one before
`fan` times is the same fan-out: seven levels of twelve patterns took 14.9 s, five levels
of ten masks 8.9 s) or more than MAX_SVG_ELEMENTS elements. Within these limits the
slowest logo measured drew in 0.15 s.
"""

from __future__ import annotations

import re
import struct
import zlib

from assessor.core.packs.archive import member_error

MAX_LOGO_BYTES = 1024 * 1024
MAX_LOGO_PIXELS = 2048
MAX_SVG_ELEMENTS = 2000
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

_SVG_FORBIDDEN = (
    (re.compile(r"<\s*script", re.IGNORECASE), "contains a <script> element"),
    (re.compile(r"foreignObject", re.IGNORECASE), "contains a foreignObject element"),
    (re.compile(r"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE), "declares a DOCTYPE or entities"),
    (re.compile(r"<\?xml-stylesheet", re.IGNORECASE), "links a stylesheet"),
    (re.compile(r"@import", re.IGNORECASE), "imports a stylesheet"),
    (
        re.compile(r"(?:^|[\s\"'/])on[a-z]+\s*=", re.IGNORECASE),
        "has an event-handler (on...=) attribute",
    ),
    (re.compile(r"javascript:", re.IGNORECASE), "contains a javascript: URL"),
    (
        re.compile(r"<\s*(?:[\w.-]+:)?use\b", re.IGNORECASE),
        "contains a <use> element (copies of shapes can multiply without bound)",
    ),
    (
        re.compile(r"<\s*(?:[\w.-]+:)?filter\b", re.IGNORECASE),
        "contains a <filter> element (too costly to draw)",
    ),
)
_CHARACTER_REFERENCE_RE = re.compile(r"&#(?:x([0-9a-f]{1,6})|([0-9]{1,7}));", re.IGNORECASE)
_ELEMENT_RE = re.compile(r"<\s*[A-Za-z_]")
# Every href (plain or xlink:) must point inside the document: "#id".
_HREF_RE = re.compile(r"href\s*=\s*(\"|')?(.?)", re.IGNORECASE)
# CSS url(...) may only reference fragments of this document too.
_URL_RE = re.compile(r"url\s*\(\s*(['\"]?)(.?)", re.IGNORECASE)
# Patterns and masks are drawn again for every shape that uses them: their content may
# use neither (nor any reference), so that no level can multiply the cost of another.
_OFFSCREEN_TAG_RE = re.compile(r"<\s*(/?)\s*(?:[\w.-]+:)?(pattern|mask)\b([^>]*)>",
                               re.IGNORECASE)
_REFERENCE_RE = re.compile(r"url\s*\(|href\s*=", re.IGNORECASE)
# A stylesheet rule can give any element, one inside a mask included, a mask or a pattern.
_STYLESHEET_URL_RE = re.compile(
    r"<\s*(?:[\w.-]+:)?style\b[^>]*>(?:(?!<\s*/\s*(?:[\w.-]+:)?style\b).)*?url\s*\(",
    re.IGNORECASE | re.DOTALL)


def logo_format(member: str) -> str | None:
    lowered = member.lower()
    if lowered.endswith(".png"):
        return "png"
    if lowered.endswith(".svg"):
        return "svg"
    return None


def check_logo(pack: str, member: str, data: bytes) -> str:
    """Raise AssessorError naming the member when the logo is unsafe; return its format."""
    kind = logo_format(member)
    if kind is None:
        raise member_error(pack, member, "cannot be a logo: use a PNG or SVG file")
    if len(data) > MAX_LOGO_BYTES:
        raise member_error(pack, member, "is a logo larger than 1 MiB")
    if kind == "png":
        _check_png(pack, member, data)
    else:
        _check_svg(pack, member, data)
    return kind


def png_dimensions(data: bytes) -> tuple[int, int] | None:
    """Width and height from a PNG's IHDR chunk, or None when the header is not a PNG's."""
    if len(data) < 33 or not data.startswith(PNG_SIGNATURE):
        return None
    length, chunk_type = struct.unpack(">I4s", data[8:16])
    if chunk_type != b"IHDR" or length != 13:
        return None
    header = data[16:29]
    (crc,) = struct.unpack(">I", data[29:33])
    if zlib.crc32(b"IHDR" + header) != crc:
        return None
    width, height = struct.unpack(">II", header[:8])
    return width, height


def _check_png(pack: str, member: str, data: bytes) -> None:
    size = png_dimensions(data)
    if size is None:
        raise member_error(pack, member, "is not a real PNG image (bad signature or header)")
    width, height = size
    if not (0 < width <= MAX_LOGO_PIXELS and 0 < height <= MAX_LOGO_PIXELS):
        raise member_error(
            pack,
            member,
            f"is a {width}×{height} image; a logo may be at most "
            f"{MAX_LOGO_PIXELS}×{MAX_LOGO_PIXELS} pixels",
        )


def _check_svg(pack: str, member: str, data: bytes) -> None:
    try:
        # Checked as the XML reader will see it: "&#117;rl(" is a url( to it.
        text = _CHARACTER_REFERENCE_RE.sub(_character, data.decode("utf-8"))
    except UnicodeDecodeError:
        raise member_error(pack, member, "is not a UTF-8 SVG file") from None
    if "<svg" not in text:
        raise member_error(pack, member, "is not an SVG image (no <svg> element)")
    for pattern, message in _SVG_FORBIDDEN:
        if pattern.search(text):
            raise member_error(pack, member, f"is an unsafe SVG logo: it {message}")
    elements = sum(1 for _ in _ELEMENT_RE.finditer(text))
    if elements > MAX_SVG_ELEMENTS:
        raise member_error(
            pack, member,
            f"is an unsafe SVG logo: it has {elements} elements (at most {MAX_SVG_ELEMENTS})",
        )
    if _STYLESHEET_URL_RE.search(text):
        raise member_error(
            pack, member,
            "is an unsafe SVG logo: a <style> element uses url(...) (a stylesheet could "
            "nest patterns and masks; use a fill or mask attribute instead)",
        )
    if _nested_offscreen_reference(text):
        raise member_error(
            pack, member,
            "is an unsafe SVG logo: a <pattern> or <mask> refers to something inside it "
            "(nested patterns and masks multiply the cost of drawing without bound)",
        )
    for pattern in (_HREF_RE, _URL_RE):
        for match in pattern.finditer(text):
            if match.group(2) != "#":
                raise member_error(
                    pack,
                    member,
                    "is an unsafe SVG logo: it references something outside itself "
                    "(only '#id' links are allowed)",
                )


def _nested_offscreen_reference(text: str) -> bool:
    """Whether a reference (url(...) or href=) stands inside a <pattern> or <mask>, its
    start tag included; an unclosed one reaches to the end of the document."""
    depth, position = 0, 0
    for tag in _OFFSCREEN_TAG_RE.finditer(text):
        if depth > 0 and _REFERENCE_RE.search(text, position, tag.start()):
            return True
        closing, attributes = tag.group(1) == "/", tag.group(3)
        if closing:
            depth = max(depth - 1, 0)
            position = tag.end()
            continue
        if _REFERENCE_RE.search(attributes):  # href="#other" inherits the other's content
            return True
        if not attributes.rstrip().endswith("/"):
            depth += 1
        position = tag.end()
    return depth > 0 and _REFERENCE_RE.search(text, position) is not None


def _character(reference: re.Match[str]) -> str:
    code = int(reference.group(1), 16) if reference.group(1) else int(reference.group(2))
    return chr(code) if code <= 0x10FFFF else "\ufffd"
