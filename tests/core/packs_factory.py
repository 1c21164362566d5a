"""Pack sources and hostile archives for the provider-pack tests."""

from __future__ import annotations

import random
import stat
import struct
import warnings
import zipfile
import zlib
from pathlib import Path

import pytest

from assessor.core.errors import AssessorError
from assessor.core.packs import build_pack, open_pack

MODEL = """\
format: assessor/1
kind: career-model
id: acme-model
version: "1.0"
title: Acme career model
dimensions:
  - {id: ml, label: ML}
  - {id: sec, label: Security}
ladder:
  - {id: base, label: Base, requires: {}}
  - {id: up, label: Up, requires: {dimension: ml, gte: 50}}
clusters:
  - {id: eng, label: Engineer, summary: Builds things, ai_role: tool, function: technical,
     target: {ml: 60, sec: 60}, min_level: up}
milestones:
  - {id: course, title: Course, raises: {ml: 30}, effort_hours: 20}
"""

QUESTIONNAIRE = """\
format: assessor/1
id: acme-check
version: "1.0"
title: Acme readiness check
career_model: acme-model
dimensions:
  - {id: ml, label: ML}
  - {id: sec, label: Security}
scales:
  agree:
    - {value: 1, label: No}
    - {value: 2, label: Somewhat}
    - {value: 3, label: Yes}
sections:
  - id: s1
    title: Practice
    items:
      - {id: q1, type: likert, scale: agree, scores: ml, text: I train models}
      - {id: q2, type: likert, scale: agree, scores: sec, text: I threat-model}
"""

SVG_LOGO = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
    '<defs><linearGradient id="g"/></defs>'
    '<rect width="10" height="10" fill="url(#g)"/><a href="#g"><circle r="1"/></a></svg>'
)


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bytes(width: int, height: int, padding: int = 0) -> bytes:
    """A PNG whose header says width×height; real pixel data only when it is small."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height)) if width * height < 1e6 else b""
    chunks = png_chunk(b"IHDR", header) + png_chunk(b"IDAT", zlib.compress(rows))
    if padding:
        # Incompressible, so the archive's zip-bomb check does not fire first.
        chunks += png_chunk(b"tEXt", b"pad\x00" + random.Random(0).randbytes(padding))
    return b"\x89PNG\r\n\x1a\n" + chunks + png_chunk(b"IEND", b"")


def manifest(
    *,
    pack_id: str = "acme-pack",
    version: str = "1.0.0",
    logo: str | None = "logo.svg",
    questionnaires: tuple[str, ...] = ("acme-check.yaml", "acme-model.yaml"),
    require_signature: bool = False,
    extra: str = "",
) -> str:
    lines = [
        "format: assessor-pack/1",
        f"id: {pack_id}",
        f'version: "{version}"',
        "provider:",
        "  name: Acme Academy",
        "  contact: courses@acme.example",
        "  website: https://acme.example",
    ]
    if logo is not None:
        lines.append(f"  logo: {logo}")
    lines.append("questionnaires:")
    lines += [f"  - {q}" for q in questionnaires]
    lines.append(f"require_signature: {'true' if require_signature else 'false'}")
    return "\n".join(lines) + "\n" + extra


def pack_members(**options: object) -> dict[str, bytes]:
    """The members of a good pack; `options` go to `manifest`."""
    return {
        "pack.yaml": manifest(**options).encode(),  # type: ignore[arg-type]
        "acme-check.yaml": QUESTIONNAIRE.encode(),
        "acme-model.yaml": MODEL.encode(),
        "logo.svg": SVG_LOGO.encode(),
    }


def write_source(folder: Path, members: dict[str, bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in members.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return folder


def write_zip(
    path: Path, members: dict[str, bytes], extra: list[tuple[zipfile.ZipInfo, bytes]] | None = None
) -> Path:
    """A zip written by hand, without any of the builder's checks, for hostile cases."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate names we want
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, data in members.items():
                archive.writestr(name, data)
            for info, data in extra or []:
                archive.writestr(info, data)
    return path


def symlink_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def deflated_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


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
