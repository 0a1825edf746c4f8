"""Drawing a timeline: one renderer for the window and every export.

`Renderer.layout` turns what is shown (`Scene`) and a size into a `Frame`:
the lane boxes, the axis ticks and every lane's marks, all in pixels, using
the pure functions of `frise.model`. `Renderer.paint` draws a frame with a
QPainter, whatever it paints on: the view's viewport, a QImage, or any other
paint device. The window keeps the last frame to find what is under the mouse.

The renderer is a facade over one painter per part of the picture (`lanes`,
`marks`, `axis`, `header`, `overlays`), which share its fonts, its theme and
its caches. Every string from the file is drawn as plain text, never markup.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from frise.model.filters import Lane
from frise.model.layout import Mark, lane_boxes, lane_window, place_lane, shift
from frise.model.timescale import axis_ticks
from frise.scene.axis import AxisPainter
from frise.scene.cache import KeptPictures, StaticTexts
from frise.scene.fonts import Fonts
from frise.scene.frame import (
    NO_HIGHLIGHT,
    Frame,
    Highlight,
    LaneFrame,
    Scene,
    lanes_top,
    links,
    on_plot,
)
from frise.scene.header import HeaderPainter
from frise.scene.lanes import LanePainter
from frise.scene.marks import MarkPainter
from frise.scene.overlays import OverlayPainter
from frise.scene.theme import LIGHT, Theme


class Renderer:
    def __init__(self, theme: Theme = LIGHT) -> None:
        self.theme = theme
        self.fonts = Fonts()
        self.texts = StaticTexts()
        self.pictures = KeptPictures()
        self.marks = MarkPainter(self.fonts, theme)
        self.lanes = LanePainter(self.fonts, theme, self.texts, self.pictures)
        self.axis = AxisPainter(self.fonts, theme, self.texts)
        self.header = HeaderPainter(self.fonts, theme, self.pictures, self.marks)
        self.overlays = OverlayPainter(theme)
        self._placed: dict[int, tuple[tuple, float, list[Mark]]] = {}

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
        top = lanes_top(header)
        kwargs = {} if min_lane_px is None else {"minimum": min_lane_px}
        boxes = lane_boxes(len(filtered.lanes), height - top, **kwargs)
        label_width = self.marks.labels.width_of(scene)
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
        frame.links = links(frame)
        return frame

    def _place(
        self, lane: Lane, rows: int, scene: Scene, label_width: Callable[[int], float]
    ) -> list[Mark]:
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

    # --- painting ------------------------------------------------------

    def paint(self, painter: QPainter, frame: Frame, highlight: Highlight = NO_HIGHLIGHT) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.fillRect(QRectF(0, 0, frame.width, frame.height), self.theme.lanes[0])
        plot = frame.plot
        painter.save()
        painter.setClipRect(QRectF(0, plot.top(), frame.width, plot.height()))
        self.lanes.paint_backgrounds(painter, frame)
        self.axis.paint_grid(painter, frame)
        painter.setClipRect(plot)
        painter.translate(plot.left(), 0)
        self.overlays.paint_links(painter, frame, highlight)
        width = frame.scene.view.width
        shown = {id(lane): on_plot(lane.marks, width) for lane in frame.lanes}
        density_max = max(
            (m.count for lane in frame.lanes for m in shown[id(lane)] if m.kind == "density"),
            default=1,
        )
        for lane in frame.lanes:
            if lane.marks and lane.marks[0].kind == "density":
                lane = LaneFrame(lane.party, lane.box, lane.top, shown[id(lane)])
                self.marks.paint_density(painter, frame, lane, density_max, highlight)
            elif lane.marks:
                self.marks.paint_lane(painter, frame, lane, highlight)
        painter.restore()
        self.lanes.paint_names(painter, frame)
        self.axis.paint(painter, frame)
        if frame.header:
            self.header.paint(painter, frame)
        if not frame.lanes or not len(frame.scene.filtered.events):
            self.lanes.paint_empty(painter, frame)
