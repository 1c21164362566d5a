"""Dates as the app's language writes them (QLocale). English keeps the unambiguous
`2026-03-05 14:30` the app has always shown; other languages get their locale's short form
(`5/3/26 14:30` in Spanish)."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt

from assessor.core import i18n


def _moment(iso: str) -> QDateTime | None:
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    return moment if moment.isValid() else None


def date_time_text(iso: object) -> str:
    """A result's `completed_at` (ISO 8601) as date and time, to the minute."""
    text = str(iso or "")
    moment = _moment(text)
    if moment is None or i18n.current_language() == i18n.SOURCE_LANGUAGE:
        return text[:16].replace("T", " ")
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def date_text(iso: object) -> str:
    """The day of an ISO 8601 time stamp."""
    text = str(iso or "")
    moment = _moment(text)
    if moment is None or i18n.current_language() == i18n.SOURCE_LANGUAGE:
        return text[:10]
    return QLocale().toString(moment.date(), QLocale.FormatType.ShortFormat)


def dated_title(completed_at: object, title: str | None) -> str:
    """"2026-03-05 14:30 — Title": a result named in a list or menu by when and what."""
    return f"{date_time_text(completed_at)} — {title or ''}"
