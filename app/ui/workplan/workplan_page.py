"""The work plan page: the mandates table, edited in place, filtered by status and area."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import document_rows, mandates, meeting_rows
from app.services.errors import ServiceError
from app.services.mandates import MandateRow
from app.ui.common.conflicts import save_or_resolve
from app.ui.common.context import AGENDA, DOCUMENTS, MANDATES, MEETINGS, AppContext
from app.ui.common.dates import format_date
from app.ui.common.delegates.date_editor import OptionalDateDelegate
from app.ui.common.delegates.enum_combo import EnumComboDelegate
from app.ui.common.delegates.link_picker import LinkPickerDelegate
from app.ui.common.delegates.text_editor import WrappedTextDelegate
from app.ui.common.page_support import (
    confirmed,
    current_record,
    fit_columns,
    page_action,
    page_toolbar,
    push_or_show,
    read_list,
    restore_layout,
    save_layout,
    select_row,
)
from app.ui.common.readable_columns import ReadableColumns
from app.ui.common.row_refs import MANDATE
from app.ui.common.title_versions import title_versions_action
from app.ui.common.undo import push
from app.ui.workplan import commands
from app.ui.workplan import mandates_model as columns
from app.ui.workplan.mandate_dialog import MandateDialog
from app.ui.workplan.mandate_record import MandateRecordPane
from app.ui.workplan.mandates_model import MandatesModel, mandate_status_labels

SHOWN_KINDS = frozenset({MANDATES, MEETINGS, DOCUMENTS, AGENDA})
SETTINGS_GROUP = "WorkPlanPage"


class WorkPlanPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = MandatesModel(self, commit=self._commit_edit)
        #: The meetings, decisions and open actions of the selected mandate.
        self.record_pane = MandateRecordPane(context, self)
        self._build_view()
        self._build_toolbar()
        context.workspace_changed.connect(self.reload)
        context.data_changed.connect(self._on_data_changed)
        self.reload()

    # -- construction ----------------------------------------------------------------
    def _build_view(self) -> None:
        view = QTableView(self)
        view.setObjectName("mandatesTable")
        view.setModel(self.model)
        view.setWordWrap(True)
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = view.horizontalHeader()
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        # At 1280x800 the table is ~1,000 px wide: the mandate's text is what the chair
        # reads, so the other columns keep to what their content needs.
        fit_columns(
            header,
            columns.TEXT,
            {
                columns.RESOLUTION: 105,
                columns.AREA: 150,
                columns.STATUS: 110,
                columns.DUE: 88,
                columns.MEETINGS: 92,
                columns.DOCUMENTS: 120,
            },
        )

        self.columns = ReadableColumns(view, columns.TEXT)
        self._delegates = [
            WrappedTextDelegate(view),
            EnumComboDelegate(mandate_status_labels(), view),
            OptionalDateDelegate(view),
            LinkPickerDelegate(self._meeting_choices, view),
            LinkPickerDelegate(self._document_choices, view),
        ]
        text, status, due, meeting_links, document_links = self._delegates
        for column in (columns.RESOLUTION, columns.TEXT, columns.AREA):
            view.setItemDelegateForColumn(column, text)
        view.setItemDelegateForColumn(columns.STATUS, status)
        view.setItemDelegateForColumn(columns.DUE, due)
        view.setItemDelegateForColumn(columns.MEETINGS, meeting_links)
        view.setItemDelegateForColumn(columns.DOCUMENTS, document_links)
        view.selectionModel().currentRowChanged.connect(self._update_actions)
        self.view = view

    def _build_toolbar(self) -> None:
        self.add_action = page_action(
            self,
            self.tr("&Add mandate…"),
            self.add_mandate,
            self.tr("Add a mandate to the work plan"),
        )
        self.delete_action = page_action(
            self,
            self.tr("&Delete mandate"),
            self.delete_mandate,
            self.tr("Delete the selected mandate"),
            scope=self.view,
            shortcuts=(QKeySequence(QKeySequence.StandardKey.Delete),),
        )

        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("All statuses"), "")
        for value, label in mandate_status_labels().items():
            self.status_filter.addItem(label, str(value))
        self.area_filter = QComboBox(self)
        self.area_filter.setObjectName("areaFilter")
        self.area_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.area_filter.setMaximumWidth(360)
        self.area_filter.addItem(self.tr("All areas"), "")
        self.status_filter.currentIndexChanged.connect(self._apply_filter)
        self.area_filter.currentIndexChanged.connect(self._apply_filter)
        self.count_label = QLabel(self)

        self.titles_action = title_versions_action(
            self, self.context, MANDATE, self._selected_id, frozenset({MANDATES}), long=True
        )
        toolbar = page_toolbar(
            self, self.tr("Work plan"), (self.add_action, self.delete_action), (self.titles_action,)
        )
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        filters = QWidget(toolbar)
        row = QHBoxLayout(filters)
        row.setContentsMargins(0, 0, 0, 0)
        status_label = QLabel(self.tr("&Status:"), filters)
        status_label.setBuddy(self.status_filter)
        area_label = QLabel(self.tr("A&rea:"), filters)
        area_label.setBuddy(self.area_filter)
        for widget in (status_label, self.status_filter, area_label, self.area_filter):
            row.addWidget(widget)
        toolbar.addWidget(filters)

        hint = QLabel(
            self.tr(
                "Double-click a cell or press F2 to edit it; Enter saves, Esc cancels. "
                "Shift+Enter starts a new line in text."
            ),
            self,
        )
        hint.setEnabled(False)
        hint.setWordWrap(True)  # a long translation wraps instead of widening the window
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(self.count_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addWidget(toolbar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.record_pane)
        layout.addLayout(bottom)
        self.toolbar = toolbar

    # -- loading ---------------------------------------------------------------------
    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if kinds & SHOWN_KINDS:
            self.reload()

    def reload(self) -> None:
        selected = self.selected_mandate()
        self.model.set_rows(read_list(self.context, mandates.list_mandates))
        self._refresh_areas()
        if selected is not None:
            self.select_mandate(selected.id)
        self._update_count()
        self._update_actions()

    def _refresh_areas(self) -> None:
        current = self.area_filter.currentData()
        self.area_filter.blockSignals(True)
        while self.area_filter.count() > 1:
            self.area_filter.removeItem(1)
        for area in self.model.areas():
            self.area_filter.addItem(area, area)
        self.area_filter.setCurrentIndex(max(self.area_filter.findData(current), 0))
        self.area_filter.blockSignals(False)
        if self.area_filter.currentData() != current:
            self._apply_filter()

    def _apply_filter(self) -> None:
        self.model.set_filter(
            status=self.status_filter.currentData() or None,
            area=self.area_filter.currentData() or None,
        )
        self._update_count()
        self._update_actions()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("{shown} of {total} mandates").format(
                shown=self.model.rowCount(), total=self.model.total_count()
            )
        )

    def _update_actions(self, *_args: Any) -> None:
        self.add_action.setEnabled(self.context.workspace is not None)
        self.delete_action.setEnabled(self.selected_mandate() is not None)
        self.titles_action.setEnabled(self.selected_mandate() is not None)
        selected = self.selected_mandate()
        self.record_pane.show_mandate(selected.id if selected else None)

    def _meeting_choices(self) -> list[tuple[int, str]]:
        rows = read_list(self.context, meeting_rows.list_meetings)
        return [(m.id, f"{format_date(m.date)} — {m.title}") for m in rows]

    def _document_choices(self) -> list[tuple[int, str]]:
        rows = read_list(self.context, document_rows.list_documents)
        return [(d.id, f"{d.base_symbol} — {_shorten(d.title, 60)}") for d in rows]

    # -- selection -------------------------------------------------------------------
    def selected_mandate(self) -> MandateRow | None:
        return current_record(self.view, self.model)

    def _selected_id(self) -> int | None:
        mandate = self.selected_mandate()
        return mandate.id if mandate is not None else None

    def select_mandate(self, mandate_id: int) -> None:
        select_row(self.view, self.model.row_of(mandate_id), columns.TEXT)

    # -- edits -----------------------------------------------------------------------
    def _commit_edit(self, mandate_id: int, field: str, value: Any, shown_version: int) -> bool:
        """Called from the model while the editor closes; the write runs right after, so
        that the reload it causes does not pull the model out from under the editor."""
        QTimer.singleShot(0, lambda: self._save_edit(mandate_id, field, value, shown_version))
        return True

    def _save_edit(self, mandate_id: int, field: str, value: Any, shown_version: int) -> None:
        language = self.context.language
        describe = self._describe_links(field)
        save_or_resolve(
            self,
            self.context,
            lambda version: commands.edit_mandate(
                self.context,
                mandate_id,
                field,
                value,
                language=language,
                opened_at=version,
                describe_links=describe,
            ),
            shown_version,
            {field: describe(value) if describe is not None else value},
        )

    def _describe_links(self, field: str) -> commands.DescribeLinks | None:
        """How a conflict names linked meetings or documents: as the link picker does."""
        if field not in commands.LINK_KINDS:
            return None
        choices = dict(
            self._meeting_choices() if field == "meeting_ids" else self._document_choices()
        )
        return lambda ids: "; ".join(choices.get(i, str(i)) for i in ids)

    def add_mandate(self) -> None:
        rows = [self.model.mandate_at(r) for r in range(self.model.rowCount())]
        titles = {r.resolution: r.resolution_title for r in rows}
        dialog = MandateDialog(
            lambda values: push(self.context, commands.add_mandate(self.context, values)),
            self,
            resolutions=titles,
            areas=self.model.areas(),
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.select_mandate(dialog.result_value)

    def delete_mandate(self) -> None:
        mandate = self.selected_mandate()
        if mandate is None:
            return
        if not confirmed(
            self,
            self.tr("Delete mandate"),
            self.tr("Delete this mandate of {resolution}?\n\n{text}").format(
                resolution=mandate.resolution, text=_shorten(mandate.text, 300)
            ),
        ):
            return
        push_or_show(
            self, self.context, commands.delete_mandate(self.context, mandate.id), (ServiceError,)
        )

    # -- state -----------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        save_layout(settings, SETTINGS_GROUP, {"header": self.view.horizontalHeader()})
        settings.setValue(f"{SETTINGS_GROUP}/statusFilter", self.status_filter.currentData())

    def restore_state(self, settings: QSettings) -> None:
        restore_layout(settings, SETTINGS_GROUP, {"header": self.view.horizontalHeader()})
        status = settings.value(f"{SETTINGS_GROUP}/statusFilter")
        if status:
            self.status_filter.setCurrentIndex(max(self.status_filter.findData(status), 0))


def _shorten(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"
