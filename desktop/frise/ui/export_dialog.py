"""File → Export PNG…: choose the picture's width and sharpness, then a file.

The export shows what the window shows for the current filters and language,
over the whole filtered range.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

WIDTHS = (1600, 2400, 3000, 4000)
SCALES = ((1.0, "1× (standard)"), (2.0, "2× (sharp on HiDPI screens)"))


@dataclass(frozen=True)
class ExportChoice:
    path: Path
    width: int
    scale: float


class ExportDialog(QDialog):
    def __init__(self, parent, summary: str, width: int, scale: float):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export PNG"))
        self.width_box = QComboBox()
        for value in sorted({*WIDTHS, width}):
            self.width_box.addItem(f"{value} px", value)
        self.width_box.setCurrentIndex(self.width_box.findData(width))
        self.scale_box = QComboBox()
        for factor, label in SCALES:
            self.scale_box.addItem(label, factor)
        self.scale_box.setCurrentIndex(max(self.scale_box.findData(scale), 0))
        note = QLabel(summary)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        form = QFormLayout()
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

    @property
    def chosen_width(self) -> int:
        return int(self.width_box.currentData())

    @property
    def chosen_scale(self) -> float:
        return float(self.scale_box.currentData())


def ask_export(
    parent, summary: str, suggested: Path, width: int, scale: float
) -> ExportChoice | None:
    dialog = ExportDialog(parent, summary, width, scale)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    name, _ = QFileDialog.getSaveFileName(
        parent, parent.tr("Export PNG"), str(suggested), parent.tr("PNG images (*.png)")
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".png":
        path = path.with_name(path.name + ".png")
    return ExportChoice(path, dialog.chosen_width, dialog.chosen_scale)
