"""Loading questionnaire and career-model documents: one entry point, all-or-nothing."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from assessor.core.errors import AssessorError, IsTranslationError, Problem
from assessor.core.format.career_schema import parse_clusters, parse_ladder, parse_milestones
from assessor.core.format.items_schema import ItemParser
from assessor.core.format.model import (
    CareerModel,
    Dimension,
    DocumentSource,
    MilestoneEvidence,
    Questionnaire,
)
from assessor.core.format.reader import DOCUMENT_ID_RE, Reader
from assessor.core.format.scales_schema import parse_scales
from assessor.core.format.schema import schema_problems
from assessor.core.format.versions import unreadable_format
from assessor.core.format.yamlsafe import Position, YMap, decode_utf8, parse_yaml, read_limited
from assessor.core.paths import (
    questionnaire_files,
    shipped_questionnaire_dir,
    user_questionnaire_dir,
)

FORMAT = "assessor/1"
_MODEL_KEYS = ("ladder", "clusters", "milestones")
QUESTIONNAIRE_KEYS = (
    "format",
    "kind",
    "id",
    "version",
    "title",
    "description",
    "dimensions",
    "scales",
    "sections",
    "career_model",
    *_MODEL_KEYS,
    "plane",
    "estimated_minutes",
    "milestone_evidence",
)
CAREER_MODEL_KEYS = (
    "format",
    "kind",
    "id",
    "version",
    "title",
    "description",
    "dimensions",
    *_MODEL_KEYS,
    "plane",
)

ModelResolver = Callable[[str], CareerModel]
Document = Questionnaire | CareerModel


def load_document(
    path: Path | str, *, search_dirs: Sequence[Path] | None = None, schema_check: bool = False
) -> Document:
    """Load and fully validate one file. Raises AssessorError listing every problem.

    `schema_check` also runs the shipped JSON Schema (what `assessor validate` does for
    authors); loading for use skips it, since the validator already enforces everything
    the schema says and the schema check costs more than the rest of loading."""
    path = Path(path)
    data = read_limited(path)
    return parse_document(data, path, search_dirs=search_dirs, schema_check=schema_check)


def load_questionnaire(
    path: Path | str, *, search_dirs: Sequence[Path] | None = None
) -> Questionnaire:
    document = load_document(path, search_dirs=search_dirs)
    if not isinstance(document, Questionnaire):
        raise AssessorError.single(str(path), "is a career model, not a questionnaire", 1, 1)
    return document


def default_search_dirs(document_path: Path | None) -> list[Path]:
    dirs = [document_path.parent] if document_path is not None else []
    dirs += [shipped_questionnaire_dir(), user_questionnaire_dir()]
    return dirs


def parse_document(
    data: bytes,
    path: Path | None,
    *,
    name: str | None = None,
    search_dirs: Sequence[Path] | None = None,
    schema_check: bool = False,
    resolve_model: ModelResolver | None = None,
) -> Document:
    """Parse one document from bytes. `resolve_model` (raising LookupError when it has no
    such model) replaces the folder search, for documents that live in no folder, such as
    the members of a provider pack, which are read without being extracted."""
    name = name or str(path)
    sha = hashlib.sha256(data).hexdigest()
    root = parse_yaml(decode_utf8(data, name), name)
    source = DocumentSource(path, sha)
    if resolve_model is None:
        dirs = list(search_dirs) if search_dirs is not None else default_search_dirs(path)

        def resolve_model(model_id: str) -> CareerModel:
            return find_career_model(model_id, dirs)

    document = _build(root, name, source, resolve_model)
    if schema_check:
        problems = schema_problems(root, name)
        if problems:
            raise AssessorError(problems)
    return document


def find_career_model(model_id: str, search_dirs: Sequence[Path]) -> CareerModel:
    """Find a career-model document by id: the first folder that has it wins."""
    needle = model_id.encode()
    for folder in search_dirs:
        files = questionnaire_files(folder)
        files.sort(key=lambda p: p.stem != model_id)  # a file named after the id first
        for candidate in files:
            try:
                data = read_limited(candidate)
            except AssessorError:
                continue
            if b"career-model" not in data or needle not in data:
                continue
            try:
                document = parse_document(data, candidate, search_dirs=[])
            except AssessorError as exc:
                if _declares_id(data, model_id):
                    raise
                del exc
                continue
            if isinstance(document, CareerModel) and document.id == model_id:
                return document
    raise LookupError(model_id)


def _declares_id(data: bytes, model_id: str) -> bool:
    return (
        re.search(rb"(?m)^id:\s*['\"]?" + re.escape(model_id.encode()) + rb"['\"]?\s*$", data)
        is not None
    )


def _format_problem(reader: Reader, root: YMap) -> bool:
    """Check `format`; True when the document can be read at all."""
    value = root.get("format")
    if "format" not in root:
        reader.at(root.pos, f"missing required key 'format' (use '{FORMAT}')")
        return True
    problem = unreadable_format(value, "assessor", FORMAT)
    if problem is not None:
        reader.at(root.where("format"), problem)
    # A `format` that is not text at all is reported, and the rest is still checked.
    return problem is None or not isinstance(value, str)


def _dimensions(reader: Reader, root: YMap, required: bool) -> tuple[Dimension, ...]:
    dims: list[Dimension] = []
    seen: dict[str, Position] = {}
    for entry in reader.mappings(root, "dimensions", "the document", required=required):
        reader.check_keys(entry, ("id", "label", "description"), ("id", "label"), "a dimension")
        dim_id = reader.ident(entry, "id", "a dimension")
        label = reader.text(entry, "label", "a dimension")
        description = reader.text(entry, "description", "a dimension")
        if (
            dim_id is not None
            and reader.unique(seen, dim_id, entry.where("id"), "dimension")
            and label is not None
        ):
            dims.append(Dimension(dim_id, label, description))
    return tuple(dims)


def _plane(reader: Reader, root: YMap, dims: set[str]) -> tuple[str, str] | None:
    node = reader.mapping(root, "plane", "the document")
    if node is None:
        return None
    reader.check_keys(node, ("x", "y"), ("x", "y"), "'plane'")
    axes = [reader.text(node, axis, "'plane'") for axis in ("x", "y")]
    for axis, dim in zip(("x", "y"), axes, strict=True):
        if dim is not None and dim not in dims:
            reader.at(node.where(axis), f"unknown dimension '{dim}'")
            return None
    if axes[0] is None or axes[1] is None:
        return None
    return (axes[0], axes[1])


def _career_parts(reader: Reader, root: YMap, dims: set[str]) -> tuple[tuple, tuple, tuple]:  # type: ignore[type-arg]
    ladder = parse_ladder(reader, root, dims)
    clusters = parse_clusters(reader, root, dims, {level.id for level in ladder})
    milestones = parse_milestones(reader, root, dims, {c.id for c in clusters})
    return ladder, clusters, milestones


def _build(root: object, name: str, source: DocumentSource, resolve: ModelResolver) -> Document:
    if not isinstance(root, YMap):
        raise AssessorError.single(name, "the top level must be a mapping of keys", 1, 1)
    reader = Reader(name)
    if "format" not in root and "answers" in root and "questionnaire" in root:
        raise AssessorError.single(
            name, "this is an answer file, not a questionnaire (use it with `score`)", 1, 1
        )
    if not _format_problem(reader, root):
        raise AssessorError(reader.problems)
    kind = root.get("kind", "questionnaire")
    if kind == "translation":
        reader.at(root.where("kind"), "this is a translation: check it with "
                                      "`assessor validate FILE` or `assessor translate check "
                                      "FILE`")
        raise IsTranslationError(reader.problems)
    if kind not in ("questionnaire", "career-model"):
        reader.at(root.where("kind"), "'kind' must be 'questionnaire' or 'career-model'")
        raise AssessorError(reader.problems)
    is_model = kind == "career-model"
    what = "a career model" if is_model else "a questionnaire"
    reader.check_keys(
        root,
        CAREER_MODEL_KEYS if is_model else QUESTIONNAIRE_KEYS,
        ("format", "id", "version", "title", "dimensions")
        + (("ladder", "clusters") if is_model else ("sections",)),
        "the top level",
    )
    doc_id = reader.ident(root, "id", what, pattern=DOCUMENT_ID_RE)
    version = reader.text(root, "version", what)
    title = reader.text(root, "title", what)
    description = reader.text(root, "description", what)
    dimensions = _dimensions(reader, root, required=False)
    dim_ids = {d.id for d in dimensions}
    plane = _plane(reader, root, dim_ids)

    if is_model:
        ladder, clusters, milestones = _career_parts(reader, root, dim_ids)
        if reader.problems:
            raise AssessorError(reader.problems)
        assert doc_id is not None and version is not None and title is not None
        return CareerModel(
            doc_id,
            version,
            title,
            dimensions,
            ladder,
            clusters,
            milestones,
            source,
            True,
            description,
            plane,
        )

    scales = parse_scales(reader, root)
    scale_node = root.get("scales")
    scale_names = set(scale_node) if isinstance(scale_node, YMap) else set()
    item_parser = ItemParser(reader, dim_ids, scales, scale_names)
    sections = item_parser.parse_sections(root)
    minutes = reader.number(root, "estimated_minutes", what, positive=True)
    career = _questionnaire_career(
        reader,
        root=root,
        resolve=resolve,
        dimensions=dimensions,
        source=source,
        doc_id=doc_id,
        version=version,
        title=title,
        plane=plane,
    )
    evidence = _milestone_evidence(reader, root, item_parser, career)
    if reader.problems:
        raise AssessorError(reader.problems)
    assert doc_id is not None and version is not None and title is not None
    return Questionnaire(
        doc_id,
        version,
        title,
        dimensions,
        scales,
        sections,
        source,
        description,
        career,
        minutes,
        evidence,
    )


def _milestone_evidence(
    reader: Reader, root: YMap, item_parser: ItemParser, career: CareerModel | None
) -> tuple[MilestoneEvidence, ...]:
    """An addition to SPEC 1: `milestone_evidence: [{milestone, when}]`, the answers that
    show a career-model milestone is already done. Conditions are SPEC 1.3 conditions over
    this questionnaire's items (all of which come before this key)."""
    what = "a milestone_evidence entry"
    entries = reader.mappings(root, "milestone_evidence", "the questionnaire")
    if entries and career is None and "career_model" not in root:
        reader.at(
            root.key_pos["milestone_evidence"],
            "'milestone_evidence' needs a career model with milestones",
        )
    known = {m.id for m in career.milestones} if career is not None else None
    evidence: list[MilestoneEvidence] = []
    for entry in entries:
        reader.check_keys(entry, ("milestone", "when"), ("milestone", "when"), what)
        milestone = reader.text(entry, "milestone", what)
        if milestone is not None and known is not None and milestone not in known:
            reader.at(entry.where("milestone"), f"unknown milestone '{milestone}'")
            milestone = None
        when_node = reader.mapping(entry, "when", what)
        when = item_parser.condition(when_node) if when_node is not None else None
        if milestone is not None and when is not None:
            evidence.append(MilestoneEvidence(milestone, when))
    return tuple(evidence)


def _questionnaire_career(
    reader: Reader,
    *,
    root: YMap,
    resolve: ModelResolver,
    dimensions: tuple[Dimension, ...],
    source: DocumentSource,
    doc_id: str | None,
    version: str | None,
    title: str | None,
    plane: tuple[str, str] | None,
) -> CareerModel | None:
    dim_ids = {d.id for d in dimensions}
    inline = [key for key in _MODEL_KEYS if key in root]
    if "career_model" in root:
        if inline:
            reader.at(
                root.key_pos[inline[0]],
                f"'{inline[0]}' cannot be given inline when 'career_model' names a "
                "separate career model",
            )
        model_id = reader.text(root, "career_model", "a questionnaire")
        if model_id is None:
            return None
        try:
            model = resolve(model_id)
        except LookupError:
            reader.at(
                root.where("career_model"),
                f"career model '{model_id}' not found (looked in this file's folder, "
                "the shipped and the user's questionnaire folders)",
            )
            return None
        except AssessorError as exc:
            reader.at(root.where("career_model"), f"career model '{model_id}' is invalid")
            reader.problems.extend(exc.problems)
            return None
        missing = sorted(model.used_dimensions - dim_ids)
        if missing:
            reader.at(
                root.where("career_model"),
                f"career model '{model_id}' uses dimensions this questionnaire does not "
                f"declare: {', '.join(missing)}",
            )
        return model
    if not inline:
        return None
    ladder, clusters, milestones = _career_parts(reader, root, dim_ids)
    return CareerModel(
        doc_id or "",
        version or "",
        title or "",
        dimensions,
        ladder,
        clusters,
        milestones,
        source,
        False,
        None,
        plane,
    )


def check_unique_ids(documents: Sequence[tuple[str, Document]]) -> list[Problem]:
    """Document ids must be unique among the documents loaded together."""
    seen: dict[str, str] = {}
    problems: list[Problem] = []
    for name, document in documents:
        if document.id in seen:
            problems.append(
                Problem(
                    name, None, None, f"id '{document.id}' is already used by {seen[document.id]}"
                )
            )
        else:
            seen[document.id] = name
    return problems
