"""Where things go, in pixels: lanes down the page, marks along each lane.

Pure geometry with no Qt: `place_lane` turns
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
from typing import Protocol

import numpy as np

from frise.model.marks import (
    BAR,
    CLUSTER,
    DENSITY,
    EVENT,
    MARKER_PX,
    LaneMarks,
)
from frise.model.stacking import stack_lanes
from frise.model.timescale import Viewport

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
MAX_LABEL_PX = 420.0
"""The widest a title gets in the window; a picture gives titles all they need."""
MARGIN_PX = MAX_LABEL_PX + CLUSTER_PX
"""Marks this far either side of the plot are placed too, so labels that reach
into view are drawn and the stacking does not change as the view pans."""


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
    stack_lanes(marks, lane_bounds, rows, _wanted(marks, label_width, max_label), limits)
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
