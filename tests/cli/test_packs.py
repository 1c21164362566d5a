"""`assessor pack …` as a provider and a learner run it: exit codes, one-line errors, no Qt."""

from __future__ import annotations

import stat
import sys
import zipfile
from pathlib import Path

import pytest

from assessor.core.packs import open_pack
from assessor.core.paths import user_questionnaire_dir
from tests.cli.test_cli import run_cli
from tests.core.packs_factory import pack_members, write_source, write_zip


def keygen(tmp_path: Path) -> tuple[Path, str]:
    key = tmp_path / "provider.pem"
    done = run_cli("pack", "keygen", "-o", key, no_qt=True)
    assert done.returncode == 0, done.stderr
    fingerprint = next(
        line.split(": ", 1)[1] for line in done.stdout.splitlines() if line.startswith("fingerprint")
    )
    return key, fingerprint


def test_keygen_build_verify_install_round_trip_without_qt(
    tmp_path: Path, isolated_user_dirs: Path
) -> None:
    key, fingerprint = keygen(tmp_path)
    if sys.platform != "win32":
        assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert key.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    source = write_source(tmp_path / "src", pack_members(require_signature=True))
    out = tmp_path / "acme.assessorpack"
    built = run_cli("pack", "build", source, "-o", out, "--key", key, "--signer", "Acme Academy", no_qt=True)
    assert built.returncode == 0, built.stderr
    assert f'signed with key {fingerprint} by "Acme Academy"' in built.stderr

    verified = run_cli("pack", "verify", out, no_qt=True)
    assert verified.returncode == 0, verified.stderr
    assert "provider: Acme Academy" in verified.stdout
    assert "questionnaire: acme-check.yaml: 'acme-check' 1.0 - Acme readiness check" in verified.stdout
    assert f'signature: signed with key {fingerprint} by "Acme Academy"' in verified.stdout
    assert verified.stderr == ""

    installed = run_cli("pack", "install", out, no_qt=True)
    assert installed.returncode == 0, installed.stderr
    folder = user_questionnaire_dir() / "packs" / "acme-pack"
    assert str(folder) in installed.stdout
    assert (folder / "acme-check.yaml").is_file() and (folder / "signature.json").is_file()


def test_keygen_refuses_to_overwrite_a_key(tmp_path: Path) -> None:
    key, _ = keygen(tmp_path)
    before = key.read_bytes()
    again = run_cli("pack", "keygen", "-o", key, no_qt=True)
    assert again.returncode == 1
    assert again.stderr == f"{key}: already exists; not overwritten (use --force)\n"
    assert key.read_bytes() == before


def test_verify_tampered_pack_exits_1_with_warning(tmp_path: Path) -> None:
    key, _ = keygen(tmp_path)
    source = write_source(tmp_path / "src", pack_members())
    out = tmp_path / "acme.assessorpack"
    assert run_cli("pack", "build", source, "-o", out, "--key", key, "--signer", "Acme", no_qt=True).returncode == 0
    with zipfile.ZipFile(out) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["acme-check.yaml"] = members["acme-check.yaml"].replace(b"I train models", b"I rule")
    tampered = write_zip(tmp_path / "tampered.assessorpack", members)
    done = run_cli("pack", "verify", tampered, no_qt=True)
    assert done.returncode == 1
    assert "signature: signature INVALID (claims key " in done.stdout
    assert ', signer "Acme")' in done.stdout
    assert done.stderr == (
        f"warning: {tampered}: signature does not match: the pack was changed after signing\n"
    )
    refused = run_cli("pack", "install", tampered, no_qt=True)
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1 and "not installed" in refused.stderr


def test_unsigned_pack_that_requires_signature_exits_1(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "r.assessorpack", pack_members(require_signature=True))
    done = run_cli("pack", "verify", path, no_qt=True)
    assert done.returncode == 1
    assert "signature: unsigned (the provider requires a signature)" in done.stdout
    assert "requires a signature, but the pack is not signed" in done.stderr
    refused = run_cli("pack", "install", path, no_qt=True)
    assert refused.returncode == 1
    assert not (user_questionnaire_dir() / "packs" / "acme-pack").exists()
    forced = run_cli("pack", "install", "--force", path, no_qt=True)
    assert forced.returncode == 0, forced.stderr


def test_unsigned_pack_not_requiring_signature_verifies(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "u.assessorpack", pack_members())
    done = run_cli("pack", "verify", path, no_qt=True)
    assert done.returncode == 0, done.stderr
    assert "signature: unsigned\n" in done.stdout


def test_hostile_pack_is_one_line_error_not_traceback(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "evil.assessorpack", {**pack_members(), "../evil.yaml": b"x: 1\n"})
    done = run_cli("pack", "verify", path, no_qt=True)
    assert done.returncode == 1
    assert done.stderr == (
        f"{path}: member '../evil.yaml' has '..' in its path, which would escape the pack\n"
    )
    assert "Traceback" not in done.stderr


def test_build_of_invalid_folder_writes_nothing(tmp_path: Path) -> None:
    members = pack_members()
    members["acme-check.yaml"] = b"format: assessor/1\nid: broken\n"
    source = write_source(tmp_path / "src", members)
    out = tmp_path / "x.assessorpack"
    done = run_cli("pack", "build", source, "-o", out, no_qt=True)
    assert done.returncode == 1
    assert all(line.startswith(str(source)) for line in done.stderr.splitlines())
    assert not out.exists()


@pytest.mark.parametrize(
    "argv",
    [("pack",), ("pack", "build", "dir"), ("pack", "build", "d", "-o", "x.assessorpack", "--key", "k.pem")],
    ids=["no-action", "no-output", "key-without-signer"],
)
def test_usage_errors_exit_2(tmp_path: Path, argv: tuple[str, ...]) -> None:
    done = run_cli(*argv, no_qt=True, cwd=tmp_path)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr


def test_example_pack_builds_from_the_command_line(tmp_path: Path) -> None:
    out = tmp_path / "example.assessorpack"
    done = run_cli("pack", "build", "examples/provider-pack", "-o", out, no_qt=True)
    assert done.returncode == 0, done.stderr
    assert open_pack(out).provider.name == "Northwind Academy"
