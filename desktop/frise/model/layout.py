"""Where things go, in pixels: lanes down the page, marks along each lane.

Pure geometry with no Qt: `lane_boxes` stacks the lanes; `place_lane` turns
one lane's events, at one viewport, into `Mark`s: single events, bars for
ranges wide enough to read, and clusters where events crowd closer than a
marker. Marks are stacked into rows so their labels never overlap; a label
that has no room is shortened, and dropped when even that does not fit.

Cost is bounded by what is visible, not by the size of the timeline: finding
the visible events is a binary search, grouping them into clusters is done in
numpy, and the Python loop runs once per mark, at most a few per pixel column.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

import numpy as np

from frise.model.timescale import Viewport

MARKER_PX = 10.0
"""Diameter of an event marker."""
CLUSTER_PX = 14.0
"""Events closer than about this many pixels are drawn as one cluster."""
MIN_BAR_PX = 16.0
"""A range narrower than this is drawn as a point at its start."""
SATURATED_SLOTS = 4
SATURATED_MEAN = 4.0
"""A lane is drawn as a histogram (the far-out view of a crowded lane) when its
events span at least SATURATED_SLOTS buckets, half of them or more hold a
cluster, and its buckets hold SATURATED_MEAN events or more on average."""
ROW_PX = 22.0
LABEL_GAP_PX = 5.0
MAX_LABEL_PX = 300.0
MIN_LABEL_PX = 48.0
"""A shortened label narrower than this is dropped."""
MARGIN_PX = MAX_LABEL_PX + CLUSTER_PX
"""Marks this far left of the plot are placed too, so labels that reach into
view are drawn and the stacking does not change as the view pans."""

LANE_PAD_PX = 6.0
LANE_MIN_PX = 2 * LANE_PAD_PX + 2 * ROW_PX
"""Lanes shrink to this before the view scrolls."""
LANE_FLOOR_PX = 2 * LANE_PAD_PX + ROW_PX
"""The least a lane can be: one row (an export of a fixed height may go this far)."""
LANE_MAX_PX = 2 * LANE_PAD_PX + 5 * ROW_PX


@dataclass(frozen=True, slots=True)
class LaneBox:
    top: float
    height: float
    rows: int


def lane_boxes(count: int, available: float, minimum: float = LANE_MIN_PX) -> tuple[LaneBox, ...]:
    """Lanes share the height available, within `minimum`..LANE_MAX_PX each.

    When they need more than is available, the total is taller and the view
    scrolls; when they need less, they keep their largest height.
    """
    if count == 0:
        return ()
    height = min(max(available / count, minimum), LANE_MAX_PX)
    height = float(int(height))
    rows = max(1, int((height - 2 * LANE_PAD_PX) // ROW_PX))
    return tuple(LaneBox(k * height, height, rows) for k in range(count))


@dataclass(slots=True)
class Mark:
    kind: str
    """"event", "bar", "cluster", or "density" (a histogram bucket)."""
    x0: float
    """Left of the marker (an event's centre minus its radius), or of the bar."""
    x1: float
    """Right of the marker or bar."""
    row: int
    event: int
    """The event it stands for; for a cluster or bucket, its first event."""
    members: np.ndarray | None = None
    """A cluster's or bucket's events; None for a single event."""
    label_x: float = 0.0
    """Left of the label: right of the marker, or inside the bar."""
    label_width: float = 0.0
    """Width given to the label; 0 means no label."""

    @property
    def events(self) -> np.ndarray:
        return self.members if self.members is not None else np.array([self.event])

    @property
    def count(self) -> int:
        return 1 if self.members is None else len(self.members)

    def holds(self, event: int | None) -> bool:
        if event is None:
            return False
        if self.members is None:
            return event == self.event
        return bool((self.members == event).any())

    @property
    def right(self) -> float:
        """Where the mark ends, its label included."""
        return max(self.x1, self.label_x + self.label_width) if self.label_width else self.x1


def lane_window(view: Viewport) -> tuple[float, float]:
    """The days a lane is laid out over, for `view`.

    Marks are stacked from the start of a "page" (half a view wide, at fixed
    places in time) that holds the left margin, rather than from the margin
    itself; and the window reaches far enough right for any view starting in
    that page. So a pan within a page changes no row and no label: the layout
    can even be kept and shifted.
    """
    ppd = view.px_per_day
    page = view.span / 2
    start = math.floor((view.day0 - MARGIN_PX / ppd) / page) * page
    return start, start + page + view.span + (MARGIN_PX + CLUSTER_PX) / ppd


def place_lane(
    events: np.ndarray,
    lane_start: np.ndarray,
    lane_stop: np.ndarray,
    lane_is_range: np.ndarray,
    view: Viewport,
    rows: int,
    label_width: Callable[[int], float],
) -> list[Mark]:
    """The marks of one lane around `view`, with rows and label widths assigned.

    `events` are the lane's event indices sorted by start, and the three
    arrays hold, for each of them, its first day, the day after its last day,
    and whether it is a range. `label_width(i)` is the width the title of
    event `i` needs, in pixels. x = 0 is the left edge of the plot; marks run
    over the whole `lane_window`, beyond the plot on both sides.
    """
    if len(events) == 0:
        return []
    ppd = view.px_per_day
    window_start, window_end = lane_window(view)
    wide = lane_is_range & ((lane_stop - lane_start) * ppd >= MIN_BAR_PX)

    lo = np.searchsorted(lane_start, window_start, "left")
    hi = np.searchsorted(lane_start, window_end, "right")
    points = np.arange(lo, hi)[~wide[lo:hi]]
    if ppd >= CLUSTER_PX:
        # A day is wider than a marker: nothing needs to cluster.
        marks = _spread(events, lane_start, points, view)
    else:
        bucket_days, bucket, bounds = _group(lane_start[lo:hi], ppd)
        # Saturation is judged where the lane has events, not over the empty
        # days the window may reach past its first or last one.
        span = lane_start[hi - 1] - lane_start[lo] + bucket_days if hi > lo else 0.0
        if _is_saturated(bounds, bucket_days, span):
            return _density(events, np.arange(lo, hi), bucket, bounds, bucket_days, view)
        marks = _cluster(events, lane_start, points, bucket_days, view)
    bars = np.flatnonzero(wide[:hi] & (lane_stop[:hi] > window_start))
    for j in bars.tolist():
        x0, x1 = view.x(lane_start[j]), view.x(lane_stop[j])
        marks.append(Mark("bar", x0, x1, 0, int(events[j])))
    # A bar sorts where its start marker would, in case it has to become one.
    marks.sort(key=lambda m: m.x0 - MARKER_PX / 2 if m.kind == "bar" else m.x0)
    _stack(marks, rows, label_width)
    return marks


def visible_label(mark: Mark, plot_width: float) -> tuple[float, float]:
    """Where a mark's label is drawn in a plot `plot_width` wide: (x, width).

    A bar's label starts at the plot's left edge when the bar starts before
    it; any label ends at the plot's right edge. Width 0: nothing to draw.
    """
    if not mark.label_width:
        return mark.label_x, 0.0
    x, width = mark.label_x, mark.label_width
    if mark.kind == "bar" and x < LABEL_GAP_PX:
        x = LABEL_GAP_PX
        width = min(width, mark.x1 - LABEL_GAP_PX - x)
    width = min(width, plot_width - x - 2)
    return x, (width if width >= MIN_LABEL_PX else 0.0)


def shift(marks: list[Mark], dx: float) -> None:
    """Move marks `dx` pixels right: a pan that keeps the layout."""
    for mark in marks:
        mark.x0 += dx
        mark.x1 += dx
        mark.label_x += dx


def cluster_days(px_per_day: float) -> float:
    """Width of a cluster bucket in days: a power of two, so buckets do not
    move as the view pans, and at least CLUSTER_PX wide."""
    days = CLUSTER_PX / px_per_day
    return float(2.0 ** np.ceil(np.log2(max(days, 1e-9))))


def _bounds(starts: np.ndarray, bucket_days: float) -> tuple[np.ndarray, list[int]]:
    """The bucket of each start, and where runs of one bucket begin and end."""
    bucket = np.floor(starts / bucket_days)
    cuts = np.flatnonzero(np.diff(bucket)) + 1
    return bucket, np.concatenate(([0], cuts, [len(starts)])).tolist()


def _group(starts: np.ndarray, px_per_day: float) -> tuple[float, np.ndarray, list[int]]:
    """Buckets wide enough for the largest cluster's count: starting from
    `cluster_days`, doubled until the widest count label fits its bucket."""
    days = cluster_days(px_per_day)
    for _ in range(6):
        bucket, bounds = _bounds(starts, days)
        most = max((b - a for a, b in pairwise(bounds)), default=0)
        if _count_width(most) + 2 <= days * px_per_day:
            break
        days *= 2
    return days, bucket, bounds


def _is_saturated(bounds: list[int], bucket_days: float, span: float) -> bool:
    """Whether the events placed over `span` days are a crowd, better read as a
    histogram than as a wall of touching counts (see SATURATED_SLOTS)."""
    slots = span / bucket_days
    occupied = len(bounds) - 1
    clusters = sum(1 for a, b in pairwise(bounds) if b - a > 1)
    return (
        slots >= SATURATED_SLOTS
        and clusters >= slots / 2
        and bounds[-1] >= SATURATED_MEAN * max(occupied, 1)
    )


def _density(
    events: np.ndarray,
    members: np.ndarray,
    bucket: np.ndarray,
    bounds: list[int],
    bucket_days: float,
    view: Viewport,
) -> list[Mark]:
    """One mark per occupied bucket, spanning it: the lane drawn as a histogram."""
    marks = []
    for a, b in pairwise(bounds):
        first_day = bucket[a] * bucket_days
        group = events[members[a:b]]
        marks.append(
            Mark(
                "density",
                view.x(first_day),
                view.x(first_day + bucket_days),
                0,
                int(group[0]),
                group,
            )
        )
    return marks


def _cluster(
    events: np.ndarray,
    lane_start: np.ndarray,
    points: np.ndarray,
    bucket_days: float,
    view: Viewport,
) -> list[Mark]:
    if len(points) == 0:
        return []
    _, bounds = _bounds(lane_start[points], bucket_days)
    radius = MARKER_PX / 2
    xs = ((lane_start[points] - view.day0) * view.px_per_day).tolist()
    ids = events[points]
    marks = []
    for a, b in pairwise(bounds):
        if b - a == 1:
            marks.append(Mark("event", xs[a] - radius, xs[a] + radius, 0, int(ids[a])))
        else:
            middle = (xs[a] + xs[b - 1]) / 2
            half = max(radius + 4, _count_width(b - a) / 2)
            members = ids[a:b]
            marks.append(Mark("cluster", middle - half, middle + half, 0, int(members[0]), members))
    return marks


def _spread(
    events: np.ndarray, lane_start: np.ndarray, points: np.ndarray, view: Viewport
) -> list[Mark]:
    """One mark per event; events of the same day share its width evenly, so
    none hides another (a date has no time of day: any place in it is right)."""
    if len(points) == 0:
        return []
    starts = lane_start[points]
    new_day = np.concatenate(([True], starts[1:] != starts[:-1]))
    first_of_day = np.flatnonzero(new_day)
    day_of = np.cumsum(new_day) - 1
    rank = np.arange(len(starts)) - first_of_day[day_of]
    size = np.diff(np.append(first_of_day, len(starts)))[day_of]
    xs = ((starts - view.day0) * view.px_per_day + (rank + 0.5) * view.px_per_day / size).tolist()
    radius = MARKER_PX / 2
    return [
        Mark("event", x - radius, x + radius, 0, event)
        for x, event in zip(xs, events[points].tolist(), strict=True)
    ]


def _count_width(count: int) -> float:
    return 8.0 + 7.0 * len(str(count))


def _stack(marks: list[Mark], rows: int, label_width: Callable[[int], float]) -> None:
    """First-fit rows: each mark takes the first row free at its left edge,
    with its full label (at most MAX_LABEL_PX). A mark that finds no free row
    goes to the row that frees first, and the label it would overlap there is
    shortened to end before it, or dropped; its own label is dropped if a
    marker or bar of that row reaches past its own marker."""
    row_end = [-np.inf] * rows
    marker_end = [-np.inf] * rows
    last_in_row: list[Mark | None] = [None] * rows
    for mark in marks:
        free = next((r for r in range(rows) if row_end[r] + LABEL_GAP_PX <= mark.x0), None)
        if free is None and mark.kind == "bar":
            # No row for the whole period: show it as a point at its start.
            mark.kind = "event"
            mark.x0, mark.x1 = mark.x0 - MARKER_PX / 2, mark.x0 + MARKER_PX / 2
            free = next((r for r in range(rows) if row_end[r] + LABEL_GAP_PX <= mark.x0), None)
        covered = False
        if free is None:
            free = min(range(rows), key=row_end.__getitem__)
            before = last_in_row[free]
            if before is not None and before.label_width:
                room = min(before.label_width, mark.x0 - LABEL_GAP_PX - before.label_x)
                before.label_width = room if room >= MIN_LABEL_PX else 0.0
            covered = marker_end[free] > mark.x1
        mark.row = free
        if mark.kind == "bar":
            # Inside the bar (see `visible_label` for a bar that starts off the plot).
            mark.label_x = mark.x0 + LABEL_GAP_PX
            room = mark.x1 - LABEL_GAP_PX - mark.label_x
            width = min(label_width(mark.event), room)
            mark.label_width = width if width >= MIN_LABEL_PX else 0.0
        else:
            mark.label_x = mark.x1 + LABEL_GAP_PX
        if mark.kind == "event":
            mark.label_width = 0.0 if covered else min(label_width(mark.event), MAX_LABEL_PX)
        row_end[free] = max(row_end[free], mark.right)
        marker_end[free] = max(marker_end[free], mark.x1)
        last_in_row[free] = mark


def hit(
    marks: list[Mark], x: float, row: int, plot_width: float = math.inf, slack: float = 3.0
) -> Mark | None:
    """The mark at pixel `x` in `row`: its marker or bar first, then its label
    (as drawn in a plot `plot_width` wide). A histogram bucket spans every row."""
    if marks and marks[0].kind == "density":
        return next((m for m in marks if m.x0 <= x < m.x1), None)
    on_marker = [m for m in marks if m.row == row and m.x0 - slack <= x <= m.x1 + slack]
    if on_marker:
        return min(on_marker, key=lambda m: abs((m.x0 + m.x1) / 2 - x))
    for mark in marks:
        if mark.row == row and mark.label_width:
            label_x, label_width = visible_label(mark, plot_width)
            if label_width and label_x <= x <= label_x + label_width:
                return mark
    return None
