"""The lanes' backgrounds, the lane-name column, and the message shown when
nothing is left to draw."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QStaticText

from frise.model import i18n
from frise.model.filters import FilteredTimeline
from frise.model.schema import text_in
from frise.scene.cache import KeptPictures, StaticTexts
from frise.scene.fonts import Fonts
from frise.scene.frame import NAME_PX, Frame
from frise.scene.theme import Theme


class LanePainter:
    def __init__(
        self, fonts: Fonts, theme: Theme, texts: StaticTexts, pictures: KeptPictures
    ) -> None:
        self.fonts, self.theme, self.texts, self.pictures = fonts, theme, texts, pictures

    def paint_backgrounds(self, painter: QPainter, frame: Frame) -> None:
        for k, lane in enumerate(frame.lanes):
            rect = QRectF(0, lane.top, frame.width, lane.box.height)
            painter.fillRect(rect, self.theme.lanes[k % 2])
        painter.setPen(QPen(self.theme.grid_major, 1))
        painter.drawLines(
            [
                QLineF(
                    0,
                    lane.top + lane.box.height - 0.5,
                    frame.width,
                    lane.top + lane.box.height - 0.5,
                )
                for lane in frame.lanes
            ]
        )

    def name_heights(self, filtered: FilteredTimeline, lang: str) -> list[float]:
        """How tall each lane's name is, wrapped in the name column, plus a margin."""
        timeline = filtered.timeline
        return [
            self._name(text_in(timeline.parties[lane.party].name, lang)).size().height() + 8
            for lane in filtered.lanes
        ]

    def _name(self, name: str) -> QStaticText:
        return self.texts.get(name, self.fonts.name, NAME_PX - 18)

    def paint_names(self, painter: QPainter, frame: Frame) -> None:
        """The lane-name column, drawn once per layout of the lanes and kept:
        panning and zooming do not change it."""
        plot = frame.plot
        key = (
            frame.scene.lang,
            frame.timeline,
            tuple((lane.party, lane.top, lane.box.height) for lane in frame.lanes),
        )
        painter.save()
        painter.setClipRect(QRectF(0, plot.top(), NAME_PX, plot.height()))
        self.pictures.paint(
            painter,
            "names",
            key,
            NAME_PX,
            frame.height,
            self.theme.names,
            lambda names: self._draw_names(names, frame),
        )
        painter.restore()

    def _draw_names(self, painter: QPainter, frame: Frame) -> None:
        timeline, lang = frame.timeline, frame.scene.lang
        painter.setFont(self.fonts.name)
        painter.setPen(self.theme.ink)
        for lane in frame.lanes:
            top, height = lane.top, lane.box.height
            if top > frame.height or top + height < frame.lanes_top:
                continue
            painter.fillRect(QRectF(0, top, 5, height), QColor(timeline.colors[lane.party]))
            name = self._name(text_in(timeline.parties[lane.party].name, lang))
            text_height = min(name.size().height(), height - 8)
            painter.save()
            painter.setClipRect(QRectF(12, top + 4, NAME_PX - 18, height - 8))
            painter.drawStaticText(QPointF(12, top + (height - text_height) / 2), name)
            painter.restore()
        painter.setPen(QPen(self.theme.grid_major, 1))
        painter.drawLine(QLineF(NAME_PX - 0.5, frame.lanes_top, NAME_PX - 0.5, frame.height))

    def paint_empty(self, painter: QPainter, frame: Frame) -> None:
        lang = frame.scene.lang
        message = i18n.text("empty.no-lanes" if not frame.lanes else "empty.no-events", lang)
        painter.setFont(self.fonts.name)
        painter.setPen(self.theme.muted)
        painter.drawText(frame.plot, Qt.AlignmentFlag.AlignCenter, message)
