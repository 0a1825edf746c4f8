"""What is drawn over the lanes rather than in one: the lines joining an
event's marks across the lanes it belongs to, and the folds, where quiet
stretches of time are shown narrower than they are (a band with zig-zag
edges across the lanes, its first and last month on the axis)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen, QPolygonF

from frise.model.dates import PartialDate, date_of_day
from frise.model.timescale import fold_dates
from frise.scene.fonts import Fonts
from frise.scene.frame import AXIS_PX, Frame, Highlight
from frise.scene.theme import Theme, text_on

ZIGZAG_PX = 3.0
"""Half the width of a fold edge's zig-zag."""


class OverlayPainter:
    def __init__(self, theme: Theme, fonts: Fonts | None = None) -> None:
        self.theme = theme
        self.fonts = fonts or Fonts()

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

    def paint_as_of(self, painter: QPainter, frame: Frame) -> None:
        """As known on a day: the days after it shaded, the day itself a line
        across the lanes (plot coordinates)."""
        as_of = frame.scene.filtered.filter.as_of
        if as_of is None:
            return
        view = frame.scene.view
        x = view.x(as_of + 1)
        if x > view.width + 2:
            return
        top = frame.lanes_top
        bottom = min(frame.height, top + frame.lanes_height - frame.scene.scroll_y)
        left = max(x, 0.0)
        painter.fillRect(QRectF(left, top, view.width - left, bottom - top), self.theme.after_as_of)
        if x >= 0:
            painter.setPen(QPen(self.theme.as_of, 1.5))
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))

    def paint_as_of_flag(self, painter: QPainter, frame: Frame, left: float) -> None:
        """On the axis band, at the day shown: "as known on 5 Mar 2024"."""
        as_of = frame.scene.filtered.filter.as_of
        if as_of is None:
            return
        view, words = frame.scene.view, frame.scene.words
        x = left + view.x(as_of + 1)
        if not left <= x <= frame.width:
            return
        day = date_of_day(as_of)
        date = PartialDate(day.year, day.month, day.day).format(words)
        text = words.tr("as known on {date}").format(date=date)
        font = self.fonts.axis
        metrics = QFontMetricsF(font)
        width = metrics.horizontalAdvance(text) + 10
        bottom = frame.lanes_top
        # Right of the line when there is room, else left of it.
        box_left = x + 1 if x + width < frame.width else x - width - 1
        box = QRectF(box_left, bottom - 17, width, 15)
        painter.fillRect(box, self.theme.as_of)
        painter.setFont(font)
        painter.setPen(text_on(self.theme.as_of))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.setPen(QPen(self.theme.as_of, 1.5))
        painter.drawLine(QPointF(x, bottom - AXIS_PX + 2), QPointF(x, bottom))

    def paint_folds(self, painter: QPainter, frame: Frame) -> None:
        """Folds across the lanes, in plot coordinates (x = 0 at the plot's left)."""
        view = frame.scene.view
        top = frame.lanes_top
        bottom = min(frame.height, top + frame.lanes_height - frame.scene.scroll_y)
        for fold in frame.axis.folds:
            x0, x1 = view.x(fold.first), view.x(fold.last)
            painter.fillRect(QRectF(x0, top, x1 - x0, bottom - top), self.theme.fold)
            self._edges(painter, x0, x1, top, bottom)

    def paint_fold_dates(self, painter: QPainter, frame: Frame, left: float) -> None:
        """On the axis band: each fold's edges and the months it hides, one
        above the other, centred on it."""
        view, words = frame.scene.view, frame.scene.words
        top = frame.lanes_top - AXIS_PX
        font = self.fonts.axis
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        for fold in frame.axis.folds:
            x0, x1 = left + view.x(fold.first), left + view.x(fold.last)
            first, last = fold_dates(fold, words)
            width = max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(last)) + 6
            middle = (x0 + x1) / 2
            band = QRectF(min(x0, middle - width / 2), top + 1, max(x1 - x0, width), AXIS_PX - 2)
            painter.fillRect(band, self.theme.paper)
            painter.fillRect(QRectF(x0, top + AXIS_PX - 6, x1 - x0, 6), self.theme.fold)
            self._edges(painter, x0, x1, top + AXIS_PX - 6, top + AXIS_PX)
            painter.setPen(self.theme.muted)
            half = (AXIS_PX - 6) / 2
            for k, text in enumerate((first, last)):
                painter.drawText(
                    QRectF(middle - width / 2, top + k * half, width, half),
                    Qt.AlignmentFlag.AlignCenter,
                    text,
                )

    def _edges(self, painter: QPainter, x0: float, x1: float, top: float, bottom: float) -> None:
        painter.save()
        # Without antialiasing: a zig-zag the height of the lanes is hundreds of
        # segments, drawn on every repaint.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(self.theme.fold_edge, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for x in (x0 + ZIGZAG_PX, x1 - ZIGZAG_PX):
            points, y, k = [], top, 0
            while y < bottom:
                points.append(QPointF(x + (ZIGZAG_PX if k % 2 else -ZIGZAG_PX), y))
                y += 2 * ZIGZAG_PX
                k += 1
            points.append(QPointF(x + (ZIGZAG_PX if k % 2 else -ZIGZAG_PX), bottom))
            painter.drawPolyline(QPolygonF(points))
        painter.restore()
