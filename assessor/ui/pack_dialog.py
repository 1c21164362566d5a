"""Opening a provider pack: who provides it, what questionnaires it holds, whether its
signature holds (and who signed it, with the key fingerprint to compare with the one the
provider publishes), and installing it after asking. A pack whose signature fails, or that
its provider requires signed but is not, is installed only after a second, explicit
"install anyway"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assessor.app.prompts import Prompts
from assessor.core.errors import AssessorError
from assessor.core.format.model import Questionnaire
from assessor.core.packs import PACK_SUFFIX, Pack, install_pack, open_pack
from assessor.ui.branding import ProviderCard, signature_note
from assessor.ui.widgets import heading, plain_label


class PackDialog(QDialog):
    """A provider pack before it is installed: who signed it and what it holds."""

    installed = Signal(object)  # Path of the installed pack folder

    def __init__(self, pack: Pack, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self._prompts = prompts
        # Named for the provider a person recognises, not the pack's id.
        self.setWindowTitle(self.tr("{0} — provider pack").format(pack.provider.name))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.title_label = heading(pack.provider.name, level=2)
        layout.addWidget(self.title_label)
        layout.addWidget(plain_label(self.tr("Pack {0}, version {1} · file {2}").format(
            pack.id, pack.version, Path(pack.source).name), muted=True, selectable=True))
        self.provider_card = ProviderCard()
        layout.addWidget(self.provider_card)  # before it is shown: never a window of its own
        self.provider_card.set_provider(pack.provider)
        layout.addWidget(plain_label(self.tr("Signature"), bold=True))
        self.signature_label = plain_label(signature_note(pack), selectable=True)
        self.signature_label.setAccessibleDescription(self.tr("Signature"))
        layout.addWidget(self.signature_label)
        if pack.signature.status == "valid":
            layout.addWidget(plain_label(self.tr(
                "Compare this fingerprint with the one the provider publishes (on its website "
                "or in your enrolment e-mail) before you install."), muted=True))
        self.warning_box = self._warning_box(pack)
        layout.addWidget(self.warning_box)
        self.warning_box.setVisible(bool(pack.warnings))
        layout.addWidget(plain_label(self.tr("Questionnaires in this pack:"), bold=True))
        self.questionnaire_list = QListWidget()
        self.questionnaire_list.setAccessibleName(self.tr("Questionnaires in this pack"))
        self.questionnaire_list.setWordWrap(True)
        for document in pack.questionnaires:
            self.questionnaire_list.addItem(self._describe(document))
        self.questionnaire_list.setMaximumHeight(160)
        layout.addWidget(self.questionnaire_list)
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        self.install_button = QPushButton(
            self.tr("&Install") if pack.trusted else self.tr("&Install anyway…"))
        self.install_button.setAccessibleDescription(self.tr("Install this pack"))
        buttons.addButton(self.install_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.install_button.clicked.connect(self.install)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumSize(520, 460)  # fixed, so layouts never push size hints
        self.resize(620, 560)

    def _warning_box(self, pack: Pack) -> QFrame:
        box = QFrame()
        box.setFrameShape(QFrame.Shape.Box)
        box.setObjectName("packWarning")
        # The one fixed colour in the app: a warning about trust must stand out in any theme.
        box.setStyleSheet("#packWarning { border: 2px solid #B3261E; border-radius: 4px; }")
        inner = QVBoxLayout(box)
        title = plain_label(self.tr("Warning: do not trust this pack unless its provider "
                                    "tells you why."), bold=True)
        inner.addWidget(title)
        self.warning_text = plain_label("\n".join(pack.warnings), selectable=True)
        self.warning_text.setAccessibleDescription(self.tr("Warnings"))
        inner.addWidget(self.warning_text)
        if pack.signature.status == "invalid" and pack.signature.signer:
            inner.addWidget(plain_label(self.tr(
                "The signature claims key fingerprint {0} and signer “{1}”, but it does not "
                "match the pack's contents.").format(pack.signature.fingerprint,
                                                     pack.signature.signer)))
        if pack.warnings:
            font = QFont(self.signature_label.font())
            font.setBold(True)
            self.signature_label.setFont(font)
        return box

    def _describe(self, questionnaire: Questionnaire) -> str:
        return self.tr("{0}\n{1} {2}, %n question(s)", "", len(questionnaire.items)).format(
            questionnaire.title, questionnaire.id, questionnaire.version)

    def install(self) -> None:
        pack = self.pack
        question = self.tr("Install the questionnaires of {2} (pack {0}, version {1})? They "
                           "will be offered on the start page.").format(pack.id, pack.version,
                                                                       pack.provider.name)
        if not self._prompts.confirm(self.tr("Install provider pack"), question):
            return
        force = False
        if not pack.trusted:
            if not self._prompts.confirm(self.tr("Install anyway?"), self.tr(
                    "{0}\n\nInstall this pack anyway? Only do this if the provider has told "
                    "you why.").format("\n".join(pack.warnings))):
                return
            force = True
        try:
            folder = install_pack(pack.source, force=force)
        except AssessorError as exc:
            # Refused even though trusted: it would replace a pack signed with another key,
            # or a newer version. Say why, and install only if asked again.
            if force or not self._prompts.confirm(self.tr("Install anyway?"), self.tr(
                    "{0}\n\nInstall this pack anyway?").format(exc.lines()[0])):
                if force:
                    self._prompts.show_error(self.tr("The pack was not installed"),
                                             exc.lines()[0])
                return
            try:
                folder = install_pack(pack.source, force=True)
            except AssessorError as again:
                self._prompts.show_error(self.tr("The pack was not installed"),
                                         again.lines()[0])
                return
        titles = "\n".join(f"• {q.title}" for q in pack.questionnaires)
        self._prompts.show_info(self.tr("Pack installed"), self.tr(
            "{0}: %n questionnaire(s) installed. You find [it|them] on the start page, marked "
            "“From {0}”:", "", len(pack.questionnaires)).format(pack.provider.name)
            + ("\n" + titles if titles else ""))
        self.installed.emit(folder)
        self.accept()


def _tr(text: str) -> str:
    return QCoreApplication.translate("PackDialog", text)


def open_pack_file(prompts: Prompts, parent: QWidget | None = None) -> PackDialog | None:
    """Ask for a pack file and read it; a dialog for it, or None (cancelled, or refused
    with the reason shown)."""
    path = prompts.pick_open_file(_tr("Open provider pack"),
                                  _tr("Provider packs (*{0})").format(PACK_SUFFIX))
    if path is None:
        return None
    try:
        pack = open_pack(path)
    except AssessorError as exc:
        prompts.show_error(_tr("This pack cannot be used"), exc.lines()[0], exc.lines())
        return None
    dialog = PackDialog(pack, prompts, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    return dialog
