"""A laid-out frame: what the renderer paints, and what the window hit-tests.

`Scene` says what to show (the filtered timeline, the viewport, the
languages, the vertical scroll); a `Frame` is that scene laid out at a size:
lane boxes, axis ticks and every visible lane's marks, in pixels. The fixed
bands of the picture (header, axis, lane-name column) are sized here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPointF, QRectF

from frise.model.filters import FilteredTimeline
from frise.model.layout import MARGIN_PX
from frise.model.marks import BAR, EVENT, LABEL_GAP_PX, LaneMarks
from frise.model.rows import LANE_PAD_PX, ROW_PX, LaneBox
from frise.model.threads import Link
from frise.model.timeline import Timeline
from frise.model.timescale import Axis, Domain, Viewport
from frise.translations import Words, words

if TYPE_CHECKING:
    from frise.scene.key import Key

HEADER_PX = 34.0
AXIS_PX = 40.0
NAME_PX = 160.0
"""Width of the lane-name column on the left."""


@dataclass(frozen=True, eq=False)
class Scene:
    """What to lay out: the filtered timeline, where the view is, in which
    languages, scrolled how far down."""

    filtered: FilteredTimeline
    view: Viewport
    lang: str = "en"
    """The data's language: titles, names (a file may have languages Frise
    itself does not speak)."""
    scroll_y: float = 0.0
    domain: Domain | None = None
    """The days the view can show (the filter's domain when None): labels
    stay inside them, and lanes are sized for the view that fits them."""
    still: bool = False
    """A picture, not a view that pans: labels also stay inside the plot."""
    meter: bool = True
    """Draw a source meter over each event's marker."""
    words_lang: str | None = None
    """The language of Frise's own words (legend, months, messages): the
    interface's in the window; the data's when None."""

    @property
    def words(self) -> Words:
        return words(self.words_lang or self.lang)

    @property
    def bounds(self) -> Domain:
        return self.domain if self.domain is not None else self.filtered.domain

    def label_limits(self) -> Domain:
        """The first and last days a label may reach."""
        first, last = self.bounds
        if self.still:
            first, last = max(first, self.view.day0), min(last, self.view.day1)
        return first, last


@dataclass(frozen=True)
class Highlight:
    """Events drawn emphasised; changing them needs a repaint, not a layout."""

    selected: int | None = None
    hovered: int | None = None
    fresh: frozenset[int] = frozenset()
    """Events that have just become public (a replay's step), drawn with a halo."""
    fresh_level: float = 1.0
    """How strong that halo is, from 1 fading to 0."""
    matches: np.ndarray | None = field(default=None, compare=False)
    """Per event of the timeline: whether it matches the search (None: no
    search). The others are drawn faint."""
    arcs: tuple[Link, ...] = ()
    """Relations drawn as arcs from the event that states them to the one
    they name; those touching `selected` are drawn strong."""
    hovered_arc: Link | None = None
    """The arc under the mouse: drawn strong, with its relation and delay."""
    labelled_arcs: bool = False
    """Every arc says its relation and delay (a picture, where nothing is hovered)."""


NO_HIGHLIGHT = Highlight()


@dataclass(eq=False)
class LaneFrame:
    party: int
    box: LaneBox
    top: float
    """Top of the lane in the frame, scrolling included."""
    marks: LaneMarks
    claimant: int | None = None
    """In the claims view, the claimant whose account this sub-lane holds."""

    @property
    def key(self) -> tuple[int, int | None]:
        return self.party, self.claimant


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
    key: Key | None = None
    """A picture's numbered key of the events it could not draw apart."""
    _links: Links | None = field(default=None, repr=False)

    @property
    def links(self) -> Links:
        """Per event shown in two lanes or more: the centre of each of its
        marks, top to bottom, in plot coordinates (found when first asked)."""
        if self._links is None:
            self._links = links(self)
        return self._links

    @property
    def timeline(self) -> Timeline:
        return self.scene.filtered.timeline

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


def near_plot(marks: LaneMarks, width: float) -> np.ndarray:
    """Indices of the marks that may show on the plot: from a label's reach
    left of it to its right edge, bars that start further left but reach in,
    and marks right of it whose label, on their left, reaches in (sorted by x)."""
    x0 = marks.x0
    first = int(np.searchsorted(x0, -MARGIN_PX, "left"))
    last = int(np.searchsorted(x0, width, "right"))
    beyond = int(np.searchsorted(x0, width + MARGIN_PX + LABEL_GAP_PX, "right"))
    before = np.flatnonzero((marks.kind[:first] == BAR) & (marks.x1[:first] >= 0))
    after = last + np.flatnonzero(
        (marks.label_width[last:beyond] > 0) & (marks.label_x[last:beyond] < width)
    )
    return np.concatenate((before, np.arange(first, last), after))


def on_plot(marks: LaneMarks, width: float) -> LaneMarks:
    """The marks of a histogram lane that touch the plot (they are sorted by x)."""
    if not marks.is_histogram:
        return marks
    first = int(np.searchsorted(marks.x1, -1.0, "left"))
    last = int(np.searchsorted(marks.x0, width + 1.0, "right"))
    return marks[first:last]


@dataclass(frozen=True, eq=False)
class Links:
    """The marks of events shown in two lanes or more, to be joined: their
    centres in plot coordinates, grouped by event and, in each group, top to
    bottom. A line joins each point to the next one of the same event."""

    event: np.ndarray
    x: np.ndarray
    y: np.ndarray

    @property
    def joined(self) -> np.ndarray:
        """Indices k of the points joined to point k + 1."""
        found: np.ndarray = np.flatnonzero(self.event[1:] == self.event[:-1])
        return found

    def points(self, event: int) -> list[QPointF]:
        at = np.flatnonzero(self.event == event)
        return [QPointF(float(self.x[k]), float(self.y[k])) for k in at]


def links(frame: Frame) -> Links:
    """Events placed as single marks in two lanes or more, with each mark's centre."""
    shared = frame.timeline.shared
    width = frame.scene.view.width
    events, xs, ys = [], [], []
    for lane in frame.lanes:
        marks = lane.marks
        if not marks or marks.is_histogram:
            continue
        near = near_plot(marks, width)
        near = near[(marks.x1[near] >= 0) & (marks.kind[near] <= BAR)]
        near = near[shared[marks.event[near]]]
        if not len(near):
            continue
        kind, x0, x1 = marks.kind[near], marks.x0[near], marks.x1[near]
        events.append(marks.event[near])
        xs.append(np.where(kind == EVENT, (x0 + x1) / 2, x0))
        ys.append(lane.top + LANE_PAD_PX + marks.row[near] * ROW_PX + ROW_PX / 2)
    if not events:
        empty = np.empty(0)
        return Links(empty.astype(np.int64), empty, empty)
    event, x, y = np.concatenate(events), np.concatenate(xs), np.concatenate(ys)
    # Top to bottom, as the lanes come: a stable sort by event keeps their order.
    order = np.argsort(event, kind="stable")
    event, x, y = event[order], x[order], y[order]
    # An event in one lane only (here) has nothing to join.
    alone = np.ones(len(event), bool)
    alone[1:] &= event[1:] != event[:-1]
    alone[:-1] &= event[:-1] != event[1:]
    keep = ~alone
    return Links(event[keep], x[keep], y[keep])
