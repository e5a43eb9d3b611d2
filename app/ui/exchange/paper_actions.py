"""File > Print… and File > Export > Paper as PDF or Word…: both open the print preview."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMenu

from app.ui.common import actions
from app.ui.common.context import AppContext


def tr(text: str) -> str:
    # lupdate files a module-level tr() under the empty context (tools/update_translations.py).
    return QCoreApplication.translate("", text)


def open_print_dialog(window: QMainWindow, context: AppContext) -> None:
    from app.ui.exchange.paper_dialog import PaperDialog

    if context.workspace is None:
        return
    dialog = PaperDialog(window, context)
    dialog.exec()
    dialog.deleteLater()


def add_paper_actions(
    window: QMainWindow, context: AppContext, export_menu: QMenu, import_menu: QMenu
) -> None:
    """File > Print… (Ctrl+P) above Export, and the same dialog under File > Export."""
    print_action = actions.add_action(
        window,
        tr("&Print…"),
        lambda: open_print_dialog(window, context),
        actions.PRINT,
        tip=tr("Print the agenda, calendar, work plan or a list, or save it as PDF or Word"),
    )
    file_menu = export_menu.parent()
    if isinstance(file_menu, QMenu):
        file_menu.insertAction(export_menu.menuAction(), print_action)
    export_menu.addAction(
        actions.add_action(
            window,
            tr("Paper as PDF or &Word…"),
            lambda: open_print_dialog(window, context),
            tip=tr("Save the agenda, calendar, work plan or a list as PDF or Word"),
        )
    )
    _ = import_menu
