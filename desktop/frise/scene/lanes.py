"""The lanes' backgrounds, the lane-name column, and the message shown when
nothing is left to draw."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QStaticText

from frise.model.filters import FilteredTimeline, Lane
from frise.model.i18n import Words
from frise.model.schema import text_in
from frise.model.text import isolate
from frise.scene.cache import KeptPictures, StaticTexts
from frise.scene.fonts import Fonts
from frise.scene.frame import NAME_PX, Frame, LaneFrame
from frise.scene.theme import Theme


def lane_name(filtered: FilteredTimeline, lane: Lane | LaneFrame, lang: str, words: Words) -> str:
    """A lane's name: its party's, or for a claimant's sub-lane, whose account it is."""
    timeline = filtered.timeline
    if lane.claimant is None:
        return text_in(timeline.parties[lane.party].name, lang)
    claimant = (
        timeline.party_name(timeline.parties[lane.claimant].id, lang)
        if lane.claimant >= 0
        else words.tr("unnamed", "who claims it, when the file does not say")
    )
    return words.tr("as {claimant} tells it", "a claims sub-lane").format(
        claimant=isolate(claimant)
    )


class LanePainter:
    def __init__(
        self, fonts: Fonts, theme: Theme, texts: StaticTexts, pictures: KeptPictures
    ) -> None:
        self.fonts, self.theme, self.texts, self.pictures = fonts, theme, texts, pictures

    def paint_backgrounds(self, painter: QPainter, frame: Frame) -> None:
        # Whole pixels, without antialiasing: the fastest fills there are.
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self._paint_backgrounds(painter, frame)
        painter.restore()

    def _paint_backgrounds(self, painter: QPainter, frame: Frame) -> None:
        hatch = QBrush(self.theme.claims, Qt.BrushStyle.BDiagPattern)
        for k, lane in enumerate(frame.lanes):
            rect = QRectF(0, lane.top, frame.width, lane.box.height)
            painter.fillRect(rect, self.theme.lanes[k % 2])
            if lane.claimant is not None:
                painter.fillRect(rect, hatch)
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

    def name_heights(self, filtered: FilteredTimeline, lang: str, words: Words) -> list[float]:
        """How tall each lane's name is, wrapped in the name column, plus a margin."""
        return [
            self._name(lane_name(filtered, lane, lang, words)).size().height() + 8
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
            tuple((lane.key, lane.top, lane.box.height) for lane in frame.lanes),
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
            color = QColor(timeline.colors[lane.party])
            name = self._name(lane_name(frame.scene.filtered, lane, lang, frame.scene.words))
            if lane.claimant is None:
                painter.fillRect(QRectF(0, top, 5, height), color)
            else:
                # A claimant's sub-lane hangs from its party's lane: a thinner bar.
                painter.fillRect(QRectF(0, top, 2, height), color)
                painter.fillRect(QRectF(0, top, NAME_PX, height), self._hatch())
            text_height = min(name.size().height(), height - 8)
            painter.save()
            painter.setPen(self.theme.muted if lane.claimant is not None else self.theme.ink)
            painter.setClipRect(QRectF(12, top + 4, NAME_PX - 18, height - 8))
            painter.drawStaticText(QPointF(12, top + (height - text_height) / 2), name)
            painter.restore()
        painter.setPen(QPen(self.theme.grid_major, 1))
        painter.drawLine(QLineF(NAME_PX - 0.5, frame.lanes_top, NAME_PX - 0.5, frame.height))

    def _hatch(self) -> QBrush:
        return QBrush(self.theme.claims, Qt.BrushStyle.BDiagPattern)

    def paint_empty(self, painter: QPainter, frame: Frame) -> None:
        words = frame.scene.words
        message = (
            words.tr("No party selected")
            if not frame.lanes
            else words.tr("No events in this range")
        )
        painter.setFont(self.fonts.name)
        painter.setPen(self.theme.muted)
        painter.drawText(frame.plot, Qt.AlignmentFlag.AlignCenter, message)
