"""A learner (or provider) opens a provider pack in the app: its provider, questionnaires and
signature status are shown; installing asks first, and a pack whose signature fails needs
an explicit "install anyway"; installed questionnaires appear on the start page with the
provider's card."""

from __future__ import annotations

import base64
import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from assessor.core.packs import build_pack, fingerprint, generate_key, packs_dir
from assessor.core.paths import user_questionnaire_dir
from assessor.ui.main_window import MainWindow
from assessor.ui.pack_dialog import PackDialog
from tests.core.packs_factory import pack_members, write_source, write_zip
from tests.ui.conftest import FakePrompts, WindowMaker

EXAMPLE_LOGO = Path(__file__).resolve().parents[2] / "examples" / "provider-pack" / "logo.svg"


def members(**options: object) -> dict[str, bytes]:
    """The factory's pack with the example provider's logo (the factory's own logo is made
    to probe the SVG checks and makes Qt's renderer warn)."""
    found = pack_members(**options)
    found["logo.svg"] = EXAMPLE_LOGO.read_bytes()
    return found


@pytest.fixture
def signed_pack(tmp_path: Path) -> tuple[Path, str]:
    """A signed pack file and its key's fingerprint."""
    pem, public = generate_key()
    source = write_source(tmp_path / "src", members())
    built = build_pack(source, tmp_path / "acme.assessorpack", pem, "Acme Academy")
    assert built.signature_status == "valid"
    return tmp_path / "acme.assessorpack", fingerprint(base64.b64decode(public))


def tampered_copy(pack: Path, target: Path) -> Path:
    """The same pack with one questionnaire edited after signing (signature kept)."""
    with zipfile.ZipFile(pack) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["acme-check.yaml"] = members["acme-check.yaml"].replace(
        b"Acme readiness check", b"Acme readiness check (free prize inside)")
    return write_zip(target, members)


def open_pack(window: MainWindow, prompts: FakePrompts, path: Path) -> PackDialog:
    prompts.open_paths.append(path)
    window.open_pack()
    dialog = window.pack_dialog
    assert dialog is not None
    return dialog


def listed_titles(window: MainWindow) -> list[str]:
    listing = window.start_page.questionnaire_list
    return [listing.item(i).text() for i in range(listing.count())]


def select_title(window: MainWindow, title: str) -> None:
    listing = window.start_page.questionnaire_list
    row = next(i for i in range(listing.count()) if listing.item(i).text().startswith(title))
    listing.setCurrentRow(row)


def test_signed_pack_shows_valid_signature_and_installs_onto_the_start_page(
        qtbot: QtBot, make_window: WindowMaker, prompts: FakePrompts,
        signed_pack: tuple[Path, str]) -> None:
    path, key = signed_pack
    window = make_window()
    dialog = open_pack(window, prompts, path)
    qtbot.waitExposed(dialog)
    assert dialog.signature_label.text() == f"Signed with key fingerprint {key} by “Acme Academy”"
    assert dialog.warning_box.isHidden()
    assert dialog.provider_card.name.text() == "Acme Academy"
    assert dialog.windowTitle() == "Acme Academy — provider pack"
    assert dialog.title_label.text() == "Acme Academy"
    assert dialog.provider_card.contact.text() == "courses@acme.example"
    assert not dialog.provider_card.logo.pixmap().isNull()  # the SVG logo is drawn
    assert dialog.questionnaire_list.item(0).text().startswith("Acme readiness check")
    assert dialog.install_button.text() == "&Install"
    with qtbot.waitSignal(dialog.installed):
        dialog.install_button.click()
    assert len(prompts.confirmations) == 1
    assert (packs_dir() / "acme-pack" / "acme-check.yaml").is_file()
    # A clear confirmation says what was installed and where to find it.
    [(title, message)] = prompts.infos
    assert title == "Pack installed"
    assert message.startswith("Acme Academy: 1 questionnaire installed.")
    assert "• Acme readiness check" in message
    # Back on the start page, the pack's questionnaire is offered with its provider.
    assert window.stack.currentWidget() is window.start_page
    entry = next(t for t in listed_titles(window) if t.startswith("Acme readiness check"))
    assert "From Acme Academy" in entry
    select_title(window, "Acme readiness check")
    card = window.start_page.provider_card
    assert card.isVisible()
    assert card.name.text() == "Acme Academy"
    assert card.website.text() == "https://acme.example"
    assert card.logo.isVisible() and not card.logo.pixmap().isNull()  # the provider's logo
    listing = window.start_page.questionnaire_list
    icons = {listing.item(i).text().splitlines()[0]: listing.item(i).icon().isNull()
             for i in range(listing.count())}
    assert icons.pop("Acme readiness check") is False  # its entry shows the logo too
    assert all(icons.values())  # questionnaires not from a pack have none
    assert card.signature.text().startswith("Signed with key fingerprint ")
    assert card.signature.text().endswith("by “Acme Academy”")
    # A questionnaire not from a pack shows no provider card.
    select_title(window, next(t for t in listed_titles(window)
                              if not t.startswith("Acme")).splitlines()[0])
    assert not card.isVisible()


def test_declining_the_confirmation_installs_nothing(
        qtbot: QtBot, make_window: WindowMaker, prompts: FakePrompts,
        signed_pack: tuple[Path, str]) -> None:
    window = make_window()
    dialog = open_pack(window, prompts, signed_pack[0])
    prompts.confirm_answer = False
    dialog.install_button.click()
    assert not (packs_dir() / "acme-pack").exists()
    assert dialog.isVisible()


def test_tampered_pack_warns_and_needs_install_anyway(
        qtbot: QtBot, make_window: WindowMaker, prompts: FakePrompts,
        signed_pack: tuple[Path, str], tmp_path: Path) -> None:
    tampered = tampered_copy(signed_pack[0], tmp_path / "tampered.assessorpack")
    window = make_window()
    dialog = open_pack(window, prompts, tampered)
    qtbot.waitExposed(dialog)
    assert dialog.signature_label.text().startswith("SIGNATURE INVALID: signature does not "
                                                    "match: the pack was changed after signing")
    assert dialog.warning_box.isVisible()
    assert "changed after signing" in dialog.warning_text.text()
    assert dialog.install_button.text() == "&Install anyway…"
    # Yes to "install?", no to "install anyway?": nothing installed.
    prompts.confirm_answers = [True, False]
    dialog.install_button.click()
    assert len(prompts.confirmations) == 2
    assert prompts.confirmations[1][0] == "Install anyway?"
    assert "changed after signing" in prompts.confirmations[1][1]
    assert not (packs_dir() / "acme-pack").exists()
    # Both confirmed: installed, and the start page marks its signature as invalid.
    prompts.confirm_answers = [True, True]
    with qtbot.waitSignal(dialog.installed):
        dialog.install_button.click()
    assert len(prompts.confirmations) == 4
    select_title(window, "Acme readiness check (free prize inside)")
    assert window.start_page.provider_card.signature.text().startswith("SIGNATURE INVALID")


def test_unsigned_pack_that_requires_a_signature_needs_install_anyway(
        qtbot: QtBot, make_window: WindowMaker, prompts: FakePrompts, tmp_path: Path) -> None:
    path = write_zip(tmp_path / "unsigned.assessorpack", members(require_signature=True))
    window = make_window()
    dialog = open_pack(window, prompts, path)
    assert dialog.signature_label.text().startswith("NOT SIGNED")
    assert "requires a signature" in dialog.warning_text.text()
    prompts.confirm_answers = [True, False]
    dialog.install_button.click()
    assert len(prompts.confirmations) == 2
    assert not (packs_dir() / "acme-pack").exists()


def test_a_broken_pack_file_is_refused_with_its_reason(
        make_window: WindowMaker, prompts: FakePrompts, tmp_path: Path) -> None:
    broken = tmp_path / "broken.assessorpack"
    broken.write_bytes(b"this is not a zip file")
    window = make_window()
    prompts.open_paths.append(broken)
    window.open_pack()
    assert window.pack_dialog is None
    assert len(prompts.errors) == 1
    assert str(broken) in prompts.errors[0][1]


def test_pack_dropped_into_the_questionnaire_folder_is_installed_at_start(
        make_window: WindowMaker, signed_pack: tuple[Path, str]) -> None:
    folder = user_questionnaire_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "acme.assessorpack").write_bytes(signed_pack[0].read_bytes())
    window = make_window()
    assert any(t.startswith("Acme readiness check") for t in listed_titles(window))
    assert (packs_dir() / "acme-pack").is_dir()
