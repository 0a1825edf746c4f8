"""What is drawn over the lanes rather than in one: the lines joining an
event's marks across the lanes it belongs to."""

from __future__ import annotations

from PySide6.QtGui import QPainter, QPen

from frise.scene.frame import Frame, Highlight
from frise.scene.theme import Theme


class OverlayPainter:
    def __init__(self, theme: Theme) -> None:
        self.theme = theme

    def paint_links(self, painter: QPainter, frame: Frame, highlight: Highlight) -> None:
        """A thin line joins the marks of an event shown in several lanes."""
        # Solid and faint rather than dotted: a dotted line is hundreds of dots
        # to rasterise, and these are drawn on every repaint.
        faint = QPen(self.theme.link, 1)
        strong = QPen(self.theme.select, 2)
        for event, points in frame.links.items():
            emphasis = event in (highlight.selected, highlight.hovered)
            painter.setPen(strong if emphasis else faint)
            painter.drawPolyline(points)
