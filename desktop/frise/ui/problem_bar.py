"""A bar above the timeline saying that the file on disk has problems.

Shown when a reload after a save fails: the window keeps the last version
that opened, and the bar says so, without a dialog stealing the focus from
the editor the user is typing in. It goes away when a save fixes the file.
The first problem is said in the interface's language, again when it changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from frise.model.problems import Problem
from frise.ui.problems import problem_line


class ProblemBar(QFrame):
    detailsRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("problem-bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#problem-bar { background: #FFF4CE; color: #3B2F00; }")
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.details_button = QPushButton()
        self._shown: tuple[str, int, Problem | None] | None = None
        self.details_button.clicked.connect(self.detailsRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.details_button)
        self.retranslate()
        self.hide()

    def show_problems(self, name: str, count: int, first: Problem | None) -> None:
        self._shown = (name, count, first)
        self.retranslate()
        self.show()

    def retranslate(self) -> None:
        self.details_button.setText(self.tr("Show the problems"))
        if self._shown is not None:
            name, count, first = self._shown
            text = self.tr(
                "{name} has %Ln problem(s); the last version that opened is shown. "
                "The first: {first}",
                "",
                count,
            )
            said = problem_line(first) if first is not None else ""
            self.label.setText(text.format(name=name, first=said))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
