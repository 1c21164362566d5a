"""Provider packs: problems in pack.yaml are located; the hardened loader reads it."""

from __future__ import annotations

from pathlib import Path

import pytest

from assessor.core.packs import (
    open_pack,
)
from tests.core.packs_factory import (
    manifest,
    pack_members,
    refusal,
    write_zip,
)


@pytest.mark.parametrize(
    ("members_change", "expected"),
    [
        ({"pack.yaml": None}, "is not a provider pack: it has no pack.yaml"),
        ({"pack.yaml": manifest().replace("assessor-pack/1", "assessor-pack/2")}, "pack.yaml:1:9: pack format 'assessor-pack/2' is newer"),
        ({"pack.yaml": manifest(questionnaires=("acme-check.yaml", "missing.yaml", "acme-model.yaml"))}, "pack.yaml:11:5: 'missing.yaml' is not a file in the pack"),
        ({"pack.yaml": manifest(questionnaires=("acme-check.yaml",))}, "'acme-model.yaml' is in the pack but not listed"),
        ({"pack.yaml": manifest().replace("Acme Academy", '"Acme\\u0007Academy"')}, "pack.yaml:5:9: text contains a control character (U+0007)"),
        ({"pack.yaml": manifest(pack_id="Acme_Pack")}, "pack.yaml:2:5: 'id' value 'Acme_Pack' is not a valid id"),
        ({"pack.yaml": manifest(extra="plugins: [x]\n")}, "pack.yaml:13:1: unknown key 'plugins' in pack.yaml"),
        ({"pack.yaml": manifest().replace("https://acme.example", "javascript:alert(1)")}, "'website' must be an http:// or https:// address"),
        ({"pack.yaml": manifest(logo="nologo.png")}, "logo 'nologo.png' is not a file in the pack"),
    ],
)
def test_manifest_problems_are_located(tmp_path: Path, members_change: dict[str, str | None], expected: str) -> None:
    members = pack_members()
    for name, text in members_change.items():
        if text is None:
            del members[name]
        else:
            members[name] = text.encode()
    path = write_zip(tmp_path / "p.assessorpack", members)
    assert expected in refusal(path)


def test_manifest_extension_keys_are_ignored(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "p.assessorpack", {**pack_members(), "pack.yaml": manifest(extra="x-course-code: AI-101\n").encode()})
    assert open_pack(path).id == "acme-pack"


def test_manifest_yaml_goes_through_the_hardened_loader(tmp_path: Path) -> None:
    bomb = manifest() + "x-a: &a [1, 2]\nx-b: [*a, *a]\n"
    path = write_zip(tmp_path / "p.assessorpack", {**pack_members(), "pack.yaml": bomb.encode()})
    assert "pack.yaml:" in refusal(path)
