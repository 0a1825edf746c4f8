"""The right column's panels, each scrolling inside its tab.

A panel as tall as its controls (the filters: four lists, years, reading)
would hold the whole window at least that tall, taller than a 1280×720
screen. In a `PanelScroll` it asks for little height and scrolls when the
column is shorter than it; its width stays what its controls need, so it
never scrolls sideways.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

PANEL_MIN_HEIGHT = 120
"""The least height a panel asks for: a few of its rows."""


class PanelScroll(QScrollArea):
    """`panel` in a scroll area: as wide as the panel needs, as short as
    PANEL_MIN_HEIGHT."""

    def __init__(self, panel: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.panel = panel
        self.setWidget(panel)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The panel's own controls take the focus, not the area around them
        # (F6 and Tab land on the first of them).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys a control leaves unused go on to the window, and from there to
        # the plot (Page Down, Home…), rather than scroll the panel; the wheel
        # and Tab (which brings the next control into sight) scroll it.
        event.ignore()

    def _width(self) -> int:
        bar = self.verticalScrollBar().sizeHint().width()
        return self.panel.minimumSizeHint().width() + bar + 2 * self.frameWidth()

    def minimumSizeHint(self) -> QSize:
        return QSize(self._width(), PANEL_MIN_HEIGHT)

    def sizeHint(self) -> QSize:
        hint = self.panel.sizeHint()
        return QSize(max(self._width(), hint.width()), hint.height())
