"""Drawing a lane's marks: markers, period bars, cluster pills, histogram
bars, and the labels beside them.

This is the hottest code of a repaint: it runs for every mark on screen. It
draws markers and pills from cached pictures (sprites) and titles from
cached laid-out texts, and reads what it needs once per lane.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)

from frise.model.marks import (
    BAR,
    CLUSTER,
    EVENT,
    MARKER_PX,
    LaneMarks,
    Mark,
    label_spans,
    visible_label,
)
from frise.model.rows import LANE_PAD_PX, ROW_PX
from frise.model.timeline import CERTAINTIES
from frise.scene.atlas import PILL_HEIGHT, PillAtlas
from frise.scene.batch import draw_lines, draw_parts, draw_rects
from frise.scene.fonts import Fonts
from frise.scene.frame import Frame, Highlight, LaneFrame, near_plot
from frise.scene.labels import Labels, title_of
from frise.scene.theme import Theme, blend, text_on

MAX_PILLS = 2000
DIMMED = 0.22
"""Opacity of what a search does not find."""
METER_TICKS = 5
"""A source meter shows this many sources at most."""
METER_PX = 4.0
"""Height of a source meter's ticks, drawn over the marker."""
FOUND_PX = MARKER_PX + 10
"""Side of the picture of the disc under an event a search finds."""


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
        self._atlases: dict[tuple, QPixmap] = {}
        self._pill_atlases: dict[tuple, PillAtlas] = {}

    def paint_lanes(
        self, painter: QPainter, frame: Frame, lanes: list[LaneFrame], highlight: Highlight
    ) -> None:
        """The marks of `lanes` (none a histogram) that are near the plot.

        On pixels, the marks drawn alike (the markers, pills and source
        meters of marks nothing emphasises, in every lane at once) go in a few
        calls to Qt, one per picture they are cut from (`frise.scene.batch`),
        and their titles from laid-out texts; the marks drawn apart (a period
        bar, the selected or hovered event, what a search finds, a ghost, a
        fresh halo, a revealed connector) then one by one, over them. SVG,
        PDF, print and pictures with a key draw every mark one by one.
        """
        view = frame.scene.view
        width = view.width
        revealed = frame.timeline.revealed
        alike: list[tuple[LaneFrame, np.ndarray]] = []
        alike_found: list[tuple[LaneFrame, np.ndarray]] = []
        apart: list[tuple[LaneFrame, np.ndarray]] = []
        for lane in lanes:
            marks = lane.marks
            near = near_plot(marks, width)
            near = near[marks.right[near] >= 0]
            if frame.timeline.any_revealed:
                # An event left of the plot whose connector to when it became
                # public reaches into it.
                left = np.flatnonzero((marks.x1 < 0) & (marks.kind <= BAR))
                left = left[revealed[marks.event[left]] > 0]
                if len(left):
                    reaches = view.xs(revealed[marks.event[left]]) >= -2
                    near = np.union1d(near, left[reaches])
            if not len(near):
                continue
            if self.vector or frame.key is not None:
                apart.append((lane, near))
                continue
            drawn_apart, found = self._apart(frame, marks, near, highlight)
            alike.append((lane, near[~drawn_apart & ~found]))
            alike_found.append((lane, near[~drawn_apart & found]))
            apart.append((lane, near[drawn_apart]))
        if alike:
            dimmed = highlight.matches is not None
            if dimmed:
                # A search: what it does not find is drawn faint.
                painter.setOpacity(DIMMED)
            self._paint_alike(painter, frame, alike)
            if dimmed:
                painter.setOpacity(1.0)
            # What a search finds, however much: drawn alike too, over a
            # highlight, in as many calls as the rest.
            found_groups = [(lane, which) for lane, which in alike_found if len(which)]
            if found_groups:
                self._paint_found_under(painter, frame, found_groups)
                self._paint_alike(painter, frame, found_groups, self.theme.match)
        for lane, which in apart:
            if len(which):
                self._paint_one_by_one(painter, frame, lane, highlight, which)

    def paint_edge_labels(
        self,
        painter: QPainter,
        frame: Frame,
        edge: list[tuple[int, np.ndarray]],
        highlight: Highlight,
    ) -> None:
        """The titles of the marks at `edge` (per lane index, mark indices),
        where the plot's edges put them now: cut short at the right edge, a
        period's kept in view at the left."""
        if not edge:
            return
        scene = frame.scene
        lanes = [(frame.lanes[k], which) for k, which in edge]

        def gather(name: str) -> np.ndarray:
            joined: np.ndarray = np.concatenate(
                [getattr(lane.marks, name)[which] for lane, which in lanes]
            )
            return joined

        text_top = self.labels.metrics.height() / 2
        tops = np.repeat([lane.top for lane, _ in lanes], [len(w) for _, w in lanes])
        ys = tops + LANE_PAD_PX + gather("row") * ROW_PX + ROW_PX / 2 - text_top
        xs, widths = label_spans(
            gather("kind"),
            gather("x0"),
            gather("x1"),
            gather("label_x"),
            gather("label_width"),
            scene.view.width,
        )
        events = gather("event")
        shown = np.flatnonzero(widths > 0)
        if not len(shown):
            return
        matches = highlight.matches
        selected = highlight.selected
        emphasis = (events == selected) if selected is not None else None
        found = matches[events] if matches is not None else None
        title = title_of(scene)
        get = self.labels.get
        painter.setPen(self.theme.ink)
        if emphasis is None and found is None:
            self.labels.draw_many(
                painter,
                events[shown].tolist(),
                xs[shown].tolist(),
                ys[shown].tolist(),
                widths[shown].tolist(),
                title,
                self.theme.ink,
            )
            return
        painter.setFont(self.labels.font)  # as above: what an SVG writes
        for j in shown.tolist():
            i, x, width, top = int(events[j]), float(xs[j]), float(widths[j]), float(ys[j])
            chosen = emphasis is not None and bool(emphasis[j])
            hit = found is not None and bool(found[j])
            if found is not None:
                painter.setOpacity(1.0 if hit or chosen else DIMMED)
            label = get(i, title(i), width)
            if chosen or hit:
                back = QRectF(x - 3, top - 1, label.size().width() + 6, 2 * text_top + 2)
                painter.fillRect(back, self.theme.select_background if chosen else self.theme.match)
                painter.setPen(self.theme.ink)
            painter.drawStaticText(QPointF(x, top), label)
        painter.setOpacity(1.0)

    def _apart(
        self, frame: Frame, marks: LaneMarks, near: np.ndarray, highlight: Highlight
    ) -> tuple[np.ndarray, np.ndarray]:
        """Per mark of `near`: whether it is drawn apart, one by one; and
        whether the search finds it."""
        scene, timeline = frame.scene, frame.timeline
        kind, event = marks.kind[near], marks.event[near]
        single = kind <= BAR
        apart = np.zeros(len(near), bool)
        apart |= single & (timeline.revealed[event] != 0)
        ghost = scene.filtered.ghost
        if ghost is not None:
            apart |= single & ghost[event]
        for emphasised in (highlight.selected, highlight.hovered):
            if emphasised is not None:
                apart |= marks.holding(emphasised)[near]
        if highlight.fresh:
            apart |= single & np.isin(event, np.fromiter(highlight.fresh, np.int64))
        matches = highlight.matches
        found = np.zeros(len(near), bool)
        if matches is not None:
            found = matches[event]
            grouped = np.flatnonzero(kind >= CLUSTER)
            for k in grouped.tolist():
                found[k] = matches[marks.members(int(near[k]))].any()
        return apart, found

    def _paint_found_under(
        self, painter: QPainter, frame: Frame, groups: list[tuple[LaneFrame, np.ndarray]]
    ) -> None:
        """Under the marks a search finds, as `_paint_found` draws under one:
        a disc under each marker (cut from one picture, in one call), a band
        under each pill or bar."""
        dpr = painter.device().devicePixelRatioF()
        kind = np.concatenate([lane.marks.kind[which] for lane, which in groups])
        x0 = np.concatenate([lane.marks.x0[which] for lane, which in groups])
        x1 = np.concatenate([lane.marks.x1[which] for lane, which in groups])
        y = np.concatenate(
            [
                lane.top + LANE_PAD_PX + lane.marks.row[which] * ROW_PX + ROW_PX / 2
                for lane, which in groups
            ]
        )
        single = np.flatnonzero(kind == EVENT)
        side = FOUND_PX * dpr
        # Centred where the marker's picture is: its left is round(x0 - 2).
        draw_parts(
            painter,
            self._found_disc(dpr),
            np.round(x0[single] - 2) + (MARKER_PX + 4) / 2 - FOUND_PX / 2,
            np.round(y[single] - MARKER_PX / 2 - 2) + (MARKER_PX + 4) / 2 - FOUND_PX / 2,
            0.0,
            0.0,
            side,
            side,
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.theme.match)
        for k in np.flatnonzero(kind != EVENT).tolist():
            painter.drawRoundedRect(QRectF(x0[k] - 4, y[k] - 11, x1[k] - x0[k] + 8, 22), 9, 9)
        painter.setPen(self.theme.ink)

    def _found_disc(self, dpr: float) -> QPixmap:
        """The disc `_paint_found` draws under an event, as a picture."""
        key = ("found", self.theme.match.rgba(), dpr)
        disc = self._sprites.get(key)
        if disc is None:
            disc = QPixmap(round(FOUND_PX * dpr), round(FOUND_PX * dpr))
            disc.setDevicePixelRatio(dpr)
            disc.fill(Qt.GlobalColor.transparent)
            on = QPainter(disc)
            on.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            on.setPen(Qt.PenStyle.NoPen)
            on.setBrush(self.theme.match)
            radius = MARKER_PX / 2 + 4
            on.drawEllipse(QPointF(FOUND_PX / 2, FOUND_PX / 2), radius, radius)
            on.end()
            self._sprites[key] = disc
        return disc

    def _paint_alike(
        self,
        painter: QPainter,
        frame: Frame,
        groups: list[tuple[LaneFrame, np.ndarray]],
        label_background: QColor | None = None,
    ) -> None:
        """Markers (with a month's or a year's bracket), pills and source meters
        of the marks of each lane at the indices given, a call per picture
        for all the lanes, then their titles (over `label_background`)."""
        scene, timeline = frame.scene, frame.timeline
        dpr = painter.device().devicePixelRatioF()

        def gather(name: str) -> np.ndarray:
            joined: np.ndarray = np.concatenate(
                [getattr(lane.marks, name)[which] for lane, which in groups]
            )
            return joined

        kind, event, x0, x1, row = (gather(n) for n in ("kind", "event", "x0", "x1", "row"))
        party = np.repeat([lane.party for lane, _ in groups], [len(w) for _, w in groups])
        tops = np.repeat([lane.top for lane, _ in groups], [len(w) for _, w in groups])
        y = tops + LANE_PAD_PX + row * ROW_PX + ROW_PX / 2
        radius = MARKER_PX / 2

        bars = np.flatnonzero(kind == BAR)
        if len(bars):
            # Period bars: a path of rounded rectangles per party's colour.
            owner = party[bars]
            for who in np.unique(owner).tolist():
                color = QColor(timeline.colors[who])
                light = QColor(color)
                light.setAlpha(70)
                path = QPainterPath()
                for k in bars[owner == who].tolist():
                    path.addRoundedRect(QRectF(x0[k], y[k] - 7, x1[k] - x0[k], 14), 4, 4)
                painter.setPen(QPen(self.theme.edge(color), 1.2))
                painter.setBrush(light)
                painter.drawPath(path)

        single = np.flatnonzero(kind == EVENT)
        xs, ys, ids = x0[single], y[single], event[single]

        # A month or a year is a period: a thin bracket under the marker spans it.
        dated = np.flatnonzero((timeline.precision[ids] != 10) & ~timeline.is_range[ids])
        if len(dated):
            view = scene.view
            start = view.xs(timeline.start[ids[dated]])
            stop = view.xs(timeline.stop[ids[dated]])
            wide = np.flatnonzero(stop - start >= MARKER_PX)
            start, stop, owner = start[wide], stop[wide], party[single][dated][wide]
            base = ys[dated][wide] + MARKER_PX / 2 + 3
            for who in np.unique(owner).tolist():
                mine = owner == who
                faded = QColor(timeline.colors[who])
                faded.setAlpha(140)
                painter.setPen(QPen(faded, 1.5))
                ends = stop[mine]
                draw_lines(
                    painter,
                    np.concatenate((start[mine], ends)),
                    np.concatenate((base[mine], base[mine] - 3)),
                    np.concatenate((ends, ends)),
                    np.concatenate((base[mine], base[mine])),
                )

        side = (MARKER_PX + 4) * dpr
        draw_parts(
            painter,
            self._marker_atlas(timeline.colors, dpr),
            np.round(xs - 2),
            np.round(ys - radius - 2),
            timeline.certainty_codes[ids] * side,
            party[single] * side,
            side,
            side,
        )

        clustered = np.flatnonzero(kind == CLUSTER)
        if len(clustered):
            pills = self._pill_atlas(timeline.colors, dpr)
            pill_width = np.round(x1 - x0)[clustered]
            cells = pills.cells(party[clustered], gather("count")[clustered], pill_width)
            draw_parts(
                painter,
                pills.pixmap,
                np.round(x0[clustered] - 2),
                np.round(y[clustered] - 10),
                cells[:, 0],
                cells[:, 1],
                (pill_width + 4) * dpr,
                PILL_HEIGHT * dpr,
            )

        sources = scene.filtered.sources if scene.meter else None
        metered = np.flatnonzero(kind <= BAR)
        if sources is not None and len(metered):
            # Over an event's marker, or near the start of a period's bar.
            at = event[metered]
            centre = np.where(kind[metered] == EVENT, x0[metered] + radius, x0[metered] + 9)
            count = np.minimum(sources.independent[at], METER_TICKS)
            primary = np.minimum(sources.primary[at], METER_TICKS)
            meter_width = (METER_TICKS * 3 - 1 + 2) * dpr
            meter_height = (METER_PX + 2) * dpr
            draw_parts(
                painter,
                self._meter_atlas(dpr),
                np.round(centre - (METER_TICKS * 3 - 1) / 2 - 1),
                np.round(y[metered] - radius - 1 - METER_PX - 1),
                count * meter_width,
                primary * meter_height,
                meter_width,
                meter_height,
            )

        label_x, label_width = gather("label_x"), gather("label_width")
        labelled = np.flatnonzero(label_width > 0)
        if len(labelled):
            shown_x, shown_width = label_spans(
                kind[labelled],
                x0[labelled],
                x1[labelled],
                label_x[labelled],
                label_width[labelled],
                scene.view.width,
            )
            titled = np.flatnonzero(shown_width > 0)
            text_top = self.labels.metrics.height() / 2
            self.labels.draw_many(
                painter,
                event[labelled][titled].tolist(),
                shown_x[titled].tolist(),
                (y[labelled][titled] - text_top).tolist(),
                shown_width[titled].tolist(),
                title_of(scene),
                self.theme.ink,
                label_background,
            )

    def _paint_one_by_one(
        self,
        painter: QPainter,
        frame: Frame,
        lane: LaneFrame,
        highlight: Highlight,
        which: np.ndarray,
    ) -> None:
        """The marks at `which`, each with all it needs."""
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
        matches = highlight.matches
        opacity = 1.0
        painter.setPen(theme.ink)
        # A static text keeps its own font, but an SVG writes the painter's.
        painter.setFont(self.labels.font)
        for k in which.tolist():
            mark = lane.marks[k]
            y = row_y[mark.row]
            chosen = mark.holds(selected)
            hovered = mark.holds(hovered_event)
            found = False
            if matches is not None:
                # A search: what it finds is marked, the rest drawn faint (the
                # opacity set only when it changes).
                found = bool(
                    matches[mark.event] if mark.members is None else matches[mark.members].any()
                )
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
        if matches is not None:
            painter.setOpacity(1.0)

    def _marker_atlas(self, colors: tuple[str, ...], dpr: float) -> QPixmap:
        """Every marker of every party's colour: a row per party, a column
        per certainty (in the order of `CERTAINTIES`)."""
        key = (colors, dpr)
        atlas = self._atlases.get(key)
        if atlas is None:
            side = MARKER_PX + 4
            cell = round(side * dpr)
            atlas = QPixmap(cell * len(CERTAINTIES), cell * max(len(colors), 1))
            atlas.setDevicePixelRatio(dpr)
            atlas.fill(Qt.GlobalColor.transparent)
            on = QPainter(atlas)
            on.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            for row, color in enumerate(colors):
                for column, certainty in enumerate(CERTAINTIES):
                    # Cells start at whole device pixels, as the parts are cut there.
                    left, top = cell * column / dpr, cell * row / dpr
                    self.paint_marker(on, left + side / 2, top + side / 2, QColor(color), certainty)
            on.end()
            self._atlases[key] = atlas
        return atlas

    def _meter_atlas(self, dpr: float) -> QPixmap:
        """Every source meter: a column per count (0 to METER_TICKS), a row per
        number of primary sources."""
        key = ("meters", dpr)
        atlas = self._atlases.get(key)
        if atlas is None:
            width, height = METER_TICKS * 3 - 1 + 2, METER_PX + 2
            cells = METER_TICKS + 1
            atlas = QPixmap(round(width * dpr) * cells, round(height * dpr) * cells)
            atlas.setDevicePixelRatio(dpr)
            atlas.fill(Qt.GlobalColor.transparent)
            on = QPainter(atlas)
            for count in range(cells):
                for primary in range(cells):
                    left = round(width * dpr) * count / dpr
                    top = round(height * dpr) * primary / dpr
                    self._draw_meter(on, left + 1, top + 1, count, min(primary, count))
            on.end()
            self._atlases[key] = atlas
        return atlas

    def _pill_atlas(self, colors: tuple[str, ...], dpr: float) -> PillAtlas:
        key = (colors, dpr)
        atlas = self._pill_atlases.get(key)
        if atlas is None:
            pens = [QColor(color) for color in colors]
            atlas = self._pill_atlases[key] = PillAtlas(
                lambda on, rect, party, text: self._pill(on, rect, pens[party], False, text), dpr
            )
        return atlas

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
        marks = lane.marks
        if not marks:
            return
        color = QColor(frame.timeline.colors[lane.party])
        bottom = lane.top + lane.box.height - LANE_PAD_PX
        room = lane.box.height - 2 * LANE_PAD_PX
        scale = 0.88 * room / math.log1p(most)
        base, floor_px = int(bottom), 0.12 * room
        heights = (floor_px + scale * np.log1p(marks.count)).astype(np.int64)
        left = marks.x0.astype(np.int64)
        widths = np.maximum(marks.x1.astype(np.int64) - left - 1, 1)
        # Opaque and pixel-aligned: without antialiasing, hundreds of bars fill fast.
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        matches = highlight.matches
        full = self.theme.edge(color)
        # Faint where a search is on: blended, still opaque (and fast to fill).
        painter.setBrush(full if matches is None else blend(full, DIMMED, self.theme.lanes[0]))
        draw_rects(painter, left, base - heights, widths, heights)
        if matches is not None:
            # What the search finds in each bucket, as a bar of its own in front.
            pool = matches[marks.pool].astype(np.int64)
            found = np.add.reduceat(pool, marks.first) if len(pool) else np.zeros(0, np.int64)
            found = np.where(marks.count > 0, found, 0)
            shown = np.flatnonzero(found)
            found_heights = (floor_px + scale * np.log1p(found[shown])).astype(np.int64)
            painter.setBrush(full)
            draw_rects(painter, left[shown], base - found_heights, widths[shown], found_heights)
        painter.restore()
        chosen = highlight.selected
        if chosen is not None:
            painter.setPen(QPen(self.theme.select, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for k in np.flatnonzero(marks.holding(chosen)).tolist():
                painter.drawRect(
                    QRect(int(left[k]), int(base - heights[k]), int(widths[k]), int(heights[k]))
                )

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
            # The dashes counted from the event, wherever the line is cut.
            pen.setDashOffset(((left - x_from) / pen.widthF()) % 7.0)
            painter.setPen(pen)
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
