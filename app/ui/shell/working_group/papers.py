"""How the group's papers look: page size, the series line of the header, a Word template."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app.ui.shell.working_group.section import GroupSection


class PapersSection(GroupSection):
    """The settings every paper is made with; a template is checked as soon as it is chosen,
    and a refused one leaves the setting as it was."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.template: bytes | None = None
        self.template_name = ""
        self.size_combo = QComboBox(self)
        self.size_combo.addItem(self.tr("A4 (210 × 297 mm)"), "a4")
        self.size_combo.addItem(self.tr("US Letter (8.5 × 11 in)"), "letter")
        self.size_combo.currentIndexChanged.connect(self.edited)
        self.form.addRow(self.tr("Paper &size:"), self.size_combo)
        self.series_edit = self.line(
            self.tr("S&eries line of the header:"), 100, self.tr("e.g. OEA/Ser.G")
        )
        self.template_label = QLabel(self)
        self.template_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Choose a Word template…"), self)
        self.built_in_button = QPushButton(self.tr("Use the &built-in styles"), self)
        self.choose_button.clicked.connect(lambda: self.choose_template())
        self.built_in_button.clicked.connect(self.use_built_in_styles)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.built_in_button)
        buttons.addStretch(1)
        self.form.addRow(self.tr("Word template:"), self.template_label)
        self.form.addRow("", buttons)
        hint = QLabel(
            self.tr(
                "A .docx saved from Word with the secretariat's letterhead and styles: the "
                "Word papers are written on it and take its styles. The PDF papers keep the "
                "built-in layout."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self._show_template()

    def title(self) -> str:
        return self.tr("Papers")

    def set_values(self, values: Mapping[str, Any]) -> None:
        from app.services.paper_settings import DEFAULT_SERIES

        papers = values.get("papers") or {}
        index = self.size_combo.findData(papers.get("size", "a4"))
        self.size_combo.setCurrentIndex(max(index, 0))
        self.series_edit.setText(papers.get("series", DEFAULT_SERIES))
        self.template = papers.get("template")
        self.template_name = papers.get("template_name", "") if self.template else ""
        self._show_template()

    def values(self) -> dict[str, Any]:
        return {
            "papers": {
                "size": self.size_combo.currentData(),
                "series": self.series_edit.text().strip(),
                "template_name": self.template_name,
                "template": self.template,
            }
        }

    def _show_template(self) -> None:
        if self.template is None:
            self.template_label.setText(self.tr("None: the papers use the built-in styles."))
        else:
            self.template_label.setText(
                self.tr("{name} ({size} KB)").format(
                    name=self.template_name, size=max(1, round(len(self.template) / 1024))
                )
            )
        self.built_in_button.setEnabled(self.template is not None)

    def load_template(self, path: Path) -> str:
        """Take ``path`` as the template if the papers can be written on it; else keep the
        setting as it was and return why not."""
        from app.papers.docx_writer import check_template_opens
        from app.services.errors import ValidationError
        from app.services.paper_settings import MAX_TEMPLATE_BYTES

        if path.suffix.lower() not in {".docx", ".dotx"}:
            return self.tr(
                "{name} is not a Word template. Choose a file saved from Word as .docx or .dotx."
            ).format(name=path.name)
        try:
            if path.stat().st_size > MAX_TEMPLATE_BYTES:
                return self.tr(
                    "{name} is larger than 20 MB: a letterhead template is far smaller. "
                    "Choose another file."
                ).format(name=path.name)
            content = path.read_bytes()
            check_template_opens(path.name, content)
        except OSError as error:
            return self.tr("{name} cannot be read: {reason}").format(
                name=path.name, reason=error.strerror or str(error)
            )
        except ValidationError as error:
            return error.message
        self.template, self.template_name = content, path.name
        self._show_template()
        self.edited.emit()
        return ""

    def choose_template(self, path: Path | None = None) -> None:
        """Ask for a .docx (unless ``path`` is given), check it, say so if it is refused."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Choose the Word template of the papers"),
                "",
                self.tr("Word documents and templates (*.docx *.dotx)"),
            )
            if not name:
                return
            path = Path(name)
        problem = self.load_template(path)
        if problem:
            QMessageBox.warning(
                self,
                self.tr("Cannot use this template"),
                problem + "\n\n" + self.tr("The papers keep the template they had."),
            )

    def use_built_in_styles(self) -> None:
        self.template, self.template_name = None, ""
        self._show_template()
        self.edited.emit()
