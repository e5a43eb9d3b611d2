"""Country names in the paper's language, and the alphabetical order of that language.

Contacts keep the country as the secretariat typed it (in English, as the seed lists the member
states). The name is matched to its ISO code through Babel's English names (with the common
long forms the OAS uses) and written in the paper's language from Babel's data.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from babel import Locale

#: Long or older forms that Babel's English names do not use.
ALIASES = {
    "united states of america": "US",
    "usa": "US",
    "bahamas": "BS",
    "venezuela (bolivarian republic of)": "VE",
    "bolivia (plurinational state of)": "BO",
}


def _normal(name: str) -> str:
    text = collation_key(name).replace("&", "and").replace("st. ", "saint ")
    return " ".join(word for word in text.replace(",", " ").split() if word != "the")


@cache
def _codes() -> dict[str, str]:
    codes = {
        _normal(name): code
        for code, name in Locale("en").territories.items()
        if len(code) == 2 and code.isalpha()
    }
    codes.update(ALIASES)
    return codes


def country_code(name: str) -> str | None:
    return _codes().get(_normal(name))


def country_name(name: str, language: str) -> str:
    """``name`` as written in ``language``; the stored name when unknown or in English."""
    code = country_code(name)
    if language == "en" or code is None:
        return name
    return Locale.parse(language).territories.get(code, name)


def collation_key(text: str) -> str:
    """Alphabetical order as the four OAS languages read it: accents and case come second.

    Haití files under H, Perú under P, États-Unis under E, with no ICU needed.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def sort_key(text: str) -> tuple[str, str]:
    return collation_key(text), text
