"""How the window writes dates: one style everywhere, in the user's language.

Tables, fields and lists show ``Thu 15 Sep 2011`` (``DATE_FORMAT``); a sentence may spell
the day out (``Thursday 15 September 2011``, ``LONG_DATE_FORMAT``). Both go through
``QLocale``, so day and month names follow the window's language.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

DATE_FORMAT = "ddd d MMM yyyy"
LONG_DATE_FORMAT = "dddd d MMMM yyyy"


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def format_date(value: date | None) -> str:
    """``Thu 15 Sep 2011`` in the user's language; "" for no date."""
    if value is None:
        return ""
    return QLocale().toString(qdate(value), DATE_FORMAT)


def format_long_date(value: date) -> str:
    """``Thursday 15 September 2011``, for sentences: in Spanish, French and Portuguese as
    each writes it (``jueves, 15 de septiembre de 2011``); in English (and any other
    language) day first, as OAS papers write it, whatever the locale's country."""
    locale = QLocale()
    if locale.language() in _OWN_LONG_DATES:
        return locale.toString(qdate(value), QLocale.FormatType.LongFormat)
    return locale.toString(qdate(value), LONG_DATE_FORMAT)


#: Languages whose long date the window writes as the locale does.
_OWN_LONG_DATES = (QLocale.Language.Spanish, QLocale.Language.French, QLocale.Language.Portuguese)
