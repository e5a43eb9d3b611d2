"""The dialogs of the calendar export and import: which meetings, which range, what changes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.exchange.ics_import import EventResult, ImportReport
from app.messages import Message
from app.services.meeting_rows import MeetingRow
from app.ui.common.dialog_parts import ok_cancel_buttons
from app.ui.common.errors import translated

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ExportChoiceDialog(QDialog):
    """All meetings, or the ones ticked; ``meeting_ids()`` is None for all."""

    def __init__(
        self, meetings: Sequence[MeetingRow], current_id: int = 0, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export calendar"))
        self.all_button = QRadioButton(
            self.tr("All meetings ({count})").format(count=len(meetings)), self
        )
        self.chosen_button = QRadioButton(self.tr("Only the meetings ticked below"), self)
        group = QButtonGroup(self)
        group.addButton(self.all_button)
        group.addButton(self.chosen_button)
        self.meeting_list = QListWidget(self)
        self.meeting_list.setAlternatingRowColors(True)
        for row in meetings:
            text = self.tr("{date}  {start}  {title}").format(
                date=f"{row.date:%Y-%m-%d}", start=f"{row.start_time:%H:%M}", title=row.title
            )
            item = QListWidgetItem(text, self.meeting_list)
            item.setData(ID_ROLE, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if row.id == current_id else Qt.CheckState.Unchecked
            )
        self.buttons = ok_cancel_buttons(self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Export…"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Which meetings go into the calendar file?"), self))
        layout.addWidget(self.all_button)
        layout.addWidget(self.chosen_button)
        layout.addWidget(self.meeting_list)
        layout.addWidget(self.buttons)
        self.all_button.setChecked(True)
        self.all_button.toggled.connect(self._update)
        self.meeting_list.itemChanged.connect(self._update)
        self._update()

    def _ticked(self) -> list[int]:
        return [
            int(self.meeting_list.item(row).data(ID_ROLE))
            for row in range(self.meeting_list.count())
            if self.meeting_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _update(self) -> None:
        chosen = self.chosen_button.isChecked()
        self.meeting_list.setEnabled(chosen)
        self.ok_button.setEnabled(not chosen or bool(self._ticked()))

    def choose_meetings(self, meeting_ids: Sequence[int]) -> None:
        """Tick exactly ``meeting_ids`` and export only those."""
        self.chosen_button.setChecked(True)
        for row in range(self.meeting_list.count()):
            item = self.meeting_list.item(row)
            ticked = int(item.data(ID_ROLE)) in meeting_ids
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def meeting_ids(self) -> list[int] | None:
        return None if self.all_button.isChecked() else self._ticked()


class ExpandRangeDialog(QDialog):
    """Asks up to which date recurring events become meetings."""

    def __init__(
        self, file_name: str, count: int, suggested: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recurring events"))
        message = QLabel(
            self.tr(
                "{file} holds {count} recurring event(s). Each occurrence up to the date below "
                "becomes a meeting of its own; later ones are left out. Importing the file "
                "again later finds the same meetings."
            ).format(file=file_name, count=count),
            self,
        )
        message.setWordWrap(True)
        self.date_edit = QDateEdit(QDate(suggested.year, suggested.month, suggested.day), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.buttons = QDialogButtonBox(self)
        self.expand_button = self.buttons.addButton(
            self.tr("Expand"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.skip_button = self.buttons.addButton(
            self.tr("Leave them out"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.date_edit)
        layout.addWidget(self.buttons)

    def until(self) -> date:
        chosen = self.date_edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())


class ImportPreviewDialog(QDialog):
    """What an import would create, update, leave alone and refuse; Import goes ahead."""

    def __init__(self, report: ImportReport, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Import {file}").format(file=file_name))
        self.resize(720, 460)
        self.summary_label = QLabel(
            self.tr(
                "{created} meeting(s) will be created, {updated} updated, {unchanged} left as "
                "they are; {refused} event(s) cannot be imported."
            ).format(**self.counts()),
            self,
        )
        self.summary_label.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Meeting"), self.tr("Details")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        sections = (
            (self.tr("Will be created ({count})"), report.created, True),
            (self.tr("Will be updated ({count})"), report.updated, True),
            (self.tr("Left as they are ({count})"), report.unchanged, False),
            (self.tr("Cannot be imported ({count})"), report.refused, True),
        )
        for heading, results, expanded in sections:
            if results:
                self._add_section(heading.format(count=len(results)), results, expanded)
        for column in range(2):
            self.tree.resizeColumnToContents(column)
        notes = [translated(note) for note in report.explained_notes] or report.notes
        self.notes_label = QLabel("\n".join(notes), self)
        self.notes_label.setWordWrap(True)
        self.notes_label.setVisible(bool(report.notes))
        self.buttons = ok_cancel_buttons(self)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.import_button.setEnabled(bool(report.created or report.updated))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tree)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.buttons)

    def counts(self) -> dict[str, int]:
        report = self.report
        return {
            "created": len(report.created),
            "updated": len(report.updated),
            "unchanged": len(report.unchanged),
            "refused": len(report.refused),
        }

    def _add_section(self, heading: str, results: list[EventResult], expanded: bool) -> None:
        section = QTreeWidgetItem(self.tree, [heading])
        section.setFirstColumnSpanned(True)
        for result in results:
            detail = translated(result.explanation) if result.explanation else result.detail
            when = translated(result.when) if isinstance(result.when, Message) else result.when
            item = QTreeWidgetItem(section, [when, result.title or result.uid, detail])
            item.setToolTip(2, detail)
        section.setExpanded(expanded)
