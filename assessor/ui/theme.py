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
from assessor.core.errors import AssessorError
from assessor.core.paths import user_data_dir

if TYPE_CHECKING:  # `Qt` is made on first use (~20 ms), never before the first frame
    from PySide6.QtCore import Qt

THEMES = ("system", "light", "dark", "high-contrast")
# The system's light/dark choice as found at the last start (written only once it was dark):
# the first frame follows it, and the platform is asked once that frame is on screen.
SCHEME_FILE = "ui-scheme.json"
SCHEME_FORMAT = 1  # `"format": "assessor-ui-scheme/1"` in SCHEME_FILE
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


def _scheme_record() -> object:
    try:
        return json.loads(_scheme_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _scheme_format(record: object) -> int | None:
    """The format number of a scheme record (`assessor-ui-scheme/N`), None if it has none."""
    value = record.get("format") if isinstance(record, dict) else None
    family, _, number = value.partition("/") if isinstance(value, str) else ("", "", "")
    return int(number) if family == "assessor-ui-scheme" and number.isdigit() else None


def remembered_dark() -> bool:
    """The system wanted dark at the last start (see SCHEME_FILE). A file of a newer
    format is not read (nor overwritten); an unreadable one counts as light."""
    record = _scheme_record()
    return (_scheme_format(record) == SCHEME_FORMAT and isinstance(record, dict)
            and record.get("dark") is True)


def _remember_dark(wants_dark: bool) -> None:
    number = _scheme_format(_scheme_record())
    if number is not None and number > SCHEME_FORMAT:
        return  # written by a newer Assessor: left as it is
    data = json.dumps({"format": f"assessor-ui-scheme/{SCHEME_FORMAT}", "dark": wants_dark})
    # write_atomic says why it failed with AssessorError; a read-only home only means the
    # platform is asked again at every start.
    with contextlib.suppress(OSError, AssessorError):
        write_atomic(_scheme_path(), data.encode("utf-8"))


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
    _remember_dark(wants_dark)
    if wants_dark and not _platform_is_dark(app):
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(dark_palette())
    elif not wants_dark and app.palette().color(Role.Window) == dark_palette().color(Role.Window):
        app.setPalette(light_palette())  # the remembered dark palette, no longer wanted


def _follow_system(app: QApplication) -> None:
    palette = palette_for("system", app)
    app.setPalette(palette if palette is not None else light_palette())
