"""The first thing shown in an empty workspace, or when none is open: where to start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import QCommandLinkButton, QLabel, QVBoxLayout, QWidget

from app.ui.common.actions import icon


class WrappedCommandLink(QCommandLinkButton):
    """A command link as tall as its description needs at the width it was given.

    Qt lays a command link out at the height its size hint gives, which measures the
    description at the hint's own width: a description that wraps onto a third line at the
    real width (in French, "... invités et mandats.") had its last line cut off.
    """

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        needed = self.heightForWidth(event.size().width())
        if needed > 0 and self.minimumHeight() != needed:
            self.setMinimumHeight(needed)


class WelcomeView(QWidget):
    """Offers to start in the open (empty) workspace, create one, open one, or the example."""

    start_requested = Signal()
    describe_requested = Signal()
    create_requested = Signal()
    open_requested = Signal()
    example_requested = Signal()

    def __init__(
        self, default_workspace: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.default_workspace = default_workspace
        logo = QLabel()
        logo.setPixmap(icon("chairdesk").pixmap(72, 72))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        logo.setMinimumHeight(80)
        heading = QLabel(self.tr("Welcome to Chairdesk"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.situation = QLabel()
        self.situation.setWordWrap(True)
        self.situation.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        if default_workspace is not None:
            self.where.setText(
                self.tr("Chairdesk keeps its default workspace in {path}").format(
                    path=default_workspace
                )
            )
        self.where.setVisible(default_workspace is not None)

        self.start_button = self._button(
            self.tr("Start in this workspace"),
            self.tr("Plan the first meeting in the calendar."),
            self.start_requested,
        )
        self.describe_button = self._button(
            self.tr("Describe the working group…"),
            self.tr(
                "Its name and acronym (used in calendar titles), its chair and vice chairs, "
                "and the room, venue and time zone new meetings start with."
            ),
            self.describe_requested,
        )
        self.create_button = self._button(
            self.tr("Create a new workspace…"),
            self.tr("A new file for one working group's preparation."),
            self.create_requested,
        )
        self.open_button = self._button(
            self.tr("Open a workspace…"),
            self.tr("A .chairdesk file saved on this computer or sent to you."),
            self.open_requested,
        )
        self.example_button = self._button(
            self.tr("Open the MISPA III example"),
            self.tr(
                "The preparation of the Third Meeting of Ministers of Public Security of the "
                "Americas: meetings, agendas, documents, invitees and mandates."
            ),
            self.example_requested,
        )

        column = QWidget()
        # A fixed width lets the buttons' descriptions wrap to their full height.
        column.setFixedWidth(540)
        layout = QVBoxLayout(column)
        layout.setSpacing(6)
        layout.addWidget(logo)
        layout.addSpacing(6)
        layout.addWidget(heading)
        layout.addWidget(self.situation)
        layout.addWidget(self.where)
        layout.addSpacing(18)
        for button in (
            self.describe_button,
            self.start_button,
            self.create_button,
            self.open_button,
            self.example_button,
        ):
            layout.addWidget(button)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.show_workspace(None)

    def _button(self, text: str, description: str, signal: Signal) -> QCommandLinkButton:
        button = WrappedCommandLink(text, description)
        button.clicked.connect(signal.emit)
        return button

    def show_workspace(self, name: str | None) -> None:
        """Say which workspace is open (an empty one) or that none is."""
        if name is None:
            self.situation.setText(
                self.tr("No workspace is open. Create one, open one, or look at the example.")
            )
        else:
            self.situation.setText(
                self.tr("“{name}” is empty: it holds no working group and no meetings yet.").format(
                    name=name
                )
            )
        self.start_button.setVisible(name is not None)
        self.describe_button.setVisible(name is not None)
