"""Fuzzing the pack-trust classes of issue 14 that the other generators never produce:
hostile SVG logos, hostile signer names, and sha-field games on result files.

Each property names what must hold whatever is generated: a logo is refused or drawn in
bounded time without reading anything outside itself; a signer name cannot push the real
key fingerprint aside; an edited result is never accepted with its edited figures when the
questionnaire it names was given."""

from __future__ import annotations

import base64
import contextlib
import io
import json
import os
import socket
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assessor.core.cohort import import_results
from assessor.core.errors import AssessorError
from assessor.core.format.loading import parse_document
from assessor.core.format.model import Questionnaire
from assessor.core.integrity import integrity_hash
from assessor.core.packs import build_pack, fingerprint, generate_key
from assessor.core.packs.logo import check_logo
from assessor.core.plaintext import UNSAFE_CHARACTERS
from assessor.core.results import build_result
from assessor.core.results.files import result_to_bytes
from assessor.core.results.store_import import import_result_files
from assessor.core.store import Store
from tests.core.packs_factory import QUESTIONNAIRE, pack_members, write_source
from tests.robustness.profiles import fuzz_settings, record
from tests.robustness.strategies import BIDI_CHARACTERS

MAX_CASE_SECONDS = 5.0
SAMPLE = Path(__file__).parents[1] / "data" / "sample.yaml"

# ---- 1. hostile SVG logos -------------------------------------------------------------------


class Bait:
    """A file and a listening socket that hostile logos point at: reading the file moves its
    access time (set before its modification time, so `relatime` updates it), and fetching
    the address makes a connection the socket would accept."""

    def __init__(self, folder: Path) -> None:
        self.file = folder / "bait.png"
        self.file.write_bytes(b"\x89PNG\r\n\x1a\n bait")
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.setblocking(False)
        self.url = f"http://127.0.0.1:{self.server.getsockname()[1]}/x.png"
        self.arm()
        self.file.read_bytes()
        self.atime_works = self.file.stat().st_atime_ns != 0
        self.arm()

    def arm(self) -> None:
        os.utime(self.file, ns=(0, self.file.stat().st_mtime_ns))

    def touched(self) -> bool:
        read = self.atime_works and self.file.stat().st_atime_ns != 0
        try:
            connection, _ = self.server.accept()
        except BlockingIOError:
            return read
        connection.close()
        return True


@pytest.fixture(scope="module")
def bait(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bait]:
    made = Bait(tmp_path_factory.mktemp("bait"))
    yield made
    made.server.close()


_NUMBERS = st.one_of(
    st.sampled_from(["0", "-1", "1e308", "1e309", "-1e308", "nan", "inf", "99999999999",
                     "1e-320", "1e38", "2147483648", "1" * 400, "10%", ""]),
    st.integers(-10**12, 10**12).map(str),
)


@st.composite
def _header(draw: st.DrawFn) -> str:
    attributes = ['xmlns="http://www.w3.org/2000/svg"', 'xmlns:xlink="http://www.w3.org/1999/xlink"']
    if draw(st.booleans()):
        attributes.append(f'width="{draw(_NUMBERS)}" height="{draw(_NUMBERS)}"')
    if draw(st.booleans()):
        box = " ".join(draw(_NUMBERS) for _ in range(4))
        attributes.append(f'viewBox="{box}"')
    return "<svg " + " ".join(attributes) + ">"


def _level(kind: str, level: int, fan: int, href: str) -> str:
    """Level `level` of a fan-out: `fan` copies of level - 1, the way `kind` copies."""
    below = f"g{level - 1}"
    if kind == "pattern":
        copies = "".join(f'<rect x="{i}" width="1" height="1" fill="url(#{below})"/>'
                         for i in range(fan))
        return (f'<pattern id="g{level}" width="0.01" height="0.01" '
                f'patternUnits="userSpaceOnUse">{copies}</pattern>')
    if kind.startswith("mask"):
        reference = {"mask": f'mask="url(#{below})"', "mask-css": f'class="{below}"',
                     "mask-charref": f'mask="&#117;rl(#{below})"'}[kind]
        copies = "".join(f'<rect x="{i % 10}" width="10" height="10" fill="white" {reference}/>'
                         for i in range(fan))
        return f'<mask id="g{level}">{copies}</mask>'
    if kind == "marker":
        points = " ".join(f"{i},{i}" for i in range(fan + 1))
        return (f'<marker id="g{level}" markerWidth="9" markerHeight="9"><polyline '
                f'points="{points}" marker-mid="url(#{below})" marker-start="url(#{below})"/>'
                "</marker>")
    return f'<g id="g{level}">' + "".join(f'<{kind} {href}="#{below}"/>' for _ in range(fan)) + "</g>"


@st.composite
def _fan_out(draw: st.DrawFn) -> str:
    """Nested levels, each copying the one before `fan` times: fan**depth shapes. Besides
    <use>, patterns, masks (by attribute, stylesheet or character reference) and markers
    can copy shapes as well."""
    # Large sizes half the time: those are the ones that cost (Hypothesis favours small).
    depth, fan = (draw(st.one_of(st.integers(1, 12), st.integers(5, 12))) for _ in range(2))
    kind = draw(st.sampled_from(["use", "svg:use", "USE", "use\n", "pattern", "marker", "mask",
                                 "mask-css", "mask-charref"]))
    href = draw(st.sampled_from(["href", "xlink:href", "XLINK:HREF"]))
    style = ""
    if kind == "mask-css":
        style = "<style>" + "".join(f".g{n}{{mask:url(#g{n})}}" for n in range(depth + 1)) + "</style>"
    first = ('<mask id="g0"><rect width="10" height="10" fill="white"/></mask>'
             if kind.startswith("mask") else '<g id="g0"><rect width="1" height="1"/></g>')
    levels = "".join(_level(kind, level, fan, href) for level in range(1, depth + 1))
    top = {"pattern": f'<rect width="1000" height="1000" fill="url(#g{depth})"/>',
           "marker": f'<polyline points="0,0 5,5 9,9" marker-mid="url(#g{depth})"/>',
           "mask": f'<rect width="10" height="10" mask="url(#g{depth})"/>',
           "mask-css": f'<rect width="10" height="10" class="g{depth}"/>',
           "mask-charref": f'<rect width="10" height="10" mask="&#117;rl(#g{depth})"/>',
           }.get(kind, f'<use href="#g{depth}"/>')
    return style + "<defs>" + first + levels + "</defs>" + top


def _external(bait: Bait) -> st.SearchStrategy[str]:
    inner = f'<svg xmlns="http://www.w3.org/2000/svg"><image href="{bait.file.as_uri()}"/></svg>'
    data_svg = "data:image/svg+xml;base64," + base64.b64encode(inner.encode()).decode()
    targets = st.sampled_from([bait.file.as_uri(), str(bait.file), bait.url, data_svg,
                               "data:image/png;base64,iVBORw0KGgo=", f"#x\n{bait.url}"])
    return st.builds(lambda attr, target: f'<image {attr}="{target}" width="5" height="5"/>',
                     st.sampled_from(["href", "xlink:href", " href", "HREF"]), targets)


_EXTRAS = st.sampled_from([
    '<script>alert(1)</script>', '<svg:script>x</svg:script>',
    '<foreignObject><p xmlns="http://www.w3.org/1999/xhtml">x</p></foreignObject>',
    '<rect onload="alert(1)"/>', '<style>@import url(x.css);</style>',
    '<rect style="fill:url(http://127.0.0.1:1/t)"/>', '<a href="javascript:alert(1)"/>',
    '<circle r="5"/>', '<text x="1" y="9">Acme</text>',
])


_SHAPES = st.builds(
    lambda kind, a, b: {"rect": f'<rect width="{a}" height="{b}"/>',
                        "circle": f'<circle r="{a}" stroke-width="{b}"/>',
                        "path": f'<path d="M0 0 L{a} {b} Q{b} {a} 1 1Z"/>',
                        "mask": f'<mask id="m"><rect width="{a}" height="{b}"/></mask>'
                                '<rect mask="url(#m)" width="9" height="9"/>',
                        "pattern": f'<pattern id="p" width="{a}" height="{b}">'
                                   '<circle r="1"/></pattern><rect fill="url(#p)" width="9"/>',
                        }[kind],
    st.sampled_from(["rect", "circle", "path", "mask", "pattern"]), _NUMBERS, _NUMBERS)


@st.composite
def hostile_svgs(draw: st.DrawFn, bait: Bait) -> bytes:
    """Mostly documents the checks let through (so that drawing is tried), with fan-out,
    outside references, entities, script and random byte damage mixed in."""
    body = draw(st.lists(st.one_of(_SHAPES, _fan_out(), _external(bait), _EXTRAS),
                         min_size=1, max_size=4))
    document = draw(_header()) + "".join(body) + "</svg>"
    if draw(st.sampled_from([False, False, False, True])):
        entity = draw(st.sampled_from([
            f'<!ENTITY x SYSTEM "{bait.file.as_uri()}">', '<!ENTITY a "aaaaaaaaaa">',
            '<!ENTITY % p SYSTEM "' + bait.url + '"> %p;']))
        document = f'<?xml version="1.0"?><!DOCTYPE svg [{entity}]>' + document
    data = bytearray(document.encode())
    for _ in range(draw(st.sampled_from([0, 0, 1, 3]))):  # random byte damage
        spot = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["flip", "insert", "delete"]))
        if action == "flip":
            data[spot] = draw(st.one_of(st.sampled_from(b'<>/"#&;= ('), st.integers(0, 255)))
        elif action == "insert":
            data[spot:spot] = draw(st.binary(min_size=1, max_size=8))
        else:
            del data[spot:spot + draw(st.integers(1, 8))]
    return bytes(data)


# Qt complains about the broken and hostile documents it is given; only time and reads count.
@pytest.mark.qt_log_ignore(".*")
@fuzz_settings(0.5)
@given(st.data())
def test_hostile_svg_logo_is_refused_or_drawn_quickly_without_reading_outside(
        qapp: Any, bait: Bait, data: Any) -> None:
    from assessor.core.packs import ProviderInfo
    from assessor.ui.branding import logo_pixmap

    svg = data.draw(hostile_svgs(bait))
    bait.arm()
    started = time.perf_counter()
    try:
        check_logo("p.assessorpack", "logo.svg", svg)
    except AssessorError as error:
        assert error.lines()[0].startswith("p.assessorpack: member 'logo.svg' ")
        outcome = "refused"
    else:
        provider = ProviderInfo(name="Acme", logo=svg, logo_format="svg")
        outcome = "drawn" if not logo_pixmap(provider).isNull() else "not drawable (blank)"
    elapsed = time.perf_counter() - started
    record("hostile: SVG logo", outcome)
    assert elapsed <= MAX_CASE_SECONDS, f"{outcome} after {elapsed:.1f} s: {svg[:300]!r}"
    assert not bait.touched(), f"the logo read outside itself ({outcome}): {svg[:300]!r}"


# ---- 2. signer names ------------------------------------------------------------------------

_LOOKALIKE = "0123456789abcdef"  # another key's fingerprint, as a spoofer would paste it
signer_names = st.one_of(
    st.text(st.sampled_from(BIDI_CHARACTERS + "\n\r\t\x00\x1b\x7f\x85\u2028\u2029\u200b"
                            "\u200d\u2060\ufeff\u00adAcme "), min_size=1, max_size=20),
    st.builds(lambda sep, tail: f"Trusted Academy{sep}signature: signed with key "
                                f"{_LOOKALIKE} by \"Trusted{tail}",
              st.sampled_from(["\n", "\r", "\u2028", "\u202e", "\x85", " ", "\u200b"]),
              st.sampled_from(["", "\"", "\u202c"])),
    st.text(min_size=200, max_size=400),
    st.text(st.characters(codec="utf-8"), min_size=1, max_size=30),
)


@pytest.fixture(scope="module")
def signing_key() -> tuple[bytes, str]:
    return generate_key()


def _forged(pack: Path, signer: str) -> None:
    """What an attacker does without the builder: the signer in signature.json replaced."""
    with zipfile.ZipFile(pack) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    document = json.loads(members["signature.json"])
    document["signer"] = signer
    members["signature.json"] = json.dumps(document).encode()
    with zipfile.ZipFile(pack, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)


def _verify_output(pack: Path) -> tuple[int, str, str]:
    from assessor.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["pack", "verify", str(pack)])
    return code, out.getvalue(), err.getvalue()


@fuzz_settings(0.25)
@given(signer_names, st.booleans())
def test_a_signer_name_never_hides_or_imitates_the_real_fingerprint(
        tmp_path_factory: pytest.TempPathFactory, signing_key: tuple[bytes, str],
        signer: str, forge: bool) -> None:
    folder = tmp_path_factory.mktemp("signer")
    source = write_source(folder / "src", pack_members())
    pack = folder / "p.assessorpack"
    real = fingerprint(base64.b64decode(signing_key[1]))
    try:
        build_pack(source, pack, signing_key[0], "Acme Academy" if forge else signer)
    except AssessorError:
        record("hostile: signer name", "refused when building")
        return
    if forge:
        _forged(pack, signer)
    code, out, err = _verify_output(pack)
    text = out + err
    assert UNSAFE_CHARACTERS.search(text.replace("\n", "")) is None, repr(text)
    [line] = [line for line in out.splitlines() if line.startswith("signature:")]
    lines_with_key = [line for line in text.splitlines() if " key " in line]
    if line == "signature: signature INVALID":  # a blank signer: no key, no name claimed
        assert real not in text and lines_with_key == [] and code != 0, text
        record("hostile: signer name", "forged, invalid without any claim")
        return
    assert text.count(real) == 1, text
    # The key first, then the quoted name: nothing in the name can come before the key.
    assert line.startswith((f"signature: signed with key {real}",
                            f"signature: signature INVALID (claims key {real},")), line
    assert lines_with_key == [line], text
    record("hostile: signer name", ("forged, " if forge else "built, ") + f"verify exit {code}")


# ---- 3. sha-field games on result files -----------------------------------------------------


@pytest.fixture(scope="module")
def sample() -> tuple[Questionnaire, dict[str, Any]]:
    questionnaire = parse_document(SAMPLE.read_bytes(), None, name="sample.yaml", search_dirs=[])
    assert isinstance(questionnaire, Questionnaire)
    return questionnaire, build_result(questionnaire, {"q1": 4, "q2": 2, "q3": "a", "q4": "x"},
                                       respondent="Sam")


def _sha_games(real: str) -> st.SearchStrategy[Any]:
    import hashlib

    other = hashlib.sha256(QUESTIONNAIRE.encode()).hexdigest()
    return st.sampled_from([
        real.upper(), real[:32].upper() + real[32:], "0" * 64, real[:63], real + "0",
        f" {real}", f"{real}\n", f"{real[:32]} {real[33:]}", other, 0, None, [real],
        {"sha256": real}, True, real.encode().hex()[:64],
    ])


_MODELS = st.sampled_from([
    None, {"id": "made-up", "version": "1", "sha256": "0" * 64}, {"id": "sample"}, "sample",
    "another-id", {}, [], 1, {"id": None, "sha256": None},
])


def _edit(result: dict[str, Any], data: Any) -> str:
    """Change one figure (so the result is no longer what the answers give); say which."""
    where = data.draw(st.sampled_from(["percent", "raw", "fit", "level"]))
    delta = data.draw(st.sampled_from([1, -1, 7, 0.5, 25]))
    if where == "fit":
        result["clusters"][0]["fit"] = min(100.0, result["clusters"][0]["fit"] + delta) \
            if delta < 0 else result["clusters"][0]["fit"] - delta
    elif where == "level":
        result["placement"] = {"level": "base", "label": "Base"}
    else:
        dimension = data.draw(st.sampled_from(sorted(result["scores"])))
        value = result["scores"][dimension][where]
        result["scores"][dimension][where] = value - delta if value >= delta else value + delta
    return where


@fuzz_settings(0.5)
@given(st.data())
def test_sha_field_games_never_pass_an_edited_result(
        tmp_path_factory: pytest.TempPathFactory, sample: tuple[Questionnaire, dict[str, Any]],
        data: Any) -> None:
    questionnaire, original = sample
    result = json.loads(json.dumps(original))
    where = _edit(result, data)
    result["questionnaire"]["sha256"] = data.draw(_sha_games(questionnaire.source.sha256))
    if data.draw(st.booleans()):
        result["career_model"] = data.draw(_MODELS)
    result["integrity"] = {"sha256": integrity_hash(result)}
    folder = tmp_path_factory.mktemp("games")
    path = folder / "edited.json"
    path.write_bytes(result_to_bytes(result))
    (folder / "at-hand").mkdir()
    (folder / "at-hand" / "sample.yaml").write_bytes(SAMPLE.read_bytes())

    cohort = import_results([path], [questionnaire])
    assert not cohort.entries, (where, result["questionnaire"], result["career_model"],
                                [(e.rescored) for e in cohort.entries])
    assert len(cohort.refused) + len(cohort.duplicates) == 1

    store = Store.open(folder / "store")
    try:
        [outcome] = import_result_files(store, [path], extra_questionnaire_dirs=[folder / "at-hand"])
        stored = store.list_results()
    finally:
        store.close()
    if outcome.status == "imported":
        # Store import was not asked to re-score (the folder is where it looks, not a
        # questionnaire the user gave), so a result naming a questionnaire at hand with
        # another sha256 is kept, never as re-scored, and the user is told why in so many
        # words (test_rescoring: the made-up sha256 case); it is never silent hash-only.
        assert not outcome.rescored and outcome.reason is not None, outcome.describe()
        assert "which is at hand, but not the file it was scored with" in outcome.reason
        assert len(stored) == 1
        record("hostile: sha-field games", f"cohort refused; store kept, told ({where})")
        return
    assert outcome.status == "refused", (outcome.describe(), where, result["questionnaire"])
    assert stored == []
    record("hostile: sha-field games", f"refused by both ({where} edited)")
