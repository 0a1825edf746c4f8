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
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol, overload

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
    floors = [heights[k] if k < len(heights) else 0.0 for k in range(len(rows))]
    sizes = [max(lane_height(r), f) for r, f in zip(rows, floors, strict=True)]
    total = sum(sizes)
    while total > available + 0.5:
        most = max(rows, default=0)
        if most <= least:
            break
        k = rows.index(most)
        rows[k] -= 1
        # Kept as a running sum: the lanes' boxes are not stacked again each time.
        size = max(lane_height(rows[k]), floors[k])
        total += size - sizes[k]
        sizes[k] = size
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


EVENT, BAR, CLUSTER, DENSITY = 0, 1, 2, 3
KINDS = ("event", "bar", "cluster", "density")
"""What a mark is, by its code in `LaneMarks.kind`."""


class LaneMarks:
    """The marks of one lane, as arrays with one entry per mark, sorted by x.

    `kind` (a code of KINDS), `x0` and `x1` (left and right of the marker or
    bar), `row`, `event` (the event it stands for; a cluster's or bucket's
    first), `label_x` and `label_width` (0: no label), `titled` (whether its
    title is written here: an event of several lanes writes it in its first
    lane only); a cluster's or bucket's events are `pool[first:first + count]`.

    Drawing and hit-testing read the arrays; the marks can also be read one
    at a time (`marks[k]`, iteration) as `Mark`s, which read and write these
    arrays: the same `Mark` each time for the same k.
    """

    __slots__ = (
        "_marks",
        "count",
        "event",
        "first",
        "kind",
        "label_width",
        "label_x",
        "pool",
        "row",
        "titled",
        "x0",
        "x1",
    )

    def __init__(
        self,
        kind: np.ndarray,
        x0: np.ndarray,
        x1: np.ndarray,
        row: np.ndarray,
        event: np.ndarray,
        label_x: np.ndarray,
        label_width: np.ndarray,
        titled: np.ndarray,
        first: np.ndarray,
        count: np.ndarray,
        pool: np.ndarray,
    ) -> None:
        self.kind, self.x0, self.x1, self.row, self.event = kind, x0, x1, row, event
        self.label_x, self.label_width, self.titled = label_x, label_width, titled
        self.first, self.count, self.pool = first, count, pool
        self._marks: list[Mark | None] = [None] * len(kind)

    @classmethod
    def empty(cls) -> LaneMarks:
        floats, ints = np.empty(0), np.empty(0, np.int64)
        return cls(
            np.empty(0, np.int8),
            floats,
            floats,
            ints,
            ints,
            floats,
            floats,
            np.empty(0, bool),
            ints,
            ints,
            ints,
        )

    def __len__(self) -> int:
        return len(self.kind)

    def __bool__(self) -> bool:
        return len(self.kind) > 0

    @overload
    def __getitem__(self, k: int) -> Mark: ...

    @overload
    def __getitem__(self, k: slice) -> LaneMarks: ...

    def __getitem__(self, k: int | slice) -> Mark | LaneMarks:
        if isinstance(k, slice):
            return self.take(np.arange(len(self))[k])
        if k < 0:
            k += len(self)
        if not 0 <= k < len(self):
            raise IndexError(k)
        mark = self._marks[k]
        if mark is None:
            mark = self._marks[k] = Mark(self, k)
        return mark

    def __iter__(self) -> Iterator[Mark]:
        return (self[k] for k in range(len(self)))

    def __eq__(self, other: object) -> bool:
        """Marks equal a list of the same marks (an empty lane equals [])."""
        if isinstance(other, (LaneMarks, list, tuple)):
            return len(self) == len(other) and all(a is b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def take(self, which: np.ndarray) -> LaneMarks:
        """The marks at `which` (indices or a mask), as marks of their own."""
        return LaneMarks(
            self.kind[which],
            self.x0[which],
            self.x1[which],
            self.row[which],
            self.event[which],
            self.label_x[which],
            self.label_width[which],
            self.titled[which],
            self.first[which],
            self.count[which],
            self.pool,
        )

    def shift(self, dx: float) -> None:
        """Move every mark `dx` pixels right."""
        self.x0 += dx
        self.x1 += dx
        self.label_x += dx

    @property
    def is_histogram(self) -> bool:
        return bool(len(self.kind)) and self.kind[0] == DENSITY

    @property
    def right(self) -> np.ndarray:
        """Where each mark ends, its label included."""
        labelled = self.label_width > 0
        ends: np.ndarray = np.where(
            labelled, np.maximum(self.x1, self.label_x + self.label_width), self.x1
        )
        return ends

    def members(self, k: int) -> np.ndarray:
        start = int(self.first[k])
        found: np.ndarray = self.pool[start : start + int(self.count[k])]
        return found

    def holding(self, event: int | None) -> np.ndarray:
        """Per mark: whether it stands for `event` (alone or among others)."""
        if event is None:
            return np.zeros(len(self), bool)
        held: np.ndarray = self.event == event
        grouped = np.flatnonzero(self.kind >= CLUSTER)
        if len(grouped):
            where = np.flatnonzero(self.pool == event)
            if len(where):
                starts, counts = self.first[grouped], self.count[grouped]
                for at in where.tolist():
                    held[grouped[(starts <= at) & (at < starts + counts)]] = True
        return held


class Mark:
    """One mark of a lane (see `LaneMarks`), read from and written to its arrays."""

    __slots__ = ("_k", "_lane")

    def __init__(self, lane: LaneMarks, k: int) -> None:
        self._lane, self._k = lane, k

    def __repr__(self) -> str:
        return (
            f"Mark({self.kind!r}, x0={self.x0:.1f}, x1={self.x1:.1f}, row={self.row}, "
            f"event={self.event}, label=({self.label_x:.1f}, {self.label_width:.1f}))"
        )

    @property
    def kind(self) -> str:
        """ "event", "bar", "cluster", or "density" (a histogram bucket)."""
        return KINDS[self._lane.kind[self._k]]

    @property
    def x0(self) -> float:
        """Left of the marker (an event's centre minus its radius), or of the bar."""
        return float(self._lane.x0[self._k])

    @property
    def x1(self) -> float:
        """Right of the marker or bar."""
        return float(self._lane.x1[self._k])

    @property
    def row(self) -> int:
        return int(self._lane.row[self._k])

    @property
    def event(self) -> int:
        """The event it stands for; for a cluster or bucket, its first event."""
        return int(self._lane.event[self._k])

    @property
    def label_x(self) -> float:
        """Left of the label: right of the marker, left of it, or inside the bar."""
        return float(self._lane.label_x[self._k])

    @property
    def label_width(self) -> float:
        """Width given to the label; 0 means no label."""
        return float(self._lane.label_width[self._k])

    @label_width.setter
    def label_width(self, width: float) -> None:
        self._lane.label_width[self._k] = width

    @property
    def titled(self) -> bool:
        """Whether its title is written here (an event of several lanes writes
        it in the first one only)."""
        return bool(self._lane.titled[self._k])

    @property
    def members(self) -> np.ndarray | None:
        """A cluster's or bucket's events; None for a single event."""
        if self._lane.kind[self._k] < CLUSTER:
            return None
        return self._lane.members(self._k)

    @property
    def events(self) -> np.ndarray:
        members = self.members
        return members if members is not None else np.array([self.event])

    @property
    def count(self) -> int:
        return 1 if self._lane.kind[self._k] < CLUSTER else int(self._lane.count[self._k])

    def holds(self, event: int | None) -> bool:
        if event is None:
            return False
        members = self.members
        if members is None:
            return event == self.event
        return bool((members == event).any())

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


class TitleWidths:
    """The width each event's title needs, in pixels: measured once each (by
    `measure`), when first asked for, and kept in an array, so that a lane's
    titles are read in one numpy call."""

    def __init__(self, count: int, measure: Callable[[int], float]) -> None:
        self.widths = np.full(count, np.nan)
        self.measure = measure

    def __call__(self, i: int) -> float:
        width = float(self.widths[i])
        if width != width:  # not measured yet (NaN)
            width = self.widths[i] = self.measure(i)
        return width

    def of(self, events: np.ndarray) -> np.ndarray:
        found: np.ndarray = self.widths[events]
        missing = np.isnan(found)
        if missing.any():
            for i in np.unique(events[missing]).tolist():
                self.widths[i] = self.measure(i)
            found = self.widths[events]
        return found


LabelWidths = Callable[[int], float] | np.ndarray | TitleWidths
"""The width the title of event `i` needs, in pixels: a function of `i`, an
array indexed by `i`, or a TitleWidths."""


def place_lane(
    events: np.ndarray,
    lane_start: np.ndarray,
    lane_stop: np.ndarray,
    lane_is_range: np.ndarray,
    view: Viewport,
    rows: int,
    label_width: LabelWidths,
    titled: np.ndarray | None = None,
    limits: tuple[float, float] = (-math.inf, math.inf),
    max_label: float = MAX_LABEL_PX,
    histogram: bool = False,
) -> LaneMarks:
    """The marks of one lane around `view`, with rows and labels placed.

    `events` are the lane's event indices sorted by start, and the three
    arrays hold, for each of them, its first day, the day after its last day,
    and whether it is a range; `titled` (default: all) whether its title is
    written in this lane. `label_width` gives the width the title of event `i`
    needs, in pixels. No label reaches past `limits` (x of the first and last
    days the view can show: a label near the end flips to the left of its
    marker), and none is wider than `max_label`. With `histogram`, a lane
    seen far out (a day narrower than a marker) is a histogram even if it is
    not crowded by itself (see `lane_crowd`). x = 0 is the left edge of
    the plot; marks run over the whole `lane_window`, beyond the plot on both
    sides.

    Everything but the stacking is numpy; the stacking is one loop over the
    marks, on plain lists.
    """
    lane = _Lane(
        events,
        lane_start,
        lane_stop,
        lane_is_range,
        np.ones(len(events), bool) if titled is None else titled,
    )
    return place_lanes([lane], view, [rows], label_width, limits, max_label, [histogram])[0]


class LaneArrays(Protocol):
    """A lane's events, as `place_lanes` takes them: their indices sorted by
    start, and for each its first day, the day after its last day, whether
    it is a range, and whether its title is written in this lane."""

    @property
    def events(self) -> np.ndarray: ...
    @property
    def start(self) -> np.ndarray: ...
    @property
    def stop(self) -> np.ndarray: ...
    @property
    def is_range(self) -> np.ndarray: ...
    @property
    def titled(self) -> np.ndarray: ...


@dataclass(frozen=True)
class _Lane:
    events: np.ndarray
    start: np.ndarray
    stop: np.ndarray
    is_range: np.ndarray
    titled: np.ndarray


_APART = 1e7
"""Added per lane to x or to days, so that one sorted array holds every lane's."""


def place_lanes(
    lanes: Sequence[LaneArrays],
    view: Viewport,
    rows: Sequence[int],
    label_width: LabelWidths,
    limits: tuple[float, float] = (-math.inf, math.inf),
    max_label: float = MAX_LABEL_PX,
    histogram: Sequence[bool] = (),
) -> list[LaneMarks]:
    """`place_lane` for many lanes at once, each with its `rows` (and
    `histogram`): the same marks, in a few numpy calls for all the lanes
    rather than per lane, and one stacking loop."""
    count = len(lanes)
    placed = [LaneMarks.empty() for _ in range(count)]
    if not count:
        return placed
    ppd = view.px_per_day
    window_start, window_end = lane_window(view)
    lo = np.array([np.searchsorted(lane.start, window_start, "left") for lane in lanes], np.int64)
    hi = np.array([np.searchsorted(lane.start, window_end, "right") for lane in lanes], np.int64)
    sizes = hi - lo
    lane_of = np.repeat(np.arange(count), sizes)
    start = _cut(lanes, "start", lo, hi)
    stop = _cut(lanes, "stop", lo, hi)
    events = _cut(lanes, "events", lo, hi)
    titled = _cut(lanes, "titled", lo, hi)
    wide = _cut(lanes, "is_range", lo, hi) & ((stop - start) * ppd >= MIN_BAR_PX)
    # Where each lane's windowed events begin in the joined arrays.
    begins = np.concatenate(([0], np.cumsum(sizes)))
    density = np.zeros(count, bool)
    pieces = _Pieces()
    points = np.flatnonzero(~wide)
    point_lane = lane_of[points]
    if ppd >= CLUSTER_PX:
        # A day is wider than a marker: nothing needs to cluster.
        _spread_all(pieces, events, start, points, point_lane, view, titled)
    else:
        bucket_days, bucket, bounds = _group_all(start, lane_of, count, ppd)
        run_lane = lane_of[bounds[:-1]]
        run_size = np.diff(bounds)
        runs = np.bincount(run_lane, minlength=count)
        groups = np.bincount(run_lane, weights=run_size > 1, minlength=count)
        if len(start):
            first_start = start[np.minimum(begins[:-1], len(start) - 1)]
            last_start = start[np.maximum(begins[1:] - 1, 0)]
        else:
            first_start = last_start = np.zeros(count)
        span = np.where(sizes > 0, last_start - first_start + bucket_days, 0.0)
        slots = span / bucket_days
        asked = np.asarray(histogram, bool) if len(histogram) else np.zeros(count, bool)
        saturated = (
            (slots >= SATURATED_SLOTS)
            & (groups >= slots / 2)
            & (sizes >= SATURATED_MEAN * np.maximum(runs, 1))
        )
        density = (sizes > 0) & (asked | saturated)
        for k in np.flatnonzero(density).tolist():
            mine = np.flatnonzero(run_lane == k)
            first = bounds[mine] - begins[k]
            lane_bounds = np.append(first, sizes[k])
            placed[k] = _density(
                events[begins[k] : begins[k + 1]],
                bucket[begins[k] : begins[k + 1]],
                lane_bounds,
                float(bucket_days[k]),
                view,
            )
        keep = ~density[point_lane]
        points, point_lane = points[keep], point_lane[keep]
        _cluster_all(
            pieces, events, start, points, point_lane, bucket_days, view, np.asarray(rows), titled
        )
    for k, lane in enumerate(lanes):
        if density[k] or not len(lane.events):
            continue
        # Periods wide enough to read, in view: some start before the window.
        ranges = np.flatnonzero(lane.is_range[: hi[k]])
        ranges = ranges[
            ((lane.stop[ranges] - lane.start[ranges]) * ppd >= MIN_BAR_PX)
            & (lane.stop[ranges] > window_start)
        ]
        if len(ranges):
            pieces.add(
                BAR,
                view.xs(lane.start[ranges]),
                view.xs(lane.stop[ranges]),
                lane.events[ranges],
                lane.titled[ranges],
                len(events) + np.arange(len(ranges)),
                lane=np.full(len(ranges), k),
            )
    marks = pieces.marks(events[points])
    if not len(marks):
        return placed
    lane_bounds = np.searchsorted(pieces.lane_sorted, np.arange(count + 1))
    _stack_lanes(marks, lane_bounds, rows, _wanted(marks, label_width, max_label), limits)
    for k in range(count):
        a, b = int(lane_bounds[k]), int(lane_bounds[k + 1])
        if b > a and not density[k]:
            placed[k] = marks[a:b]
    return placed


def _cut(lanes: Sequence[LaneArrays], name: str, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """The windowed part of an array of every lane, joined."""
    parts = [
        getattr(lane, name)[a:b] for lane, a, b in zip(lanes, lo.tolist(), hi.tolist(), strict=True)
    ]
    joined: np.ndarray = np.concatenate(parts) if parts else np.empty(0)
    return joined


def _runs(keys: np.ndarray, lane_of: np.ndarray) -> np.ndarray:
    """Where runs of one key within one lane begin and end (a sorted array)."""
    if not len(keys):
        return np.zeros(1, np.int64)
    cuts = np.flatnonzero((keys[1:] != keys[:-1]) | (lane_of[1:] != lane_of[:-1])) + 1
    return np.concatenate(([0], cuts, [len(keys)])).astype(np.int64)


def _group_all(
    start: np.ndarray, lane_of: np.ndarray, count: int, px_per_day: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """`_group` for every lane at once: per lane its bucket width in days,
    and per event its bucket, with where runs of one bucket begin and end."""
    first = cluster_days(px_per_day)
    days = np.full(count, first)
    settled = np.zeros(count, bool)
    bucket = np.floor(start / first)
    bounds = _runs(bucket, lane_of)
    for attempt in range(6):
        widest = np.zeros(count, np.int64)
        if len(start):
            np.maximum.at(widest, lane_of[bounds[:-1]], np.diff(bounds))
        settled |= 8.0 + 7.0 * _digits(widest) + 2 <= days * px_per_day
        if settled.all():
            break
        # The others try buckets twice as wide; after the last try, as in
        # `_group`, their width doubles once more but their buckets stay.
        days = np.where(settled, days, days * 2)
        if attempt < 5:
            bucket = np.floor(start / days[lane_of])
            bounds = _runs(bucket, lane_of)
    return days, bucket, bounds


def _spread_all(
    pieces: _Pieces,
    events: np.ndarray,
    start: np.ndarray,
    points: np.ndarray,
    point_lane: np.ndarray,
    view: Viewport,
    titled: np.ndarray,
) -> None:
    """`_spread` for every lane at once."""
    if not len(points):
        return
    starts = start[points]
    new_day = np.ones(len(points), bool)
    new_day[1:] = (starts[1:] != starts[:-1]) | (point_lane[1:] != point_lane[:-1])
    first_of_day = np.flatnonzero(new_day)
    day_of = np.cumsum(new_day) - 1
    rank = np.arange(len(starts)) - first_of_day[day_of]
    size = np.diff(np.append(first_of_day, len(starts)))[day_of]
    xs = view.xs(starts) + (rank + 0.5) * view.px_per_day / size
    radius = MARKER_PX / 2
    pieces.add(
        EVENT, xs - radius, xs + radius, events[points], titled[points], points, lane=point_lane
    )


def _cluster_all(
    pieces: _Pieces,
    events: np.ndarray,
    start: np.ndarray,
    points: np.ndarray,
    point_lane: np.ndarray,
    bucket_days: np.ndarray,
    view: Viewport,
    rows: np.ndarray,
    titled: np.ndarray,
) -> None:
    """`_cluster` for every lane at once (the lanes drawn as histograms left out)."""
    if not len(points):
        return
    starts = start[points]
    bounds = _runs(np.floor(starts / bucket_days[point_lane]), point_lane)
    radius = MARKER_PX / 2
    at = view.xs(starts)
    # How many markers overlap from each one on, within its lane; the most in
    # a bucket is the rows the bucket needs.
    keyed = point_lane * _APART + at
    depth = np.searchsorted(keyed, keyed + MARKER_PX + 1, "left") - np.arange(len(at))
    sizes = np.diff(bounds)
    needs = np.minimum(np.maximum.reduceat(depth, bounds[:-1]), sizes)
    crowded = needs > rows[point_lane[bounds[:-1]]]
    if not crowded.all():
        alone = np.flatnonzero(~np.repeat(crowded, sizes))
        x = at[alone]
        ids = points[alone]
        pieces.add(
            EVENT, x - radius, x + radius, events[ids], titled[ids], ids, lane=point_lane[alone]
        )
    if crowded.any():
        a = bounds[:-1][crowded]
        b = bounds[1:][crowded]
        middle = (at[a] + at[b - 1]) / 2
        half = np.maximum(radius + 4, (8.0 + 7.0 * _digits(b - a)) / 2)
        pieces.add(
            CLUSTER,
            middle - half,
            middle + half,
            events[points[a]],
            np.zeros(len(a), bool),
            points[a],
            a,
            b - a,
            lane=point_lane[a],
        )


class _Pieces:
    """Marks gathered in pieces (singles, clusters, bars) and joined once:
    a numpy call per column rather than per piece and column."""

    def __init__(self) -> None:
        self.columns: dict[str, list[np.ndarray]] = {
            name: []
            for name in ("kind", "x0", "x1", "event", "titled", "first", "count", "origin", "lane")
        }
        self.lane_sorted = np.empty(0, np.int64)

    def add(
        self,
        kind: int,
        x0: np.ndarray,
        x1: np.ndarray,
        event: np.ndarray,
        titled: np.ndarray,
        origin: np.ndarray,
        first: np.ndarray | None = None,
        count: np.ndarray | None = None,
        lane: np.ndarray | None = None,
    ) -> None:
        """Marks of one kind; `origin` orders marks at the same x (a point's
        place among the points, a cluster's first point's; bars last)."""
        n = len(x0)
        columns = self.columns
        columns["kind"].append(np.full(n, kind, np.int8))
        columns["x0"].append(x0)
        columns["x1"].append(x1)
        columns["event"].append(event)
        columns["titled"].append(titled)
        columns["origin"].append(origin)
        columns["first"].append(np.zeros(n, np.int64) if first is None else first)
        columns["count"].append(np.ones(n, np.int64) if count is None else count)
        columns["lane"].append(np.zeros(n, np.int64) if lane is None else lane)

    def marks(self, pool: np.ndarray) -> LaneMarks:
        """The marks sorted by lane, then by x (a bar where its start marker
        would be, in case it has to become one); clusters' members in `pool`."""
        if not self.columns["kind"]:
            return LaneMarks.empty()
        joined = {name: np.concatenate(parts) for name, parts in self.columns.items()}
        kind, x0 = joined["kind"], joined["x0"]
        key = np.where(kind == BAR, x0 - MARKER_PX / 2, x0)
        order = np.lexsort((joined["origin"], key, joined["lane"]))
        self.lane_sorted = joined["lane"][order]
        n = len(order)
        return LaneMarks(
            kind[order],
            x0[order],
            joined["x1"][order],
            np.zeros(n, np.int64),
            joined["event"][order].astype(np.int64),
            np.zeros(n),
            np.zeros(n),
            joined["titled"][order].astype(bool),
            joined["first"][order].astype(np.int64),
            joined["count"][order].astype(np.int64),
            pool,
        )


def _wanted(marks: LaneMarks, label_width: LabelWidths, max_label: float) -> np.ndarray:
    """The width each mark's title needs (0: untitled, or not an event or bar)."""
    want = np.zeros(len(marks))
    titled = np.flatnonzero(marks.titled & (marks.kind <= BAR))
    if len(titled):
        ids = marks.event[titled]
        if isinstance(label_width, np.ndarray):
            widths = label_width[ids]
        elif isinstance(label_width, TitleWidths):
            widths = label_width.of(ids)
        else:
            widths = np.fromiter((label_width(i) for i in ids.tolist()), float, len(ids))
        want[titled] = np.minimum(widths, max_label)
    return want


def lane_crowd(lane_start: np.ndarray, view: Viewport) -> float:
    """Events per pixel of a lane around `view`: lanes about as crowded as one
    drawn as a histogram are drawn as histograms too, so that equally busy
    lanes look alike."""
    first, last = lane_window(view)
    count = np.searchsorted(lane_start, last, "right") - np.searchsorted(lane_start, first, "left")
    return float(count) / max(view.x(last) - view.x(first), 1.0)


SAME_CROWD = 0.5
"""A lane at least this share as crowded as a histogram lane is one too."""


def rows_used(marks: LaneMarks | Sequence[Mark]) -> int:
    """How many rows the marks of a lane take (a histogram: HISTOGRAM_ROWS)."""
    if not len(marks):
        return 1
    if isinstance(marks, LaneMarks):
        return HISTOGRAM_ROWS if marks.is_histogram else int(marks.row.max()) + 1
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


def visible_labels(marks: LaneMarks, plot_width: float) -> tuple[np.ndarray, np.ndarray]:
    """`visible_label` of every mark at once: (x, width) arrays."""
    return label_spans(marks.kind, marks.x0, marks.x1, marks.label_x, marks.label_width, plot_width)


def label_spans(
    kind: np.ndarray,
    x0: np.ndarray,
    x1: np.ndarray,
    label_x: np.ndarray,
    label_width: np.ndarray,
    plot_width: float,
) -> tuple[np.ndarray, np.ndarray]:
    """`visible_label` of marks given as arrays: (x, width) arrays."""
    x, width = label_x.copy(), label_width.copy()
    inside = (kind == BAR) & (x0 <= x) & (x < x1) & (x < LABEL_GAP_PX)
    x[inside] = LABEL_GAP_PX
    width[inside] = np.minimum(width[inside], x1[inside] - 2 * LABEL_GAP_PX)
    past = x + width > plot_width - 2
    cut = plot_width - 2 - x[past]
    width[past] = np.where(cut >= MIN_ELIDED_PX, cut, 0.0)
    width = np.maximum(width, 0.0)
    width[label_width == 0] = 0.0
    return x, width


def shift(marks: LaneMarks, dx: float) -> None:
    """Move marks `dx` pixels right: a pan that keeps the layout."""
    marks.shift(dx)


def cluster_days(px_per_day: float) -> float:
    """Width of a cluster bucket in days: a power of two, so buckets do not
    move as the view pans, and at least CLUSTER_PX wide."""
    days = CLUSTER_PX / px_per_day
    return float(2.0 ** np.ceil(np.log2(max(days, 1e-9))))


def _density(
    members: np.ndarray,
    bucket: np.ndarray,
    bounds: np.ndarray,
    bucket_days: float,
    view: Viewport,
) -> LaneMarks:
    """One mark per occupied bucket, spanning it: the lane drawn as a histogram.
    `members` are the events placed, sorted by start, `bucket` theirs."""
    first = bounds[:-1]
    first_day = bucket[first] * bucket_days
    n = len(first)
    return LaneMarks(
        np.full(n, DENSITY, np.int8),
        view.xs(first_day),
        view.xs(first_day + bucket_days),
        np.zeros(n, np.int64),
        members[first],
        np.zeros(n),
        np.zeros(n),
        np.zeros(n, bool),
        first,
        np.diff(bounds),
        members,
    )


def _digits(counts: np.ndarray) -> np.ndarray:
    """How many digits each count is written with."""
    digits: np.ndarray = np.floor(np.log10(np.maximum(counts, 1))).astype(np.int64) + 1
    return digits


def _count_width(count: int) -> float:
    return 8.0 + 7.0 * len(str(count))


def _stack_lanes(
    marks: LaneMarks,
    bounds: np.ndarray,
    rows: Sequence[int],
    wanted: np.ndarray,
    limits: tuple[float, float],
) -> None:
    """Rows and labels for the marks of many lanes, lane k's between
    `bounds[k]` and `bounds[k + 1]`, with `rows[k]` rows (see `_stack`)."""
    n = len(marks)
    if not n:
        return
    kinds = marks.kind.tolist()
    lefts, rights, want = marks.x0.tolist(), marks.x1.tolist(), wanted.tolist()
    row_of, label_x, label_width = [0] * n, [0.0] * n, [0.0] * n
    for lane, (a, b) in enumerate(zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True)):
        if b > a:
            _stack_lists(
                a, b, rows[lane], kinds, lefts, rights, want, row_of, label_x, label_width, limits
            )
    marks.kind[:] = kinds
    marks.x0[:] = lefts
    marks.x1[:] = rights
    marks.row[:] = row_of
    marks.label_x[:] = label_x
    marks.label_width[:] = label_width


def _stack_lists(
    first: int,
    stop: int,
    rows: int,
    kinds: list[int],
    lefts: list[float],
    rights: list[float],
    want: list[float],
    row_of: list[int],
    label_x: list[float],
    label_width: list[float],
    limits: tuple[float, float],
) -> None:
    """Rows and labels of the marks from `first` to `stop` (one lane), first
    fit from left to right (`want`: the width each mark's title needs; 0 for
    none).

    Each mark takes the first row free at its left edge with its whole title
    on the right of its marker (inside a period bar when it fits there); where
    no row has room on the right (the title would pass `limits`), the title
    goes on the left. Failing both, the title is cut short to the room the
    best row has, or dropped under MIN_ELIDED_PX. A mark that finds no row
    free at all goes to a row whose markers end before it, cutting short the
    label that runs into it there; its own label is dropped if even markers
    overlap (only where a bucket held as many events as the lane has rows).

    The loop runs on plain lists (much faster than on numpy items); the
    caller writes rows and labels back to the arrays.
    """
    low, high = limits
    gap = LABEL_GAP_PX
    radius = MARKER_PX / 2
    inf = math.inf
    free = [-inf] * rows
    """Per row, where it is free from: the end of what it holds, plus a gap."""
    marker_end = [-inf] * rows
    last = [-1] * rows
    """Per row, the mark placed last in it (-1: none)."""
    every_row = range(rows)
    for k in range(first, stop):
        kind, x0, x1, w = kinds[k], lefts[k], rights[k], want[k]
        if kind == BAR and min(free) > x0:
            # No row for the whole period: show it as a point at its start.
            kind = kinds[k] = EVENT
            x0, x1 = x0 - radius, x0 + radius
            lefts[k], rights[k] = x0, x1
        # The first row and place with room for the whole title: inside a
        # bar, then on the right, then on the left; else the most room any
        # row has for a shortened title (or none).
        row = -1
        for r in every_row:
            if free[r] <= x0:
                row = r
                break
        x, width = x1 + gap, 0.0
        if row >= 0 and not w:
            # Untitled (a cluster, or a title written in another lane): the
            # first free row, as most marks of a crowded lane.
            label_x[k] = x
            row_of[k] = row
            if x1 + gap > free[row]:
                free[row] = x1 + gap
            if x1 > marker_end[row]:
                marker_end[row] = x1
            last[row] = k
            continue
        if row >= 0:
            if kind == BAR and w + 2 * gap <= (x1 if x1 < high else high) - x0:
                x, width = x0 + gap, w
            elif x1 + gap + w <= high:
                width = w
            else:
                left = x0 - gap - w
                placed = False
                if left >= low:
                    for r in every_row:
                        if left >= free[r]:
                            row, x, width, placed = r, left, w, True
                            break
                if not placed:
                    # Nowhere whole: the most room on either side (or inside a bar).
                    best_row, best_x, best = row, x1 + gap, 0.0
                    for r in every_row:
                        f = free[r]
                        if f > x0:
                            continue
                        rooms = [(high - (x1 + gap), x1 + gap), (x0 - gap - max(f, low), None)]
                        if kind == BAR:
                            rooms.append((min(x1, high) - x0 - 2 * gap, x0 + gap))
                        for room, at in rooms:
                            room = min(room, w)
                            if room >= MIN_ELIDED_PX and room > best:
                                best_row, best = r, room
                                best_x = x0 - gap - room if at is None else at
                    row, x, width = best_row, best_x, best
        else:
            # No row is free at the mark: of the rows whose markers end
            # before it, the one free first, where the label running into it
            # is cut short (or dropped); else the row whose markers end first.
            best = inf
            for r in every_row:
                if marker_end[r] + 1 <= x0 and free[r] < best:
                    row, best = r, free[r]
            if row < 0:
                row = min(every_row, key=marker_end.__getitem__)
            before = last[row]
            if before >= 0 and label_width[before]:
                end = label_x[before] + label_width[before]
                if end > x0:
                    room = min(label_width[before], x0 - gap - label_x[before])
                    label_width[before] = room if room >= MIN_ELIDED_PX else 0.0
            if w and marker_end[row] + 1 <= x0:
                room = min(w, high - x)
                width = room if room >= w or room >= MIN_ELIDED_PX else 0.0
            # The label cut short there no longer keeps the row busy.
            before_right = -inf
            if before >= 0:
                before_right = rights[before]
                if label_width[before]:
                    before_right = max(before_right, label_x[before] + label_width[before])
            free[row] = max(marker_end[row], before_right) + gap
        row_of[k], label_x[k], label_width[k] = row, x, width
        end = x1
        if width and x + width > x1:
            end = x + width
        if end + gap > free[row]:
            free[row] = end + gap
        if x1 > marker_end[row]:
            marker_end[row] = x1
        last[row] = k


def hit(
    marks: LaneMarks, x: float, row: int, plot_width: float = math.inf, slack: float = 3.0
) -> Mark | None:
    """The mark at pixel `x` in `row`: its marker or bar first, then its label
    (as drawn in a plot `plot_width` wide). A histogram bucket spans every row."""
    if not len(marks):
        return None
    if marks.is_histogram:
        inside = np.flatnonzero((marks.x0 <= x) & (x < marks.x1))
        return marks[int(inside[0])] if len(inside) else None
    in_row = marks.row == row
    on_marker = np.flatnonzero(in_row & (marks.x0 - slack <= x) & (x <= marks.x1 + slack))
    if len(on_marker):
        off = np.abs((marks.x0[on_marker] + marks.x1[on_marker]) / 2 - x)
        return marks[int(on_marker[int(np.argmin(off))])]
    label_x, label_width = visible_labels(marks, plot_width)
    on_label = np.flatnonzero(
        in_row & (label_width > 0) & (label_x <= x) & (x <= label_x + label_width)
    )
    return marks[int(on_label[0])] if len(on_label) else None
