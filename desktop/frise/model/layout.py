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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np

from frise.model.timescale import Viewport

MARKER_PX = 10.0
"""Diameter of an event marker."""
CLUSTER_PX = 14.0
"""Events closer than about this many pixels share a bucket; a bucket whose
overlapping markers need more rows than the lane has is drawn as one cluster
(else the events stack in rows and each keeps its own marker)."""
MIN_BAR_PX = 16.0
"""A range narrower than this is drawn as a point at its start."""
SATURATED_SLOTS = 4
SATURATED_MEAN = 4.0
"""A lane is drawn as a histogram (the far-out view of a crowded lane) when its
events span at least SATURATED_SLOTS buckets, half of them or more hold a
cluster, and its buckets hold SATURATED_MEAN events or more on average."""
ROW_PX = 20.0
LABEL_GAP_PX = 5.0
MAX_LABEL_PX = 420.0
"""The widest a title gets in the window; a picture gives titles all they need."""
MIN_ELIDED_PX = 50.0
"""A title cut short to less than this ("Musk…") says little: it is dropped.
A title that fits whole is drawn however short it is."""
MARGIN_PX = MAX_LABEL_PX + CLUSTER_PX
"""Marks this far either side of the plot are placed too, so labels that reach
into view are drawn and the stacking does not change as the view pans."""

LANE_PAD_PX = 4.0
MAX_ROWS = 10
"""Rows a lane of the window may have (when the window has room for them);
an export may give a lane more."""
HISTOGRAM_ROWS = 2
"""Rows a lane drawn as a histogram is given."""


def lane_height(rows: int) -> float:
    return 2 * LANE_PAD_PX + rows * ROW_PX


@dataclass(frozen=True, slots=True)
class LaneBox:
    top: float
    height: float
    rows: int


def fit_rows(
    wanted: Sequence[int], available: float, least: int = 1, heights: Sequence[float] = ()
) -> list[int]:
    """Rows per lane: what each wants, if it all fits in `available` pixels;
    else the lanes that want most give up rows first, down to `least` (then
    the lanes are taller than `available`, and the view scrolls). `heights`:
    the least height of each lane, as for `lane_boxes`."""
    rows = [max(int(w), least) for w in wanted]

    def total() -> float:
        boxes = lane_boxes(rows, heights)
        return boxes[-1].top + boxes[-1].height if boxes else 0.0

    while total() > available + 0.5:
        most = max(rows, default=0)
        if most <= least:
            break
        rows[rows.index(most)] -= 1
    return rows


def lane_boxes(rows: Sequence[int], least: Sequence[float] = ()) -> tuple[LaneBox, ...]:
    """The lanes stacked down the page, each as tall as its rows, or as its
    `least` height (room for its name) when that is more."""
    boxes = []
    top = 0.0
    for k, count in enumerate(rows):
        height = max(lane_height(count), least[k] if k < len(least) else 0.0)
        boxes.append(LaneBox(top, height, count))
        top += height
    return tuple(boxes)


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
    """Left of the label: right of the marker, left of it, or inside the bar."""
    label_width: float = 0.0
    """Width given to the label; 0 means no label."""
    titled: bool = True
    """Whether its title is written here (an event of several lanes writes it
    in the first one only)."""

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
    def left(self) -> float:
        """Where the mark begins, its label included."""
        return min(self.x0, self.label_x) if self.label_width else self.x0

    @property
    def right(self) -> float:
        """Where the mark ends, its label included."""
        return max(self.x1, self.label_x + self.label_width) if self.label_width else self.x1


def lane_window(view: Viewport) -> tuple[float, float]:
    """The days a lane is laid out over, for `view`.

    Marks are stacked from the start of a "page" (half a view wide, at fixed
    places in (shown) time) that holds the left margin, rather than from the
    margin itself; and the window reaches far enough right for any view
    starting in that page, margin included. So a pan within a page changes no
    row and no label: the layout can even be kept and shifted.
    """
    ppd = view.px_per_day
    page = view.width / ppd / 2
    start = math.floor((view.u0 - MARGIN_PX / ppd) / page) * page
    end = start + 3 * page + (2 * MARGIN_PX + CLUSTER_PX) / ppd
    return view.day_of_u(start), view.day_of_u(end)


def place_lane(
    events: np.ndarray,
    lane_start: np.ndarray,
    lane_stop: np.ndarray,
    lane_is_range: np.ndarray,
    view: Viewport,
    rows: int,
    label_width: Callable[[int], float],
    titled: np.ndarray | None = None,
    limits: tuple[float, float] = (-math.inf, math.inf),
    max_label: float = MAX_LABEL_PX,
    histogram: bool = False,
) -> list[Mark]:
    """The marks of one lane around `view`, with rows and labels placed.

    `events` are the lane's event indices sorted by start, and the three
    arrays hold, for each of them, its first day, the day after its last day,
    and whether it is a range; `titled` (default: all) whether its title is
    written in this lane. `label_width(i)` is the width the title of event `i`
    needs, in pixels. No label reaches past `limits` (x of the first and last
    days the view can show: a label near the end flips to the left of its
    marker), and none is wider than `max_label`. With `histogram`, a lane
    seen far out (a day narrower than a marker) is a histogram even if it is
    not crowded by itself (see `lane_crowd`). x = 0 is the left edge of
    the plot; marks run over the whole `lane_window`, beyond the plot on both
    sides.
    """
    if len(events) == 0:
        return []
    if titled is None:
        titled = np.ones(len(events), bool)
    ppd = view.px_per_day
    window_start, window_end = lane_window(view)
    wide = lane_is_range & ((lane_stop - lane_start) * ppd >= MIN_BAR_PX)

    lo = np.searchsorted(lane_start, window_start, "left")
    hi = np.searchsorted(lane_start, window_end, "right")
    points = np.arange(lo, hi)[~wide[lo:hi]]
    if ppd >= CLUSTER_PX:
        # A day is wider than a marker: nothing needs to cluster.
        marks = _spread(events, lane_start, points, view, titled)
    else:
        bucket_days, bucket, bounds = _group(lane_start[lo:hi], ppd)
        # Saturation is judged where the lane has events, not over the empty
        # days the window may reach past its first or last one.
        span = lane_start[hi - 1] - lane_start[lo] + bucket_days if hi > lo else 0.0
        if hi > lo and (histogram or _is_saturated(bounds, bucket_days, span)):
            return _density(events, np.arange(lo, hi), bucket, bounds, bucket_days, view)
        marks = _cluster(events, lane_start, points, bucket_days, view, rows, titled)
    bars = np.flatnonzero(wide[:hi] & (lane_stop[:hi] > window_start))
    for j in bars.tolist():
        x0, x1 = view.x(lane_start[j]), view.x(lane_stop[j])
        marks.append(Mark("bar", x0, x1, 0, int(events[j]), titled=bool(titled[j])))
    # A bar sorts where its start marker would, in case it has to become one.
    marks.sort(key=lambda m: m.x0 - MARKER_PX / 2 if m.kind == "bar" else m.x0)
    _stack(marks, rows, label_width, limits, max_label)
    return marks


def lane_crowd(lane_start: np.ndarray, view: Viewport) -> float:
    """Events per pixel of a lane around `view`: lanes about as crowded as one
    drawn as a histogram are drawn as histograms too, so that equally busy
    lanes look alike."""
    first, last = lane_window(view)
    count = np.searchsorted(lane_start, last, "right") - np.searchsorted(lane_start, first, "left")
    return float(count) / max(view.x(last) - view.x(first), 1.0)


SAME_CROWD = 0.5
"""A lane at least this share as crowded as a histogram lane is one too."""


def rows_used(marks: list[Mark]) -> int:
    """How many rows the marks of a lane take (a histogram: HISTOGRAM_ROWS)."""
    if not marks:
        return 1
    if marks[0].kind == "density":
        return HISTOGRAM_ROWS
    return max(m.row for m in marks) + 1


def visible_label(mark: Mark, plot_width: float) -> tuple[float, float]:
    """Where a mark's label is drawn in a plot `plot_width` wide: (x, width).

    A bar's label starts at the plot's left edge when the bar starts before
    it; a label that runs past the plot's right edge (the view is panned or
    zoomed: there is more to the right) is cut short there. Width 0: nothing
    to draw.
    """
    if not mark.label_width:
        return mark.label_x, 0.0
    x, width = mark.label_x, mark.label_width
    if mark.kind == "bar" and mark.x0 <= x < mark.x1 and x < LABEL_GAP_PX:
        x = LABEL_GAP_PX
        width = min(width, mark.x1 - LABEL_GAP_PX - x)
    if x + width > plot_width - 2:
        width = plot_width - 2 - x
        return x, (width if width >= MIN_ELIDED_PX else 0.0)
    return x, max(width, 0.0)


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
    rows: int,
    titled: np.ndarray,
) -> list[Mark]:
    """One mark per event, except where a bucket holds more overlapping
    markers than the lane has rows: there the events cannot be told apart,
    and make a cluster."""
    if len(points) == 0:
        return []
    _, bounds = _bounds(lane_start[points], bucket_days)
    radius = MARKER_PX / 2
    at = view.xs(lane_start[points])
    # How many markers overlap from each one on; the most in a bucket is the
    # rows the bucket needs.
    depth = np.searchsorted(at, at + MARKER_PX + 1, "left") - np.arange(len(at))
    needs = np.minimum(np.maximum.reduceat(depth, bounds[:-1]), np.diff(bounds)).tolist()
    xs = at.tolist()
    ids = events[points]
    names = titled[points].tolist()
    marks = []
    for (a, b), need in zip(pairwise(bounds), needs, strict=True):
        if need <= rows:
            marks += [
                Mark("event", xs[k] - radius, xs[k] + radius, 0, int(ids[k]), titled=names[k])
                for k in range(a, b)
            ]
        else:
            middle = (xs[a] + xs[b - 1]) / 2
            half = max(radius + 4, _count_width(b - a) / 2)
            members = ids[a:b]
            marks.append(Mark("cluster", middle - half, middle + half, 0, int(members[0]), members))
    return marks


def _spread(
    events: np.ndarray,
    lane_start: np.ndarray,
    points: np.ndarray,
    view: Viewport,
    titled: np.ndarray,
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
    xs = (view.xs(starts) + (rank + 0.5) * view.px_per_day / size).tolist()
    radius = MARKER_PX / 2
    return [
        Mark("event", x - radius, x + radius, 0, event, titled=name)
        for x, event, name in zip(xs, events[points].tolist(), titled[points].tolist(), strict=True)
    ]


def _count_width(count: int) -> float:
    return 8.0 + 7.0 * len(str(count))


def _stack(
    marks: list[Mark],
    rows: int,
    label_width: Callable[[int], float],
    limits: tuple[float, float],
    max_label: float = MAX_LABEL_PX,
) -> None:
    """Rows and labels, first fit from left to right.

    Each mark takes the first row free at its left edge with its whole title
    on the right of its marker (inside a period bar when it fits there); where
    no row has room on the right (the title would pass `limits`), the title
    goes on the left. Failing both, the title is cut short to the room the
    best row has, or dropped under MIN_ELIDED_PX. A mark that finds no row
    free at all goes to a row whose markers end before it, cutting short the
    label that runs into it there; its own label is dropped if even markers
    overlap (only where a bucket held as many events as the lane has rows).
    """
    low, high = limits
    gap = LABEL_GAP_PX
    free = [-math.inf] * rows
    """Per row, where it is free from: the end of what it holds, plus a gap."""
    marker_end = [-math.inf] * rows
    last_in_row: list[Mark | None] = [None] * rows
    for mark in marks:
        want = 0.0
        kind = mark.kind
        if mark.titled and (kind == "event" or kind == "bar"):
            want = min(label_width(mark.event), max_label)
        if kind == "bar" and min(free) > mark.x0:
            # No row for the whole period: show it as a point at its start.
            mark.kind = "event"
            mark.x0, mark.x1 = mark.x0 - MARKER_PX / 2, mark.x0 + MARKER_PX / 2
        row, label_x, width = _label_place(mark, want, free, low, high)
        if row is None:
            row, width = _squeeze(mark, rows, marker_end, last_in_row, free), 0.0
            label_x = mark.x1 + gap
            if want and marker_end[row] + 1 <= mark.x0:
                room = min(want, high - label_x)
                width = room if room >= want or room >= MIN_ELIDED_PX else 0.0
            before = last_in_row[row]
            # The label cut short there no longer keeps the row busy.
            free[row] = max(marker_end[row], before.right if before else -math.inf) + gap
        mark.row, mark.label_x, mark.label_width = row, label_x, width
        right = mark.x1 if not width else max(mark.x1, label_x + width)
        if right + gap > free[row]:
            free[row] = right + gap
        if mark.x1 > marker_end[row]:
            marker_end[row] = mark.x1
        last_in_row[row] = mark


def _label_place(
    mark: Mark, want: float, free: list[float], low: float, high: float
) -> tuple[int | None, float, float]:
    """The first row and place with room for the whole title: inside a bar,
    then on the right, then on the left; else the most room any row has for a
    shortened title (or none). Row None: no row is free at the mark itself."""
    gap = LABEL_GAP_PX
    x0, x1 = mark.x0, mark.x1
    first = -1
    for r, f in enumerate(free):
        if f <= x0:
            first = r
            break
    if first < 0:
        return None, 0.0, 0.0
    if not want:
        return first, x1 + gap, 0.0
    if mark.kind == "bar" and want + 2 * gap <= min(x1, high) - x0:
        return first, x0 + gap, want
    if x1 + gap + want <= high:
        return first, x1 + gap, want
    left = x0 - gap - want
    if left >= low:
        for r, f in enumerate(free):
            if left >= f:
                return r, left, want
    # Nowhere whole: the most room on either side (or inside a bar).
    best = (first, x1 + gap, 0.0)
    for r, f in enumerate(free):
        if f > x0:
            continue
        rooms = [(high - (x1 + gap), x1 + gap), (x0 - gap - max(f, low), None)]
        if mark.kind == "bar":
            rooms.append((min(x1, high) - x0 - 2 * gap, x0 + gap))
        for room, x in rooms:
            room = min(room, want)
            if room >= MIN_ELIDED_PX and room > best[2]:
                best = (r, x0 - gap - room if x is None else x, room)
    return best


def _squeeze(
    mark: Mark,
    rows: int,
    marker_end: list[float],
    last_in_row: list[Mark | None],
    free: list[float],
) -> int:
    """A row for a mark no row is free for: of those whose markers end before
    it, the one free first, where the label running into it is cut short (or
    dropped); else the row whose markers end first."""
    x0 = mark.x0
    row, best = -1, math.inf
    for r in range(rows):
        if marker_end[r] + 1 <= x0 and free[r] < best:
            row, best = r, free[r]
    if row < 0:
        row = min(range(rows), key=marker_end.__getitem__)
    before = last_in_row[row]
    if before is not None and before.label_width and before.label_x + before.label_width > x0:
        room = min(before.label_width, x0 - LABEL_GAP_PX - before.label_x)
        before.label_width = room if room >= MIN_ELIDED_PX else 0.0
    return row


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
