"""A training provider's card: logo, name, contact text and website, all as plain text,
for questionnaires that come from a provider pack (start page, pack dialog)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from assessor.ui.widgets import plain_label

if TYPE_CHECKING:  # the pack code (and its cryptography) loads only when a pack is read
    from PySide6.QtGui import QPixmap

    from assessor.core.packs import Pack, ProviderInfo

LOGO_BOX = QSize(120, 64)  # logical pixels: a logo never grows past this


def logo_pixmap(provider: ProviderInfo, box: QSize = LOGO_BOX, scale: float = 1.0) -> QPixmap:
    """The provider's logo fitted into `box` (aspect kept); a null pixmap when there is no
    logo or it cannot be drawn. PNG via QPixmap, SVG via QSvgRenderer (the core has checked
    the SVG carries no scripts or external references)."""
    # Painting classes load with the first logo, not with the first window.
    from PySide6.QtCore import QByteArray, QRectF
    from PySide6.QtGui import QImage, QPainter, QPixmap

    data = provider.logo
    if not data:
        return QPixmap()
    target = QSize(round(box.width() * scale), round(box.height() * scale))
    if provider.logo_format == "svg":
        from PySide6.QtSvg import QSvgRenderer

        renderer = QSvgRenderer(QByteArray(data))
        if not renderer.isValid():
            return QPixmap()
        size = renderer.defaultSize()
        if size.isEmpty():
            size = target
        size = size.scaled(target, Qt.AspectRatioMode.KeepAspectRatio)
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
        painter.end()
        pixmap = QPixmap.fromImage(image)
    else:
        pixmap = QPixmap()
        if not pixmap.loadFromData(data, "PNG"):
            return QPixmap()
        if pixmap.width() > target.width() or pixmap.height() > target.height():
            pixmap = pixmap.scaled(target, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
    pixmap.setDevicePixelRatio(scale)
    return pixmap


def _tr(text: str) -> str:
    return QCoreApplication.translate("Branding", text)


def signature_note(pack: Pack) -> str:
    """One line on who signed a pack, or why it cannot be trusted."""
    check = pack.signature
    # The key comes first and the signer name (one safe line, see packs_signing) last, in
    # quotes, so a name can neither push the fingerprint away nor pass for one.
    if check.status == "valid" and check.signer_verified:
        return _tr("Signed with key fingerprint {0} by “{1}”").format(
            check.fingerprint, check.signer)
    if check.status == "valid":
        return _tr("Signed with key fingerprint {0}; the signer name “{1}” is not covered by "
                   "this older signature").format(check.fingerprint, check.signer)
    if check.status == "invalid":
        return _tr("SIGNATURE INVALID: {0}").format(check.problem or _tr("it does not match"))
    if pack.require_signature:
        return _tr("NOT SIGNED, although the provider requires a signature")
    return _tr("Not signed: its origin cannot be checked")


class ProviderCard(QFrame):
    """Shows one provider, or nothing (hidden) when given None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Training provider"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(14)
        self.logo = QLabel()
        self.logo.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.logo.setMinimumWidth(LOGO_BOX.width())
        layout.addWidget(self.logo)
        text = QVBoxLayout()
        text.setSpacing(2)
        self.kicker = plain_label(self.tr("Provided by"), muted=True)
        self.name = plain_label("", bold=True, scale=1.15, selectable=True)
        self.contact = plain_label("", selectable=True)
        self.website = plain_label("", muted=True, selectable=True)
        self.signature = plain_label("", muted=True)
        for label in (self.kicker, self.name, self.contact, self.website, self.signature):
            text.addWidget(label)
        text.addStretch(1)
        layout.addLayout(text, 1)
        self.hide()

    def set_provider(self, provider: ProviderInfo | None, signature_note: str = "") -> None:
        if provider is None:
            self.hide()
            return
        self.name.setText(provider.name)
        self.contact.setText(provider.contact or "")
        self.contact.setVisible(bool(provider.contact))
        # Shown as text only: the app never opens a provider's web address itself.
        self.website.setText(provider.website or "")
        self.website.setVisible(bool(provider.website))
        self.signature.setText(signature_note)
        self.signature.setVisible(bool(signature_note))
        pixmap = logo_pixmap(provider, scale=self.devicePixelRatioF())
        self.logo.setPixmap(pixmap)
        self.logo.setVisible(not pixmap.isNull())
        self.setAccessibleDescription(provider.name)
        self.show()
