"""Names a pack, a questionnaire or a result may not use: full-match ids and versions,
invisible characters, names that collide on install (issue 14, security item 7)."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from assessor.core.errors import AssessorError
from assessor.core.format.loading import load_document
from assessor.core.packs import install_pack, open_pack
from assessor.core.results import parse_result
from tests.cli.test_cli import run_cli
from tests.core.packs_factory import QUESTIONNAIRE, manifest, pack_members, write_zip


def refusal(path: Path) -> str:
    with pytest.raises(AssessorError) as caught:
        open_pack(path)
    return "\n".join(caught.value.lines())


@pytest.mark.parametrize(
    ("original", "hostile", "expected"),
    [
        ("id: acme-pack", 'id: "acme-pack\\n"', "'id' value"),
        ('version: "1.0.0"', 'version: "1.0.0\\n"', "'version' value"),
        ("format: assessor-pack/1", 'format: "assessor-pack/1\\n"', "unknown format"),
    ],
)
def test_trailing_newline_in_pack_id_version_format_is_refused(
    tmp_path: Path, original: str, hostile: str, expected: str
) -> None:
    text = manifest()
    assert original in text
    path = write_zip(tmp_path / "p.assessorpack",
                     {**pack_members(), "pack.yaml": text.replace(original, hostile, 1).encode()})
    assert expected in refusal(path)


def test_pack_with_trailing_newline_id_never_installs_into_such_a_folder(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "p.assessorpack", {
        **pack_members(), "pack.yaml": manifest().replace("id: acme-pack", 'id: "tiny\\n"').encode()})
    with pytest.raises(AssessorError):
        install_pack(path, tmp_path / "packs", force=True)
    assert not (tmp_path / "packs" / "tiny\n").exists()


@pytest.mark.parametrize(
    ("original", "hostile"),
    [("id: acme-check", 'id: "tiny\\n"'), ("format: assessor/1", 'format: "assessor/1\\n"'),
     ("id: q1,", 'id: "q1\\n",')],
)
def test_trailing_newline_in_questionnaire_ids_and_format_is_refused(
    tmp_path: Path, original: str, hostile: str
) -> None:
    assert original in QUESTIONNAIRE
    text = QUESTIONNAIRE.replace(original, hostile, 1).replace("career_model: acme-model\n", "")
    path = tmp_path / "q.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(AssessorError):
        load_document(path, search_dirs=[])


def test_result_format_with_trailing_newline_is_refused() -> None:
    data = json.dumps({"format": "assessor-result/1\n"}).encode()
    with pytest.raises(AssessorError, match="is not an Assessor result"):
        parse_result(data, "r.json")


@pytest.mark.parametrize("invisible", ["\u200b", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e",
                                       "\u061c"])
def test_invisible_characters_in_provider_name_are_refused(tmp_path: Path, invisible: str) -> None:
    text = manifest().replace("name: Acme Academy", f'name: "Acme{invisible}Academy"')
    path = write_zip(tmp_path / "p.assessorpack", {**pack_members(), "pack.yaml": text.encode()})
    message = refusal(path)
    assert "'name' must be plain text" in message
    assert f"U+{ord(invisible):04X}" in message


@pytest.mark.parametrize(
    "member",
    ["CON.md", "con.md", "sub/PRN.txt", "AUX.yaml.txt", "nul.txt", "COM1.md", "lpt9.json",
     "CON/readme.md", "readme.md.", "notes /x.txt", "a\u200bb.md", "a\u202eb.md"],
)
def test_windows_reserved_and_invisible_member_names_are_refused(tmp_path: Path, member: str) -> None:
    path = write_zip(tmp_path / "p.assessorpack", {**pack_members(), member: b"hello\n"})
    assert f"member '{member}'" in refusal(path)


def test_nfc_and_nfd_spellings_of_one_name_are_a_duplicate(tmp_path: Path) -> None:
    composed = unicodedata.normalize("NFC", "café.md")
    decomposed = unicodedata.normalize("NFD", "café.md")
    assert composed != decomposed
    path = write_zip(tmp_path / "p.assessorpack",
                     {**pack_members(), composed: b"one\n", decomposed: b"two\n"})
    assert "appears twice" in refusal(path)


def test_verify_fails_on_a_file_folder_name_clash_install_would_fail_on(
    tmp_path: Path, isolated_user_dirs: Path
) -> None:
    path = write_zip(tmp_path / "p.assessorpack",
                     {**pack_members(), "notes.md": b"a\n", "NOTES.md/more.md": b"b\n"})
    verified = run_cli("pack", "verify", path, no_qt=True)
    assert verified.returncode == 1
    assert "has the same name as the folder 'NOTES.md/'" in verified.stderr
    installed = run_cli("pack", "install", "--force", path, no_qt=True)
    assert installed.returncode == 1 and "same name as the folder" in installed.stderr
