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

import hashlib
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPixmap

from frise.model.filters import Lane
from frise.model.layout import MAX_LABEL_PX, SAME_CROWD, lane_crowd, lane_window, place_lanes
from frise.model.marks import BAR, LABEL_GAP_PX, LaneMarks, rows_used, shift
from frise.model.rows import MAX_ROWS, fit_rows, lane_boxes
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
TILE_MARGIN_PX = 160
"""How far the window's plot may pan before its picture is drawn again."""


@dataclass(eq=False)
class PlotTile:
    """A picture of the plot, wider than it, and what it was drawn for."""

    key: tuple
    marks: list[LaneMarks]
    """Each lane's marks it shows: the same (shifted by pans) while it holds."""
    day0: float
    """The day at the plot's left edge when it was drawn."""
    pixmap: QPixmap
    edge: list[tuple[int, np.ndarray]]
    """Per lane, the marks whose titles it leaves out (drawn on each frame)."""
    highlight: Highlight

    def fits(self, key: tuple, frame: Frame) -> bool:
        return (
            key == self.key
            and len(frame.lanes) == len(self.marks)
            and all(
                lane.marks is marks for lane, marks in zip(frame.lanes, self.marks, strict=True)
            )
        )


def _tile_key(frame: Frame, highlight: Highlight, dpr: float) -> tuple:
    """What a plot tile depends on, besides the marks it shows."""
    scene, view = frame.scene, frame.scene.view
    return (
        scene.filtered,
        scene.lang,
        scene.words_lang,
        scene.meter,
        scene.scroll_y,
        view.px_per_day,
        view.width,
        view.scale,
        frame.width,
        frame.height,
        tuple((lane.top, lane.box.height) for lane in frame.lanes),
        highlight,
        id(highlight.matches),  # the tile keeps the highlight, so the id stays its
        dpr,
    )


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
        self._tile: PlotTile | None = None
        self._last_marks: list[LaneMarks] = []
        self._lane_rows: dict[tuple, int] = {}
        """The rows each lane wants, by what it holds and the view (see `wanted_rows`)."""
        self._contents: weakref.WeakKeyDictionary[Lane, tuple] = weakref.WeakKeyDictionary()
        self._spare: tuple[tuple, Viewport, dict[Lane, LaneMarks], dict[Lane, int]] | None = None
        """The marks `wanted_rows` placed, per lane, and the rows each used."""
        self._last_key: tuple | None = None
        self._last_highlight: Highlight | None = None

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
        tops = [top + box.top - scene.scroll_y for box in boxes]
        visible = [
            k
            for k, (lane_top, box) in enumerate(zip(tops, boxes, strict=True))
            if lane_top < height and lane_top + box.height > top
        ]
        placed = self._place_many(
            [filtered.lanes[k] for k in visible],
            [boxes[k].rows for k in visible],
            scene,
            scene.view,
            label_width,
        )
        marks_of = dict(zip(visible, placed, strict=True))
        lanes = [
            LaneFrame(lane.party, box, lane_top, marks_of.get(k, LaneMarks.empty()), lane.claimant)
            for k, (lane, box, lane_top) in enumerate(zip(filtered.lanes, boxes, tops, strict=True))
        ]
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
        redo = [
            k
            for k, (lane, frame) in enumerate(zip(lanes, frames, strict=True))
            if len(frame.marks)
            and not frame.marks.is_histogram
            and lane_crowd(lane.start, scene.view) >= least
        ]
        if not redo:
            return
        placed = self._place_many(
            [lanes[k] for k in redo],
            [frames[k].box.rows for k in redo],
            scene,
            scene.view,
            label_width,
            histogram=True,
        )
        for k, marks in zip(redo, placed, strict=True):
            frames[k].marks = marks

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
        lanes = scene.filtered.lanes
        # A lane's rows depend on what it holds, not on the filter that made
        # it: a lane kept by a new filter (or shown again) is not laid out again.
        same = (scene.lang, view, scene.bounds, scene.still, max_rows)
        lane_keys = [(self._content(lane, scene), *same) for lane in lanes]
        missing = [k for k, lane_key in enumerate(lane_keys) if lane_key not in self._lane_rows]
        placed = self._place_many(
            [lanes[k] for k in missing], [max_rows] * len(missing), scene, view, label_width, False
        )
        if len(self._lane_rows) > 4096:
            self._lane_rows.clear()
        for k, marks in zip(missing, placed, strict=True):
            self._lane_rows[lane_keys[k]] = rows_used(marks)
        wanted = [self._lane_rows[lane_key] for lane_key in lane_keys]
        self._wanted = (key, wanted)
        # A lane laid out with the rows it used is laid out the same (see
        # tests/model/test_stacking.py): the view fitting everything (after a
        # filter, at the start) takes these marks instead of placing them again.
        self._spare = (
            key,
            view,
            {lanes[k]: marks for k, marks in zip(missing, placed, strict=True)},
            {lanes[k]: wanted[k] for k in missing},
        )
        return wanted

    def _content(self, lane: Lane, scene: Scene) -> tuple:
        """What a lane's layout depends on, besides the view: its events, where
        their titles are written, when they stop, and their titles' words (the
        timeline, the claims view). Lanes equal in all of it are laid out alike."""
        found = self._contents.get(lane)
        if found is None:
            digest = hashlib.blake2b(digest_size=16)
            for array in (lane.events, lane.titled, lane.stop):
                digest.update(np.ascontiguousarray(array).tobytes())
            found = (lane.key, len(lane.events), digest.digest())
            self._contents[lane] = found
        return (*found, scene.filtered.timeline, scene.filtered.mode)

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
        return self._place_many([lane], [rows], scene, view, label_width, keep, histogram)[0]

    def _place_many(
        self,
        lanes: Sequence[Lane],
        rows: Sequence[int],
        scene: Scene,
        view: Viewport,
        label_width: Callable[[int], float],
        keep: bool = True,
        histogram: bool = False,
    ) -> list[LaneMarks]:
        """The lanes' marks, laid out together; after a pan within the same
        page a lane's last layout is kept and shifted (see `lane_window`),
        which is what makes panning cheap."""
        first, last = scene.label_limits()
        page = lane_window(view)[0]
        found: list[LaneMarks | None] = []
        keys = []
        spare: dict[Lane, LaneMarks] = {}
        if keep and not histogram and self._spare is not None:
            spare_key, spare_view, spare_marks, spare_rows = self._spare
            same_scene = (scene.filtered, scene.lang, scene.bounds, scene.still)
            if spare_view == view and (*spare_key[:2], *spare_key[3:5]) == same_scene:
                # Handed out once: a lane's marks shift as the view pans.
                spare = {
                    lane: spare_marks.pop(lane)
                    for lane, count in zip(lanes, rows, strict=True)
                    if lane in spare_marks and spare_rows.get(lane) == count
                }
        for lane, count in zip(lanes, rows, strict=True):
            # What the lane holds, not its id: a new lane may get the id of a
            # freed one; a lane of another filter holding the same is laid out alike.
            key = (
                self._content(lane, scene),
                view.px_per_day,
                view.width,
                view.scale,
                count,
                page,
                scene.lang,
                first,
                last,
                histogram,
            )
            keys.append(key)
            cached = self._placed.get((lane.key, histogram)) if keep else None
            if cached is not None and cached[0] == key:
                _, day0, marks = cached
                shift(marks, view.x(day0))
                found.append(marks)
            else:
                found.append(spare.get(lane))
        missing = [k for k, marks in enumerate(found) if marks is None]
        if missing:
            placed = place_lanes(
                [lanes[k] for k in missing],
                view,
                [rows[k] for k in missing],
                label_width,
                (view.x(first), view.x(last)),
                STILL_LABEL_PX if scene.still else MAX_LABEL_PX,
                [histogram] * len(missing),
            )
            for k, marks in zip(missing, placed, strict=True):
                found[k] = marks
        result = [marks for marks in found if marks is not None]
        if keep:
            for lane, key, marks in zip(lanes, keys, result, strict=True):
                self._placed[(lane.key, histogram)] = (key, view.day0, marks)
        return result

    # --- painting ------------------------------------------------------

    def paint(self, painter: QPainter, frame: Frame, highlight: Highlight = NO_HIGHLIGHT) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.fillRect(QRectF(0, 0, frame.width, frame.height), self.theme.lanes[0])
        marks = [lane.marks for lane in frame.lanes]
        key = _tile_key(frame, highlight, painter.device().devicePixelRatioF())
        again = (
            key == self._last_key
            and len(marks) == len(self._last_marks)
            and all(a is b for a, b in zip(marks, self._last_marks, strict=True))
        )
        # The highlight is kept with its key: the id of its matches stays theirs.
        self._last_marks, self._last_key, self._last_highlight = marks, key, highlight
        tile = self._tile
        if (
            self.pictures.keep
            and not frame.scene.still
            and frame.key is None
            # A new layout (a zoom, a filter) or a new highlight (a search's
            # keystroke, a hover) is drawn as it is: a tile is worth drawing
            # once the same marks come again the same (a pan).
            and (again or (tile is not None and tile.fits(key, frame)))
        ):
            self._paint_plot_from_tile(painter, frame, highlight)
        else:
            self._paint_plot(painter, frame, highlight)
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

    def _paint_plot(self, painter: QPainter, frame: Frame, highlight: Highlight) -> None:
        """What lies over the lanes: their backgrounds, the grid, folds, the
        as-of shade, links, arcs and the marks."""
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

    def _paint_plot_from_tile(self, painter: QPainter, frame: Frame, highlight: Highlight) -> None:
        """The plot in the window, from a picture of it wider than the plot by
        TILE_MARGIN_PX each side, drawn once per layout and highlight and
        shifted by each pan (a pan within a page keeps the layout): a pan
        copies pixels instead of drawing thousands of marks. The titles
        that depend on where the plot's edges are (cut short at the right
        edge, a period's title kept in view at the left) are drawn apart,
        on each frame."""
        view, plot = frame.scene.view, frame.plot
        dpr = painter.device().devicePixelRatioF()
        key = _tile_key(frame, highlight, dpr)
        tile = self._tile
        if tile is None or not tile.fits(key, frame):
            tile = self._tile = self._draw_tile(frame, highlight, key, dpr)
        shift = round(view.x(tile.day0))
        if abs(shift) > TILE_MARGIN_PX:
            tile = self._tile = self._draw_tile(frame, highlight, key, dpr)
            shift = round(view.x(tile.day0))
        source = QRectF((TILE_MARGIN_PX - shift) * dpr, 0, plot.width() * dpr, plot.height() * dpr)
        painter.drawPixmap(plot, tile.pixmap, source)
        painter.save()
        painter.setClipRect(plot)
        painter.translate(plot.left(), 0)
        self.marks.paint_edge_labels(painter, frame, tile.edge, highlight)
        painter.restore()

    def _draw_tile(self, frame: Frame, highlight: Highlight, key: tuple, dpr: float) -> PlotTile:
        """Draw the plot of `frame` as seen by a view wider by TILE_MARGIN_PX
        each side, without the titles that depend on the plot's edges."""
        margin = TILE_MARGIN_PX
        view, plot = frame.scene.view, frame.plot
        wide = Viewport(view.day(-margin), view.px_per_day, view.width + 2 * margin, view.scale)
        scene = replace(frame.scene, view=wide)
        edge = self._edge_labels(frame)
        kept = [(k, frame.lanes[k].marks.label_width[which].copy()) for k, which in edge]
        for k, which in edge:
            frame.lanes[k].marks.label_width[which] = 0.0
        for lane in frame.lanes:
            lane.marks.shift(margin)
        try:
            wide_frame = Frame(
                scene,
                frame.width + 2 * margin,
                frame.height,
                frame.lanes,
                axis_ticks(wide, scene.words),
                frame.lanes_height,
                frame.header,
            )
            pixmap = QPixmap(
                round((plot.width() + 2 * margin) * dpr), max(round(plot.height() * dpr), 1)
            )
            pixmap.setDevicePixelRatio(dpr)
            pixmap.fill(self.theme.lanes[0])
            on = QPainter(pixmap)
            on.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            on.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            on.translate(-plot.left(), -plot.top())
            self._paint_plot(on, wide_frame, highlight)
            on.end()
        finally:
            for lane in frame.lanes:
                lane.marks.shift(-margin)
            for (k, which), widths in zip(edge, kept, strict=True):
                frame.lanes[k].marks.label_width[which] = widths[1]
        return PlotTile(
            key, [lane.marks for lane in frame.lanes], view.day0, pixmap, edge, highlight
        )

    @staticmethod
    def _edge_labels(frame: Frame) -> list[tuple[int, np.ndarray]]:
        """Per lane, the marks whose title may be cut short at the plot's
        right edge, or kept in view at its left (a period's), while the
        plot pans by up to TILE_MARGIN_PX either way."""
        width, margin = frame.scene.view.width, TILE_MARGIN_PX
        found = []
        for k, lane in enumerate(frame.lanes):
            marks = lane.marks
            if not len(marks) or marks.is_histogram:
                continue
            start, end = marks.label_x, marks.label_x + marks.label_width
            labelled = marks.label_width > 0
            near_right = (end > width - margin - 2) & (start < width + margin)
            inside_bar = (marks.kind == BAR) & (marks.x0 <= start) & (start < marks.x1)
            near_left = inside_bar & (start < LABEL_GAP_PX + margin) & (marks.x1 > -margin)
            which = np.flatnonzero(labelled & (near_right | near_left))
            if len(which):
                found.append((k, which))
        return found
