"""The header band: the timeline's title, and the legend of marker styles."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPen

from frise.model.i18n import certainty_name
from frise.model.marks import KINDS
from frise.scene.cache import KeptPictures
from frise.scene.fonts import Fonts
from frise.scene.frame import HEADER_PX, Frame
from frise.scene.marks import CERTAINTIES, MarkPainter
from frise.scene.theme import Theme, text_on


class HeaderPainter:
    def __init__(
        self, fonts: Fonts, theme: Theme, pictures: KeptPictures, marks: MarkPainter
    ) -> None:
        self.fonts, self.theme, self.pictures, self.marks = fonts, theme, pictures, marks

    def paint(self, painter: QPainter, frame: Frame) -> None:
        """Title and legend, drawn once per width and language and kept."""
        lang = frame.scene.lang
        self.pictures.paint(
            painter,
            "header",
            (
                frame.scene.words,
                frame.timeline.title(lang),
                self._kinds(frame),
                self._extras(frame),
            ),
            frame.width,
            HEADER_PX,
            self.theme.paper,
            lambda on: self._draw(on, frame),
        )

    def _draw(self, painter: QPainter, frame: Frame) -> None:
        lang = frame.scene.lang
        painter.setPen(QPen(self.theme.grid_major, 1))
        painter.drawLine(QLineF(0, HEADER_PX - 0.5, frame.width, HEADER_PX - 0.5))
        self._paint_legend(painter, frame)
        painter.setFont(self.fonts.title)
        painter.setPen(self.theme.ink)
        metrics = QFontMetricsF(self.fonts.title)
        room = self.title_room(frame)
        title = metrics.elidedText(
            frame.timeline.title(lang), Qt.TextElideMode.ElideRight, max(room, 0)
        )
        painter.drawText(QRectF(10, 0, room, HEADER_PX), Qt.AlignmentFlag.AlignVCenter, title)

    @staticmethod
    def _kinds(frame: Frame) -> frozenset[str]:
        """The kinds of marks the legend explains: in the window all of them
        (one zoom away, any may show), in a picture those it holds."""
        if not frame.scene.still:
            return frozenset(("cluster", "bar"))
        return frozenset(
            KINDS[code] for lane in frame.lanes for code in np.unique(lane.marks.kind).tolist()
        )

    @staticmethod
    def _extras(frame: Frame) -> tuple[str, ...]:
        """The styles of reading a contested story that the frame uses."""
        scene = frame.scene
        extras = []
        if scene.meter:
            extras.append("meter")
        if scene.filtered.mode == "claims":
            extras.append("claims")
        if scene.filtered.ghost is not None:
            extras.append("ghost")
        return tuple(extras)

    def legend(self, frame: Frame) -> list[tuple[str, str]]:
        """What the legend explains, and its words: (mark style, label)."""
        words = frame.scene.words
        kinds = self._kinds(frame)
        items = [(c, certainty_name(c, words)) for c in CERTAINTIES]
        if "cluster" in kinds:
            if frame.key is not None and frame.key.numbers:
                label = words.tr("events too close to tell apart, listed below", "legend")
            else:
                label = words.tr("events too close to tell apart", "legend")
            items.append(("cluster", label))
        if "bar" in kinds:
            items.append(("range", words.tr("period", "legend: an event with an end date")))
        extras = {
            "meter": words.tr("independent sources", "legend: ticks over a marker"),
            "claims": words.tr("one party's account", "legend: a hatched sub-lane"),
            "ghost": words.tr("not yet known", "legend: a faint mark, as known on a day"),
        }
        items += [(extra, extras[extra]) for extra in self._extras(frame)]
        return items

    def title_room(self, frame: Frame) -> float:
        """Width left for the title beside the legend."""
        return frame.width - sum(width for _, _, width in self._legend(frame)) - 6 - 28

    def _legend(self, frame: Frame) -> list[tuple[str, str, float]]:
        """The legend's items: kind, label and the width each takes."""
        lang = frame.scene.lang
        metrics = QFontMetricsF(self.fonts.axis)
        legend = [
            (kind, label, 22 + metrics.horizontalAdvance(label) + 14)
            for kind, label in self.legend(frame)
        ]
        # The title comes first: the legend gives up its last items (never the
        # certainties) rather than cut it.
        title = QFontMetricsF(self.fonts.title).horizontalAdvance(frame.timeline.title(lang))
        room = frame.width - title - 6 - 28
        while len(legend) > len(CERTAINTIES) and sum(w for _, _, w in legend) > room:
            legend.pop()
        return legend

    def _paint_legend(self, painter: QPainter, frame: Frame) -> float:
        """Marker styles, right-aligned in the header; returns the width used."""
        theme, fonts = self.theme, self.fonts
        sample = theme.sample
        legend = self._legend(frame)
        items = [(kind, label) for kind, label, _ in legend]
        widths = [width for _, _, width in legend]
        painter.setFont(fonts.axis)
        metrics = QFontMetricsF(fonts.axis)
        x = frame.width - sum(widths) - 6
        y = HEADER_PX / 2
        start = x
        for (kind, label), width in zip(items, widths, strict=True):
            if kind == "cluster":
                rect = QRectF(x, y - 7, 18, 14)
                painter.setPen(QPen(theme.outline, 1))
                painter.setBrush(sample)
                painter.drawRoundedRect(rect, 7, 7)
                painter.setFont(fonts.count)
                painter.setPen(text_on(sample))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "3")
                painter.setFont(fonts.axis)
            elif kind == "range":
                faded = QColor(sample)
                faded.setAlpha(70)
                painter.setPen(QPen(sample, 1.2))
                painter.setBrush(faded)
                painter.drawRoundedRect(QRectF(x, y - 5, 18, 10), 3, 3)
            elif kind == "meter":
                self.marks.paint_meter(
                    painter, x + 9, y + 2, 3, 1, painter.device().devicePixelRatioF()
                )
            elif kind == "claims":
                rect = QRectF(x, y - 6, 18, 12)
                painter.fillRect(rect, QBrush(theme.claims, Qt.BrushStyle.BDiagPattern))
                painter.setPen(QPen(theme.grid_major, 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect)
            elif kind == "ghost":
                painter.setPen(QPen(theme.ghost, 1.2, Qt.PenStyle.DotLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(QPointF(x + 9, y), 4.5, 4.5)
            else:
                self.marks.paint_marker(painter, x + 9, y, sample, kind)
            painter.setPen(theme.muted)
            painter.drawText(QPointF(x + 22, y + metrics.ascent() - metrics.height() / 2), label)
            x += width
        return frame.width - start
