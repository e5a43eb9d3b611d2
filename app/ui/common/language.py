"""The window's language: which one, and loading its translations.

English is the language of the code; Spanish, French and Portuguese come from
``resources/translations/chairdesk_LANG.qm`` (made by ``tools/update_translations.py``),
with Qt's own ``qtbase_LANG.qm`` for the standard buttons and dialogs. The language is
the one chosen in Preferences, else the system's when Chairdesk has it, else English.
Dates, times, numbers and month names follow it through the default ``QLocale``.
The command line never loads any of this: its messages stay in English.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

#: The window's languages, English first (the code's own).
LANGUAGES = ("en", "es", "fr", "pt")
#: Each language under its own name, as a language menu shows them.
NATIVE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "pt": "Português"}
#: The country taken when the system's locale is in another language.
DEFAULT_COUNTRIES = {
    "en": QLocale.Country.UnitedStates,
    "es": QLocale.Country.Spain,
    "fr": QLocale.Country.France,
    "pt": QLocale.Country.Brazil,
}
#: Qt's own translations are named by locale where a language has several.
QT_NAMES = {"es": "es", "fr": "fr", "pt": "pt_BR"}

_installed: list[QTranslator] = []
_current = "en"


def translations_folder() -> Path:
    return Path(str(resources.files("resources"))) / "translations"


def system_language() -> str:
    """The system locale's language when Chairdesk speaks it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def chosen_language(preference: str) -> str:
    """The language to use for ``preference`` ("" follows the system)."""
    return preference if preference in LANGUAGES else system_language()


def locale_for(language: str) -> QLocale:
    """The locale for dates and numbers: the system's when it is in ``language`` (a
    Mexican system keeps Mexican formats in Spanish), else the language's usual country."""
    system = QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    return QLocale(QLocale.codeToLanguage(language), DEFAULT_COUNTRIES[language])


def current_language() -> str:
    """The language installed last by ``install_language``."""
    return _current


def install_language(language: str) -> bool:
    """Make ``language`` the window's language; False when its translation is missing
    (the window then stays in English, with that language's dates and numbers)."""
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(locale_for(language))
    _current = language
    if language == "en":
        return True
    ours = QTranslator()
    if not ours.load(f"chairdesk_{language}", str(translations_folder())):
        _current = "en"
        return False
    qt = QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    found = qt.load(f"qtbase_{QT_NAMES[language]}", qt_folder)
    for translator in (qt, ours) if found else (ours,):
        _installed.append(translator)
        if app is not None:
            app.installTranslator(translator)
    return True
