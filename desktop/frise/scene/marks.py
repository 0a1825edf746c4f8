"""Drawing a lane's marks: markers, period bars, cluster pills, histogram
bars, and the labels beside them.

This is the hottest code of a repaint: it runs for every mark on screen. It
draws markers and pills from cached pictures (sprites) and titles from
cached laid-out texts, and reads what it needs once per lane.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen, QPixmap, QStaticText

from frise.model.layout import LANE_PAD_PX, MARKER_PX, ROW_PX, Mark, visible_label
from frise.model.schema import text_in
from frise.scene.cache import plain_static
from frise.scene.fonts import Fonts
from frise.scene.frame import Frame, Highlight, LaneFrame, Scene, near_plot
from frise.scene.theme import Theme, blend, text_on

CERTAINTIES = ("confirmed", "reported", "alleged", "disputed")
MAX_LABELS = 20_000
MAX_PILLS = 2000
DIMMED = 0.22
"""Opacity of what a search does not find."""
METER_TICKS = 5
"""A source meter shows this many sources at most."""
METER_PX = 4.0
"""Height of a source meter's ticks, drawn over the marker."""


class Labels:
    """Event titles: their widths (for the layout) and their laid-out texts
    (for painting), kept per timeline and language."""

    def __init__(self, fonts: Fonts) -> None:
        self.font = fonts.label
        self.metrics = QFontMetricsF(self.font)
        self.widths: dict[int, float] = {}
        self.texts: dict[tuple[int, int], QStaticText] = {}
        self._key: tuple | None = None

    def width_of(self, scene: Scene) -> Callable[[int], float]:
        """A function giving the width, in pixels, of event `i`'s title."""
        timeline = scene.filtered.timeline
        key = (timeline, scene.lang, scene.filtered.mode)
        if key != self._key:
            self.widths, self.texts, self._key = {}, {}, key
        widths = self.widths
        title = title_of(scene)
        advance = self.metrics.horizontalAdvance

        def label_width(i: int) -> float:
            width = widths.get(i)
            if width is None:
                width = widths[i] = advance(title(i)) + 2
            return width

        return label_width

    def get(self, event: int, title: str, width: float) -> QStaticText:
        """The title laid out once for a given width (shortened with "…" when it
        does not fit), kept for the next repaints: panning redraws the same."""
        key = (event, int(width))
        label = self.texts.get(key)
        if label is None:
            if len(self.texts) > MAX_LABELS:
                self.texts.clear()
            if width < self.widths.get(event, 0.0):
                title = self.metrics.elidedText(title, Qt.TextElideMode.ElideRight, width)
            label = plain_static(title)
            label.prepare(font=self.font)
            self.texts[key] = label
        return label


def title_of(scene: Scene) -> Callable[[int], str]:
    """What the label of event `i` says: its title, and in the claims view, a
    claim's title after the name of who claims it ("OpenAI: …") unless the
    title begins with that name."""
    timeline, lang, words = scene.filtered.timeline, scene.lang, scene.words
    events = timeline.events
    if scene.filtered.mode != "claims":
        return lambda i: text_in(events[i].title, lang)
    claims = timeline.claims

    def title(i: int) -> str:
        text = text_in(events[i].title, lang)
        if not claims[i]:
            return text
        claimed_by = events[i].claimed_by
        names = ", ".join(timeline.party_name(p, lang) for p in claimed_by) or words.tr(
            "unnamed", "who claims it, when the file does not say"
        )
        if text.startswith(names):
            return text  # the title names who claims it already
        return words.tr("{claimant}: {title}", "a claim's label").format(claimant=names, title=text)

    return title


class MarkPainter:
    def __init__(self, fonts: Fonts, theme: Theme, vector: bool = False) -> None:
        self.fonts = fonts
        self.theme = theme
        self.vector = vector
        """Draw every marker as shapes (SVG, PDF, print), not from cached pictures."""
        self.labels = Labels(fonts)
        self._sprites: dict[tuple, QPixmap] = {}
        self._pills: dict[tuple, QPixmap] = {}
        self._meters: dict[tuple, QPixmap] = {}

    def paint_lane(
        self, painter: QPainter, frame: Frame, lane: LaneFrame, highlight: Highlight
    ) -> None:
        """One lane's marks. This loop runs for every mark of every repaint,
        so it reads what it needs once, skips what is off the plot, and draws
        markers and labels from caches (sprites, laid-out static texts)."""
        theme = self.theme
        scene = frame.scene
        timeline = scene.filtered.timeline
        color = QColor(timeline.colors[lane.party])
        light = QColor(color)
        light.setAlpha(70)
        events = timeline.events
        title = title_of(scene)
        precision, revealed = timeline.precision, timeline.revealed
        ghost = scene.filtered.ghost
        sources = scene.filtered.sources if scene.meter else None
        fresh = highlight.fresh
        dpr = painter.device().devicePixelRatioF()
        sprites = {} if self.vector else {c: self._sprite(color, c, dpr) for c in CERTAINTIES}
        row_y = [frame.row_y(lane, row) for row in range(lane.box.rows)]
        text_top = self.labels.metrics.height() / 2
        width = scene.view.width
        selected, hovered_event = highlight.selected, highlight.hovered
        radius = MARKER_PX / 2
        numbers = frame.key.numbers if frame.key is not None else {}
        marks = near_plot(lane.marks, width)
        # A search: what it finds is marked, the rest drawn faint. Whether a
        # mark is found is looked up for the whole lane at once.
        matches = highlight.matches
        found_flags = _found(marks, matches) if matches is not None else None
        opacity = 1.0
        painter.setPen(theme.ink)
        for k, mark in enumerate(marks):
            if mark.right < 0:
                continue
            y = row_y[mark.row]
            chosen = mark.holds(selected)
            hovered = mark.holds(hovered_event)
            found = False
            if found_flags is not None:
                found = found_flags[k]
                wanted = 1.0 if found or chosen else DIMMED
                if wanted != opacity:
                    painter.setOpacity(wanted)
                    opacity = wanted
            if mark.kind == "cluster":
                text = str(numbers.get(id(mark), mark.count))
                if found:
                    self._paint_found(painter, mark, y)
                self._paint_cluster(painter, mark, y, color, chosen or hovered, text)
                continue
            i = mark.event
            event = events[i]
            if ghost is not None and ghost[i]:
                self._paint_ghost(painter, mark, y)
                continue
            if found:
                self._paint_found(painter, mark, y)
            if i in fresh:
                self._paint_fresh(painter, mark, y, highlight.fresh_level)
            if mark.kind == "bar":
                edge = theme.select if chosen else theme.edge(color)
                painter.setPen(QPen(edge, 2 if chosen else 1.2))
                painter.setBrush(light)
                painter.drawRoundedRect(QRectF(mark.x0, y - 7, mark.x1 - mark.x0, 14), 4, 4)
                painter.setPen(theme.ink)
            else:
                if precision[i] != 10:
                    self._paint_precision(painter, frame, mark, y, color)
                if self.vector:
                    self.paint_marker(painter, mark.x0 + radius, y, color, event.certainty)
                    painter.setPen(theme.ink)
                else:
                    painter.drawPixmap(
                        QPointF(round(mark.x0 - 2), round(y - radius - 2)),
                        sprites[event.certainty],
                    )
            if revealed[i]:
                self._paint_revealed(painter, frame, mark, y, color, chosen or hovered)
            if sources is not None:
                meter_x = mark.x0 + radius if mark.kind == "event" else mark.x0 + 9
                self.paint_meter(
                    painter,
                    meter_x,
                    y - radius - 1,
                    sources.independent[i],
                    sources.primary[i],
                    dpr,
                )
            if (chosen or hovered) and mark.kind == "event":
                painter.setPen(QPen(theme.select, 2 if chosen else 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(QPointF(mark.x0 + radius, y), radius + 3, radius + 3)
                painter.setPen(theme.ink)
            label_x, label_width = visible_label(mark, width)
            if label_width:
                label = self.labels.get(i, title(i), label_width)
                if chosen or found:
                    back = QRectF(
                        label_x - 3, y - text_top - 1, label.size().width() + 6, 2 * text_top + 2
                    )
                    painter.fillRect(back, theme.select_background if chosen else theme.match)
                painter.setPen(theme.ink)
                painter.drawStaticText(QPointF(label_x, y - text_top), label)
        if opacity != 1.0:
            painter.setOpacity(1.0)

    def paint_meter(
        self, painter: QPainter, x: float, bottom: float, count: int, primary: int, dpr: float = 1.0
    ) -> None:
        """The source meter, centred on `x` with its foot at `bottom`: a tick per
        independent source (at most METER_TICKS), dark for a primary one, red
        when the event rests on one source, a red outline when on none."""
        count, primary = min(int(count), METER_TICKS), min(int(primary), METER_TICKS)
        width = METER_TICKS * 3 - 1
        left, top = x - width / 2, bottom - METER_PX
        if self.vector:
            self._draw_meter(painter, left, top, count, primary)
            return
        key = (count, primary, dpr)
        sprite = self._meters.get(key)
        if sprite is None:
            sprite = QPixmap(round((width + 2) * dpr), round((METER_PX + 2) * dpr))
            sprite.setDevicePixelRatio(dpr)
            sprite.fill(Qt.GlobalColor.transparent)
            on = QPainter(sprite)
            self._draw_meter(on, 1, 1, count, primary)
            on.end()
            self._meters[key] = sprite
        painter.drawPixmap(QPointF(round(left - 1), round(top - 1)), sprite)

    def _draw_meter(
        self, painter: QPainter, left: float, top: float, count: int, primary: int
    ) -> None:
        theme = self.theme
        if count == 0:
            painter.setPen(QPen(theme.meter_weak, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(left + 0.5, top + 0.5, 1, METER_PX - 1))
            return
        painter.setPen(Qt.PenStyle.NoPen)
        for k in range(count):
            if count == 1:
                painter.setBrush(theme.meter_weak)
            else:
                painter.setBrush(theme.meter_primary if k < primary else theme.meter)
            painter.drawRect(QRectF(left + 3 * k, top, 2, METER_PX))

    def _paint_found(self, painter: QPainter, mark: Mark, y: float) -> None:
        """Under a mark the search finds: a yellow disc or band, so it stands
        out among the faint ones even without a label."""
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.theme.match)
        if mark.kind == "event":
            painter.drawEllipse(
                QPointF(mark.x0 + MARKER_PX / 2, y), MARKER_PX / 2 + 4, MARKER_PX / 2 + 4
            )
        else:
            painter.drawRoundedRect(QRectF(mark.x0 - 4, y - 11, mark.x1 - mark.x0 + 8, 22), 9, 9)
        painter.setPen(self.theme.ink)

    def _paint_ghost(self, painter: QPainter, mark: Mark, y: float) -> None:
        """An event not yet known on the day shown: a faint dotted outline, untitled."""
        pen = QPen(self.theme.ghost, 1.2, Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if mark.kind == "bar":
            painter.drawRoundedRect(QRectF(mark.x0, y - 6, mark.x1 - mark.x0, 12), 4, 4)
        else:
            radius = MARKER_PX / 2
            painter.drawEllipse(QPointF(mark.x0 + radius, y), radius - 0.5, radius - 0.5)
        painter.setPen(self.theme.ink)

    def _paint_fresh(self, painter: QPainter, mark: Mark, y: float, level: float) -> None:
        """A halo around an event that has just become public."""
        color = QColor(self.theme.fresh)
        color.setAlphaF(color.alphaF() * 0.35 * max(min(level, 1.0), 0.0))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        if mark.kind == "bar":
            painter.drawRoundedRect(QRectF(mark.x0 - 4, y - 10, mark.x1 - mark.x0 + 8, 20), 8, 8)
        else:
            painter.drawEllipse(QPointF(mark.x0 + MARKER_PX / 2, y), 11, 11)
        painter.setPen(self.theme.ink)

    def paint_density(
        self, painter: QPainter, frame: Frame, lane: LaneFrame, most: int, highlight: Highlight
    ) -> None:
        """A crowded lane far out: one bar per bucket, its height the log of its count."""
        color = QColor(frame.timeline.colors[lane.party])
        bottom = lane.top + lane.box.height - LANE_PAD_PX
        room = lane.box.height - 2 * LANE_PAD_PX
        scale = 0.88 * room / math.log1p(most)
        base, floor_px = int(bottom), 0.12 * room
        rects = []
        for mark in lane.marks:
            height = int(floor_px + scale * math.log1p(mark.count))
            left = int(mark.x0)
            rects.append(QRect(left, base - height, max(int(mark.x1) - left - 1, 1), height))
        # Opaque and pixel-aligned: without antialiasing, hundreds of bars fill fast.
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        matches = highlight.matches
        full = self.theme.edge(color)
        # Faint where a search is on: blended, still opaque (and fast to fill).
        painter.setBrush(full if matches is None else blend(full, DIMMED, self.theme.lanes[0]))
        painter.drawRects(rects)
        if matches is not None and lane.marks:
            # What the search finds in each bucket, as a bar of its own in front.
            members = [m.events for m in lane.marks]
            starts = np.cumsum([0] + [len(m) for m in members[:-1]])
            found = np.add.reduceat(matches[np.concatenate(members)].astype(np.int64), starts)
            painter.setBrush(full)
            painter.drawRects(
                [
                    QRect(rect.left(), base - h, rect.width(), h)
                    for rect, h in (
                        (rect, int(floor_px + scale * math.log1p(n)))
                        for rect, n in zip(rects, found.tolist(), strict=True)
                        if n
                    )
                ]
            )
        painter.restore()
        chosen = highlight.selected
        if chosen is not None:
            for mark, rect in zip(lane.marks, rects, strict=True):
                if mark.holds(chosen):
                    painter.setPen(QPen(self.theme.select, 2))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRect(rect)

    def paint_marker(
        self, painter: QPainter, x: float, y: float, color: QColor, certainty: str
    ) -> None:
        """A marker whose fill tells the certainty: solid, half, hollow, dashed.
        Its edge stands out at 3:1 on any lane (`Theme.edge`)."""
        theme = self.theme
        radius = MARKER_PX / 2
        center = QPointF(x, y)
        edge = theme.edge(color)
        if certainty == "confirmed":
            painter.setPen(QPen(edge, 1.2))
            painter.setBrush(color)
            painter.drawEllipse(center, radius, radius)
        elif certainty == "reported":
            painter.setPen(QPen(edge, 1.2))
            painter.setBrush(theme.paper)
            painter.drawEllipse(center, radius, radius)
            painter.setBrush(color)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawPie(
                QRectF(x - radius, y - radius, 2 * radius, 2 * radius), 90 * 16, 180 * 16
            )
        else:
            painter.setBrush(theme.paper)
            pen = QPen(edge, 2.2)
            if certainty == "disputed":
                pen.setStyle(Qt.PenStyle.DashLine)
                pen.setDashPattern([1.6, 1.2])
            painter.setPen(pen)
            painter.drawEllipse(center, radius - 0.6, radius - 0.6)

    def _sprite(self, color: QColor, certainty: str, dpr: float) -> QPixmap:
        """A marker drawn once and reused: one drawPixmap per event instead of
        a pen, a brush and an ellipse."""
        key = (color.rgba(), certainty, dpr)
        sprite = self._sprites.get(key)
        if sprite is None:
            side = MARKER_PX + 4
            sprite = QPixmap(round(side * dpr), round(side * dpr))
            sprite.setDevicePixelRatio(dpr)
            sprite.fill(Qt.GlobalColor.transparent)
            painter = QPainter(sprite)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            self.paint_marker(painter, side / 2, side / 2, color, certainty)
            painter.end()
            self._sprites[key] = sprite
        return sprite

    def _paint_precision(
        self, painter: QPainter, frame: Frame, mark: Mark, y: float, color: QColor
    ) -> None:
        """A month or a year is a period: a thin bracket under the marker spans it."""
        timeline = frame.timeline
        i = mark.event
        if timeline.is_range[i]:
            return
        view = frame.scene.view
        x0, x1 = view.x(timeline.start[i]), view.x(timeline.stop[i])
        if x1 - x0 < MARKER_PX:
            return
        faded = QColor(color)
        faded.setAlpha(140)
        painter.setPen(QPen(faded, 1.5))
        base = y + MARKER_PX / 2 + 3
        painter.drawLine(QLineF(x0, base, x1, base))
        painter.drawLine(QLineF(x1, base - 3, x1, base))

    def _paint_revealed(
        self, painter: QPainter, frame: Frame, mark: Mark, y: float, color: QColor, emphasis: bool
    ) -> None:
        """A dashed connector along the foot of the row, from when it happened to
        when it became public, ending in a small open tick."""
        timeline, view = frame.timeline, frame.scene.view
        x_from = mark.x0 + MARKER_PX / 2 if mark.kind == "event" else mark.x0
        x_to = view.x(timeline.revealed[mark.event])
        foot = y + ROW_PX / 2 - 1.5
        faded = QColor(color)
        faded.setAlpha(230 if emphasis else 110)
        pen = QPen(faded, 1.6 if emphasis else 1.0, Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([4.0, 3.0])
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # Only the part in view: long dashed lines are slow to rasterise.
        left, right = max(x_from, -2.0), min(x_to, view.width + 2)
        painter.drawLine(QLineF(x_from, y + MARKER_PX / 2, x_from, foot))
        if right > left:
            painter.drawLine(QLineF(left, foot, right, foot))
        painter.setPen(QPen(faded, 1.4))
        painter.setBrush(self.theme.paper)
        painter.drawEllipse(QPointF(x_to, foot), 2.5, 2.5)

    def _paint_cluster(
        self,
        painter: QPainter,
        mark: Mark,
        y: float,
        color: QColor,
        emphasis: bool,
        text: str,
    ) -> None:
        """A pill with the count (in a picture, its number in the key), drawn
        from a cache: far out there are hundreds."""
        width = mark.x1 - mark.x0
        if self.vector:
            self._pill(painter, QRectF(mark.x0, y - 8, width, 16), color, emphasis, text)
            return
        dpr = painter.device().devicePixelRatioF()
        key = (color.rgba(), text, round(width), emphasis, dpr)
        pill = self._pills.get(key)
        if pill is None:
            if len(self._pills) > MAX_PILLS:
                self._pills.clear()
            pill = QPixmap(round((width + 4) * dpr), round(20 * dpr))
            pill.setDevicePixelRatio(dpr)
            pill.fill(Qt.GlobalColor.transparent)
            on = QPainter(pill)
            on.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            on.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            self._pill(on, QRectF(2, 2, round(width), 16), color, emphasis, text)
            on.end()
            self._pills[key] = pill
        painter.drawPixmap(QPointF(round(mark.x0 - 2), round(y - 10)), pill)

    def _pill(
        self, painter: QPainter, rect: QRectF, color: QColor, emphasis: bool, text: str
    ) -> None:
        painter.setPen(
            QPen(self.theme.select if emphasis else self.theme.edge(color), 2 if emphasis else 1.2)
        )
        painter.setBrush(color)
        painter.drawRoundedRect(rect, 8, 8)
        painter.setFont(self.fonts.count)
        painter.setPen(text_on(color))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


def _found(marks: list[Mark], matches: np.ndarray) -> list[bool]:
    """For each mark, whether the search finds its event (or one of a
    cluster's): one array lookup for the lane, one more per cluster."""
    if not marks:
        return []
    found = matches[np.fromiter((m.event for m in marks), np.int64, len(marks))]
    for k, mark in enumerate(marks):
        if mark.members is not None and not found[k]:
            found[k] = matches[mark.members].any()
    flags: list[bool] = found.tolist()
    return flags
