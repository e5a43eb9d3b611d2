"""The main window: menus, the navigation between views, and the pages behind them.

The window paints before anything slow happens: the pages (which import the services and
SQLAlchemy) are built, and the workspace opened, only after the first paint. Until then
the window shows its menus, its navigation and "Opening <name>…". Even the ``Qt``
namespace (about 15 ms to create in PySide6) is left to code that runs after the paint.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from app.ui.common import actions
from app.ui.common.context import AppContext
from app.ui.common.language import chosen_language, current_language
from app.ui.shell.dropped_files import local_files, open_dropped_files
from app.ui.shell.main_menus import MainMenus
from app.ui.shell.navigation import NavigationList
from app.ui.shell.pages import PAGES, PageSpec
from app.ui.shell.settings import Settings
from app.ui.shell.store_warnings import translated_warning
from app.ui.shell.team_opening import shown_name
from app.ui.shell.workspace_opener import (
    WorkspaceOpener,
    data_folder,
    default_workspace_path,
    startup_path,
)

if TYPE_CHECKING:
    from PySide6.QtGui import (
        QCloseEvent,
        QDragEnterEvent,
        QDragMoveEvent,
        QDropEvent,
        QPaintEvent,
        QResizeEvent,
    )

    from app.store import Workspace
    from app.ui.shell.welcome import WelcomeView

log = logging.getLogger(__name__)

DEFAULT_SIZE = QSize(1200, 760)


class MainWindow(QMainWindow):
    #: The window painted for the first time (the start-up benchmark's finish line).
    first_painted = Signal()
    #: Preferences chose another language: the application reopens the window in it.
    language_chosen = Signal(str)

    def __init__(
        self, store: QSettings, *, data_dir: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = Settings(store)
        self.context = AppContext(store, self)
        self.context.language = current_language()
        from app.ui.common.change_watch import ChangeWatcher

        self.change_watcher = ChangeWatcher(self.context)
        self.opener = WorkspaceOpener(self.context, self.settings, data_folder(data_dir), self)
        #: Every view in navigation order, and the ones whose page module is installed.
        self.registry: tuple[PageSpec, ...] = PAGES
        self.specs: list[PageSpec] = [spec for spec in PAGES if spec.is_installed()]
        self.pages: dict[str, QWidget] = {}
        self.current_view = ""
        self._painted = False
        self._start_request: Path | str | None = None

        self._build_layout()
        self.menus = MainMenus(self)
        self.setAcceptDrops(True)
        self.statusBar().setSizeGripEnabled(True)
        self.offline_label = QLabel(self)
        self.offline_label.setStyleSheet("color: #b00020;")
        self.offline_label.hide()
        self.statusBar().addPermanentWidget(self.offline_label)
        self.context.offline_changed.connect(self._show_offline)

        self.context.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.context.error_reported.connect(self._show_error)
        self.opener.opened.connect(self._install)
        self.opener.failed.connect(self._open_failed)
        self.first_painted.connect(lambda: QTimer.singleShot(0, self._open_start_workspace))
        self._update_for_workspace()
        self._restore_geometry()

    # -- layout ----------------------------------------------------------------------
    def _build_layout(self) -> None:
        self.navigation = NavigationList(
            [(actions.icon(spec.icon), spec.label) for spec in self.specs]
        )
        self.navigation.setAccessibleName(self.tr("Views"))
        self.navigation.currentRowChanged.connect(self._navigation_changed)

        self.placeholder = QLabel()
        self.placeholder.setEnabled(False)
        opening = QWidget()
        centred = QHBoxLayout(opening)
        centred.addStretch(1)
        centred.addWidget(self.placeholder)
        centred.addStretch(1)
        self._welcome: WelcomeView | None = None
        self.content = QStackedWidget()
        self.content.addWidget(opening)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(line)
        layout.addWidget(self.content, 1)
        self.setCentralWidget(central)

        self.warning_icon = QLabel()
        self.warning_label = QLabel()
        self.statusBar().addPermanentWidget(self.warning_icon)
        self.statusBar().addPermanentWidget(self.warning_label)

    @property
    def welcome(self) -> WelcomeView:
        """The welcome view, made when first needed (it is not part of the first paint)."""
        if self._welcome is None:
            from app.ui.shell.welcome import WelcomeView

            self._welcome = WelcomeView(default_workspace_path(self.opener.folder))
            self._welcome.start_requested.connect(lambda: self.show_view(self._first_view()))
            self._welcome.describe_requested.connect(self.edit_working_group)
            self._welcome.create_requested.connect(self.opener.choose_and_create)
            self._welcome.open_requested.connect(self.opener.choose_and_open)
            self._welcome.example_requested.connect(self.opener.open_example)
            self.content.addWidget(self._welcome)
        return self._welcome

    def _show_offline(self, offline: bool) -> None:
        self.offline_label.setText(
            self.tr(
                "The server cannot be reached: you see what was last loaded, and edits are "
                "refused until it is back. Reconnecting…"
            )
        )
        self.offline_label.setVisible(offline)

    def _show_error(self, error: BaseException) -> None:
        from app.ui.common import errors

        errors.show_error(self, error)

    # -- start -----------------------------------------------------------------------
    def start(self, argument: str | None) -> None:
        """Open ``argument`` (or the last/default workspace) once the window has painted."""
        path = startup_path(argument, self.settings, self.opener.folder)
        self._start_request = path
        self.placeholder.setText(self.tr("Opening {name}…").format(name=shown_name(path)))
        self.content.setCurrentWidget(self.placeholder.parentWidget())
        if self._painted:
            QTimer.singleShot(0, self._open_start_workspace)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.navigation.fit_window_width(event.size().width())

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def _open_start_workspace(self) -> None:
        path, self._start_request = self._start_request, None
        if path is not None:
            self.opener.open(path, create=True)

    def _open_failed(self, _error: object) -> None:
        if self.context.workspace is None:
            self._show_welcome(None)

    # -- workspaces ------------------------------------------------------------------
    def _install(self, workspace: Workspace) -> None:
        first = not self.pages
        if first:
            self._build_pages()
            self.menus.add_exchange_actions()
        self.context.set_workspace(workspace)
        if first:
            self.settings.page_states(self.pages, "restore_state")
        self._update_for_workspace()
        if self._is_empty():
            self._show_welcome(workspace.name)
        else:
            self.show_view(self.current_view or self.settings.window.last_view)
        self.context.status_message.emit(self.tr("Opened {name}.").format(name=workspace.name))
        self._check_pages(workspace)

    def _check_pages(self, workspace: Workspace) -> None:
        """Quick-check the file's pages in the background; say what was found."""
        from app.ui.shell.workspace_check import check_in_background

        def report(problems: list[str]) -> None:
            if self.context.workspace is not workspace:
                return  # another workspace was opened meanwhile
            if not problems:
                self.context.status_message.emit(
                    self.tr("{name}: no damaged pages found.").format(name=workspace.name)
                )
                return
            shown = "; ".join(problems[:3])
            workspace.warnings.append(
                self.tr(
                    "{name} is damaged ({problems}). Save a copy of it now, and open a backup "
                    "copy if something is missing."
                ).format(name=workspace.name, problems=shown)
            )
            self._update_for_workspace()

        check_in_background(self, getattr(workspace, "path", None), report)

    def close_workspace(self) -> None:
        """File > Close: close the workspace and go back to the welcome view.

        The window stays open, as a document application's does when its last document
        is closed, so that the person can open or create another; Quit ends the program.
        """
        if self.context.workspace is None or self.opener.busy:
            return
        self.settings.page_states(self.pages, "save_state")
        self.context.set_workspace(None)
        self.settings.window.last_workspace = ""
        self._update_for_workspace()
        self._show_welcome(None)

    def _is_empty(self) -> bool:
        from app.services.meeting_rows import list_meetings
        from app.services.working_group import get_working_group

        return self.context.read(
            lambda session: get_working_group(session) is None and not list_meetings(session)
        )

    def _update_for_workspace(self) -> None:
        workspace = self.context.workspace
        if workspace is None:
            self.setWindowTitle(self.tr("Chairdesk"))
            self.setWindowFilePath("")
        else:
            self.setWindowTitle(self.tr("{name} — Chairdesk").format(name=workspace.name))
            self.setWindowFilePath(workspace.location)
        self.menus.show_workspace_open(workspace is not None)
        self.navigation.setEnabled(workspace is not None)
        given = workspace.warnings if workspace is not None else []
        warnings = " ".join(translated_warning(warning) for warning in given)
        self.warning_label.setToolTip(warnings)
        self.warning_label.setText("")
        if warnings:
            from PySide6.QtCore import Qt

            metrics = self.warning_label.fontMetrics()
            elided = metrics.elidedText(warnings, Qt.TextElideMode.ElideRight, 640)
            self.warning_label.setText(elided)
        if warnings and self.warning_icon.pixmap().isNull():
            style = self.style()
            size = style.pixelMetric(style.PixelMetric.PM_SmallIconSize)
            icon = style.standardIcon(style.StandardPixmap.SP_MessageBoxWarning)
            self.warning_icon.setPixmap(icon.pixmap(size, size))
        self.warning_icon.setVisible(bool(warnings))
        self.warning_label.setVisible(bool(warnings))

    # -- views -----------------------------------------------------------------------
    def _build_pages(self) -> None:
        """Import and make every installed page; a page that fails says so in its place."""
        for spec in self.specs:
            try:
                page = spec.page_class()(self.context, self.content)
            except Exception as exc:
                from PySide6.QtCore import Qt

                log.exception("the %s view could not be made", spec.key)
                page = QLabel(
                    self.tr("The {view} view could not be opened:\n{error}").format(
                        view=spec.label, error=f"{type(exc).__name__}: {exc}"
                    )
                )
                page.setAlignment(Qt.AlignmentFlag.AlignCenter)
                page.setWordWrap(True)
            self.pages[spec.key] = page
            self.content.addWidget(page)

    def show_view(self, key: str) -> None:
        """Show the page ``key`` (or the first one when ``key`` is not available)."""
        if key not in self.pages:
            key = self._first_view()
        page = self.pages.get(key)
        if page is None:
            return
        self.current_view = key
        self.content.setCurrentWidget(page)
        self.menus.check_view(key)
        row = next(i for i, spec in enumerate(self.specs) if spec.key == key)
        if self.navigation.currentRow() != row:
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(row)
            self.navigation.blockSignals(False)

    def _first_view(self) -> str:
        return self.specs[0].key if self.specs else ""

    def _navigation_changed(self, row: int) -> None:
        if 0 <= row < len(self.specs):
            self.show_view(self.specs[row].key)

    def _show_welcome(self, workspace_name: str | None) -> None:
        self.welcome.show_workspace(workspace_name)
        self.content.setCurrentWidget(self.welcome)
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(-1)
        self.navigation.blockSignals(False)
        self.menus.uncheck_views()

    # -- the working group ------------------------------------------------------------
    def edit_working_group(self) -> QWidget | None:
        """Edit > Working Group: the group's own settings (offered by an empty workspace)."""
        from app.ui.shell.working_group.dialog import edit_working_group

        return edit_working_group(self, self.context)

    # -- preferences -----------------------------------------------------------------
    def show_preferences(self) -> None:
        """Edit > Preferences; a new language reopens the window in it at once."""
        from app.ui.shell.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.settings.preferences, self)
        if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
            return
        language = chosen_language(self.settings.preferences.language)
        if language != current_language():
            self.language_chosen.emit(language)

    # -- dropped files ---------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            open_dropped_files(self, paths)

    # -- saving and restoring --------------------------------------------------------
    def _restore_geometry(self) -> None:
        state = self.settings.window
        if not self.restoreGeometry(state.geometry):
            screen = QGuiApplication.primaryScreen().availableGeometry()
            size = DEFAULT_SIZE.boundedTo(screen.size() * 0.95)
            self.resize(size)
            self.move(screen.center() - self.rect().center())
        self.restoreState(state.state)

    def closeEvent(self, event: QCloseEvent) -> None:
        state = self.settings.window
        state.geometry = self.saveGeometry()
        state.state = self.saveState()
        if self.current_view:
            state.last_view = self.current_view
        workspace = self.context.workspace
        if workspace is not None:
            state.last_workspace = (
                workspace.location if workspace.path is None else str(workspace.path.resolve())
            )
        self.settings.page_states(self.pages, "save_state")
        self.settings.sync()
        self.context.set_workspace(None)
        event.accept()
