"""Colour themes that stay legible: the system's light or dark choice, and a dark and a
high-contrast palette whose text keeps 4.5:1 and whose borders, radio and check indicators
keep 3:1 against what they sit on (WCAG 1.4.3, 1.4.11). Text size follows the system, and
ASSESSOR_TEXT_SCALE (e.g. 2 for 200 %) enlarges it further."""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from assessor.core.atomic import write_atomic
from assessor.core.paths import user_data_dir

if TYPE_CHECKING:  # `Qt` is made on first use (~20 ms), never before the first frame
    from PySide6.QtCore import Qt

THEMES = ("system", "light", "dark", "high-contrast")
# The system's light/dark choice as found at the last start (written only once it was dark):
# the first frame follows it, and the platform is asked once that frame is on screen.
SCHEME_FILE = "ui-scheme.json"
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


def _palette(colours: dict[Role, str], disabled_text: str) -> QPalette:
    palette = QPalette()
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_text))
    return palette


def dark_palette() -> QPalette:
    return _palette({
        Role.Window: "#1f2124", Role.WindowText: "#eceff1", Role.Base: "#15171a",
        Role.AlternateBase: "#26292d", Role.Text: "#eceff1", Role.Button: "#2c3035",
        Role.ButtonText: "#eceff1", Role.Highlight: "#7cb8ff", Role.HighlightedText: "#0b1420",
        Role.Link: "#8cc4ff", Role.LinkVisited: "#c9a6ff", Role.ToolTipBase: "#2c3035",
        Role.ToolTipText: "#eceff1", Role.PlaceholderText: "#a9b0b8", Role.Mid: "#8a9199",
        Role.Light: "#3a3f45", Role.Midlight: "#33373c", Role.Dark: "#101214",
        Role.Shadow: "#000000", Role.BrightText: "#ffffff",
    }, disabled_text="#8a9199")


def high_contrast_palette() -> QPalette:
    return _palette({
        Role.Window: "#000000", Role.WindowText: "#ffffff", Role.Base: "#000000",
        Role.AlternateBase: "#1a1a1a", Role.Text: "#ffffff", Role.Button: "#000000",
        Role.ButtonText: "#ffffff", Role.Highlight: "#ffff00", Role.HighlightedText: "#000000",
        Role.Link: "#00ffff", Role.LinkVisited: "#ff99ff", Role.ToolTipBase: "#000000",
        Role.ToolTipText: "#ffffff", Role.PlaceholderText: "#d0d0d0", Role.Mid: "#ffffff",
        Role.Light: "#ffffff", Role.Midlight: "#bfbfbf", Role.Dark: "#ffffff",
        Role.Shadow: "#ffffff", Role.BrightText: "#ffff00",
    }, disabled_text="#bfbfbf")


def light_palette() -> QPalette:
    return _palette({
        Role.Window: "#f3f4f6", Role.WindowText: "#15181c", Role.Base: "#ffffff",
        Role.AlternateBase: "#eef0f3", Role.Text: "#15181c", Role.Button: "#e8eaee",
        Role.ButtonText: "#15181c", Role.Highlight: "#1f5fbf", Role.HighlightedText: "#ffffff",
        Role.Link: "#1a56b0", Role.LinkVisited: "#6b3fa0", Role.ToolTipBase: "#ffffdc",
        Role.ToolTipText: "#15181c", Role.PlaceholderText: "#5c6370", Role.Mid: "#8a919c",
        Role.Light: "#ffffff", Role.Midlight: "#f7f8fa", Role.Dark: "#7a818c",
        Role.Shadow: "#3a3f45", Role.BrightText: "#ffffff",
    }, disabled_text="#6b717c")


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
    # The platform's dark palette is used as it is; where it gives none (Linux without a
    # platform theme), the app's own dark palette follows the system's choice.
    if _platform_is_dark(app):
        return None  # asked first: the scheme's enum makes all of `Qt` (see TYPE_CHECKING)
    if scheme is None:
        hints = app.styleHints()
        scheme = hints.colorScheme() if hasattr(hints, "colorScheme") else None
    from PySide6.QtCore import Qt

    return dark_palette() if scheme == Qt.ColorScheme.Dark else None


def _scheme_path() -> Path:
    return user_data_dir() / SCHEME_FILE


def remembered_dark() -> bool:
    """The system wanted dark at the last start (see SCHEME_FILE)."""
    try:
        data = json.loads(_scheme_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and data.get("dark") is True


def _platform_is_dark(app: QApplication) -> bool:
    return app.palette().color(Role.Window).lightness() < 128


def apply_theme(app: QApplication, choice: str | None = None,
                text_scale: float | None = None, *, remembered_scheme: bool = False) -> str:
    """Style, palette and text size for the whole app; returns the theme applied. The
    indicator outlines come on top with `accessible_style.outline_indicators`, which the
    app calls once its first frame is on screen (nothing in that frame has indicators).
    `remembered_scheme`: for "system", follow the light/dark choice of the last start
    rather than ask the platform now (its answer makes all of PySide's `Qt` namespace,
    about 20 ms before the first frame); `check_system_scheme` asks after that frame."""
    chosen = (choice or os.environ.get("ASSESSOR_THEME") or "system").strip().lower()
    if chosen not in THEMES:
        chosen = "system"
    if chosen == "system" and remembered_scheme:
        follow_dark = remembered_dark() and not _platform_is_dark(app)
        palette = dark_palette() if follow_dark else None
    else:
        palette = palette_for(chosen, app)
    # The app's own palettes need Fusion (native Windows and macOS styles ignore a palette);
    # with the platform's palette, the platform's style is kept (and later outlined).
    if palette is not None:
        app.setStyle(QStyleFactory.create("Fusion"))
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


def check_system_scheme(app: QApplication, chosen: str) -> None:
    """After the first frame of a start with `remembered_scheme`: ask the platform for the
    system's light/dark choice; where it differs from the one remembered, follow it now and
    remember it for the next start."""
    if chosen != "system" or not hasattr(app.styleHints(), "colorScheme"):
        return
    from PySide6.QtCore import Qt

    wants_dark = app.styleHints().colorScheme() == Qt.ColorScheme.Dark
    was_dark = remembered_dark()
    if wants_dark == was_dark:
        return
    with contextlib.suppress(OSError):  # a read-only home: asked again at every start
        write_atomic(_scheme_path(), json.dumps({"dark": wants_dark}).encode("utf-8"))
    if wants_dark and not _platform_is_dark(app):
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(dark_palette())
    elif not wants_dark and app.palette().color(Role.Window) == dark_palette().color(Role.Window):
        app.setPalette(light_palette())  # the remembered dark palette, no longer wanted


def _follow_system(app: QApplication) -> None:
    palette = palette_for("system", app)
    app.setPalette(palette if palette is not None else light_palette())
