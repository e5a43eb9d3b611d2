"""How the window writes dates, in the user's locale."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


def format_date(value: date | None) -> str:
    """A date as the chair reads it in documents, e.g. "8 Sep 2011", in the user's locale."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")
