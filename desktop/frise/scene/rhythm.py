"""A party's reply rhythm as a small strip: each reply a stem standing at its
date, as tall as the delay (on the log scale `Rhythm.y` gives), with guides
at a week, a month, a year…, and the years along the bottom.

Drawn from a `Rhythm` (pure data from the model) in a `Theme`'s colours, on
any paint device; the details panel shows it as a picture.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPen

from frise.model.dates import Precision
from frise.model.i18n import Words
from frise.model.rhythm import Rhythm
from frise.model.threads import delay_length
from frise.scene.fonts import Fonts
from frise.scene.theme import Theme

HEIGHT_PX = 96
"""The strip's height: room for the guides and the years."""
STEM_PX = 2.0
DOT_PX = 3.5
"""Radius of the dot at the top of a stem."""


@dataclass(frozen=True)
class StripLayout:
    plot: QRectF
    """Where the stems stand: the baseline is its bottom (the same day), its
    top the rhythm's top."""
    guides: list[tuple[float, str]]
    """Each guide's height and its words ("1 month")."""
    years: list[tuple[float, str]]
    """Each year's place along the baseline and its number."""
    stems: list[QPointF]
    """The top of each reply's stem, in the rhythm's order."""


def lay_out(rect: QRectF, rhythm: Rhythm, words: Words, metrics: QFontMetricsF) -> StripLayout:
    """Where everything goes in `rect`: the guides' words on the left, the
    years under the baseline, the stems between."""
    texts = [(days, delay_length(delay, words)) for days, delay in rhythm.guides()]
    gutter = max((metrics.horizontalAdvance(text) for _, text in texts), default=0.0) + 8
    line = metrics.height()
    plot = QRectF(
        rect.left() + gutter,
        rect.top() + line / 2 + 2,
        rect.width() - gutter - DOT_PX - 4,
        rect.height() - line - line / 2 - 6,
    )

    def x_at(share: float) -> float:
        # On a whole pixel, so a 2-pixel stem covers two columns crisply.
        return round(plot.left() + DOT_PX + share * (plot.width() - 2 * DOT_PX))

    def y_at(share: float) -> float:
        return plot.bottom() - share * plot.height()

    years: list[tuple[float, str]] = []
    if rhythm.first >= 1:  # 0 when there is no reply (or none known yet): no years to mark
        first, last = dt.date.fromordinal(rhythm.first), dt.date.fromordinal(rhythm.last)
        years = [(x_at(rhythm.x(rhythm.first)), str(first.year))] + [
            (x_at(rhythm.x(dt.date(year, 1, 1).toordinal())), str(year))
            for year in range(first.year + 1, last.year + 1)
        ]
    return StripLayout(
        plot=plot,
        guides=[(y_at(rhythm.y(days)), text) for days, text in texts],
        years=years,
        stems=[QPointF(x_at(across), y_at(up)) for across, up in rhythm.points()],
    )


def paint_rhythm(
    painter: QPainter,
    rect: QRectF,
    rhythm: Rhythm,
    theme: Theme,
    color: QColor,
    words: Words,
    fonts: Fonts | None = None,
) -> None:
    """Draw `rhythm` inside `rect`, its marks in the party's `color` (as the
    theme edges it, so black stays visible on a dark paper).

    A stem's dot is hollow when the delay is coarser than a day (a date given
    to the month or the year): it stands where the dates allow, not exactly."""
    font = (fonts or Fonts()).axis
    metrics = QFontMetricsF(font)
    layout = lay_out(rect, rhythm, words, metrics)
    plot = layout.plot
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, theme.paper)
    painter.setFont(font)
    for y, text in layout.guides:
        painter.setPen(QPen(theme.grid_major, 1, Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(theme.muted)
        box = QRectF(rect.left(), y - metrics.height() / 2, plot.left() - rect.left() - 6, 0)
        box.setHeight(metrics.height())
        painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
    painter.setPen(QPen(theme.grid_major, 1))
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
    _paint_years(painter, layout, theme, metrics)
    edge = theme.edge(color)
    for reply, top in zip(rhythm.replies, layout.stems, strict=True):
        painter.setPen(QPen(edge, STEM_PX, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        painter.drawLine(QPointF(top.x(), plot.bottom()), top)
        painter.setBrush(edge if reply.delay.precision == Precision.DAY else theme.paper)
        painter.setPen(QPen(edge, 1.5))
        painter.drawEllipse(top, DOT_PX, DOT_PX)
    painter.restore()


def _paint_years(
    painter: QPainter, layout: StripLayout, theme: Theme, metrics: QFontMetricsF
) -> None:
    """The first reply's year at the left, then each new year at its first
    day, as a tick and its number; a number that would overlap is left out."""
    plot = layout.plot
    top = plot.bottom() + 2
    right_of_last = plot.left() - 10.0
    for k, (x, text) in enumerate(layout.years):
        if k:
            painter.setPen(QPen(theme.grid_major, 1))
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3))
        width = metrics.horizontalAdvance(text)
        left = min(max(x - width / 2, plot.left()), plot.right() - width)
        if left > right_of_last + 6:
            painter.setPen(theme.muted)
            painter.drawText(QRectF(left, top, width + 1, metrics.height()), 0, text)
            right_of_last = left + width


def rhythm_image(
    rhythm: Rhythm,
    theme: Theme,
    color: QColor,
    words: Words,
    width: float,
    pixel_ratio: float = 1.0,
) -> QImage:
    """The strip as a picture `width` logical pixels wide, sharp on a screen
    of `pixel_ratio` device pixels per logical pixel."""
    image = QImage(
        round(width * pixel_ratio),
        round(HEIGHT_PX * pixel_ratio),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(pixel_ratio)
    image.fill(theme.paper)
    painter = QPainter(image)
    try:
        paint_rhythm(painter, QRectF(0, 0, width, HEIGHT_PX), rhythm, theme, color, words)
    finally:
        painter.end()
    return image
