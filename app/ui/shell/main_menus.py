"""The main window's menu bar: File, Edit, View and Help, and what each action does.

Made before the first paint, so it imports nothing beyond Qt and the shell; the exchange
modules add their File > Export/Import entries later, when the first workspace opens.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, qVersion
from PySide6.QtGui import QAction, QActionGroup

from app.ui.common import actions

if TYPE_CHECKING:
    from app.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

#: Modules that add to File > Export and File > Import, each with its hook function.
EXCHANGE_HOOKS = (
    ("app.ui.exchange.calendar_exchange", "add_calendar_actions"),
    ("app.ui.exchange.workbook_exchange", "add_workbook_actions"),
    ("app.ui.exchange.paper_actions", "add_paper_actions"),
    ("app.ui.invitations.invitation_actions", "add_invitation_actions"),
)


class MainMenus(QObject):
    """Every action of the menu bar, named once; shortcuts come from ``actions``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._build_file_menu()
        self._build_edit_menu()
        self._build_view_menu()
        self._build_help_menu()

    def _build_file_menu(self) -> None:
        add, window, opener = actions.add_action, self.window, self.window.opener
        menu = window.menuBar().addMenu(self.tr("&File"))
        self.new_action = add(
            window,
            self.tr("&New…"),
            opener.choose_and_create,
            actions.NEW,
            tip=self.tr("Create a new workspace file"),
        )
        self.open_action = add(
            window,
            self.tr("&Open…"),
            opener.choose_and_open,
            actions.OPEN,
            tip=self.tr("Open a workspace file"),
        )
        self.open_team_action = add(
            window,
            self.tr("Open &Team Workspace…"),
            opener.choose_team_workspace,
            tip=self.tr("Open a workspace a secretariat shares on a PostgreSQL server"),
        )
        menu.addActions([self.new_action, self.open_action, self.open_team_action])
        self.recent_menu = menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.setToolTipsVisible(True)
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        menu.addSeparator()
        self.save_copy_action = add(
            window,
            self.tr("Save a &Copy…"),
            opener.save_a_copy,
            actions.SAVE_A_COPY,
            tip=self.tr("Save a copy of this workspace under another name"),
        )
        menu.addAction(self.save_copy_action)
        menu.addSeparator()
        self.export_menu = menu.addMenu(self.tr("&Export"))
        self.import_menu = menu.addMenu(self.tr("&Import"))
        menu.addSeparator()
        self.close_action = add(
            window,
            self.tr("&Close"),
            window.close_workspace,
            actions.CLOSE,
            tip=self.tr("Close this workspace and go back to the start view"),
        )
        menu.addAction(self.close_action)
        menu.addSeparator()
        self.quit_action = add(
            window, self.tr("&Quit"), window.close, actions.QUIT, role=QAction.MenuRole.QuitRole
        )
        menu.addAction(self.quit_action)

    def _build_edit_menu(self) -> None:
        menu = self.window.menuBar().addMenu(self.tr("&Edit"))
        stack = self.window.context.undo_stack
        self.undo_action = actions.set_shortcuts(
            stack.createUndoAction(self.window, self.tr("&Undo")), actions.UNDO
        )
        self.redo_action = actions.set_shortcuts(
            stack.createRedoAction(self.window, self.tr("&Redo")), actions.REDO
        )
        menu.addActions([self.undo_action, self.redo_action])
        menu.addSeparator()
        self.working_group_action = actions.add_action(
            self.window,
            self.tr("&Working Group…"),
            self.window.edit_working_group,
            tip=self.tr(
                "The group's name, acronym, chair and vice chairs, where it meets and how its "
                "papers look"
            ),
        )
        menu.addAction(self.working_group_action)
        self.preferences_action = actions.add_action(
            self.window,
            self.tr("&Preferences…"),
            self.window.show_preferences,
            actions.PREFERENCES,
            role=QAction.MenuRole.PreferencesRole,
        )
        menu.addAction(self.preferences_action)

    def _build_view_menu(self) -> None:
        """One checkable action per installed view; Ctrl+N is the view's place in the registry."""
        window = self.window
        menu = window.menuBar().addMenu(self.tr("&View"))
        self.view_group = QActionGroup(self)
        self.view_actions: dict[str, QAction] = {}
        for spec in window.specs:
            action = actions.add_action(
                window,
                spec.label,
                lambda key=spec.key: window.show_view(key),
                actions.VIEWS[window.registry.index(spec)],
                checkable=True,
            )
            self.view_group.addAction(action)
            self.view_actions[spec.key] = action
            menu.addAction(action)

    def _build_help_menu(self) -> None:
        add, window = actions.add_action, self.window
        menu = window.menuBar().addMenu(self.tr("&Help"))
        self.example_action = add(
            window, self.tr("Open the MISPA III &Example"), window.opener.open_example
        )
        self.about_action = add(
            window, self.tr("&About Chairdesk"), self.show_about, role=QAction.MenuRole.AboutRole
        )
        menu.addAction(self.example_action)
        menu.addSeparator()
        menu.addAction(self.about_action)

    # -- state -----------------------------------------------------------------------
    def show_workspace_open(self, is_open: bool) -> None:
        """Enable what needs an open workspace; Export/Import also need an entry."""
        for action in (
            self.save_copy_action,
            self.close_action,
            self.working_group_action,
            *self.view_actions.values(),
        ):
            action.setEnabled(is_open)
        for menu in (self.export_menu, self.import_menu):
            menu.menuAction().setEnabled(is_open and not menu.isEmpty())

    def check_view(self, key: str) -> None:
        self.view_actions[key].setChecked(True)

    def uncheck_views(self) -> None:
        checked = self.view_group.checkedAction()
        if checked is not None:
            self.view_group.setExclusive(False)
            checked.setChecked(False)
            self.view_group.setExclusive(True)

    def add_exchange_actions(self) -> None:
        """Let each installed exchange module add its entries to File > Export/Import."""
        window = self.window
        for module_name, hook in EXCHANGE_HOOKS:
            if importlib.util.find_spec(module_name) is None:
                continue
            try:
                add_actions = getattr(importlib.import_module(module_name), hook)
                add_actions(window, window.context, self.export_menu, self.import_menu)
            except Exception:
                log.exception("%s.%s failed", module_name, hook)

    # -- menus made when shown -------------------------------------------------------
    def fill_recent_menu(self) -> None:
        """The last ten workspaces, newest first; one that is gone is greyed out."""
        menu = self.recent_menu
        menu.clear()
        settings = self.window.settings
        recent = settings.recent_workspaces()
        for number, path in enumerate(recent, start=1):
            mnemonic = f"&{number}" if number < 10 else "1&0"
            action = menu.addAction(f"{mnemonic}  {path.stem}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            if not path.is_file():
                action.setEnabled(False)
                action.setText(self.tr("{entry} (missing)").format(entry=action.text()))
            action.triggered.connect(lambda _checked=False, p=path: self.window.opener.open(p))
        if not recent:
            menu.addAction(self.tr("No Recent Workspaces")).setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction(self.tr("Clear Menu"), settings.clear_recent_workspaces)
        clear.setEnabled(bool(recent))

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from app import __version__

        QMessageBox.about(
            self.window,
            self.tr("About Chairdesk"),
            self.tr(
                "<h3>Chairdesk {version}</h3>"
                "<p>Prepares a ministerial meeting: the calendar of the working group's "
                "meetings, their agendas, the documents and their revisions, the invitee "
                "lists and the work plan.</p><p>Qt {qt}</p>"
            ).format(version=__version__, qt=qVersion()),
        )
