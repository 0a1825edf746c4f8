"""The timeline widget: paints frames and turns input into viewport changes.

Wheel zooms around the cursor (over the lane names it scrolls the lanes);
shift+wheel, a horizontal wheel or a drag pans; +, - and 0 zoom; Left and
Right step through the events shown; Esc clears the selection. Clicking an
event activates it, clicking a cluster zooms to it. The widget only reads
the filtered timeline; what a click means for the rest of the window is said
through signals, wired by the main window.
"""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPalette, QPen, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip

from frise import translations
from frise.model import timescale
from frise.model.dates import PartialDate, date_of_day, format_days, format_span
from frise.model.filters import FilteredTimeline
from frise.model.folding import time_scale
from frise.model.marks import MARKER_PX, Mark, hit, visible_label
from frise.model.schema import text_in
from frise.model.text import isolate
from frise.model.threads import Link
from frise.model.timescale import LINEAR, Domain, TimeScale, Viewport
from frise.scene import accessible
from frise.scene.frame import (
    NAME_PX,
    Frame,
    Highlight,
    Scene,
    lanes_top,
    plot_width,
)
from frise.scene.overlays import arc_at
from frise.scene.renderer import Renderer
from frise.scene.theme import Theme

ZOOM_STEP = 1.5
WHEEL_ZOOM_PER_NOTCH = 1.25
DRAG_THRESHOLD_PX = 4
PAN_STEP = 0.2
"""Shift+← / Shift+→ move the view by this share of the plot's width."""
PAGE_STEP = 0.9
"""PageUp / PageDown move it by this share: a little of the last page stays."""
FOCUS_RING_PX = 2
FADE_MS = 1500
"""How long the halo of an event just made public lasts."""
FADE_TICK_MS = 50
TITLED_PX = 160.0
"""A jump to an event zooms in until this much of its title shows (or all of it)."""


class TimelineView(QAbstractScrollArea):
    eventActivated = Signal(int)
    """An event was clicked or stepped to (its index in the timeline)."""
    selectionCleared = Signal()
    viewChanged = Signal()
    selectionChanged = Signal()
    """The selected event changed (from the window or from the view)."""
    partyActivated = Signal(int)
    """A lane's name was clicked: its party (a claims sub-lane's: the claimant)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.renderer = Renderer()
        self._filtered: FilteredTimeline | None = None
        self._view: Viewport | None = None
        self._folded = True
        self._scale: TimeScale = LINEAR
        self._domain: Domain = (0.0, 1.0)
        self._lang = "en"
        self._words_lang: str | None = None
        self._selected: int | None = None
        self._hovered: int | None = None
        self._meter = True
        self._fresh: frozenset[int] = frozenset()
        self._fresh_level = 0.0
        self._fade = QTimer(self)
        self._fade.setInterval(FADE_TICK_MS)
        self._fade.timeout.connect(self._fade_step)
        self._matches: np.ndarray | None = None
        self._arcs: tuple[Link, ...] = ()
        self._hovered_arc: Link | None = None
        self._frame: Frame | None = None
        self._position_of: dict[int, int] | None = None
        self._press: QPointF | None = None
        self._dragging = False
        self.accessible_interface: accessible.TimelineAccessible | None = None
        """Set by Qt's first look at the widget (see `frise.scene.accessible`)."""
        accessible.install()
        self.setAccessibleName(self.tr("Timeline"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.viewport().setAutoFillBackground(False)
        # Every pixel is painted by the renderer: Qt need not clear it first.
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.horizontalScrollBar().valueChanged.connect(self._scrolled_horizontally)
        self.verticalScrollBar().valueChanged.connect(self._scrolled_vertically)
        self.setMinimumSize(480, 240)

    # --- state ------------------------------------------------------------

    @property
    def filtered(self) -> FilteredTimeline | None:
        return self._filtered

    @property
    def view(self) -> Viewport | None:
        return self._view

    @property
    def domain(self) -> Domain:
        """The days the view can show: the filter's, or with folds, the events'."""
        return self._domain

    @property
    def folded(self) -> bool:
        return self._folded

    @property
    def selected(self) -> int | None:
        return self._selected

    @property
    def frame(self) -> Frame | None:
        """The frame last painted (or laid out), for finding what is where."""
        return self._frame

    def shown_events(self) -> dict[int, int]:
        """The events the filter leaves, mapped to their place in time order."""
        return self._positions() if self._filtered is not None else {}

    def set_filtered(self, filtered: FilteredTimeline, fit: bool | None = True) -> None:
        """Show a new filtered timeline: fit its whole range (`fit`), keep the
        days in view (not `fit`), or (None) keep them if the view was not
        showing everything and they lie inside the new range, else fit."""
        self._filtered = filtered
        self._position_of = None
        if self._selected is not None and self._selected not in self._positions():
            self._selected = None
        self._hovered = None
        width = self._plot_width()
        before, old_domain = self._view, self._domain
        old_scale = self._scale
        self._scale, self._domain = time_scale(filtered, width, self._folded)
        if fit is None:
            first, last = self._domain
            fit = (
                before is None
                or timescale.is_fitted(before, old_domain)
                or not first <= before.day0 <= before.day1 <= last
            )
        if fit or self._view is None:
            self._view = timescale.fit(self._domain, width, self._scale)
        elif (old_scale, old_domain) == (self._scale, self._domain) and self._view.width == width:
            pass  # the same days at the same zoom (computing them again would round)
        else:
            view = self._view
            self._view = timescale.show_range(
                view.day0, view.day1, width, self._domain, 0.0, self._scale
            )
        self._changed()

    def set_folded(self, folded: bool) -> None:
        """Fold quiet stretches of time, or show the plain calendar; a view
        of the whole range stays whole, else the same days stay in view."""
        if folded == self._folded:
            return
        self._folded = folded
        if self._filtered is not None and self._view is not None:
            fitted = timescale.is_fitted(self._view, self._domain)
            self.set_filtered(self._filtered, fit=fitted)

    def set_theme(self, theme: Theme) -> None:
        """Draw in `theme`'s colours from the next frame on."""
        if theme is not self.renderer.theme:
            self.renderer = Renderer(theme)
            self._changed()

    @property
    def lang(self) -> str:
        """The language the data is shown in."""
        return self._lang

    @property
    def words(self) -> translations.Words:
        """Frise's own words around the data (dates, kinds), in their language."""
        return translations.words(self._words_lang or self._lang)

    def accessible_summary(self) -> str:
        """What the plot shows, in words, for assistive technology: the lanes,
        the events, the days in view, and the selected event."""
        filtered, view = self._filtered, self._view
        if filtered is None or view is None:
            return self.tr("No timeline open")
        text = self.tr("%Ln lane(s)", "", len(filtered.lanes))
        text += ", " + self.tr("%Ln event(s)", "", len(filtered.events))
        text += ", " + format_days(view.day0, view.day1 - 1, self.words) + "."
        if self._selected is not None:
            text += " " + self.tr("Selected: {event}").format(
                event=accessible.event_text(self, self._selected)
            )
        return text

    def lane_text(self, name: str, count: int) -> str:
        """A lane for assistive technology: "Elon Musk, 34 events in view"."""
        return self.tr("{lane}, %Ln event(s) in view", "", count).format(lane=name)

    def set_lang(self, lang: str, words_lang: str | None = None) -> None:
        """Show the data in `lang`, and Frise's own words (legend, months) in
        `words_lang` (the data's language when None)."""
        self._lang, self._words_lang = lang, words_lang
        self._changed()

    @property
    def meter(self) -> bool:
        return self._meter

    def set_meter(self, shown: bool) -> None:
        """Show or hide the source meter over the markers."""
        self._meter = shown
        self._changed()

    def flash(self, events: frozenset[int]) -> None:
        """Draw a halo around `events` (just made public), fading out."""
        self._fresh = events
        self._fresh_level = 1.0 if events else 0.0
        if events:
            self._fade.start()
        else:
            self._fade.stop()
        self.viewport().update()

    @property
    def fresh(self) -> frozenset[int]:
        """The events drawn with a fading halo, while it lasts."""
        return self._fresh if self._fresh_level > 0 else frozenset()

    def _fade_step(self) -> None:
        self._fresh_level -= FADE_TICK_MS / FADE_MS
        if self._fresh_level <= 0:
            self._fresh_level = 0.0
            self._fresh = frozenset()
            self._fade.stop()
        self.viewport().update()

    def set_matches(self, matches: np.ndarray | None) -> None:
        """What a search finds (a bool per event), drawn marked, the rest
        faint; None: no search."""
        if matches is not self._matches:
            self._matches = matches
            self.viewport().update()

    def set_arcs(self, arcs: tuple[Link, ...]) -> None:
        """Relations to draw as arcs."""
        if arcs != self._arcs:
            self._arcs = arcs
            self._hovered_arc = None
            self.viewport().update()

    @property
    def arcs(self) -> tuple[Link, ...]:
        return self._arcs

    @property
    def hovered_arc(self) -> Link | None:
        return self._hovered_arc

    def highlight(self) -> Highlight:
        """What is drawn emphasised: the selection, the hovered event or arc,
        what a search finds, relations as arcs."""
        return Highlight(
            self._selected,
            self._hovered,
            self.fresh,
            self._fresh_level,
            matches=self._matches,
            arcs=self._arcs,
            hovered_arc=self._hovered_arc,
        )

    def set_selected(self, event: int | None, reveal: bool = True, centre: bool = False) -> None:
        """Select an event (None clears); scroll it into view if it is not
        (`reveal`), or centre it, zoomed in until its title shows (`centre`:
        a jump from elsewhere, such as a link or a search result)."""
        self._selected = event
        if event is not None and (reveal or centre) and self._filtered is not None:
            self._reveal(event, centre)
        self.viewport().update()
        self.selectionChanged.emit()
        accessible.announce(self)

    def set_view(self, view: Viewport) -> None:
        if self._filtered is None:
            return
        self._view = timescale.clamp(view, self._domain)
        self._changed()

    def zoom_by(self, factor: float, anchor_x: float | None = None) -> None:
        view, filtered = self._view, self._filtered
        if view is None or filtered is None:
            return
        anchor = view.width / 2 if anchor_x is None else anchor_x
        self.set_view(timescale.zoom(view, factor, anchor, self._domain))

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def fit(self) -> None:
        if self._filtered is not None:
            self.set_view(timescale.fit(self._domain, self._plot_width(), self._scale))

    def pan_by(self, dx: float) -> None:
        if self._view is not None and self._filtered is not None:
            self.set_view(timescale.pan(self._view, dx, self._domain))

    def show_days(self, first: float, last: float) -> None:
        if self._filtered is not None and self._view is not None:
            self.set_view(
                timescale.show_range(
                    first, last, self._plot_width(), self._domain, scale=self._view.scale
                )
            )

    def step(self, direction: int) -> None:
        """Select the next (1) or previous (-1) event shown, in time order."""
        if self._filtered is None or self._view is None or not len(self._filtered.events):
            return
        order = self._filtered.events
        if self._selected is not None and self._selected in self._positions():
            position = self._positions()[self._selected] + direction
        else:
            starts = self._filtered.timeline.start[order]
            edge = self._view.day0 if direction > 0 else self._view.day1
            position = int(np.searchsorted(starts, edge, "left" if direction > 0 else "right"))
            position = position if direction > 0 else position - 1
        position = min(max(position, 0), len(order) - 1)
        self.eventActivated.emit(int(order[position]))

    # --- painting -----------------------------------------------------------

    def layout_frame(self) -> Frame | None:
        if self._filtered is None or self._view is None:
            return None
        size = self.viewport().size()
        scene = self.scene()
        self._frame = self.renderer.layout(scene, size.width(), size.height())
        return self._frame

    def scene(self) -> Scene:
        """What the window shows, as the renderer takes it (with a timeline set)."""
        assert self._filtered is not None and self._view is not None
        return Scene(
            self._filtered,
            self._view,
            self._lang,
            float(self.verticalScrollBar().value()),
            self._domain,
            meter=self._meter,
            words_lang=self._words_lang,
        )

    def paintEvent(self, event) -> None:
        frame = self.layout_frame()
        painter = QPainter(self.viewport())
        try:
            if frame is None:
                painter.fillRect(self.viewport().rect(), self.palette().base())
                return
            self.renderer.paint(painter, frame, self.highlight())
            if self.hasFocus():
                # Where the keys go: a ring inside the plot's edge.
                pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), FOCUS_RING_PX)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                inset = FOCUS_RING_PX / 2
                painter.drawRect(
                    QRectF(self.viewport().rect()).adjusted(inset, inset, -inset, -inset)
                )
        finally:
            painter.end()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._view is not None and self._filtered is not None:
            fitted = timescale.is_fitted(self._view, self._domain)
            width = self._plot_width()
            if fitted:
                # Folds are sized for the width that fits the whole range.
                self._scale, self._domain = time_scale(self._filtered, width, self._folded)
                self._view = timescale.fit(self._domain, width, self._scale)
            else:
                self._view = timescale.resize(self._view, width, self._domain)
        self._changed()

    # --- input --------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self._view is None:
            return
        delta = event.angleDelta()
        x = event.position().x()
        if x < NAME_PX and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            scroll = self.verticalScrollBar()
            scroll.setValue(scroll.value() - delta.y() // 2)
        elif event.modifiers() & Qt.KeyboardModifier.ShiftModifier or delta.x():
            pixels = event.pixelDelta()
            amount = (
                (pixels.x() or pixels.y()) if not pixels.isNull() else (delta.x() or delta.y()) / 2
            )
            self.pan_by(amount)
        elif delta.y():
            self.zoom_by(WHEEL_ZOOM_PER_NOTCH ** (delta.y() / 120), x - NAME_PX)
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._dragging = False
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        position = event.position()
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            delta = position - self._press
            if self._dragging or delta.manhattanLength() > DRAG_THRESHOLD_PX:
                self._dragging = True
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
                self.pan_by(delta.x())
                scroll = self.verticalScrollBar()
                scroll.setValue(scroll.value() - round(delta.y()))
                self._press = position
            return
        self._hover(position, event.globalPosition().toPoint())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            if not self._dragging:
                self.click_at(event.position())
            self._press = None
            self._dragging = False
            self.viewport().unsetCursor()
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.mark_at(event.position()) is None and event.position().x() >= NAME_PX:
            self.zoom_by(ZOOM_STEP, event.position().x() - NAME_PX)

    def leaveEvent(self, event) -> None:
        if self._hovered is not None:
            self._hovered = None
            self.viewport().update()
        super().leaveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def handle_key(self, event: QKeyEvent) -> bool:
        """The plot's keys; the window also hands it those its other widgets
        leave unused. Whether the key was one of them.

        ← / →: the previous / next event shown; Shift+← / Shift+→: pan a
        fifth of the plot; PageUp / PageDown: a plot's width earlier / later;
        Home / End: the first / last days; + / - / 0 (F): zoom in, out, fit;
        Esc: clear the selection."""
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        width = self._plot_width()
        if modifiers == Qt.KeyboardModifier.ShiftModifier:
            if key == Qt.Key.Key_Left:
                self.pan_by(width * PAN_STEP)
            elif key == Qt.Key.Key_Right:
                self.pan_by(-width * PAN_STEP)
            elif key == Qt.Key.Key_Plus:
                self.zoom_in()
            else:
                return False
            return True
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        if key == Qt.Key.Key_Right:
            self.step(1)
        elif key == Qt.Key.Key_Left:
            self.step(-1)
        elif key == Qt.Key.Key_PageUp:
            self.pan_by(width * PAGE_STEP)
        elif key == Qt.Key.Key_PageDown:
            self.pan_by(-width * PAGE_STEP)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            if self._view is not None:
                edge = self._domain[0] if key == Qt.Key.Key_Home else self._domain[1]
                self.set_view(self._view.at(edge))
        elif key == Qt.Key.Key_Escape:
            self.selectionCleared.emit()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif key in (Qt.Key.Key_0, Qt.Key.Key_F):
            self.fit()
        else:
            return False
        return True

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Timeline"))
        super().changeEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def click_at(self, position: QPointF) -> None:
        found = self.mark_at(position)
        if found is None:
            if position.x() >= NAME_PX:
                self.selectionCleared.emit()
            else:
                party = self.party_at(position)
                if party is not None:
                    self.partyActivated.emit(party)
            return
        mark = found
        if self.is_ghost(mark):
            return  # not yet known: nothing to show of it
        if mark.kind in ("cluster", "density"):
            assert self._filtered is not None  # a mark was found, so a frame was laid out
            start, stop = self._filtered.timeline.start, self._filtered.timeline.stop
            self.show_days(float(start[mark.events].min()), float(stop[mark.events].max()))
        else:
            self.eventActivated.emit(mark.event)

    def position_of(self, event: int) -> QPointF | None:
        """Where the event's own mark is drawn (in its first lane), if it has one."""
        frame = self._frame or self.layout_frame()
        if frame is None or self._view is None:
            return None
        for lane in frame.lanes:
            for mark in lane.marks:
                if mark.kind in ("event", "bar") and mark.event == event:
                    x = mark.x0 + MARKER_PX / 2 if mark.kind == "event" else max(mark.x0, 0.0) + 4
                    y = frame.row_y(lane, mark.row)
                    if frame.lanes_top <= y < frame.height and 0 <= x <= self._view.width:
                        return QPointF(NAME_PX + x, y)
        return None

    def mark_at(self, position: QPointF) -> Mark | None:
        frame = self._frame or self.layout_frame()
        if (
            frame is None
            or self._view is None
            or position.x() < NAME_PX
            or position.y() < frame.lanes_top
        ):
            return None
        lane, row = frame.at(position.x(), position.y())
        if lane is None:
            return None
        return hit(lane.marks, position.x() - NAME_PX, row, self._view.width)

    def is_ghost(self, mark: Mark) -> bool:
        """Whether a mark stands for an event not yet known on the day shown."""
        ghost = self._filtered.ghost if self._filtered is not None else None
        return ghost is not None and mark.kind in ("event", "bar") and bool(ghost[mark.event])

    def arc_at(self, position: QPointF) -> Link | None:
        """The relation whose arc passes under `position` (viewport coordinates)."""
        frame = self._frame or self.layout_frame()
        if frame is None or not self._arcs or position.x() < NAME_PX:
            return None
        arc = arc_at(self.renderer.arcs.arcs(frame, self._arcs), position - QPointF(NAME_PX, 0.0))
        return None if arc is None else arc.link

    def party_at(self, position: QPointF) -> int | None:
        """The party whose lane name is at `position`: the lane's, or in a
        claims sub-lane, the claimant's (whose account it holds)."""
        frame = self._frame or self.layout_frame()
        if frame is None or position.x() >= NAME_PX or position.y() < frame.lanes_top:
            return None
        lane, _ = frame.at(position.x(), position.y())
        if lane is None:
            return None
        return lane.claimant if lane.claimant is not None and lane.claimant >= 0 else lane.party

    def _hover(self, position: QPointF, global_position: QPoint) -> None:
        party = self.party_at(position)
        if party is not None and self._filtered is not None:
            name = self._filtered.timeline.party_name(
                self._filtered.timeline.parties[party].id, self._lang
            )
            if self._hovered is not None or self._hovered_arc is not None:
                self._hovered, self._hovered_arc = None, None
                self.viewport().update()
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
            tip = self.tr("{party}: click for its description and reply rhythm")
            shown = html.escape(tip.format(party=isolate(name)))
            QToolTip.showText(global_position, shown, self.viewport())
            return
        mark = self.mark_at(position)
        hovered = (
            None
            if mark is None or mark.kind in ("cluster", "density") or self.is_ghost(mark)
            else mark.event
        )
        arc = self.arc_at(position) if mark is None else None
        if hovered != self._hovered or arc != self._hovered_arc:
            self._hovered, self._hovered_arc = hovered, arc
            self.viewport().update()
        if mark is None:
            QToolTip.hideText()
            self.viewport().unsetCursor()
            return
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        QToolTip.showText(global_position, self.tooltip_html(mark), self.viewport())

    def tooltip_html(self, mark: Mark) -> str:
        """Tooltip text: file text is escaped, so it is shown, never interpreted."""
        assert self._filtered is not None  # marks come from a laid-out frame
        timeline, lang = self._filtered.timeline, self._lang
        words = translations.words(self._words_lang or lang)
        if mark.kind in ("cluster", "density"):
            first = date_of_day(timeline.start[mark.events].min())
            last = date_of_day(timeline.stop[mark.events].max() - 1)
            span = (
                f"{PartialDate(first.year, first.month, first.day).format(words)} – "
                f"{PartialDate(last.year, last.month, last.day).format(words)}"
            )
            count = html.escape(self.tr("%Ln event(s)", "", mark.count))
            hint = html.escape(self.tr("click to zoom in"))
            return f"<b>{count}</b><br>{html.escape(span)}<br><i>{hint}</i>"
        event = timeline.events[mark.event]
        if self.is_ghost(mark):
            public = date_of_day(timeline.public_day[mark.event])
            made = PartialDate(public.year, public.month, public.day).format(words)
            return html.escape(
                self.tr("Not yet known on this day (made public {date})").format(date=made)
            )
        parties = ", ".join(isolate(timeline.party_name(p, lang)) for p in event.parties)
        lines = [
            f"<b>{html.escape(isolate(text_in(event.title, lang)))}</b>",
            html.escape(format_span(event.date, event.end, words)),
            html.escape(parties),
        ]
        return "<br>".join(lines)

    # --- internals ----------------------------------------------------------

    def _plot_width(self) -> float:
        return plot_width(self.viewport().width())

    def _positions(self) -> dict[int, int]:
        """Event index → its place in the time order of the events shown."""
        if self._position_of is None:
            assert self._filtered is not None  # asked only while a timeline is shown
            self._position_of = {e: k for k, e in enumerate(self._filtered.events.tolist())}
        return self._position_of

    def _reveal(self, event: int, centre: bool = False) -> None:
        """Bring the event into view: centre it if it is outside (or if asked),
        zoom in while it is inside a cluster (or, centred, until its title
        shows), and scroll to its first lane if it is below."""
        if self._filtered is None or self._view is None:
            return
        timeline, domain = self._filtered.timeline, self._domain
        start = float(timeline.start[event]) + 0.5
        view = self._view
        if centre or not view.day0 <= start <= view.day1:
            view = self._view = timescale.center_on(view, start, domain)
        for _ in range(16):
            frame = self.layout_frame()
            if frame is None or (
                self._is_alone(frame, event) and (not centre or self._is_titled(frame, event))
            ):
                break
            closer = timescale.zoom(view, 2.0, view.x(start), domain)
            if closer.px_per_day <= view.px_per_day:
                break
            view = self._view = timescale.center_on(closer, start, domain)
        self._changed()
        frame = self.layout_frame()
        if frame is None:
            return
        parties = set(timeline.events[event].parties)
        lanes = [lane for lane in frame.lanes if timeline.parties[lane.party].id in parties]
        if lanes and not any(
            frame.lanes_top <= lane.top and lane.top + lane.box.height <= frame.height
            for lane in lanes
        ):
            scroll = self.verticalScrollBar()
            scroll.setValue(int(lanes[0].top - frame.lanes_top + scroll.value()))

    def _is_titled(self, frame: Frame, event: int) -> bool:
        """Whether the event's title is drawn, in some lane, whole or at least
        TITLED_PX wide."""
        width = frame.scene.view.width
        wanted = min(self.renderer.marks.labels.width_of(frame.scene)(event), TITLED_PX)
        return any(
            mark.kind in ("event", "bar")
            and mark.event == event
            and visible_label(mark, width)[1] >= wanted - 1
            for lane in frame.lanes
            for mark in lane.marks
        )

    @staticmethod
    def _is_alone(frame: Frame, event: int) -> bool:
        """Whether the event has a mark of its own (not in a cluster) in every
        lane of the frame that holds it."""
        holding = [lane for lane in frame.lanes if any(mark.holds(event) for mark in lane.marks)]
        return all(
            any(mark.kind in ("event", "bar") and mark.event == event for mark in lane.marks)
            for lane in holding
        )

    def _changed(self) -> None:
        self._frame = None
        self._sync_scrollbars()
        self.viewport().update()
        self.viewChanged.emit()

    def _sync_scrollbars(self) -> None:
        if self._filtered is None or self._view is None:
            return
        view = self._view
        position, most = timescale.scroll_extent(view, self._domain)
        horizontal = self.horizontalScrollBar()
        horizontal.blockSignals(True)
        horizontal.setRange(0, max(0, round(most)))
        horizontal.setPageStep(round(view.width))
        horizontal.setSingleStep(max(1, round(view.width / 20)))
        horizontal.setValue(round(position))
        horizontal.blockSignals(False)
        size = self.viewport().size()
        visible = size.height() - lanes_top()
        vertical = self.verticalScrollBar()
        scene = self.scene()
        rows = self.renderer.window_rows(scene, size.width(), size.height())
        needed = self.renderer.lanes_height(scene, rows)
        vertical.setRange(0, max(0, round(needed - visible)))
        vertical.setPageStep(max(1, round(visible)))
        vertical.setSingleStep(20)

    def _scrolled_horizontally(self, value: int) -> None:
        if self._view is not None and self._filtered is not None:
            self._view = timescale.scrolled(self._view, value, self._domain)
            self._frame = None
            self.viewport().update()
            self.viewChanged.emit()

    def _scrolled_vertically(self, value: int) -> None:
        self._frame = None
        self.viewport().update()
