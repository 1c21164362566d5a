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
