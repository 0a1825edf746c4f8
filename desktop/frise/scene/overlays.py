"""What is drawn over the lanes rather than in one: the lines joining an
event's marks across the lanes it belongs to; the folds, where quiet
stretches of time are shown narrower than they are (a band with zig-zag
edges across the lanes, its first and last month on the axis); the day a
story is shown as known on; and relations as arcs, from the event that
states one to the event it names, labelled with the relation and the delay
("responds to · +5 days") when hovered, or always in a picture."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)

from frise.model.dates import PartialDate, date_of_day
from frise.model.i18n import relation_name
from frise.model.marks import MARKER_PX, visible_label
from frise.model.threads import Link, format_delay, link_delay
from frise.model.timescale import fold_dates
from frise.scene.batch import draw_lines
from frise.scene.fonts import Fonts
from frise.scene.frame import AXIS_PX, Frame, Highlight
from frise.scene.theme import Theme, text_on

ZIGZAG_PX = 3.0
"""Half the width of a fold edge's zig-zag."""


class OverlayPainter:
    def __init__(self, theme: Theme, fonts: Fonts | None = None) -> None:
        self.theme = theme
        self.fonts = fonts or Fonts()
        self._zigzags: dict[tuple[float, float], QPolygonF] = {}
        """A fold's edge from top to bottom, at x = 0: made once per height."""

    def paint_links(self, painter: QPainter, frame: Frame, highlight: Highlight) -> None:
        """A thin line joins the marks of an event shown in several lanes."""
        # Solid and faint rather than dotted: a dotted line is hundreds of dots
        # to rasterise, and these are drawn on every repaint.
        found = frame.links
        joined = found.joined
        if not len(joined):
            return
        emphasised = [e for e in (highlight.selected, highlight.hovered) if e is not None]
        strong = np.isin(found.event[joined], emphasised)
        x, y = found.x, found.y
        for emphasis, pen in (
            (False, QPen(self.theme.link, 1)),
            (True, QPen(self.theme.select, 2)),
        ):
            which = joined[strong == emphasis]
            if len(which):
                painter.setPen(pen)
                draw_lines(painter, x[which], y[which], x[which + 1], y[which + 1])

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
        zigzag = self._zigzags.get((top, bottom))
        if zigzag is None:
            # Hundreds of points, the same on every repaint at this height:
            # made once, then moved to each edge in one call.
            points, y, k = [], top, 0
            while y < bottom:
                points.append(QPointF(ZIGZAG_PX if k % 2 else -ZIGZAG_PX, y))
                y += 2 * ZIGZAG_PX
                k += 1
            points.append(QPointF(ZIGZAG_PX if k % 2 else -ZIGZAG_PX, bottom))
            if len(self._zigzags) > 64:
                self._zigzags.clear()
            zigzag = self._zigzags[(top, bottom)] = QPolygonF(points)
        for x in (x0 + ZIGZAG_PX, x1 - ZIGZAG_PX):
            painter.drawPolyline(zigzag.translated(x, 0.0))
        painter.restore()


# --- relations as arcs ----------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Arc:
    """A relation laid out on a frame, in plot coordinates."""

    link: Link
    path: QPainterPath
    """From the event stating the relation to the top of the one it names."""
    head: QPolygonF
    """The arrow head, at the event named."""

    def label_at(self) -> QPointF:
        return self.path.pointAtPercent(0.5)


def arc_label(frame: Frame, link: Link) -> str:
    """ "responds to · +5 days", « répond à · +5 jours »."""
    words = frame.scene.words
    relation = relation_name(link.relation, words)
    return f"{relation} · {format_delay(link_delay(frame.timeline, link), words)}"


def lay_out_arcs(frame: Frame, links: tuple[Link, ...]) -> list[Arc]:
    """Where each link's arc goes: from the mark of the event stating it to
    the mark of the one it names (a cluster holding it, else its date in its
    first lane shown); links to an event no lane shows are left out."""
    wanted = {e for link in links for e in (link.source, link.target)}
    points = _event_points(frame, wanted)
    arcs = []
    for link in links:
        start, end = points.get(link.source), points.get(link.target)
        if start is None or end is None:
            continue
        dx = end.x() - start.x()
        lift = min(max(ARC_MIN_LIFT_PX, abs(dx) * 0.3), ARC_MAX_LIFT_PX)
        # The highest point of the curve is 3/4 of the way to its control
        # points' height: keep it inside the lanes, under the axis.
        lowest = (frame.lanes_top + 6 - (start.y() + end.y()) / 8) / 0.75
        top = max(min(start.y(), end.y()) - lift, lowest)
        c1, c2 = QPointF(start.x() + dx * 0.2, top), QPointF(end.x() - dx * 0.2, top)
        path = QPainterPath(start)
        path.cubicTo(c1, c2, end)
        arcs.append(Arc(link, path, _arrow_head(c2, end)))
    return arcs


ARC_MIN_LIFT_PX, ARC_MAX_LIFT_PX = 26.0, 120.0
"""How far above its ends an arc rises: more for far-apart events, within these."""
ARROW_PX = 7.0


def _arrow_head(towards_from: QPointF, tip: QPointF) -> QPolygonF:
    dx, dy = tip.x() - towards_from.x(), tip.y() - towards_from.y()
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    back = QPointF(tip.x() - ux * ARROW_PX, tip.y() - uy * ARROW_PX)
    side = QPointF(-uy * ARROW_PX * 0.5, ux * ARROW_PX * 0.5)
    return QPolygonF([tip, back + side, back - side])


def _event_points(frame: Frame, wanted: set[int]) -> dict[int, QPointF]:
    """The top of each wanted event's first mark, in plot coordinates."""
    found: dict[int, QPointF] = {}
    if not wanted:
        return found
    top = MARKER_PX / 2 + 1
    for lane in frame.lanes:
        for mark in lane.marks:
            if mark.kind in ("event", "bar") and mark.event in wanted and mark.event not in found:
                x = mark.x0 + MARKER_PX / 2 if mark.kind == "event" else mark.x0 + 6
                found[mark.event] = QPointF(x, frame.row_y(lane, mark.row) - top)
    timeline, view = frame.timeline, frame.scene.view
    for event in wanted - found.keys():
        parties = {timeline.party_index[p] for p in timeline.events[event].parties}
        lanes = [lane for lane in frame.lanes if lane.party in parties]
        if not lanes:
            continue
        x = view.x(float(timeline.start[event]))
        point = None
        for lane in lanes:
            cluster = next(
                (m for m in lane.marks if m.members is not None and m.x0 - 2 <= x <= m.x1 + 2),
                None,
            )
            if cluster is not None and cluster.holds(event):
                y = frame.row_y(lane, cluster.row) if cluster.kind == "cluster" else lane.top + 8
                point = QPointF((cluster.x0 + cluster.x1) / 2, y - top)
                break
        found[event] = point or QPointF(x, frame.row_y(lanes[0], 0) - top)
    return found


class ArcPainter:
    """Draws arcs over the marks, and their labels."""

    def __init__(self, theme: Theme, fonts: Fonts) -> None:
        self.theme, self.fonts = theme, fonts
        self._last: tuple[int, tuple[Link, ...], list[Arc]] | None = None

    def arcs(self, frame: Frame, links: tuple[Link, ...]) -> list[Arc]:
        """The arcs of `links` on `frame`, laid out once per frame (the
        window asks again to find the one under the mouse)."""
        last = self._last
        if last is not None and last[0] == id(frame) and last[1] == links:
            return last[2]
        arcs = lay_out_arcs(frame, links)
        self._last = (id(frame), links, arcs)
        return arcs

    def paint(self, painter: QPainter, frame: Frame, highlight: Highlight) -> None:
        """In plot coordinates: faint arcs, then strong ones (those of the
        selected event, or hovered)."""
        if not highlight.arcs:
            return
        arcs = self.arcs(frame, highlight.arcs)
        selected, hovered = highlight.selected, highlight.hovered_arc

        def strong(arc: Arc) -> bool:
            return arc.link == hovered or selected in (arc.link.source, arc.link.target)

        faint = QColor(self.theme.arc)
        faint.setAlpha(110)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for emphasis in (False, True):
            color = self.theme.arc if emphasis else faint
            for arc in arcs:
                if strong(arc) != emphasis:
                    continue
                painter.setPen(QPen(color, 2.2 if emphasis else 1.3))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(arc.path)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(color)
                painter.drawPolygon(arc.head)

    def paint_labels(self, painter: QPainter, frame: Frame, highlight: Highlight) -> None:
        """Over the marks: the hovered arc's relation and delay, or in a
        picture every arc's."""
        if not highlight.arcs:
            return
        arcs = self.arcs(frame, highlight.arcs)
        hovered = highlight.hovered_arc
        if highlight.labelled_arcs:
            # A picture: each arc says what it is where its label hides no
            # title, no marker and no other label; else it goes unlabelled.
            taken = _occupied(frame)
            for arc in arcs:
                for share in (0.5, 0.38, 0.62, 0.26, 0.74, 0.15, 0.85):
                    box = self._box(frame, arc, share)
                    if not any(box.intersects(other) for other in taken):
                        self._label(painter, arc_label(frame, arc.link), box)
                        taken.append(box)
                        break
        elif hovered is not None:
            under = next((a for a in arcs if a.link == hovered), None)
            if under is not None:
                self._label(painter, arc_label(frame, under.link), self._box(frame, under, 0.5))

    def _box(self, frame: Frame, arc: Arc, share: float) -> QRectF:
        """Where the label goes for the point `share` along the arc."""
        metrics = QFontMetricsF(self.fonts.axis)
        text = arc_label(frame, arc.link)
        width, height = metrics.horizontalAdvance(text) + 10, metrics.height() + 4
        at = arc.path.pointAtPercent(share)
        plot_width = frame.scene.view.width
        left = min(max(at.x() - width / 2, 2.0), max(plot_width - width - 2, 2.0))
        top = max(at.y() - height / 2, frame.lanes_top + 2)
        return QRectF(left, top, width, height)

    def _label(self, painter: QPainter, text: str, box: QRectF) -> None:
        font = self.fonts.axis
        painter.setPen(QPen(self.theme.arc, 1))
        painter.setBrush(self.theme.paper)
        painter.drawRoundedRect(box, 4, 4)
        painter.setFont(font)
        painter.setPen(self.theme.ink)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def _occupied(frame: Frame) -> list[QRectF]:
    """The titles and markers on the plot, in plot coordinates."""
    width = frame.scene.view.width
    half = MARKER_PX / 2 + 1
    taken = []
    for lane in frame.lanes:
        for mark in lane.marks:
            if mark.x1 < 0 or mark.x0 > width:
                continue
            y = frame.row_y(lane, mark.row)
            taken.append(QRectF(mark.x0 - 1, y - half, mark.x1 - mark.x0 + 2, 2 * half))
            x, label_width = visible_label(mark, width)
            if label_width:
                taken.append(QRectF(x, y - 8, label_width, 16))
    return taken


def arc_at(arcs: list[Arc], point: QPointF, reach: float = 5.0) -> Arc | None:
    """The arc passing within `reach` pixels of `point` (plot coordinates)."""
    stroker = QPainterPathStroker()
    stroker.setWidth(2 * reach)
    for arc in reversed(arcs):
        if stroker.createStroke(arc.path).contains(point):
            return arc
    return None
