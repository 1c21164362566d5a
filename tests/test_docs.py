"""The YAML examples in the docs are real: each one loads (or is refused, where it says so).

Every ```yaml block of the checked guides must be one of:
- a full questionnaire or career-model document (first line that is not a comment is
  `format: assessor/1`): it must load, with every career model of the same guide beside it;
- an answer file (starts with `questionnaire:`): it must load against the guide's
  questionnaire of that id;
- a broken example, first line `# invalid on purpose`: it must be refused, and the
  ```text block that follows it must show exactly the validator's messages;
- a pack manifest (`format: assessor-pack/1`): it must pass the pack manifest checks.
Anything else fails, so no example can slip by untested.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

from assessor.core.errors import AssessorError
from assessor.core.format.answers import load_answers
from assessor.core.format.loading import load_document
from assessor.core.format.model import CareerModel, Questionnaire
from assessor.core.format.yamlsafe import parse_yaml
from assessor.core.packs.manifest import parse_manifest
from tests.conftest import REPO_ROOT

GUIDES = ("docs/authoring.md", "docs/packs.md")
INVALID_MARK = "# invalid on purpose"
# Fences may be indented (inside a list item); their content is indented alike.
_FENCE_RE = re.compile(r"^( *)```(\w*)\n(.*?)^\1```", re.MULTILINE | re.DOTALL)


@dataclass(frozen=True)
class Block:
    guide: str
    line: int
    language: str
    text: str

    @property
    def where(self) -> str:
        return f"{self.guide}:{self.line}"

    @property
    def first_statement(self) -> str:
        for line in self.text.splitlines():
            if line.strip() and not line.lstrip().startswith("#"):
                return line.strip()
        return ""


def blocks(guide: str) -> list[Block]:
    text = (REPO_ROOT / guide).read_text(encoding="utf-8")
    return [
        Block(guide, text.count("\n", 0, m.start()) + 1, m.group(2), textwrap.dedent(m.group(3)))
        for m in _FENCE_RE.finditer(text)
    ]


def yaml_blocks(guide: str) -> list[Block]:
    return [b for b in blocks(guide) if b.language == "yaml"]


def kind_of(block: Block) -> str:
    if block.text.startswith(INVALID_MARK):
        return "invalid"
    statement = block.first_statement
    if statement == "format: assessor/1":
        return "document"
    if statement == "format: assessor-pack/1":
        return "manifest"
    if statement.startswith("questionnaire:"):
        return "answers"
    return "unknown"


def _id_of(block: Block) -> str:
    root = parse_yaml(block.text, block.where)
    return str(root["id"])


def write_models(folder: Path, guide: str) -> None:
    """Every career model of the guide, named after its id, as an author would keep them."""
    folder.mkdir(parents=True, exist_ok=True)
    for block in yaml_blocks(guide):
        if kind_of(block) == "document" and re.search(r"(?m)^kind: career-model$", block.text):
            (folder / f"{_id_of(block)}.yaml").write_text(block.text, encoding="utf-8")


def _cases(kind: str) -> list[Block]:
    return [b for guide in GUIDES for b in yaml_blocks(guide) if kind_of(b) == kind]


def test_every_yaml_example_is_of_a_checked_kind() -> None:
    unknown = [b.where for guide in GUIDES for b in yaml_blocks(guide) if kind_of(b) == "unknown"]
    assert unknown == []
    assert len(_cases("document")) >= 4  # the guide has its examples, not an empty shell


@pytest.mark.parametrize("block", _cases("document"), ids=lambda b: b.where)
def test_document_example_loads(block: Block, tmp_path: Path) -> None:
    write_models(tmp_path, block.guide)
    path = tmp_path / "example.yaml"
    path.write_text(block.text, encoding="utf-8")
    try:
        document = load_document(path, schema_check=True)
    except AssessorError as exc:
        pytest.fail(f"{block.where}: example does not load:\n" + "\n".join(exc.lines()))
    assert isinstance(document, (Questionnaire, CareerModel))
    if isinstance(document, Questionnaire) and "career_model:" in block.text:
        assert document.career is not None


@pytest.mark.parametrize("block", _cases("answers"), ids=lambda b: b.where)
def test_answer_example_loads_against_its_questionnaire(block: Block, tmp_path: Path) -> None:
    wanted = parse_yaml(block.text, block.where)["questionnaire"]
    candidates = [
        b for b in yaml_blocks(block.guide)
        if kind_of(b) == "document" and b.line < block.line and _id_of(b) == wanted
    ]
    assert candidates, f"{block.where}: no questionnaire '{wanted}' before this answer file"
    write_models(tmp_path, block.guide)
    questionnaire_path = tmp_path / f"{wanted}.yaml"
    questionnaire_path.write_text(candidates[-1].text, encoding="utf-8")
    answers_path = tmp_path / "answers.yaml"
    answers_path.write_text(block.text, encoding="utf-8")
    document = load_document(questionnaire_path)
    assert isinstance(document, Questionnaire)
    answer_set = load_answers(answers_path, document)
    assert not answer_set.warnings


@pytest.mark.parametrize("block", _cases("invalid"), ids=lambda b: b.where)
def test_broken_example_is_refused_with_the_messages_shown(block: Block, tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(block.text, encoding="utf-8")
    with pytest.raises(AssessorError) as caught:
        load_document(path, schema_check=True)
    following = [b for b in blocks(block.guide) if b.line > block.line]
    assert following and following[0].language == "text", f"{block.where}: show the messages"
    shown = following[0].text.strip().splitlines()
    actual = [line.replace(str(path), "broken.yaml") for line in caught.value.lines()]
    assert sorted(shown) == sorted(actual)


@pytest.mark.parametrize("block", _cases("manifest"), ids=lambda b: b.where)
def test_pack_manifest_example_passes_the_manifest_checks(block: Block) -> None:
    root = parse_yaml(block.text, block.where)
    listed = list(root.get("questionnaires", []))
    logo = root.get("provider", {}).get("logo")
    members = {"pack.yaml": block.text.encode(), **{name: b"" for name in listed}}
    if logo:
        members[logo] = b""
    manifest = parse_manifest(members, block.where)
    assert manifest.questionnaires == tuple(listed)


def test_schema_line_in_examples_names_the_shipped_schema() -> None:
    schema = REPO_ROOT / "assessor" / "core" / "questionnaire.schema.json"
    assert schema.is_file()
    lines = [
        line
        for guide in GUIDES
        for b in blocks(guide)
        for line in b.text.splitlines()
        if "yaml-language-server" in line
    ]
    assert lines and all(line.endswith("$schema=" + schema.name) for line in lines)
