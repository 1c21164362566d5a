"""Figures as SVG text: vector charts for both the HTML and the PDF report."""

from __future__ import annotations

import io
import re

import matplotlib as mpl
from matplotlib.figure import Figure

_PROLOG = re.compile(r"^.*?(?=<svg\b)", re.DOTALL)
_METADATA = re.compile(r"<metadata>.*?</metadata>\s*", re.DOTALL)
# Glyphs without outline (the space) come out as <path> without `d`; QtSvg drops those and
# then warns about every <use> of them. A lone move-to draws nothing either way.
_EMPTY_PATH = re.compile(r"<path (?![^>]*\bd=)([^>]*?)/>")
_ID_USES = (
    (re.compile(r'\bid="'), 'id="{prefix}-'),
    (re.compile(r"url\(#"), "url(#{prefix}-"),
    (re.compile(r'href="#'), 'href="#{prefix}-'),
)


def figure_svg(figure: Figure, prefix: str | None = None, *, text_as_paths: bool = True) -> str:
    """The figure as a standalone `<svg>` element (no XML prolog or DOCTYPE).

    By default text is converted to outlines so the chart looks the same in any browser (no
    font lookup). The PDF keeps text as <text> (`text_as_paths=False`): Qt draws it with the
    same DejaVu font as real, selectable text, and the file stays small. `prefix` makes
    element ids unique when several charts share one HTML document.
    """
    buffer = io.StringIO()
    fonttype = "path" if text_as_paths else "none"
    with mpl.rc_context({"svg.fonttype": fonttype, "svg.hashsalt": "assessor"}):
        figure.savefig(buffer, format="svg", metadata={"Date": None},
                       facecolor=figure.get_facecolor())
    svg = _METADATA.sub("", _PROLOG.sub("", buffer.getvalue(), count=1), count=1)
    svg = _EMPTY_PATH.sub(r'<path d="M 0 0" \1/>', svg)
    if prefix:
        for pattern, replacement in _ID_USES:
            svg = pattern.sub(replacement.format(prefix=prefix), svg)
    return svg
