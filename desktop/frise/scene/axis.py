"""The time axis band above the lanes, the tick lines across them, and the
shown range ("Feb 2024 – Jun 2025") above the lane names."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from frise.model.dates import format_days
from frise.model.timescale import FOLD_LABEL_PX, Tick, period_label
from frise.scene.cache import StaticTexts
from frise.scene.fonts import Fonts
from frise.scene.frame import AXIS_PX, NAME_PX, Frame
from frise.scene.theme import Theme


class AxisPainter:
    def __init__(self, fonts: Fonts, theme: Theme, texts: StaticTexts) -> None:
        self.fonts, self.theme, self.texts = fonts, theme, texts

    def paint_grid(self, painter: QPainter, frame: Frame) -> None:
        """Tick lines down the lanes: faint for minor ticks, darker for major."""
        view, plot = frame.scene.view, frame.plot
        bottom = min(plot.bottom(), frame.lanes_top + frame.lanes_height - frame.scene.scroll_y)

        def lines(ticks: tuple[Tick, ...]) -> list[QLineF]:
            return [
                QLineF(x, plot.top(), x, bottom)
                for x in (plot.left() + view.x(t.day) for t in ticks)
            ]

        painter.setPen(QPen(self.theme.grid, 1))
        painter.drawLines(lines(frame.axis.minor))
        painter.setPen(QPen(self.theme.grid_major, 1))
        painter.drawLines(lines(frame.axis.major))

    def paint(self, painter: QPainter, frame: Frame) -> None:
        theme, fonts, texts = self.theme, self.fonts, self.texts
        view, axis = frame.scene.view, frame.axis
        top = frame.lanes_top - AXIS_PX
        band = QRectF(0, top, frame.width, AXIS_PX)
        painter.fillRect(band, theme.paper)
        painter.setPen(QPen(theme.grid_major, 1))
        painter.drawLine(QLineF(0, band.bottom() - 0.5, frame.width, band.bottom() - 0.5))
        left = NAME_PX
        painter.save()
        painter.setClipRect(QRectF(left, top, frame.width - left, AXIS_PX))
        # With a coarser period above (years over months, months over days) the
        # minor labels take the lower row; alone, they take the middle.
        two_rows = bool(axis.major)
        minor_font = fonts.axis if two_rows else fonts.major
        painter.setFont(minor_font)
        painter.setPen(theme.muted if two_rows else theme.ink)
        minor_top = top + AXIS_PX - 20 if two_rows else top + (AXIS_PX - 15) / 2
        painter.drawLines(
            [
                QLineF(x, band.bottom() - 5, x, band.bottom())
                for x in (left + view.x(tick.day) for tick in axis.minor)
            ]
        )
        for tick in axis.minor:
            painter.drawStaticText(
                QPointF(left + view.x(tick.day) + 3, minor_top), texts.get(tick.label, minor_font)
            )
        painter.setFont(fonts.major)
        painter.setPen(theme.ink)
        major_top = top + 3
        for tick in axis.major:
            x = left + view.x(tick.day)
            painter.drawLine(QLineF(x, top + 2, x, band.bottom()))
            painter.drawStaticText(QPointF(x + 4, major_top), texts.get(tick.label, fonts.major))
        if two_rows:
            # The period the left edge is in, unless its own tick is about to show it.
            pinned = texts.get(period_label(view.day0, axis.unit, frame.scene.words), fonts.major)
            first_x = left + view.x(axis.major[0].day)
            if axis.folds:
                # Nor where the dates of a fold are written.
                fold = axis.folds[0]
                middle = left + (view.x(fold.first) + view.x(fold.last)) / 2
                first_x = min(first_x, middle - FOLD_LABEL_PX / 2)
            if first_x - left > pinned.size().width() + 12:
                painter.drawStaticText(QPointF(left + 4, major_top), pinned)
        painter.restore()
        self._paint_range(painter, frame, top)

    def _paint_range(self, painter: QPainter, frame: Frame, top: float) -> None:
        """The days shown, in the corner above the lane names."""
        view, words = frame.scene.view, frame.scene.words
        painter.fillRect(QRectF(0, top, NAME_PX, AXIS_PX), self.theme.paper)
        painter.setFont(self.fonts.axis)
        painter.setPen(self.theme.muted)
        # At the days' precision when a few weeks show: "3 – 17 Jun 2021".
        span = format_days(view.day0, view.day1 - 1, words)
        painter.drawText(
            QRectF(8, top, NAME_PX - 12, AXIS_PX),
            Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
            span,
        )
