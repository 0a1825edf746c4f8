"""Drawing a timeline: one renderer for the window and the PNG export.

`Renderer.layout` turns what is shown (`Scene`) and a size into a `Frame`:
the lane boxes, the axis ticks and every lane's marks, all in pixels, using
the pure functions of `frise.model`. `Renderer.paint` draws a frame with a
QPainter, whatever it paints on: the view's viewport or a QImage. The window
keeps the last frame to find what is under the mouse.

Every string from the file is drawn with `drawText`, which never interprets
markup.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QPixmap,
    QStaticText,
)

from frise.model import i18n
from frise.model.filters import FilteredTimeline
from frise.model.layout import (
    LANE_PAD_PX,
    MARGIN_PX,
    MARKER_PX,
    ROW_PX,
    LaneBox,
    Mark,
    lane_boxes,
    lane_window,
    place_lane,
    shift,
    visible_label,
)
from frise.model.schema import text_in
from frise.model.timescale import Axis, Viewport, axis_ticks, period_label
from frise.scene.fonts import font

HEADER_PX = 34.0
AXIS_PX = 40.0
NAME_PX = 160.0
"""Width of the lane-name column on the left."""

INK = QColor("#1F2328")
MUTED = QColor("#57606A")
GRID = QColor("#ECEEF0")
GRID_MAJOR = QColor("#D0D7DE")
LANE_BG = (QColor("#FFFFFF"), QColor("#F6F8FA"))
NAME_BG = QColor("#F0F2F4")
SELECT = QColor("#0969DA")
CERTAINTIES = ("confirmed", "reported", "alleged", "disputed")
OUTLINE = QColor(0, 0, 0, 150)


@dataclass(frozen=True, eq=False)
class Scene:
    """What to lay out: the filtered timeline, where the view is, in which
    language, scrolled how far down."""

    filtered: FilteredTimeline
    view: Viewport
    lang: str = "en"
    scroll_y: float = 0.0


@dataclass(frozen=True)
class Highlight:
    """Events drawn emphasised; changing them needs a repaint, not a layout."""

    selected: int | None = None
    hovered: int | None = None


@dataclass(eq=False)
class LaneFrame:
    party: int
    box: LaneBox
    top: float
    """Top of the lane in the frame, scrolling included."""
    marks: list[Mark]


@dataclass(eq=False)
class Frame:
    scene: Scene
    width: float
    height: float
    lanes: list[LaneFrame]
    axis: Axis
    lanes_height: float
    """Height all lanes need, scrolled or not."""
    header: bool = True
    links: dict[int, list[QPointF]] = field(default_factory=dict)
    """Per event shown in two lanes or more: the centre of each of its marks,
    top to bottom, in plot coordinates."""

    @property
    def plot(self) -> QRectF:
        top = self.lanes_top
        return QRectF(NAME_PX, top, self.width - NAME_PX, self.height - top)

    @property
    def lanes_top(self) -> float:
        return lanes_top(self.header)

    def row_y(self, lane: LaneFrame, row: int) -> float:
        """Centre line of a row of a lane."""
        return lane.top + LANE_PAD_PX + row * ROW_PX + ROW_PX / 2

    def at(self, x: float, y: float) -> tuple[LaneFrame | None, int]:
        """The lane and row at a point of the frame."""
        for lane in self.lanes:
            if lane.top <= y < lane.top + lane.box.height:
                row = int((y - lane.top - LANE_PAD_PX) // ROW_PX)
                return lane, min(max(row, 0), lane.box.rows - 1)
        return None, -1


def plot_width(width: float) -> float:
    return max(width - NAME_PX, 1.0)


def lanes_top(header: bool = True) -> float:
    return (HEADER_PX if header else 0.0) + AXIS_PX


def lanes_height(count: int, height: float, header: bool = True) -> float:
    """Height all lanes take in a frame `height` tall (more than fits: it scrolls)."""
    boxes = lane_boxes(count, height - lanes_top(header))
    return boxes[-1].top + boxes[-1].height if boxes else 0.0


class Renderer:
    def __init__(self) -> None:
        self.label_font = font(12)
        self.name_font = font(12, bold=True)
        self.axis_font = font(11)
        self.major_font = font(11, bold=True)
        self.title_font = font(15, bold=True)
        self.count_font = font(10, bold=True)
        self._label_metrics = QFontMetricsF(self.label_font)
        self._widths: dict[int, float] = {}
        self._sprites: dict[tuple, QPixmap] = {}
        self._labels: dict[tuple[int, int], QStaticText] = {}
        self._statics: dict[tuple, QStaticText] = {}
        self._pills: dict[tuple, QPixmap] = {}
        self._placed: dict[int, tuple[tuple, float, list[Mark]]] = {}
        self._pictures: dict[str, tuple[tuple, QPixmap]] = {}
        self._widths_key: tuple | None = None

    # --- layout --------------------------------------------------------

    def layout(
        self,
        scene: Scene,
        width: float,
        height: float,
        header: bool = True,
        min_lane_px: float | None = None,
    ) -> Frame:
        filtered = scene.filtered
        timeline = filtered.timeline
        top = lanes_top(header)
        kwargs = {} if min_lane_px is None else {"minimum": min_lane_px}
        boxes = lane_boxes(len(filtered.lanes), height - top, **kwargs)
        label_width = self._label_widths(scene)
        lanes = []
        for lane, box in zip(filtered.lanes, boxes, strict=True):
            lane_top = top + box.top - scene.scroll_y
            visible = lane_top < height and lane_top + box.height > top
            marks = self._place(lane, box.rows, scene, label_width) if visible else []
            lanes.append(LaneFrame(lane.party, box, lane_top, marks))
        frame = Frame(
            scene,
            width,
            height,
            lanes,
            axis_ticks(scene.view, scene.lang),
            boxes[-1].top + boxes[-1].height if boxes else 0.0,
            header,
        )
        frame.links = _links(frame, timeline)
        return frame

    def _place(self, lane, rows: int, scene: Scene, label_width) -> list[Mark]:
        """A lane's marks; after a pan within the same page the last layout is
        kept and shifted (see `lane_window`), which is what makes panning cheap."""
        view = scene.view
        # The lane itself, not its id: a new lane may get the id of a freed one.
        key = (lane, view.px_per_day, view.width, rows, lane_window(view)[0], scene.lang)
        cached = self._placed.get(lane.party)
        if cached is not None and cached[0] == key:
            _, day0, marks = cached
            shift(marks, (day0 - view.day0) * view.px_per_day)
        else:
            marks = place_lane(
                lane.events, lane.start, lane.stop, lane.is_range, view, rows, label_width
            )
        self._placed[lane.party] = (key, view.day0, marks)
        return marks

    def _label_widths(self, scene: Scene):
        timeline = scene.filtered.timeline
        key = (timeline, scene.lang)
        if key != self._widths_key:
            self._widths, self._widths_key = {}, key
            self._labels = {}
        widths, events, lang = self._widths, timeline.events, scene.lang
        advance = self._label_metrics.horizontalAdvance

        def label_width(i: int) -> float:
            width = widths.get(i)
            if width is None:
                width = widths[i] = advance(text_in(events[i].title, lang)) + 2
            return width

        return label_width

    # --- painting ------------------------------------------------------

    def paint(self, painter: QPainter, frame: Frame, highlight: Highlight = Highlight()) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.fillRect(QRectF(0, 0, frame.width, frame.height), LANE_BG[0])
        plot = frame.plot
        painter.save()
        painter.setClipRect(QRectF(0, plot.top(), frame.width, plot.height()))
        self._paint_lane_backgrounds(painter, frame)
        self._paint_grid(painter, frame)
        painter.setClipRect(plot)
        painter.translate(plot.left(), 0)
        self._paint_links(painter, frame, highlight)
        width = frame.scene.view.width
        shown = {id(lane): _on_plot(lane.marks, width) for lane in frame.lanes}
        density_max = max(
            (m.count for lane in frame.lanes for m in shown[id(lane)] if m.kind == "density"),
            default=1,
        )
        for lane in frame.lanes:
            if lane.marks and lane.marks[0].kind == "density":
                lane = LaneFrame(lane.party, lane.box, lane.top, shown[id(lane)])
                self._paint_density(painter, frame, lane, density_max, highlight)
            elif lane.marks:
                self._paint_marks(painter, frame, lane, highlight)
        painter.restore()
        self._paint_names(painter, frame)
        self._paint_axis(painter, frame)
        if frame.header:
            self._paint_header(painter, frame)
        if not frame.lanes or not len(frame.scene.filtered.events):
            self._paint_empty(painter, frame)

    def _paint_lane_backgrounds(self, painter: QPainter, frame: Frame) -> None:
        for k, lane in enumerate(frame.lanes):
            rect = QRectF(0, lane.top, frame.width, lane.box.height)
            painter.fillRect(rect, LANE_BG[k % 2])
        painter.setPen(QPen(GRID_MAJOR, 1))
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

    def _paint_grid(self, painter: QPainter, frame: Frame) -> None:
        view, plot = frame.scene.view, frame.plot
        bottom = min(plot.bottom(), frame.lanes_top + frame.lanes_height - frame.scene.scroll_y)

        def lines(ticks):
            return [
                QLineF(x, plot.top(), x, bottom)
                for x in (plot.left() + view.x(t.day) for t in ticks)
            ]

        painter.setPen(QPen(GRID, 1))
        painter.drawLines(lines(frame.axis.minor))
        painter.setPen(QPen(GRID_MAJOR, 1))
        painter.drawLines(lines(frame.axis.major))

    def _paint_links(self, painter: QPainter, frame: Frame, highlight: Highlight) -> None:
        """A thin line joins the marks of an event shown in several lanes."""
        # Solid and faint rather than dotted: a dotted line is hundreds of dots
        # to rasterise, and these are drawn on every repaint.
        faint = QPen(QColor(0, 0, 0, 40), 1)
        strong = QPen(SELECT, 2)
        for event, points in frame.links.items():
            emphasis = event in (highlight.selected, highlight.hovered)
            painter.setPen(strong if emphasis else faint)
            painter.drawPolyline(points)

    def _paint_marks(
        self, painter: QPainter, frame: Frame, lane: LaneFrame, highlight: Highlight
    ) -> None:
        """One lane's marks. This loop runs for every mark of every repaint,
        so it reads what it needs once, skips what is off the plot, and draws
        markers and labels from caches (sprites, laid-out static texts)."""
        scene = frame.scene
        timeline = scene.filtered.timeline
        color = QColor(timeline.colors[lane.party])
        light = QColor(color)
        light.setAlpha(70)
        events, lang = timeline.events, scene.lang
        precision, revealed = timeline.precision, timeline.revealed
        dpr = painter.device().devicePixelRatioF()
        sprites = {c: self._sprite(color, c, dpr) for c in CERTAINTIES}
        row_y = [frame.row_y(lane, row) for row in range(lane.box.rows)]
        text_top = self._label_metrics.height() / 2
        width = scene.view.width
        selected, hovered_event = highlight.selected, highlight.hovered
        radius = MARKER_PX / 2
        painter.setPen(INK)
        for mark in _near_plot(lane.marks, width):
            if mark.right < 0:
                continue
            y = row_y[mark.row]
            chosen = mark.holds(selected)
            hovered = mark.holds(hovered_event)
            if mark.kind == "cluster":
                self._paint_cluster(painter, mark, y, color, chosen or hovered)
                continue
            i = mark.event
            event = events[i]
            if mark.kind == "bar":
                painter.setPen(QPen(SELECT if chosen else color, 2 if chosen else 1.2))
                painter.setBrush(light)
                painter.drawRoundedRect(QRectF(mark.x0, y - 7, mark.x1 - mark.x0, 14), 4, 4)
                painter.setPen(INK)
            else:
                if precision[i] != 10:
                    self._paint_precision(painter, frame, mark, y, color)
                painter.drawPixmap(
                    QPointF(round(mark.x0 - 2), round(y - radius - 2)), sprites[event.certainty]
                )
            if revealed[i]:
                self._paint_revealed(painter, frame, mark, y, color, chosen or hovered)
            if (chosen or hovered) and mark.kind == "event":
                painter.setPen(QPen(SELECT, 2 if chosen else 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(QPointF(mark.x0 + radius, y), radius + 3, radius + 3)
                painter.setPen(INK)
            label_x, label_width = visible_label(mark, width)
            if label_width:
                label = self._label(i, text_in(event.title, lang), label_width)
                if chosen:
                    back = QRectF(
                        label_x - 3, y - text_top - 1, label.size().width() + 6, 2 * text_top + 2
                    )
                    painter.fillRect(back, QColor("#DDF4FF"))
                painter.setPen(INK)
                painter.drawStaticText(QPointF(label_x, y - text_top), label)

    def _static(self, text: str, font: QFont, width: float | None = None) -> QStaticText:
        """`text` laid out once in `font` (wrapped at `width`, if given) and kept.
        Draw it with the painter's font set to the same `font`."""
        key = (text, id(font), width)
        static = self._statics.get(key)
        if static is None:
            if len(self._statics) > 5000:
                self._statics.clear()
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            if width is not None:
                static.setTextWidth(width)
            static.prepare(font=font)
            self._statics[key] = static
        return static

    def _label(self, event: int, title: str, width: float) -> QStaticText:
        """The title laid out once for a given width (shortened with "…" when it
        does not fit), kept for the next repaints: panning redraws the same."""
        key = (event, int(width))
        label = self._labels.get(key)
        if label is None:
            if len(self._labels) > 20_000:
                self._labels.clear()
            metrics = self._label_metrics
            if width < self._widths.get(event, 0.0):
                title = metrics.elidedText(title, Qt.TextElideMode.ElideRight, width)
            label = QStaticText(title)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.prepare(font=self.label_font)
            self._labels[key] = label
        return label

    def _paint_density(
        self, painter: QPainter, frame: Frame, lane: LaneFrame, most: int, highlight: Highlight
    ) -> None:
        """A crowded lane far out: one bar per bucket, its height the log of its count."""
        color = QColor(frame.scene.filtered.timeline.colors[lane.party])
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
        painter.setBrush(_blend(color, 0.67))
        painter.drawRects(rects)
        painter.restore()
        chosen = highlight.selected
        if chosen is not None:
            for mark, rect in zip(lane.marks, rects, strict=True):
                if mark.holds(chosen):
                    painter.setPen(QPen(SELECT, 2))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRect(rect)

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
            self._paint_marker(painter, side / 2, side / 2, color, certainty)
            painter.end()
            self._sprites[key] = sprite
        return sprite

    def _paint_marker(
        self, painter: QPainter, x: float, y: float, color: QColor, certainty: str
    ) -> None:
        radius = MARKER_PX / 2
        center = QPointF(x, y)
        if certainty == "confirmed":
            painter.setPen(QPen(OUTLINE, 1))
            painter.setBrush(color)
            painter.drawEllipse(center, radius, radius)
        elif certainty == "reported":
            painter.setPen(QPen(OUTLINE, 1))
            painter.setBrush(QColor("#FFFFFF"))
            painter.drawEllipse(center, radius, radius)
            painter.setBrush(color)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawPie(
                QRectF(x - radius, y - radius, 2 * radius, 2 * radius), 90 * 16, 180 * 16
            )
        else:
            painter.setBrush(QColor("#FFFFFF"))
            pen = QPen(color, 2.2)
            if certainty == "disputed":
                pen.setStyle(Qt.PenStyle.DashLine)
                pen.setDashPattern([1.6, 1.2])
            painter.setPen(pen)
            painter.drawEllipse(center, radius - 0.6, radius - 0.6)

    def _paint_precision(
        self, painter: QPainter, frame: Frame, mark: Mark, y: float, color: QColor
    ) -> None:
        """A month or a year is a period: a thin bracket under the marker spans it."""
        timeline = frame.scene.filtered.timeline
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
        timeline, view = frame.scene.filtered.timeline, frame.scene.view
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
        left, right = max(x_from, -2.0), min(x_to, frame.scene.view.width + 2)
        painter.drawLine(QLineF(x_from, y + MARKER_PX / 2, x_from, foot))
        if right > left:
            painter.drawLine(QLineF(left, foot, right, foot))
        painter.setPen(QPen(faded, 1.4))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawEllipse(QPointF(x_to, foot), 2.5, 2.5)

    def _paint_cluster(
        self, painter: QPainter, mark: Mark, y: float, color: QColor, emphasis: bool
    ) -> None:
        """A pill with the count, drawn from a cache: far out there are hundreds."""
        dpr = painter.device().devicePixelRatioF()
        width = mark.x1 - mark.x0
        key = (color.rgba(), mark.count, round(width), emphasis, dpr)
        pill = self._pills.get(key)
        if pill is None:
            if len(self._pills) > 2000:
                self._pills.clear()
            pill = QPixmap(round((width + 4) * dpr), round(20 * dpr))
            pill.setDevicePixelRatio(dpr)
            pill.fill(Qt.GlobalColor.transparent)
            pen = QPainter(pill)
            pen.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            pen.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            rect = QRectF(2, 2, round(width), 16)
            pen.setPen(QPen(SELECT if emphasis else OUTLINE, 2 if emphasis else 1))
            pen.setBrush(color)
            pen.drawRoundedRect(rect, 8, 8)
            pen.setFont(self.count_font)
            pen.setPen(_text_on(color))
            pen.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(mark.count))
            pen.end()
            self._pills[key] = pill
        painter.drawPixmap(QPointF(round(mark.x0 - 2), round(y - 10)), pill)

    def _paint_names(self, painter: QPainter, frame: Frame) -> None:
        """The lane-name column, drawn once per layout of the lanes and kept:
        panning and zooming do not change it."""
        plot = frame.plot
        key = (
            frame.scene.lang,
            frame.scene.filtered.timeline,
            tuple((lane.party, lane.top, lane.box.height) for lane in frame.lanes),
        )
        column = self._kept(
            painter,
            "names",
            key,
            NAME_PX,
            frame.height,
            NAME_BG,
            lambda names: self._draw_names(names, frame),
        )
        painter.save()
        painter.setClipRect(QRectF(0, plot.top(), NAME_PX, plot.height()))
        painter.drawPixmap(QPointF(0, 0), column)
        painter.restore()

    def _kept(
        self,
        painter: QPainter,
        name: str,
        key: tuple,
        width: float,
        height: float,
        background: QColor,
        draw,
    ) -> QPixmap:
        """A picture drawn by `draw` once and kept while `key` (and the size and
        pixel ratio) stay the same."""
        dpr = painter.device().devicePixelRatioF()
        key = (*key, width, height, dpr)
        kept = self._pictures.get(name)
        if kept is None or kept[0] != key:
            picture = QPixmap(round(width * dpr), round(height * dpr))
            picture.setDevicePixelRatio(dpr)
            picture.fill(background)
            on = QPainter(picture)
            on.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            on.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            draw(on)
            on.end()
            kept = self._pictures[name] = (key, picture)
        return kept[1]

    def _draw_names(self, painter: QPainter, frame: Frame) -> None:
        timeline, lang = frame.scene.filtered.timeline, frame.scene.lang
        painter.setFont(self.name_font)
        painter.setPen(INK)
        for lane in frame.lanes:
            top, height = lane.top, lane.box.height
            if top > frame.height or top + height < frame.lanes_top:
                continue
            painter.fillRect(QRectF(0, top, 5, height), QColor(timeline.colors[lane.party]))
            name = self._static(
                text_in(timeline.parties[lane.party].name, lang), self.name_font, NAME_PX - 18
            )
            text_height = min(name.size().height(), height - 8)
            painter.save()
            painter.setClipRect(QRectF(12, top + 4, NAME_PX - 18, height - 8))
            painter.drawStaticText(QPointF(12, top + (height - text_height) / 2), name)
            painter.restore()
        painter.setPen(QPen(GRID_MAJOR, 1))
        painter.drawLine(QLineF(NAME_PX - 0.5, frame.lanes_top, NAME_PX - 0.5, frame.height))

    def _paint_axis(self, painter: QPainter, frame: Frame) -> None:
        view, axis = frame.scene.view, frame.axis
        top = frame.lanes_top - AXIS_PX
        band = QRectF(0, top, frame.width, AXIS_PX)
        painter.fillRect(band, QColor("#FFFFFF"))
        painter.setPen(QPen(GRID_MAJOR, 1))
        painter.drawLine(QLineF(0, band.bottom() - 0.5, frame.width, band.bottom() - 0.5))
        left = NAME_PX
        painter.save()
        painter.setClipRect(QRectF(left, top, frame.width - left, AXIS_PX))
        # With a coarser period above (years over months, months over days) the
        # minor labels take the lower row; alone, they take the middle.
        two_rows = bool(axis.major)
        painter.setFont(self.axis_font if two_rows else self.major_font)
        painter.setPen(MUTED if two_rows else INK)
        minor_font = self.axis_font if two_rows else self.major_font
        minor_top = top + AXIS_PX - 20 if two_rows else top + (AXIS_PX - 15) / 2
        painter.drawLines(
            [
                QLineF(x, band.bottom() - 5, x, band.bottom())
                for x in (left + view.x(tick.day) for tick in axis.minor)
            ]
        )
        for tick in axis.minor:
            painter.drawStaticText(
                QPointF(left + view.x(tick.day) + 3, minor_top),
                self._static(tick.label, minor_font),
            )
        painter.setFont(self.major_font)
        painter.setPen(INK)
        major_top = top + 3
        for tick in axis.major:
            x = left + view.x(tick.day)
            painter.drawLine(QLineF(x, top + 2, x, band.bottom()))
            painter.drawStaticText(
                QPointF(x + 4, major_top), self._static(tick.label, self.major_font)
            )
        if two_rows:
            # The period the left edge is in, unless its own tick is about to show it.
            pinned = self._static(
                period_label(view.day0, axis.unit, frame.scene.lang), self.major_font
            )
            first_x = left + view.x(axis.major[0].day)
            if first_x - left > pinned.size().width() + 12:
                painter.drawStaticText(QPointF(left + 4, major_top), pinned)
        painter.restore()
        painter.fillRect(QRectF(0, top, NAME_PX, AXIS_PX), QColor("#FFFFFF"))
        painter.setFont(self.axis_font)
        painter.setPen(MUTED)
        span = (
            f"{period_label(view.day0, 'day', frame.scene.lang)} – "
            f"{period_label(view.day1 - 1, 'day', frame.scene.lang)}"
        )
        painter.drawText(
            QRectF(8, top, NAME_PX - 12, AXIS_PX),
            Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
            span,
        )

    def _paint_header(self, painter: QPainter, frame: Frame) -> None:
        """Title and legend, drawn once per width and language and kept."""
        timeline, lang = frame.scene.filtered.timeline, frame.scene.lang
        header = self._kept(
            painter,
            "header",
            (lang, timeline.title(lang)),
            frame.width,
            HEADER_PX,
            QColor("#FFFFFF"),
            lambda on: self._draw_header(on, frame),
        )
        painter.drawPixmap(QPointF(0, 0), header)

    def _draw_header(self, painter: QPainter, frame: Frame) -> None:
        timeline, lang = frame.scene.filtered.timeline, frame.scene.lang
        painter.setPen(QPen(GRID_MAJOR, 1))
        painter.drawLine(QLineF(0, HEADER_PX - 0.5, frame.width, HEADER_PX - 0.5))
        legend_width = self._paint_legend(painter, frame)
        painter.setFont(self.title_font)
        painter.setPen(INK)
        metrics = QFontMetricsF(self.title_font)
        room = frame.width - legend_width - 28
        title = metrics.elidedText(timeline.title(lang), Qt.TextElideMode.ElideRight, max(room, 0))
        painter.drawText(QRectF(10, 0, room, HEADER_PX), Qt.AlignmentFlag.AlignVCenter, title)

    def _paint_legend(self, painter: QPainter, frame: Frame) -> float:
        """Marker styles, right-aligned in the header; returns the width used."""
        lang = frame.scene.lang
        sample = QColor("#57606A")
        items = [
            (c, i18n.text(f"certainty.{c}", lang))
            for c in ("confirmed", "reported", "alleged", "disputed")
        ]
        items += [
            ("cluster", i18n.text("legend.cluster", lang)),
            ("range", i18n.text("legend.range", lang)),
        ]
        painter.setFont(self.axis_font)
        metrics = QFontMetricsF(self.axis_font)
        widths = [22 + metrics.horizontalAdvance(label) + 14 for _, label in items]
        x = frame.width - sum(widths) - 6
        y = HEADER_PX / 2
        start = x
        for (kind, label), width in zip(items, widths, strict=True):
            if kind == "cluster":
                rect = QRectF(x, y - 7, 18, 14)
                painter.setPen(QPen(OUTLINE, 1))
                painter.setBrush(sample)
                painter.drawRoundedRect(rect, 7, 7)
                painter.setFont(self.count_font)
                painter.setPen(QColor("#FFFFFF"))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "3")
                painter.setFont(self.axis_font)
            elif kind == "range":
                faded = QColor(sample)
                faded.setAlpha(70)
                painter.setPen(QPen(sample, 1.2))
                painter.setBrush(faded)
                painter.drawRoundedRect(QRectF(x, y - 5, 18, 10), 3, 3)
            else:
                self._paint_marker(painter, x + 9, y, sample, kind)
            painter.setPen(MUTED)
            painter.drawText(QPointF(x + 22, y + metrics.ascent() - metrics.height() / 2), label)
            x += width
        return frame.width - start

    def _paint_empty(self, painter: QPainter, frame: Frame) -> None:
        lang = frame.scene.lang
        message = i18n.text("empty.no-lanes" if not frame.lanes else "empty.no-events", lang)
        painter.setFont(self.name_font)
        painter.setPen(MUTED)
        painter.drawText(frame.plot, Qt.AlignmentFlag.AlignCenter, message)


def _near_plot(marks: list[Mark], width: float) -> list[Mark]:
    """Marks that may show on the plot: from a label's reach left of it to its
    right edge, and bars that start further left but reach in (sorted by x)."""
    first = bisect.bisect_left(marks, -MARGIN_PX, key=lambda m: m.x0)
    last = bisect.bisect_right(marks, width, key=lambda m: m.x0)
    return [m for m in marks[:first] if m.kind == "bar" and m.x1 >= 0] + marks[first:last]


def _on_plot(marks: list[Mark], width: float) -> list[Mark]:
    """The marks of a histogram lane that touch the plot (they are sorted by x)."""
    if not marks or marks[0].kind != "density":
        return marks
    first = bisect.bisect_left(marks, -1.0, key=lambda m: m.x1)
    last = bisect.bisect_right(marks, width + 1.0, key=lambda m: m.x0)
    return marks[first:last]


def _links(frame: Frame, timeline) -> dict[int, list[QPointF]]:
    """Events placed as single marks in two lanes or more, with each mark's centre."""
    seen: dict[int, list[QPointF]] = {}
    shared = timeline.shared_events
    width = frame.scene.view.width
    for lane in frame.lanes:
        for mark in _near_plot(lane.marks, width):
            if mark.x1 < 0:
                continue
            if mark.kind in ("event", "bar") and mark.event in shared:
                x = (mark.x0 + mark.x1) / 2 if mark.kind == "event" else mark.x0
                seen.setdefault(mark.event, []).append(QPointF(x, frame.row_y(lane, mark.row)))
    return {event: points for event, points in seen.items() if len(points) > 1}


def _blend(color: QColor, amount: float) -> QColor:
    """`color` laid over white at `amount` opacity, as an opaque colour."""
    return QColor(
        round(255 + (color.red() - 255) * amount),
        round(255 + (color.green() - 255) * amount),
        round(255 + (color.blue() - 255) * amount),
    )


def _text_on(color: QColor) -> QColor:
    """Black or white, whichever reads better on `color`."""
    luminance = 0.2126 * color.redF() + 0.7152 * color.greenF() + 0.0722 * color.blueF()
    return QColor("#000000") if luminance > 0.45 else QColor("#FFFFFF")
