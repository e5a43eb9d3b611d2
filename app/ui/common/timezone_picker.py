"""Pick an IANA time zone by typing any part of its name ("york", "Port_of", "Lima")."""

from __future__ import annotations

from functools import lru_cache
from zoneinfo import available_timezones

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


@lru_cache(maxsize=1)
def zone_names() -> tuple[str, ...]:
    """The IANA zones people pick, sorted; legacy aliases (``US/Eastern``, ``EST5EDT``) left out."""
    legacy = ("Etc/", "SystemV/", "US/", "posix/", "right/")
    regional = (n for n in available_timezones() if "/" in n and not n.startswith(legacy))
    return (*sorted(regional), "UTC")


class TimezonePicker(QComboBox):
    """An editable combo over the IANA zones whose completer matches anywhere in the name."""

    #: The chosen zone, or "" while the typed text is not a zone.
    zone_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(16)
        self._names = zone_names()
        # Aliases are still accepted when typed or stored (the services accept them).
        self._known = frozenset(available_timezones())
        self.addItems(list(self._names))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(22)
        # Qt's own completer of an editable combo matches prefixes only.
        source = QStringListModel(list(self._names), self)
        completer = QCompleter(source, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("Type part of a city or region"))
        self.setToolTip(self.tr("Time zone in which the date and times are given"))
        self.currentTextChanged.connect(self._text_changed)

    def zone(self) -> str:
        """The chosen zone's name, or "" when the text is not one."""
        text = self.currentText().strip()
        return text if text in self._known else ""

    def set_zone(self, name: str) -> None:
        index = self.findText(name)
        if index < 0 and name in self._known:
            self.addItem(name)
            index = self.count() - 1
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(name)

    def _text_changed(self, _text: str) -> None:
        self.zone_changed.emit(self.zone())
