"""A focus ring you can always see (WCAG 2.4.7, 2.4.11, 1.4.11): a 3 px outline around the
control that has keyboard focus, in a colour with at least 3:1 against the window, drawn
by one transparent overlay per window so every control gets it in every style and theme
(Fusion's own indicator is a 1 px line, the same as the default button's outline)."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QMenu, QMenuBar, QWidget

from assessor.ui.theme import focus_colour

RING_WIDTH = 3
_WATCHED = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide)


class FocusRing(QWidget):
    """Paints the ring; never takes the mouse or focus and is not in the accessible tree
    as anything a person can use."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focus-ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.target is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(focus_colour(self.target.palette()))
        pen.setWidth(RING_WIDTH)
        painter.setPen(pen)
        inset = RING_WIDTH // 2 + 1
        painter.drawRoundedRect(self.rect().adjusted(inset, inset, -inset, -inset), 3, 3)
        painter.end()


class FocusRings(QObject):
    """Follows QApplication.focusChanged; one instance per application."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._watched: list[QWidget] = []
        self.current: QWidget | None = None
        app.focusChanged.connect(self._focus_changed)

    @staticmethod
    def ring_for(window: QWidget) -> FocusRing:
        ring = window.findChild(FocusRing, "focus-ring", Qt.FindChildOption.FindDirectChildrenOnly)
        return ring if isinstance(ring, FocusRing) else FocusRing(window)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        for watched in self._watched:
            with contextlib.suppress(RuntimeError):  # a page deleted since: nothing to unhook
                watched.removeEventFilter(self)
        self._watched = []
        if _old is not None:
            ring = _old.window().findChild(FocusRing, "focus-ring",
                                           Qt.FindChildOption.FindDirectChildrenOnly)
            if isinstance(ring, FocusRing):
                ring.hide()
        self.current = new if _wants_ring(new) else None
        if self.current is None:
            return
        widget: QWidget | None = self.current
        while widget is not None and not widget.isWindow():
            widget.installEventFilter(self)
            self._watched.append(widget)
            widget = widget.parentWidget()
        self.place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _WATCHED:
            self.place()
        return False

    def place(self) -> None:
        target = self.current
        if target is None:
            return
        window = target.window()
        ring = self.ring_for(window)
        if not target.isVisible():
            ring.hide()
            return
        area = QRect(target.mapTo(window, target.rect().topLeft()), target.size())
        area = area.adjusted(-RING_WIDTH - 1, -RING_WIDTH - 1, RING_WIDTH + 1, RING_WIDTH + 1)
        # Inside a scrolled area the ring shows only where the control is in view.
        parent = target.parentWidget()
        while parent is not None and not parent.isWindow():
            if isinstance(parent, QAbstractScrollArea):
                viewport = parent.viewport()
                shown = QRect(viewport.mapTo(window, viewport.rect().topLeft()), viewport.size())
                area = area.intersected(shown)
            parent = parent.parentWidget()
        if area.isEmpty():
            ring.hide()
            return
        ring.target = target
        ring.setGeometry(area)
        ring.raise_()
        ring.show()
        ring.update()


def _wants_ring(widget: QWidget | None) -> bool:
    # Menus and the menu bar show their own highlight; a window itself needs no ring.
    return widget is not None and not widget.isWindow() and not isinstance(
        widget, (QMenu, QMenuBar, FocusRing))


_INSTALLED: list[FocusRings] = []


def install_focus_rings() -> FocusRings | None:
    """Start drawing rings for the running application (once)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    for rings in _INSTALLED:
        if rings.parent() is app:
            return rings
    rings = FocusRings(app)
    _INSTALLED.append(rings)
    return rings
