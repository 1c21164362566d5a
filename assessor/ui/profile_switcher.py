""""Working with: NAME ▾" — which profile new assessments and history belong to, switched
from a menu that lists every profile and leads to the Clients page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

if TYPE_CHECKING:
    from assessor.ui.clients_model import ClientsModel


class ProfileSwitcher(QToolButton):
    manageRequested = Signal()

    def __init__(self, model: ClientsModel | None = None, parent: QWidget | None = None) -> None:
        """Without a model (the first frame, before the store is open) it only holds its
        place in the menu bar; `attach` gives it the profiles."""
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAutoRaise(True)
        self.setAccessibleDescription(self.tr("Profile you are working with; opens a menu "
                                              "of profiles"))
        self._menu = QMenu(self)
        self.setMenu(self._menu)
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        if model is None:
            self.setText(self.tr("Working with: …"))
            self.setEnabled(False)
        else:
            self.attach(model)

    def attach(self, model: ClientsModel) -> None:
        self._model = model
        model.profilesChanged.connect(self.refresh)
        model.currentChanged.connect(lambda _id: self.refresh())
        self.setEnabled(True)
        self.refresh()

    def refresh(self) -> None:
        self._menu.clear()
        for action in self._group.actions():
            self._group.removeAction(action)
        current = self._model.current()
        name = current.name if current else "—"
        # "&" would otherwise mark a keyboard shortcut, not show as itself.
        self.setText(self.tr("Working with: {0}").format(name.replace("&", "&&")))
        self.setAccessibleName(self.tr("Working with: {0}").format(name))

        for profile in self._model.profiles():
            action = QAction(profile.name.replace("&", "&&"), self._menu)
            action.setData(profile.id)
            action.setCheckable(True)
            action.setChecked(profile.id == self._model.current_id)
            action.triggered.connect(lambda _checked=False, pid=profile.id:
                                     self._model.select(pid))
            self._group.addAction(action)
            self._menu.addAction(action)
        self._menu.addSeparator()
        manage = QAction(self.tr("Manage clients…"), self._menu)
        manage.triggered.connect(self.manageRequested)
        self._menu.addAction(manage)

    def sizeHint(self) -> QSize:
        # The menu bar sizes its corner widget by this hint; make room for the whole name.
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.fontMetrics().horizontalAdvance(self.text()) + 40),
                     hint.height())

    def action_for(self, profile_id: int) -> QAction | None:
        return next((a for a in self._group.actions() if a.data() == profile_id), None)
