"""Provider packs: PNG and SVG logos that are accepted and refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from assessor.core.packs import (
    open_pack,
)
from tests.core.packs_factory import (
    pack_members,
    png_bytes,
    refusal,
    write_zip,
)


def with_logo(tmp_path: Path, name: str, data: bytes) -> Path:
    members = pack_members(logo=name)
    del members["logo.svg"]
    members[name] = data
    return write_zip(tmp_path / "logo.assessorpack", members)


def test_real_small_png_logo_is_accepted(tmp_path: Path) -> None:
    pack = open_pack(with_logo(tmp_path, "logo.png", png_bytes(64, 32)))
    assert pack.provider.logo_format == "png"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"GIF89a not a png at all", "is not a real PNG image"),
        (png_bytes(4096, 16), "is a 4096×16 image; a logo may be at most 2048×2048"),
        (png_bytes(8, 8, padding=1100 * 1024), "is a logo larger than 1 MiB"),
    ],
    ids=["fake", "too-wide", "too-large"],
)
def test_bad_png_logos_are_refused(tmp_path: Path, data: bytes, reason: str) -> None:
    path = with_logo(tmp_path, "logo.png", data)
    assert refusal(path).startswith(f"{path}: member 'logo.png' {reason}")


@pytest.mark.parametrize(
    ("svg", "reason"),
    [
        ('<svg><script>alert(1)</script></svg>', "<script>"),
        ('<svg><image href="http://evil.example/x.png"/></svg>', "outside itself"),
        ('<svg><image xlink:href="file:///etc/passwd"/></svg>', "outside itself"),
        ("<svg><a href='//evil.example/a.svg#x'/></svg>", "outside itself"),
        ('<svg onload="alert(1)"></svg>', "event-handler"),
        ('<svg><foreignObject><p>x</p></foreignObject></svg>', "foreignObject"),
        ('<svg><rect style="fill:url(https://evil.example/t)"/></svg>', "outside itself"),
        ('<!DOCTYPE svg [<!ENTITY a "b">]><svg>&a;</svg>', "DOCTYPE"),
    ],
)
def test_unsafe_svg_logos_are_refused(tmp_path: Path, svg: str, reason: str) -> None:
    path = with_logo(tmp_path, "logo.svg", svg.encode())
    message = refusal(path)
    assert message.startswith(f"{path}: member 'logo.svg' is an unsafe SVG logo")
    assert reason in message
