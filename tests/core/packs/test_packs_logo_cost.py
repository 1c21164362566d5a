"""SVG logos that would take unbounded time to draw are refused (issue 14, security 5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assessor.core.errors import AssessorError
from assessor.core.packs import open_pack
from assessor.core.packs.logo import MAX_SVG_ELEMENTS, check_logo
from tests.core.packs_factory import pack_members, write_zip

HEAD = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">'


def use_fan_out(levels: int = 10, fan: int = 10, tag: str = "use") -> str:
    """Ten nested groups of ten <use>: 2 KB that a renderer expands into 10^10 shapes."""
    parts = [HEAD, '<defs><g id="g0"><rect width="1" height="1"/></g>']
    for level in range(1, levels):
        uses = "".join(f'<{tag} href="#g{level - 1}"/>' for _ in range(fan))
        parts.append(f'<g id="g{level}">{uses}</g>')
    parts.append(f'</defs><{tag} xlink:href="#g{levels - 1}"/></svg>')
    return "".join(parts)


def many_elements(count: int) -> str:
    return HEAD + "".join(f'<circle cx="{i % 10}" cy="{i // 10 % 10}" r="1"/>' for i in range(count)) + "</svg>"


def test_nested_use_fan_out_is_refused_before_anything_draws_it(tmp_path: Path) -> None:
    logo = use_fan_out()
    assert len(logo) < 2500
    path = write_zip(tmp_path / "p.assessorpack", {**pack_members(), "logo.svg": logo.encode()})
    with pytest.raises(AssessorError, match=r"member 'logo.svg' is an unsafe SVG logo: it contains a <use> element"):
        open_pack(path)


@pytest.mark.parametrize("svg", [
    use_fan_out(tag="svg:use"),
    use_fan_out(tag="USE"),
    HEAD + '<use\nhref="#a"/></svg>',
    HEAD + '<defs><filter id="f"><feGaussianBlur stdDeviation="50"/></filter></defs><rect filter="url(#f)"/></svg>',
    many_elements(MAX_SVG_ELEMENTS + 1),
])
def test_costly_svg_constructs_are_refused(svg: str) -> None:
    with pytest.raises(AssessorError, match="unsafe SVG logo"):
        check_logo("p", "logo.svg", svg.encode())


def test_an_svg_at_the_element_limit_is_accepted() -> None:
    assert check_logo("p", "logo.svg", many_elements(MAX_SVG_ELEMENTS - 2).encode()) == "svg"


def nested_offscreen(kind: str, reference: str, levels: int = 7, fan: int = 12) -> str:
    """Masks (or patterns) each drawing the one before `fan` times: seven levels of twelve
    patterns took 14.9 s to draw, five levels of ten masks 8.9 s (found by the hostile-pack
    fuzzing); every level more multiplies it by `fan`."""
    parts = [HEAD, f'<defs><{kind} id="g0"><rect width="10" height="10" fill="white"/></{kind}>']
    for level in range(1, levels + 1):
        ref = reference.format(f"g{level - 1}")
        parts.append(f'<{kind} id="g{level}">'
                     + "".join(f'<rect width="10" height="10" {ref}/>' for _ in range(fan))
                     + f"</{kind}>")
    parts.append(f'</defs><rect width="10" height="10" {reference.format(f"g{levels}")}/></svg>')
    return "".join(parts)


@pytest.mark.parametrize("svg", [
    nested_offscreen("mask", 'mask="url(#{})"'),
    nested_offscreen("pattern", 'fill="url(#{})"'),
    nested_offscreen("svg:mask", 'style="mask: url(#{})"'),
    nested_offscreen("mask", 'mask="&#117;rl(#{})"'),
    HEAD + '<pattern id="a" href="#b"/><pattern id="b" href="#a"/></svg>',
    HEAD + '<mask id="a"><rect mask="url(#a)"/>',  # never closed
    HEAD + "<style>.g0{mask:url(#g0)}</style>"
         + '<mask id="g0"><rect class="g0"/></mask><rect class="g0"/></svg>',
], ids=["masks", "patterns", "prefixed-style", "character-reference", "pattern-href",
        "unclosed", "stylesheet"])
def test_nested_masks_and_patterns_are_refused(svg: str) -> None:
    with pytest.raises(AssessorError, match="unsafe SVG logo"):
        check_logo("p", "logo.svg", svg.encode())


def test_masks_and_patterns_used_side_by_side_are_accepted() -> None:
    svg = (HEAD + '<defs><mask id="m"><rect width="10" height="10" fill="white"/></mask>'
           '<pattern id="p" width="1" height="1"><circle r="0.5"/></pattern></defs>'
           '<rect mask="url(#m)" fill="url(#p)" width="10" height="10"/>'
           '<text>&#169; Acme</text></svg>')
    assert check_logo("p", "logo.svg", svg.encode()) == "svg"
