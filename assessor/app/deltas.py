"""Changes and gaps as a reader of the tables sees them: computed from the whole numbers
the tables show (a table reading 33% → 46% says +13, never +12.0 or +12.5), and rung
changes in words ("up one rung"). Every phrase is a whole entry of the message catalogue
(assessor/core/i18n.py), in the language in use."""

from __future__ import annotations

from assessor.core.i18n import _, format_number


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


def gap_entry(label: str, gap: float) -> str:
    """"Machine learning +9", "Governance under 1 point": one gap, as one phrase."""
    whole = shown(gap) or 0
    if whole >= 1:
        return _("{dimension} +{points}").format(dimension=label, points=format_number(whole))
    return _("{dimension} under 1 point").format(dimension=label)


def gap_list(gaps: dict[str, float], labels: dict[str, str]) -> str:
    """"Machine learning +9; Governance under 1 point", largest first; gaps of nothing
    (0 or below) are not gaps and are left out."""
    real = sorted(((d, g) for d, g in gaps.items() if g > 0), key=lambda kv: -kv[1])
    return "; ".join(gap_entry(labels.get(d, d), g) for d, g in real)


def rung_words(delta: int) -> str:
    """"up one rung", "down 2 rungs", "same rung"."""
    if delta == 0:
        return _("same rung")
    if delta == 1:
        return _("up one rung")
    if delta == -1:
        return _("down one rung")
    if delta > 0:
        return _("up {n} rungs").format(n=format_number(delta))
    return _("down {n} rungs").format(n=format_number(-delta))
