"""Colour themes that stay legible: the system's light or dark choice, and a dark and a
high-contrast palette whose text keeps 4.5:1 and whose borders, radio and check indicators
keep 3:1 against what they sit on (WCAG 1.4.3, 1.4.11). Text size follows the system, and
ASSESSOR_TEXT_SCALE (e.g. 2 for 200 %) enlarges it further."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

THEMES = ("system", "light", "dark", "high-contrast")
Role = QPalette.ColorRole


def relative_luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2.1 contrast ratio, 1 to 21."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)),
                             reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _blend(start: QColor, end: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(start.redF() + (end.redF() - start.redF()) * amount,
                           start.greenF() + (end.greenF() - start.greenF()) * amount,
                           start.blueF() + (end.blueF() - start.blueF()) * amount)


def border_colour(palette: QPalette) -> QColor:
    """The softest colour between text and background that keeps 4.5:1 (3:1 is required for
    borders; the margin keeps thin antialiased lines above it) against the
    window, the field and the button backgrounds: for field borders and indicator outlines."""
    text = palette.color(Role.WindowText)
    backgrounds = [palette.color(role) for role in (Role.Window, Role.Base, Role.Button)]
    chosen = text
    for step in range(1, 20):
        candidate = _blend(text, backgrounds[0], step / 20)
        if min(contrast_ratio(candidate, b) for b in backgrounds) < 4.5:
            break
        chosen = candidate
    return chosen


def focus_colour(palette: QPalette) -> QColor:
    """The focus ring: the highlight colour when it stands out 3:1 from the window and the
    fields, else the text colour (which always does)."""
    highlight = palette.color(Role.Highlight)
    backgrounds = [palette.color(role) for role in (Role.Window, Role.Base, Role.Button)]
    if min(contrast_ratio(highlight, b) for b in backgrounds) >= 3.0:
        return highlight
    return palette.color(Role.WindowText)


# Every role's colour in the light, dark and high-contrast palettes, side by side so a
# change to one is made with the other two in view (their contrast is tested together).
_COLOURS: dict[Role, tuple[str, str, str]] = {
    Role.Window: ("#f3f4f6", "#1f2124", "#000000"),
    Role.WindowText: ("#15181c", "#eceff1", "#ffffff"),
    Role.Base: ("#ffffff", "#15171a", "#000000"),
    Role.AlternateBase: ("#eef0f3", "#26292d", "#1a1a1a"),
    Role.Text: ("#15181c", "#eceff1", "#ffffff"),
    Role.Button: ("#e8eaee", "#2c3035", "#000000"),
    Role.ButtonText: ("#15181c", "#eceff1", "#ffffff"),
    Role.Highlight: ("#1f5fbf", "#7cb8ff", "#ffff00"),
    Role.HighlightedText: ("#ffffff", "#0b1420", "#000000"),
    Role.Link: ("#1a56b0", "#8cc4ff", "#00ffff"),
    Role.LinkVisited: ("#6b3fa0", "#c9a6ff", "#ff99ff"),
    Role.ToolTipBase: ("#ffffdc", "#2c3035", "#000000"),
    Role.ToolTipText: ("#15181c", "#eceff1", "#ffffff"),
    Role.PlaceholderText: ("#5c6370", "#a9b0b8", "#d0d0d0"),
    Role.Mid: ("#8a919c", "#8a9199", "#ffffff"),
    Role.Light: ("#ffffff", "#3a3f45", "#ffffff"),
    Role.Midlight: ("#f7f8fa", "#33373c", "#bfbfbf"),
    Role.Dark: ("#7a818c", "#101214", "#ffffff"),
    Role.Shadow: ("#3a3f45", "#000000", "#ffffff"),
    Role.BrightText: ("#ffffff", "#ffffff", "#ffff00"),
}
_DISABLED_TEXT = ("#6b717c", "#8a9199", "#bfbfbf")
_LIGHT, _DARK, _HIGH_CONTRAST = range(3)


def _palette(which: int) -> QPalette:
    palette = QPalette()
    for role, colours in _COLOURS.items():
        palette.setColor(role, QColor(colours[which]))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DISABLED_TEXT[which]))
    return palette


def dark_palette() -> QPalette:
    return _palette(_DARK)


def high_contrast_palette() -> QPalette:
    return _palette(_HIGH_CONTRAST)


def light_palette() -> QPalette:
    return _palette(_LIGHT)


class AccessibleStyle(QProxyStyle):
    """Fusion, with radio and check indicators and field borders drawn in a colour that
    keeps 3:1 against the window in every palette (Fusion derives them from the window
    colour, so in a dark palette they all but vanish)."""

    _OUTLINED = (QStyle.PrimitiveElement.PE_IndicatorRadioButton,
                 QStyle.PrimitiveElement.PE_IndicatorCheckBox,
                 QStyle.PrimitiveElement.PE_PanelLineEdit)

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,
                      painter: QPainter, widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in self._OUTLINED or option is None:
            return
        if element == QStyle.PrimitiveElement.PE_PanelLineEdit and widget is not None \
                and not widget.inherits("QLineEdit"):
            return  # a combo box's or spin box's inner field: the outer frame is drawn
        painter.save()
        painter.setRenderHint(painter.RenderHint.Antialiasing, True)
        pen = painter.pen()
        pen.setColor(border_colour(option.palette))
        pen.setWidthF(2.0)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = option.rect.adjusted(1, 1, -1, -1)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, 2, 2)
        painter.restore()


def palette_for(choice: str, app: QApplication,
                scheme: Qt.ColorScheme | None = None) -> QPalette | None:
    """The palette to use, or None to keep the platform's own. `scheme` is the system's
    light/dark choice (read from QStyleHints.colorScheme() on Qt 6.5 and later)."""
    if choice == "dark":
        return dark_palette()
    if choice == "high-contrast":
        return high_contrast_palette()
    if choice == "light":
        return light_palette()
    if scheme is None:
        hints = app.styleHints()
        scheme = hints.colorScheme() if hasattr(hints, "colorScheme") else None
    wants_dark = scheme == Qt.ColorScheme.Dark
    platform_is_dark = app.palette().color(Role.Window).lightness() < 128
    # The platform's dark palette is used as it is; where it gives none (Linux without a
    # platform theme), the app's own dark palette follows the system's choice.
    return dark_palette() if wants_dark and not platform_is_dark else None


def apply_theme(app: QApplication, choice: str | None = None,
                text_scale: float | None = None) -> str:
    """Style, palette and text size for the whole app; returns the theme applied."""
    chosen = (choice or os.environ.get("ASSESSOR_THEME") or "system").strip().lower()
    if chosen not in THEMES:
        chosen = "system"
    palette = palette_for(chosen, app)
    # The app's own palettes need Fusion (native Windows and macOS styles ignore a palette);
    # with the platform's palette, the platform's style is kept and only outlined.
    base_name = "Fusion" if palette is not None else app.style().name()
    app.setStyle(AccessibleStyle(QStyleFactory.create(base_name) or QStyleFactory.create("Fusion")))
    if palette is not None:
        app.setPalette(palette)
    scale = text_scale
    if scale is None:
        try:
            scale = float(os.environ.get("ASSESSOR_TEXT_SCALE", "1"))
        except ValueError:
            scale = 1.0
    if 0.5 <= scale <= 4 and scale != 1.0:
        font = QFont(app.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        app.setFont(font)
    if chosen == "system" and hasattr(app.styleHints(), "colorSchemeChanged"):
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: _follow_system(app))
    return chosen


def _follow_system(app: QApplication) -> None:
    palette = palette_for("system", app)
    app.setPalette(palette if palette is not None else light_palette())
