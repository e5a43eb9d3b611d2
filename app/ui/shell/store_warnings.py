"""The store's warnings about an opened workspace, said in the window's language.

``app.store`` sits below Qt and writes its warnings in English (the command line shows
them as they are); the window reads the two it knows back and says them through tr().
tests/ui/shell/test_language.py keeps the patterns in step with the store's wording.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

UPGRADED = re.compile(
    r"This workspace was upgraded to the current format; "
    r"the previous file was kept as (?P<name>.+)\."
)
ON_SHARE = re.compile(
    r"(?P<name>.+) is on a network share\. Work on a copy on this computer and save a copy "
    r"back: two computers writing one workspace over a network can corrupt it\."
)


def _tr(text: str) -> str:
    # lupdate files a module-level tr() under the empty context (tools/update_translations.py).
    return QCoreApplication.translate("", text)


def translated_warning(warning: str) -> str:
    """``warning`` in the window's language; one this module does not know, as it is."""
    upgraded = UPGRADED.fullmatch(warning)
    if upgraded:
        return _tr(
            "This workspace was upgraded to the current format; the previous file was "
            "kept as {name}."
        ).format(name=upgraded["name"])
    shared = ON_SHARE.fullmatch(warning)
    if shared:
        return _tr(
            "{name} is on a network share. Work on a copy on this computer and save a "
            "copy back: two computers writing one workspace over a network can corrupt it."
        ).format(name=shared["name"])
    return warning
