"""File → Export…: choose the format (PNG, SVG, PDF), what to show (the whole
range or the current view), the width and, for PNG, the sharpness; then a file.

The picture shows what the window shows for the current filters and language.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from frise.model.limits import DEFAULT_WIDTH

WIDTHS = (1600, DEFAULT_WIDTH, 2400, 3000, 4000)
SCALES = (1.0, 2.0)
FORMATS = ("png", "svg", "pdf")


@dataclass(frozen=True)
class ExportChoice:
    path: Path
    width: int
    scale: float
    fmt: str = "png"
    current_view: bool = False


class ExportDialog(QDialog):
    def __init__(self, parent: QWidget | None, summary: str, width: int, scale: float):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.format_box = QComboBox()
        formats = (
            self.tr("PNG image"),
            self.tr("SVG drawing (text stays text)"),
            self.tr("PDF document (with the sources)"),
        )
        for fmt, label in zip(FORMATS, formats, strict=True):
            self.format_box.addItem(label, fmt)
        self.whole = QRadioButton(self.tr("Whole range"))
        self.current = QRadioButton(self.tr("Current view"))
        self.whole.setChecked(True)
        self.range_group = QButtonGroup(self)
        self.range_group.addButton(self.whole)
        self.range_group.addButton(self.current)
        shown = QHBoxLayout()
        shown.addWidget(self.whole)
        shown.addWidget(self.current)
        shown.addStretch()
        self.width_box = QComboBox()
        for value in sorted({*WIDTHS, width}):
            self.width_box.addItem(f"{value} px", value)
        self.width_box.setCurrentIndex(self.width_box.findData(width))
        self.scale_box = QComboBox()
        scales = (self.tr("1× (standard)"), self.tr("2× (sharp on HiDPI screens)"))
        for factor, label in zip(SCALES, scales, strict=True):
            self.scale_box.addItem(label, factor)
        self.scale_box.setCurrentIndex(max(self.scale_box.findData(scale), 0))
        self.format_box.currentIndexChanged.connect(self._format_changed)
        note = QLabel(summary)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format_box)
        form.addRow(self.tr("Shows"), shown)
        form.addRow(self.tr("Width"), self.width_box)
        form.addRow(self.tr("Sharpness"), self.scale_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _format_changed(self) -> None:
        # Vector formats have no pixels to sharpen.
        self.scale_box.setEnabled(self.chosen_format == "png")

    @property
    def chosen_format(self) -> str:
        return str(self.format_box.currentData())

    @property
    def chosen_width(self) -> int:
        return int(self.width_box.currentData())

    @property
    def chosen_scale(self) -> float:
        return float(self.scale_box.currentData()) if self.chosen_format == "png" else 1.0

    @property
    def chosen_current_view(self) -> bool:
        return self.current.isChecked()


def file_filter(fmt: str) -> str:
    translate = QCoreApplication.translate
    return {
        "png": translate("ExportDialog", "PNG images (*.png)"),
        "svg": translate("ExportDialog", "SVG drawings (*.svg)"),
        "pdf": translate("ExportDialog", "PDF documents (*.pdf)"),
    }[fmt]


def ask_export(
    parent: QWidget, summary: str, suggested: Path, width: int, scale: float
) -> ExportChoice | None:
    dialog = ExportDialog(parent, summary, width, scale)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    fmt = dialog.chosen_format
    path = ask_save_path(
        parent,
        QCoreApplication.translate("ExportDialog", "Export"),
        suggested.with_suffix(f".{fmt}"),
        file_filter(fmt),
        fmt,
    )
    if path is None:
        return None
    return ExportChoice(
        path,
        dialog.chosen_width,
        dialog.chosen_scale,
        fmt,
        dialog.chosen_current_view,
    )


def ask_save_path(
    parent: QWidget, title: str, suggested: Path, name_filter: str, suffix: str
) -> Path | None:
    """Where to save, ending in ".suffix". The dialog adds the suffix to a
    name typed without it before it asks whether to replace a file, so the
    question is about the file that would be replaced; should a platform's
    dialog not, the question is asked here."""
    files = QFileDialog(parent, title, str(suggested), name_filter)
    files.setObjectName("save-file")
    files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    files.setFileMode(QFileDialog.FileMode.AnyFile)
    files.setDefaultSuffix(suffix)
    if files.exec() != QDialog.DialogCode.Accepted or not files.selectedFiles():
        return None
    path = Path(files.selectedFiles()[0])
    if path.suffix.lower() == f".{suffix}":
        return path
    path = path.with_name(f"{path.name}.{suffix}")
    if path.exists() and not _replace(parent, path):
        return None
    return path


def _replace(parent: QWidget, path: Path) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ExportDialog", "Replace the file?"),
        QCoreApplication.translate("ExportDialog", "{name} already exists. Replace it?").format(
            name=path.name
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
