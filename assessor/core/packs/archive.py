"""Reading the files of a provider pack, from its zip archive or an installed folder.

Everything a pack holds comes from a stranger, so this is the only place that touches the
archive: member names, counts, sizes and compression ratios are checked before a byte is
decompressed, and nothing is ever extracted here. The result is a plain mapping of checked
member names to their bytes, the same whether it came from a zip or from an installed
folder, so one set of rules (packs.py) judges both.
"""

from __future__ import annotations

import io
import os
import re
import stat
import unicodedata
import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path

from assessor.core.errors import AssessorError
from assessor.core.plaintext import unsafe_character

MAX_ARCHIVE_BYTES = 20 * 1024 * 1024
MAX_MEMBERS = 200
MAX_MEMBER_BYTES = 5 * 1024 * 1024
MAX_TOTAL_BYTES = 50 * 1024 * 1024
# Text compresses 3-20x; a member that claims more than this is a zip bomb, whatever its
# size (tiny members are exempt: a few hundred bytes of repeated text can legitimately
# compress well and cannot hurt).
MAX_COMPRESSION_RATIO = 100
RATIO_EXEMPT_BYTES = 64 * 1024

MANIFEST_NAME = "pack.yaml"
SIGNATURE_NAME = "signature.json"
# What a pack may carry: questionnaires and career models, a logo, a read-me or licence,
# its signature. Anything else (scripts, executables, archives) has no business there.
ALLOWED_SUFFIXES = (".yaml", ".yml", ".png", ".svg", ".json", ".md", ".txt")

# Files that file managers drop into any folder they show (Windows' folder settings and
# thumbnail caches, macOS' folder icon; .DS_Store and ._* are hidden files, skipped anyway).
# They are ignored when a pack is read from a folder, so a learner browsing an installed
# pack's folder cannot make it unreadable. A pack archive may not contain them.
OS_JUNK_FILES = frozenset({"desktop.ini", "thumbs.db", "ehthumbs.db", "icon\r"})

# Names Windows reserves for devices, with any extension ("CON.md" is the console there).
_WINDOWS_RESERVED_RE = re.compile(
    r"(?:CON|PRN|AUX|NUL|COM[0-9\u00b9\u00b2\u00b3]|LPT[0-9\u00b9\u00b2\u00b3])(?:\..*)?",
    re.IGNORECASE,
)

Members = dict[str, bytes]


def windows_reserved(part: str) -> bool:
    """Whether one name (a file or folder) is a device name on Windows."""
    return _WINDOWS_RESERVED_RE.fullmatch(part) is not None


def member_name_problem(name: str) -> str | None:
    """Why a member name may not be used inside a pack, or None when it is safe.

    Names are the zip's own forward-slash paths; anything that could point outside the
    pack folder once installed, on any operating system, is refused."""
    if not name:
        return "has an empty name"
    unsafe = unsafe_character(name)
    if unsafe is not None:
        return f"has a control, bidi or invisible character ({unsafe}) in its name"
    if "\\" in name:
        return "has a backslash in its name (paths inside a pack use '/')"
    if name.startswith("/"):
        return "has an absolute path"
    if ":" in name:
        return "has a drive letter or ':' in its name"
    parts = name.split("/")
    if any(part == ".." for part in parts):
        return "has '..' in its path, which would escape the pack"
    if any(part in ("", ".") for part in parts):
        return "has an empty or '.' path component"
    if any(part.startswith(".") for part in parts):
        return "is a hidden file (its name starts with '.')"
    if any(windows_reserved(part) for part in parts):
        return "has a name Windows reserves for a device (CON, PRN, AUX, NUL, COM1, LPT1…)"
    if any(part != part.rstrip(" .") for part in parts):
        return "has a name ending in a space or '.', which Windows drops"
    if not name.lower().endswith(ALLOWED_SUFFIXES):
        return "is not a kind of file a pack may hold (" + ", ".join(ALLOWED_SUFFIXES) + ")"
    return None


def member_error(pack: str, member: str, message: str) -> AssessorError:
    return AssessorError.single(pack, f"member '{member}' {message}")


def _folded(name: str) -> str:
    # Case-insensitive file systems (Windows, macOS) merge names differing in case, and
    # macOS stores names decomposed (NFD): all of these would land on one file on install.
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold())


def _check_names(pack: str, names: Iterable[str]) -> None:
    seen: dict[str, str] = {}
    folders: dict[str, str] = {}  # every folder a member lies in, folded -> as written
    for count, name in enumerate(names, start=1):
        if count > MAX_MEMBERS:
            raise AssessorError.single(pack, f"has more than {MAX_MEMBERS} members")
        problem = member_name_problem(name)
        if problem is not None:
            raise member_error(pack, name, problem)
        folded = _folded(name)
        if folded in seen:
            raise member_error(pack, name, f"appears twice (also as '{seen[folded]}')")
        seen[folded] = name
        parts = name.split("/")
        for depth in range(1, len(parts)):
            folders.setdefault(_folded("/".join(parts[:depth])), "/".join(parts[:depth]))
    # A file and a folder of the same name cannot both be installed.
    for folded, folder in sorted(folders.items()):
        if folded in seen:
            raise member_error(
                pack, seen[folded], f"has the same name as the folder '{folder}/' in the pack"
            )


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    mode = info.external_attr >> 16
    return stat.S_ISLNK(mode)


def read_archive(path: Path) -> Members:
    """The checked members of a pack file, read into memory. Raises AssessorError."""
    pack = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise AssessorError.single(pack, "no such file") from None
    except OSError as exc:
        raise AssessorError.single(pack, f"cannot be read: {exc.strerror or exc}") from None
    if not path.is_file():
        raise AssessorError.single(pack, "is not a file")
    if size > MAX_ARCHIVE_BYTES:
        raise AssessorError.single(pack, f"is larger than {MAX_ARCHIVE_BYTES // (1024 * 1024)} MiB")
    try:
        with zipfile.ZipFile(path) as archive:
            return _read_members(pack, archive)
    except zipfile.BadZipFile as exc:
        raise AssessorError.single(pack, f"is not a valid pack (zip archive): {exc}") from None
    except OSError as exc:
        raise AssessorError.single(pack, f"cannot be read: {exc.strerror or exc}") from None


def _read_members(pack: str, archive: zipfile.ZipFile) -> Members:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise AssessorError.single(pack, f"has {len(infos)} members (at most {MAX_MEMBERS})")
    files = []
    for info in infos:
        if _is_symlink(info):
            raise member_error(pack, info.filename, "is a symbolic link")
        if info.is_dir():
            # Folder entries carry no data; their names are still checked for escapes.
            problem = member_name_problem(info.filename.rstrip("/") + "/x.txt")
            if problem is not None:
                raise member_error(pack, info.filename, problem)
            continue
        files.append(info)
    _check_names(pack, (info.filename for info in files))
    total = 0
    for info in files:
        if info.flag_bits & 0x1:
            raise member_error(pack, info.filename, "is encrypted")
        if info.file_size > MAX_MEMBER_BYTES:
            raise member_error(
                pack,
                info.filename,
                f"is larger than {MAX_MEMBER_BYTES // (1024 * 1024)} MiB uncompressed",
            )
        if info.file_size > RATIO_EXEMPT_BYTES and info.file_size > MAX_COMPRESSION_RATIO * max(
            info.compress_size, 1
        ):
            raise member_error(
                pack,
                info.filename,
                "is compressed more than "
                f"{MAX_COMPRESSION_RATIO}:1, which only a zip bomb would need",
            )
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise AssessorError.single(
                pack, f"holds more than {MAX_TOTAL_BYTES // (1024 * 1024)} MiB uncompressed"
            )
    members: Members = {}
    for info in files:
        members[info.filename] = _read_member(pack, archive, info)
    return members


def _read_member(pack: str, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    # The sizes in the zip's directory are claims; read no more than the limit whatever
    # they say, and let zipfile's CRC check catch a member whose data disagrees.
    try:
        with archive.open(info) as stream:
            data = stream.read(MAX_MEMBER_BYTES + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise member_error(pack, info.filename, f"is damaged: {exc}") from None
    except NotImplementedError:
        raise member_error(pack, info.filename, "uses an unsupported compression method") from None
    except RuntimeError as exc:  # zipfile's "encrypted, password required"
        raise member_error(pack, info.filename, f"cannot be read: {exc}") from None
    if len(data) > MAX_MEMBER_BYTES or len(data) != info.file_size:
        raise member_error(pack, info.filename, "is larger than its archive entry claims")
    return data


def read_folder(folder: Path, *, name: str | None = None) -> Members:
    """The files of a pack folder (an author's source or an installed pack), under the
    same limits as an archive. Symbolic links are refused, never followed."""
    pack = name or str(folder)
    if not folder.is_dir():
        raise AssessorError.single(pack, "is not a folder")
    found: list[tuple[str, Path]] = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        root_path = Path(root)
        # Hidden folders (.git, editors' caches) are not part of a pack's source.
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for directory in dirs:
            if (root_path / directory).is_symlink():
                relative = (root_path / directory).relative_to(folder).as_posix()
                raise member_error(pack, relative, "is a symbolic link")
        for file_name in sorted(files):
            if file_name.startswith(".") or file_name.casefold() in OS_JUNK_FILES:
                continue
            full = root_path / file_name
            found.append((full.relative_to(folder).as_posix(), full))
            if len(found) > MAX_MEMBERS:
                raise AssessorError.single(pack, f"has more than {MAX_MEMBERS} files")
    _check_names(pack, (relative for relative, _ in found))
    members: Members = {}
    total = 0
    for relative, full in found:
        try:
            info = full.lstat()
            if stat.S_ISLNK(info.st_mode):
                raise member_error(pack, relative, "is a symbolic link")
            if not stat.S_ISREG(info.st_mode):
                raise member_error(pack, relative, "is not a regular file")
            if info.st_size > MAX_MEMBER_BYTES:
                raise member_error(
                    pack, relative, f"is larger than {MAX_MEMBER_BYTES // (1024 * 1024)} MiB"
                )
            with open(full, "rb") as handle:
                data = handle.read(MAX_MEMBER_BYTES + 1)
        except OSError as exc:
            raise member_error(pack, relative, f"cannot be read: {exc.strerror or exc}") from None
        if len(data) > MAX_MEMBER_BYTES:
            raise member_error(
                pack, relative, f"is larger than {MAX_MEMBER_BYTES // (1024 * 1024)} MiB"
            )
        total += len(data)
        if total > MAX_TOTAL_BYTES:
            raise AssessorError.single(
                pack, f"holds more than {MAX_TOTAL_BYTES // (1024 * 1024)} MiB"
            )
        members[relative] = data
    return members


def write_archive(members: Members) -> bytes:
    """The zip bytes of a pack, reproducible: sorted names, fixed dates, plain modes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(members):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            info.create_system = 3  # Unix, so the mode bits above are read as such
            archive.writestr(info, members[name])
    return buffer.getvalue()
