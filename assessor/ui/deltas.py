"""Changes and gaps as a reader of the tables sees them: computed from the whole numbers
the tables show (a table reading 33% → 46% says +13, never +12.0 or +12.5), and rung
changes in words ("up one rung")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Deltas", text, None, n)


def shown(value: float | None) -> int | None:
    """A percentage as the tables print it: exactly what f"{value:.0f}" shows."""
    return None if value is None else int(f"{value:.0f}")


def shown_delta(before: float | None, after: float | None) -> int | None:
    """The change a reader works out from the two shown numbers."""
    first, second = shown(before), shown(after)
    return None if first is None or second is None else second - first


def signed(points: int) -> str:
    """+3, −3 (a real minus sign), or 0 with no sign."""
    return f"+{points}" if points > 0 else f"−{-points}" if points < 0 else "0"


def arrow(points: int | None) -> str:
    return "▲ " if points and points > 0 else "▼ " if points and points < 0 else ""


def gap_points(gap: float) -> str:
    """A gap still to close: whole points, "under 1 point" for a sliver (never "+0")."""
    whole = shown(gap) or 0
    return f"+{whole}" if whole >= 1 else "under 1 point"


def gap_list(gaps: dict[str, float], labels: dict[str, str]) -> str:
    """"Machine learning +9; Governance under 1 point", largest first; gaps of nothing
    (0 or below) are not gaps and are left out."""
    real = sorted(((d, g) for d, g in gaps.items() if g > 0), key=lambda kv: -kv[1])
    return "; ".join(f"{labels.get(d, d)} {gap_points(g)}" for d, g in real)


def rung_words(delta: int) -> str:
    """"up one rung", "down 2 rungs", "same rung"."""
    if delta == 0:
        return "same rung"
    direction = "up" if delta > 0 else "down"
    steps = abs(delta)
    return f"{direction} one rung" if steps == 1 else f"{direction} {steps} rungs"
