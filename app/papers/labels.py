"""The fixed words of the papers, read from the same .ts files as the window's translations.

Each label is marked with ``QT_TRANSLATE_NOOP("Papers", ...)``, which ``pyside6-lupdate``
recognises, so the labels land in context "Papers" of resources/translations/*_LANG.ts beside
every ``tr()`` string of the window. This module reads that context back from the same files
(XML, read with defusedxml), so a term reads the same on screen and on paper without the paper
layer loading Qt.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from defusedxml import ElementTree

CONTEXT = "Papers"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context`` (the name lupdate knows); returns it."""
    return source


ORGANIZATION = QT_TRANSLATE_NOOP("Papers", "ORGANIZATION OF AMERICAN STATES")
ORIGINAL = QT_TRANSLATE_NOOP("Papers", "Original: %1")
ORIGINAL_MARK = QT_TRANSLATE_NOOP("Papers", "(original in %1)")
DRAFT_AGENDA = QT_TRANSLATE_NOOP("Papers", "Draft agenda")
ANNOTATED_AGENDA = QT_TRANSLATE_NOOP("Papers", "Annotated draft agenda")
CALENDAR = QT_TRANSLATE_NOOP("Papers", "Calendar of activities and meetings")
WORK_PLAN = QT_TRANSLATE_NOOP("Papers", "Work plan")
INVITEES = QT_TRANSLATE_NOOP("Papers", "List of invitees")
PARTICIPANTS = QT_TRANSLATE_NOOP("Papers", "List of participants")
SUMMARY = QT_TRANSLATE_NOOP("Papers", "Summary of the meeting")
PERIOD = QT_TRANSLATE_NOOP("Papers", "From %1 to %2")
PERIOD_FROM = QT_TRANSLATE_NOOP("Papers", "From %1")
PERIOD_UNTIL = QT_TRANSLATE_NOOP("Papers", "Until %1")
DATE = QT_TRANSLATE_NOOP("Papers", "Date")
TOPIC = QT_TRANSLATE_NOOP("Papers", "Topic")
TIME = QT_TRANSLATE_NOOP("Papers", "Time")
PLACE = QT_TRANSLATE_NOOP("Papers", "Place")
RESOLUTION = QT_TRANSLATE_NOOP("Papers", "Resolution")
MANDATE = QT_TRANSLATE_NOOP("Papers", "Mandate")
AREA_RESPONSIBLE = QT_TRANSLATE_NOOP("Papers", "Area responsible")
DOCUMENTS = QT_TRANSLATE_NOOP("Papers", "Documents: %1")
NOTES = QT_TRANSLATE_NOOP("Papers", "Notes: %1")
DURATION = QT_TRANSLATE_NOOP("Papers", "%1 minutes")
NO_ITEMS = QT_TRANSLATE_NOOP("Papers", "No items have been placed on the agenda yet.")
NO_MEETINGS = QT_TRANSLATE_NOOP("Papers", "No meetings are scheduled in this period.")
NO_MANDATES = QT_TRANSLATE_NOOP("Papers", "The work plan holds no mandates yet.")
NO_ENTRIES = QT_TRANSLATE_NOOP("Papers", "This list is empty.")
NAME = QT_TRANSLATE_NOOP("Papers", "Name")
POSITION = QT_TRANSLATE_NOOP("Papers", "Title")
ORGANIZATION_COLUMN = QT_TRANSLATE_NOOP("Papers", "Delegation or organization")
MEMBER_STATE = QT_TRANSLATE_NOOP("Papers", "Member State")
MEMBER_STATES = QT_TRANSLATE_NOOP("Papers", "Member States")
PERMANENT_OBSERVERS = QT_TRANSLATE_NOOP("Papers", "Permanent Observers")
INTERNATIONAL_ORGANIZATIONS = QT_TRANSLATE_NOOP("Papers", "International Organizations")
CIVIL_SOCIETY = QT_TRANSLATE_NOOP("Papers", "Civil Society Organizations")
SECRETARIAT = QT_TRANSLATE_NOOP("Papers", "General Secretariat")
OTHERS = QT_TRANSLATE_NOOP("Papers", "Others")
CHAIR = QT_TRANSLATE_NOOP("Papers", "Chair")

#: Every label, in the order the .ts files list them.
ALL_LABELS: tuple[str, ...] = tuple(
    value
    for name, value in list(globals().items())
    if name.isupper() and name != "CONTEXT" and isinstance(value, str)
)


@cache
def translations(language: str) -> dict[str, str]:
    """Context "Papers" of every resources/translations/*_LANG.ts: source -> translation.

    Unfinished or empty translations are left out, so the English label shows instead
    (a test checks that every label is translated in every language).
    """
    found: dict[str, str] = {}
    folder = resources.files("resources").joinpath("translations")
    if language == "en" or not folder.is_dir():
        return found
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(f"_{language}.ts"):
            continue
        root = ElementTree.fromstring(entry.read_bytes())
        for context in root.iter("context"):
            if (context.findtext("name") or "").strip() != CONTEXT:
                continue
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                node = message.find("translation")
                if node is None or node.get("type") in {"unfinished", "obsolete", "vanished"}:
                    continue
                if node.text:
                    found[source] = node.text
    return found


def label(language: str, source: str, *arguments: str) -> str:
    """The label in ``language`` with %1, %2... replaced by ``arguments``."""
    text = translations(language).get(source, source)
    for number, argument in reversed(list(enumerate(arguments, start=1))):
        text = text.replace(f"%{number}", argument)
    return text
