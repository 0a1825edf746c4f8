"""Go to date: a small dialog asking for a date as people type it, in
English or French ("2024", "2024-08", "5 Aug 2024", "5 août 2024"); it stays
open and says what is wrong until the date can be read."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from frise.model.dates import PartialDate, read_date


class GoToDateDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("go-to-date")
        self.setWindowTitle(self.tr("Go to date"))
        self.date: PartialDate | None = None
        prompt = QLabel(
            self.tr("A year, a month or a day: 2024, Aug 2024, 5 Aug 2024, 5 août 2024")
        )
        prompt.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setAccessibleName(self.tr("Date to go to"))
        prompt.setBuddy(self.field)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #CF222E")
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.field)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            self.date = read_date(self.field.text())
        except ValueError as e:
            self.problem.setText(str(e))
            self.problem.show()
            self.problem.setAccessibleName(str(e))
            self.field.setFocus()
            self.field.selectAll()
            return
        super().accept()
