"""Provider packs: build, sign, open, refuse hostile archives, install."""

from __future__ import annotations

import base64
import json
import os
import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assessor.core import packs
from assessor.core.errors import AssessorError
from assessor.core.format.loading import load_questionnaire
from assessor.core.packs import (
    build_pack,
    fingerprint,
    generate_key,
    install_dropped_packs,
    install_pack,
    installed_packs,
    open_pack,
    pack_for_questionnaire,
    provider_for_questionnaire,
    sign_pack_dir,
)
from assessor.core.packs.archive import member_name_problem
from assessor.core.packs.signing import TAMPERED
from assessor.core.paths import user_questionnaire_dir
from tests.conftest import REPO_ROOT
from tests.core.packs_factory import (
    SVG_LOGO,
    deflated_info,
    manifest,
    pack_members,
    png_bytes,
    symlink_info,
    write_source,
    write_zip,
)


@pytest.fixture(scope="module")
def key() -> tuple[bytes, str]:
    return generate_key()


def built(
    tmp_path: Path,
    name: str = "acme",
    key: tuple[bytes, str] | None = None,
    extra: dict[str, bytes] | None = None,
    **opts: object,
) -> Path:
    source = write_source(tmp_path / f"{name}-src", {**pack_members(**opts), **(extra or {})})
    out = tmp_path / f"{name}.assessorpack"
    build_pack(source, out, key[0] if key else None, "Acme Academy" if key else None)
    return out


def refusal(path: Path) -> str:
    with pytest.raises(AssessorError) as caught:
        open_pack(path)
    return "\n".join(caught.value.lines())


def rezip(source: Path, target: Path, change: dict[str, bytes | None]) -> Path:
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    for name, data in change.items():
        if data is None:
            members.pop(name)
        else:
            members[name] = data
    return write_zip(target, members)


# --- building, signing, verifying -----------------------------------------------------------


def test_unsigned_pack_round_trip_loads_questionnaire_with_its_own_career_model(tmp_path: Path) -> None:
    pack = open_pack(built(tmp_path))
    assert (pack.id, pack.version) == ("acme-pack", "1.0.0")
    assert pack.provider.name == "Acme Academy"
    assert pack.provider.contact == "courses@acme.example"
    assert pack.provider.logo == SVG_LOGO.encode() and pack.provider.logo_format == "svg"
    [questionnaire] = pack.questionnaires
    assert questionnaire.id == "acme-check"
    assert questionnaire.career is not None and questionnaire.career.id == "acme-model"
    assert pack.signature_status == "unsigned" and pack.trusted and pack.warnings == ()


def test_signed_pack_verifies_and_names_signer_and_key(tmp_path: Path, key: tuple[bytes, str]) -> None:
    pack = open_pack(built(tmp_path, key=key))
    assert pack.signature_status == "valid"
    assert pack.signer == "Acme Academy"
    assert pack.fingerprint == fingerprint(base64.b64decode(key[1]))
    assert len(pack.fingerprint or "") == 16
    assert pack.warnings == ()


@pytest.mark.parametrize(
    "change",
    [
        {"readme.md": None},
        {"logo.svg": SVG_LOGO.replace("10 10", "0 0 20").encode()},
        {"pack.yaml": manifest().replace("Acme Academy", "Evil Corp").encode()},
        {"notes.txt": b"added after signing"},
    ],
    ids=["removed", "logo-edited", "provider-renamed", "file-added"],
)
def test_pack_changed_after_signing_is_invalid_with_warning(
    tmp_path: Path, key: tuple[bytes, str], change: dict[str, bytes | None]
) -> None:
    signed = built(tmp_path, key=key, extra={"readme.md": b"# Acme pack\n"})
    pack = open_pack(rezip(signed, tmp_path / "tampered.assessorpack", change))
    assert pack.signature_status == "invalid"
    assert not pack.trusted
    assert any(TAMPERED in w for w in pack.warnings)
    assert all("tampered.assessorpack" in w for w in pack.warnings)


def test_questionnaire_edited_after_signing_is_invalid(tmp_path: Path, key: tuple[bytes, str]) -> None:
    signed = built(tmp_path, key=key)
    with zipfile.ZipFile(signed) as archive:
        text = archive.read("acme-check.yaml").decode()
    edited = text.replace("I train models", "I am a genius")
    pack = open_pack(rezip(signed, tmp_path / "t.assessorpack", {"acme-check.yaml": edited.encode()}))
    assert pack.signature_status == "invalid"
    assert f"{tmp_path / 't.assessorpack'}: {TAMPERED}" in pack.warnings


def test_signature_with_foreign_key_swapped_in_still_fails(tmp_path: Path, key: tuple[bytes, str]) -> None:
    signed = built(tmp_path, key=key)
    with zipfile.ZipFile(signed) as archive:
        document = json.loads(archive.read("signature.json"))
    document["public_key"] = generate_key()[1]
    pack = open_pack(
        rezip(signed, tmp_path / "k.assessorpack", {"signature.json": json.dumps(document).encode()})
    )
    assert pack.signature_status == "invalid"


@pytest.mark.parametrize(
    "content",
    [b"{not json", b'{"format": "assessor-pack-signature/1"}', b"[]"],
    ids=["syntax", "incomplete", "not-object"],
)
def test_malformed_signature_file_is_invalid_not_a_crash(tmp_path: Path, content: bytes) -> None:
    path = write_zip(tmp_path / "m.assessorpack", {**pack_members(), "signature.json": content})
    pack = open_pack(path)
    assert pack.signature_status == "invalid"
    assert pack.warnings and "signature" in pack.warnings[0]


def test_required_signature_missing_opens_with_warning(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "r.assessorpack", pack_members(require_signature=True))
    pack = open_pack(path)
    assert pack.signature_status == "unsigned"
    assert not pack.trusted
    assert pack.warnings == (
        f"{path}: the provider requires a signature, but the pack is not signed",
    )


def test_build_refuses_required_signature_without_key(tmp_path: Path) -> None:
    with pytest.raises(AssessorError, match="require_signature is true"):
        built(tmp_path, require_signature=True)
    assert not (tmp_path / "acme.assessorpack").exists()


def test_sign_dir_then_build_keeps_signature_and_stale_signature_refused(
    tmp_path: Path, key: tuple[bytes, str]
) -> None:
    source = write_source(tmp_path / "src", pack_members(require_signature=True))
    sign_pack_dir(source, key[0], "Acme Academy")
    pack = build_pack(source, tmp_path / "a.assessorpack")
    assert pack.signature_status == "valid" and pack.trusted
    (source / "acme-check.yaml").write_text(
        (source / "acme-check.yaml").read_text().replace("I train", "I trained")
    )
    with pytest.raises(AssessorError, match="sign the folder again"):
        build_pack(source, tmp_path / "b.assessorpack")


def test_build_refuses_invalid_questionnaire_naming_file_and_line(tmp_path: Path) -> None:
    members = pack_members()
    members["acme-check.yaml"] = members["acme-check.yaml"].replace(b"scale: agree, scores: ml", b"scale: nope, scores: ml")
    source = write_source(tmp_path / "src", members)
    with pytest.raises(AssessorError) as caught:
        build_pack(source, tmp_path / "x.assessorpack")
    assert any(
        line.startswith(f"{source}/acme-check.yaml:18:39: unknown scale 'nope'") for line in caught.value.lines()
    ), caught.value.lines()
    assert not (tmp_path / "x.assessorpack").exists()


def test_build_refuses_wrong_suffix_and_bad_key(tmp_path: Path) -> None:
    source = write_source(tmp_path / "src", pack_members())
    with pytest.raises(AssessorError, match=r"must end in \.assessorpack"):
        build_pack(source, tmp_path / "x.zip")
    with pytest.raises(AssessorError, match="not a PEM private key"):
        build_pack(source, tmp_path / "x.assessorpack", b"garbage", "Me")
    with pytest.raises(AssessorError, match="signer name is needed"):
        build_pack(source, tmp_path / "x.assessorpack", generate_key()[0], "  ")


def test_example_pack_builds_and_uses_the_shipped_career_model(tmp_path: Path) -> None:
    pack = build_pack(REPO_ROOT / "examples" / "provider-pack", tmp_path / "example.assessorpack")
    [questionnaire] = pack.questionnaires
    assert questionnaire.career is not None and questionnaire.career.id == "ai-cyber-career-model"
    assert pack.provider.logo_format == "svg"


# --- hostile archives -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("member", "reason"),
    [
        ("../x.yaml", "escape the pack"),
        ("sub/../../x.yaml", "escape the pack"),
        ("/etc/passwd.txt", "absolute path"),
        ("C:\\x.yaml", "backslash"),
        ("C:/x.yaml", "drive letter"),
        ("run.sh", "not a kind of file"),
        (".hidden.yaml", "hidden file"),
    ],
)
def test_unsafe_member_names_are_refused_naming_member(tmp_path: Path, member: str, reason: str) -> None:
    path = write_zip(tmp_path / "evil.assessorpack", {**pack_members(), member: b"x: 1\n"})
    with zipfile.ZipFile(path) as archive:
        assert member in archive.namelist()  # zipfile kept the hostile name as written
    message = refusal(path)
    assert message.startswith(f"{path}: member '{member}'")
    assert reason in message
    assert "\n" not in message


def test_symlink_member_is_refused(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "l.assessorpack", pack_members(), [(symlink_info("readme.txt"), b"/etc/passwd")])
    assert refusal(path) == f"{path}: member 'readme.txt' is a symbolic link"


def test_zip_bomb_member_over_5_mib_is_refused(tmp_path: Path) -> None:
    bomb = bytes(6 * 1024 * 1024)
    path = write_zip(tmp_path / "b.assessorpack", pack_members(), [(deflated_info("zeros.txt"), bomb)])
    assert os.path.getsize(path) < 100_000  # it really is a bomb: tiny on disk
    assert refusal(path) == f"{path}: member 'zeros.txt' is larger than 5 MiB uncompressed"


def test_absurd_compression_ratio_is_refused_below_size_limit(tmp_path: Path) -> None:
    path = write_zip(
        tmp_path / "b.assessorpack", pack_members(), [(deflated_info("zeros.txt"), bytes(2 * 1024 * 1024))]
    )
    assert "compressed more than 100:1" in refusal(path)


@pytest.mark.parametrize("duplicate", ["acme-check.yaml", "ACME-check.yaml"])
def test_duplicate_member_names_are_refused(tmp_path: Path, duplicate: str) -> None:
    path = write_zip(tmp_path / "d.assessorpack", pack_members(), [(deflated_info(duplicate), b"x")])
    assert "appears twice" in refusal(path)


def test_too_many_members_and_too_large_archive_and_not_a_zip(tmp_path: Path) -> None:
    many = {f"n{i}.txt": b"x" for i in range(201)}
    assert "members (at most 200)" in refusal(write_zip(tmp_path / "m.assessorpack", many))
    huge = tmp_path / "h.assessorpack"
    with open(huge, "wb") as handle:
        handle.truncate(21 * 1024 * 1024)
    assert refusal(huge) == f"{huge}: is larger than 20 MiB"
    text = tmp_path / "t.assessorpack"
    text.write_text("format: assessor-pack/1\n")
    assert "is not a valid pack (zip archive)" in refusal(text)


# --- logos ----------------------------------------------------------------------------------


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


# --- pack.yaml ------------------------------------------------------------------------------


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


# --- installing -----------------------------------------------------------------------------


def test_install_into_user_folder_then_questionnaire_loads_with_branding(
    tmp_path: Path, isolated_user_dirs: Path, key: tuple[bytes, str]
) -> None:
    folder = install_pack(built(tmp_path, key=key))
    assert folder == user_questionnaire_dir() / "packs" / "acme-pack"
    assert folder.is_relative_to(isolated_user_dirs)
    assert sorted(p.name for p in folder.iterdir()) == [
        "acme-check.yaml", "acme-model.yaml", "logo.svg", "pack.yaml", "signature.json"
    ]
    questionnaire = load_questionnaire(folder / "acme-check.yaml")
    assert questionnaire.career is not None and questionnaire.career.id == "acme-model"
    [listed] = installed_packs()
    assert (listed.id, listed.signature_status, listed.signer) == ("acme-pack", "valid", "Acme Academy")
    provider = provider_for_questionnaire(folder / "acme-check.yaml")
    assert provider is not None and provider.name == "Acme Academy" and provider.logo == SVG_LOGO.encode()
    assert provider_for_questionnaire(REPO_ROOT / "examples/provider-pack/northwind-ai-security-check.yaml") is None
    assert provider_for_questionnaire(folder / "pack.yaml") is None
    assert not list(folder.parent.glob(".assessor-tmp*"))


def test_installed_pack_changed_on_disk_shows_invalid_signature(tmp_path: Path, key: tuple[bytes, str]) -> None:
    folder = install_pack(built(tmp_path, key=key))
    (folder / "acme-check.yaml").write_text((folder / "acme-check.yaml").read_text().replace("I train", "I am"))
    [listed] = installed_packs()
    assert listed.signature_status == "invalid"
    pack = pack_for_questionnaire(folder / "acme-check.yaml")
    assert pack is not None and any(TAMPERED in w for w in pack.warnings)


def test_install_refuses_untrusted_pack_unless_forced(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "r.assessorpack", pack_members(require_signature=True))
    with pytest.raises(AssessorError, match=r"not installed: .*requires a signature"):
        install_pack(path)
    assert installed_packs() == []
    assert install_pack(path, force=True).is_dir()


def test_install_refuses_older_version_and_replaces_with_newer(tmp_path: Path) -> None:
    install_pack(built(tmp_path, "v2", version="2.0.0"))
    with pytest.raises(AssessorError, match=re.escape("version 2.0.0 of 'acme-pack' is already installed, newer than 1.10.0")):
        install_pack(built(tmp_path, "v1", version="1.10.0"))
    install_pack(built(tmp_path, "v3", version="2.10.0"))
    assert [p.version for p in installed_packs()] == ["2.10.0"]
    install_pack(built(tmp_path, "v1", version="1.10.0"), force=True)
    assert [p.version for p in installed_packs()] == ["1.10.0"]


def test_install_keeps_trust_on_first_use_of_signing_key(tmp_path: Path, key: tuple[bytes, str]) -> None:
    install_pack(built(tmp_path, "first", key=key))
    other = generate_key()
    with pytest.raises(AssessorError, match=r"was signed with key .* this pack is signed with key"):
        install_pack(built(tmp_path, "other", key=other, version="1.1.0"))
    with pytest.raises(AssessorError, match="this pack is not signed"):
        install_pack(built(tmp_path, "unsigned", version="1.1.0"))
    install_pack(built(tmp_path, "same", key=key, version="1.1.0"))
    assert [p.version for p in installed_packs()] == ["1.1.0"]


def test_failed_install_leaves_the_installed_version_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = install_pack(built(tmp_path, "v1", version="1.0.0"))
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    calls = []

    def failing_write(path: Path, data: bytes) -> None:
        calls.append(path)
        if len(calls) == 3:
            raise AssessorError.single(str(path), "cannot be written: No space left on device")
        Path(path).write_bytes(data)

    monkeypatch.setattr(packs, "write_atomic", failing_write)
    with pytest.raises(AssessorError, match="No space left"):
        install_pack(built(tmp_path, "v2", version="2.0.0"))
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert sorted(p.name for p in folder.parent.iterdir() if p.name != ".lock") == ["acme-pack"]


def test_install_interrupted_between_renames_is_recovered(tmp_path: Path) -> None:
    folder = install_pack(built(tmp_path))
    limbo = folder.parent / ".assessor-tmp-old-acme-pack-x1"
    limbo.mkdir()
    folder.rename(limbo / "acme-pack")
    [listed] = installed_packs()
    assert listed.id == "acme-pack" and folder.is_dir() and not limbo.exists()


def test_open_pack_writes_nothing(tmp_path: Path, isolated_user_dirs: Path) -> None:
    path = built(tmp_path)
    before = sorted(tmp_path.rglob("*"))
    open_pack(path)
    assert sorted(tmp_path.rglob("*")) == before
    assert list(isolated_user_dirs.iterdir()) == []


def test_dropped_packs_are_installed_once_and_bad_ones_reported(tmp_path: Path) -> None:
    folder = user_questionnaire_dir()
    folder.mkdir(parents=True)
    good = built(tmp_path, "good")
    (folder / "acme.assessorpack").write_bytes(good.read_bytes())
    evil = write_zip(folder / "evil.assessorpack", {**pack_members(pack_id="evil"), "../x.yaml": b"x"})
    first = {o.path.name: o for o in install_dropped_packs()}
    assert first["acme.assessorpack"].installed == folder / "packs" / "acme-pack"
    assert first["evil.assessorpack"].installed is None
    assert first["evil.assessorpack"].problem == f"{evil}: member '../x.yaml' has '..' in its path, which would escape the pack"
    again = {o.path.name: o for o in install_dropped_packs()}
    assert again["acme.assessorpack"].installed is None and again["acme.assessorpack"].problem is None
    assert [p.id for p in installed_packs()] == ["acme-pack"]
    assert (folder / "acme.assessorpack").exists()


def test_member_sizes_in_the_zip_directory_are_only_claims(tmp_path: Path) -> None:
    import random
    import struct

    data = random.Random(1).randbytes(200_000)
    path = write_zip(tmp_path / "lying.assessorpack", {**pack_members(), "notes.txt": data})
    raw = bytearray(path.read_bytes())
    # Patch the central directory's "uncompressed size" of notes.txt to claim 10 bytes.
    entry = raw.index(b"PK\x01\x02")
    while raw[entry + 46 : entry + 46 + 9] != b"notes.txt":
        entry = raw.index(b"PK\x01\x02", entry + 4)
    raw[entry + 24 : entry + 28] = struct.pack("<I", 10)
    path.write_bytes(bytes(raw))
    message = refusal(path)
    assert message.startswith(f"{path}: member 'notes.txt' is damaged")


@given(st.lists(st.sampled_from(["a", "b.yaml", "..", ".", "", "/", "\\", "C:", "x.txt", "%2e%2e", "\u2025"]), min_size=1, max_size=6))
def test_accepted_member_names_never_leave_the_pack_folder(parts: list[str]) -> None:
    name = "/".join(parts)
    if member_name_problem(name) is not None:
        return
    base = Path("/pack-root")
    target = base.joinpath(*name.split("/"))
    assert os.path.normpath(target).startswith(str(base) + os.sep)
    assert ".." not in Path(os.path.normpath(target)).relative_to(base).parts
