"""Drawing a timeline: one renderer for the window and every export.

`Renderer.layout` turns what is shown (`Scene`) and a size into a `Frame`:
the lane boxes, the axis ticks and every lane's marks, all in pixels, using
the pure functions of `frise.model`. `Renderer.paint` draws a frame with a
QPainter, whatever it paints on: the view's viewport, a QImage, or any other
paint device. The window keeps the last frame to find what is under the mouse.

The renderer is a facade over one painter per part of the picture (`lanes`,
`marks`, `axis`, `header`, `overlays`, `arcs`), which share its fonts, its theme and
its caches. Every string from the file is drawn as plain text, never markup.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from frise.model.filters import Lane
from frise.model.layout import (
    MAX_LABEL_PX,
    MAX_ROWS,
    SAME_CROWD,
    LaneMarks,
    fit_rows,
    lane_boxes,
    lane_crowd,
    lane_window,
    place_lane,
    rows_used,
    shift,
)
from frise.model.timescale import Viewport, axis_ticks, fit
from frise.scene.axis import AxisPainter
from frise.scene.cache import KeptPictures, StaticTexts
from frise.scene.fonts import Fonts
from frise.scene.frame import (
    NAME_PX,
    NO_HIGHLIGHT,
    Frame,
    Highlight,
    LaneFrame,
    Scene,
    lanes_top,
    links,
    on_plot,
    plot_width,
)
from frise.scene.header import HeaderPainter
from frise.scene.key import KeyPainter
from frise.scene.lanes import LanePainter
from frise.scene.marks import MarkPainter
from frise.scene.overlays import ArcPainter, OverlayPainter
from frise.scene.theme import LIGHT, Theme

STILL_LABEL_PX = 2000.0
"""A picture gives a title all the width it needs (within the plot)."""


class Renderer:
    def __init__(self, theme: Theme = LIGHT, vector: bool = False) -> None:
        """`vector`: for SVG, PDF and print, draw everything as shapes and
        text, never from the pictures kept to repaint the window fast."""
        self.theme = theme
        self.fonts = Fonts()
        self.texts = StaticTexts()
        self.pictures = KeptPictures(keep=not vector)
        self.marks = MarkPainter(self.fonts, theme, vector)
        self.lanes = LanePainter(self.fonts, theme, self.texts, self.pictures)
        self.axis = AxisPainter(self.fonts, theme, self.texts)
        self.header = HeaderPainter(self.fonts, theme, self.pictures, self.marks)
        self.overlays = OverlayPainter(theme, self.fonts)
        self.arcs = ArcPainter(theme, self.fonts)
        self.key = KeyPainter(self.fonts, theme)
        self._placed: dict[tuple[tuple[int, int | None], bool], tuple[tuple, float, LaneMarks]] = {}
        self._wanted: tuple[tuple, list[int]] | None = None
        self._fitted: tuple[tuple, list[int]] | None = None

    # --- layout --------------------------------------------------------

    def layout(
        self,
        scene: Scene,
        width: float,
        height: float,
        header: bool = True,
        rows: Sequence[int] | None = None,
    ) -> Frame:
        """The scene laid out at a size. Each lane gets `rows` rows, by
        default what it needs in the view fitting the whole range (see
        `wanted_rows`), fewer for the busiest lanes when they would not fit."""
        filtered = scene.filtered
        top = lanes_top(header)
        if rows is None:
            rows = self.window_rows(scene, width, height, header)
        boxes = lane_boxes(rows, self.name_heights(scene))
        label_width = self.marks.labels.width_of(scene)
        lanes = []
        for lane, box in zip(filtered.lanes, boxes, strict=True):
            lane_top = top + box.top - scene.scroll_y
            visible = lane_top < height and lane_top + box.height > top
            marks = (
                self._place(lane, box.rows, scene, scene.view, label_width)
                if visible
                else LaneMarks.empty()
            )
            lanes.append(LaneFrame(lane.party, box, lane_top, marks, lane.claimant))
        self._alike(filtered.lanes, lanes, scene, label_width)
        frame = Frame(
            scene,
            width,
            height,
            lanes,
            axis_ticks(scene.view, scene.words),
            boxes[-1].top + boxes[-1].height if boxes else 0.0,
            header,
        )
        frame.links = links(frame)
        return frame

    def _alike(
        self,
        lanes: Sequence[Lane],
        frames: list[LaneFrame],
        scene: Scene,
        label_width: Callable[[int], float],
    ) -> None:
        """Lanes about as crowded as a lane drawn as a histogram are drawn as
        histograms too: equally busy lanes look alike."""
        crowded = [
            lane_crowd(lane.start, scene.view)
            for lane, frame in zip(lanes, frames, strict=True)
            if frame.marks.is_histogram
        ]
        if not crowded:
            return
        least = min(crowded) * SAME_CROWD
        for lane, frame in zip(lanes, frames, strict=True):
            plain = len(frame.marks) and not frame.marks.is_histogram
            if plain and lane_crowd(lane.start, scene.view) >= least:
                frame.marks = self._place(
                    lane, frame.box.rows, scene, scene.view, label_width, histogram=True
                )

    def window_rows(
        self, scene: Scene, width: float, height: float, header: bool = True
    ) -> list[int]:
        """Rows per lane in a window `width` × `height`: what each lane needs,
        within MAX_ROWS, taken from the busiest when they do not all fit."""
        wanted = self.wanted_rows(scene, width)
        key = (tuple(wanted), height - lanes_top(header), scene.filtered, scene.lang)
        if self._fitted is None or self._fitted[0] != key:
            rows = fit_rows(wanted, key[1], heights=self.name_heights(scene))
            self._fitted = (key, rows)
        return self._fitted[1]

    def name_heights(self, scene: Scene) -> list[float]:
        """The least height of each lane: room for its name, wrapped."""
        return self.lanes.name_heights(scene.filtered, scene.lang, scene.words)

    def lanes_height(self, scene: Scene, rows: Sequence[int]) -> float:
        boxes = lane_boxes(rows, self.name_heights(scene))
        return boxes[-1].top + boxes[-1].height if boxes else 0.0

    def wanted_rows(
        self,
        scene: Scene,
        width: float,
        view: Viewport | None = None,
        max_rows: int = MAX_ROWS,
    ) -> list[int]:
        """Rows each lane needs for every title to be whole (at most
        `max_rows`), in `view` or else the view fitting the whole range: lane
        heights stay put while one zooms and pans."""
        if view is None:
            view = fit(scene.bounds, plot_width(width), scene.view.scale)
        key = (scene.filtered, scene.lang, view, scene.bounds, scene.still, max_rows)
        if self._wanted is not None and self._wanted[0] == key:
            return self._wanted[1]
        label_width = self.marks.labels.width_of(scene)
        wanted = [
            rows_used(self._place(lane, max_rows, scene, view, label_width, keep=False))
            for lane in scene.filtered.lanes
        ]
        self._wanted = (key, wanted)
        return wanted

    def _place(
        self,
        lane: Lane,
        rows: int,
        scene: Scene,
        view: Viewport,
        label_width: Callable[[int], float],
        keep: bool = True,
        histogram: bool = False,
    ) -> LaneMarks:
        """A lane's marks; after a pan within the same page the last layout is
        kept and shifted (see `lane_window`), which is what makes panning cheap."""
        first, last = scene.label_limits()
        # The lane itself, not its id: a new lane may get the id of a freed one.
        key = (
            lane,
            view.px_per_day,
            view.width,
            view.scale,
            rows,
            lane_window(view)[0],
            scene.lang,
            first,
            last,
            histogram,
        )
        cached = self._placed.get((lane.key, histogram)) if keep else None
        if cached is not None and cached[0] == key:
            _, day0, marks = cached
            shift(marks, view.x(day0))
        else:
            marks = place_lane(
                lane.events,
                lane.start,
                lane.stop,
                lane.is_range,
                view,
                rows,
                label_width,
                lane.titled,
                (view.x(first), view.x(last)),
                STILL_LABEL_PX if scene.still else MAX_LABEL_PX,
                histogram,
            )
        if keep:
            self._placed[(lane.key, histogram)] = (key, view.day0, marks)
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
        self.overlays.paint_folds(painter, frame)
        self.overlays.paint_as_of(painter, frame)
        self.overlays.paint_links(painter, frame, highlight)
        # Under the marks, so titles stay readable where an arc crosses them.
        self.arcs.paint(painter, frame, highlight)
        width = frame.scene.view.width
        shown = {id(lane): on_plot(lane.marks, width) for lane in frame.lanes}
        density_max = max(
            (
                int(shown[id(lane)].count.max())
                for lane in frame.lanes
                if len(shown[id(lane)]) and lane.marks.is_histogram
            ),
            default=1,
        )
        for lane in frame.lanes:
            if lane.marks.is_histogram:
                lane = LaneFrame(lane.party, lane.box, lane.top, shown[id(lane)], lane.claimant)
                self.marks.paint_density(painter, frame, lane, density_max, highlight)
        plain = [lane for lane in frame.lanes if len(lane.marks) and not lane.marks.is_histogram]
        self.marks.paint_lanes(painter, frame, plain, highlight)
        self.arcs.paint_labels(painter, frame, highlight)
        painter.restore()
        self.lanes.paint_names(painter, frame)
        self.axis.paint(painter, frame)
        if frame.axis.folds:
            painter.save()
            painter.setClipRect(QRectF(NAME_PX, 0, frame.width - NAME_PX, frame.lanes_top))
            self.overlays.paint_fold_dates(painter, frame, NAME_PX)
            painter.restore()
        self.overlays.paint_as_of_flag(painter, frame, NAME_PX)
        if frame.header:
            self.header.paint(painter, frame)
        if not frame.lanes or not len(frame.scene.filtered.events):
            self.lanes.paint_empty(painter, frame)
        if frame.key is not None and frame.key.height:
            self.key.paint(painter, frame, frame.key, frame.lanes_top + frame.lanes_height)
