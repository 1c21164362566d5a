"""What the pack dialog shows for a pack that tries to deceive: a signer name that fakes a
line or a fingerprint (issue 14, security 1)."""

from __future__ import annotations

import json
import time
import zipfile
from pathlib import Path

from pytestqt.qtbot import QtBot

from assessor.core.packs import open_pack as read_pack_file
from tests.core.packs_factory import write_zip
from tests.ui.conftest import FakePrompts, WindowMaker
from tests.ui.test_packs import open_pack, signed_pack  # noqa: F401  (signed_pack: a fixture)

SPOOF = "Mallory\nSigned with key fingerprint 0123456789abcdef by \u202eTrusted Bank"


def spoofed_copy(pack: Path, target: Path) -> Path:
    """The pack with its signer name replaced, as an older (name-unsigned) signature."""
    with zipfile.ZipFile(pack) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    document = json.loads(members["signature.json"])
    del document["signer_signature"]
    document["signer"] = SPOOF
    members["signature.json"] = json.dumps(document).encode()
    return write_zip(target, members)


def test_a_spoofing_signer_name_stays_one_line_after_the_real_fingerprint(
        qtbot: QtBot, make_window: WindowMaker, prompts: FakePrompts,
        signed_pack: tuple[Path, str], tmp_path: Path) -> None:  # noqa: F811
    path, key = signed_pack
    spoofed = spoofed_copy(path, tmp_path / "spoofed.assessorpack")
    assert read_pack_file(spoofed).signature.status == "valid"  # the files are intact
    window = make_window()
    dialog = open_pack(window, prompts, spoofed)
    qtbot.waitExposed(dialog)
    text = dialog.signature_label.text()
    assert text.startswith(f"Signed with key fingerprint {key}; the signer name “Mallory\ufffdSigned ")
    assert "not covered" in text
    assert "\n" not in text and "\u202e" not in text
    assert text.index(key) < text.index("0123456789abcdef")


def test_the_costliest_logo_the_checks_allow_draws_quickly(qtbot: QtBot) -> None:
    """Bounded drawing time (security 5): the element cap, no <use> and no filters keep
    the worst accepted logo far from the minutes a <use> fan-out took. Measured 0.15 s."""
    from assessor.core.packs.logo import MAX_SVG_ELEMENTS, check_logo
    from assessor.core.packs.reading import ProviderInfo
    from assessor.ui.branding import logo_pixmap

    shapes = "".join(
        f'<circle cx="{i % 100}" cy="{i // 100}" r="30" opacity="0.5" mask="url(#m)" '
        'fill="url(#p)"/>' for i in range(MAX_SVG_ELEMENTS - 6))
    logo = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><defs>'
            '<mask id="m"><rect width="100" height="100" fill="white"/></mask>'
            '<pattern id="p" width="0.5" height="0.5" patternUnits="userSpaceOnUse">'
            '<circle r="0.2" fill="red"/></pattern></defs>' + shapes + "</svg>").encode()
    assert check_logo("p", "logo.svg", logo) == "svg"
    started = time.perf_counter()
    pixmap = logo_pixmap(ProviderInfo("Acme", logo=logo, logo_format="svg"), scale=2.0)
    elapsed = time.perf_counter() - started
    assert not pixmap.isNull()
    assert elapsed < 5.0, f"drawing took {elapsed:.2f} s"
