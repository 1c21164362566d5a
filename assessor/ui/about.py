"""The About box: what this is, its version (from the one place it lives) and its promise."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from assessor import __version__
from assessor.core.paths import resource_path


class AboutDialog(QDialog):
    """The About box: the icon, the version and what Assessor is for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Assessor"))
        icon = QLabel()
        pixmap = QPixmap(str(resource_path("assessor-256.png")))
        if not pixmap.isNull():
            icon.setPixmap(
                pixmap.scaled(
                    96,
                    96,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        icon.setAccessibleName(self.tr("Assessor icon"))
        name = QLabel(self.tr("Assessor {version}").format(version=__version__))
        name.setTextFormat(Qt.TextFormat.PlainText)
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        name.setFont(font)
        self.version_label = name
        blurb = QLabel(
            self.tr(
                "Where you stand in AI cybersecurity, and how to get where you want to go.\n\n"
                "Everything stays on this computer: Assessor never uses the network and keeps "
                "only what you type, in your own data folder.\n\n"
                "Results are for exploration and conversation, not for screening or hiring."
            )
        )
        blurb.setTextFormat(Qt.TextFormat.PlainText)
        blurb.setWordWrap(True)
        text = QVBoxLayout()
        text.addWidget(name)
        text.addWidget(blurb)
        text.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        # A word-wrapped label in a dialog reports the height of one line unless told its
        # width; give it a width and the height that width needs.
        blurb.setMinimumWidth(380)
        blurb.setMinimumHeight(blurb.heightForWidth(380))
