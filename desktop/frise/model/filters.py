"""What is shown: the filter a user sets, and the lanes and events it leaves.

`Filter` is plain state (which parties, which years); `apply_filter` turns it
and a timeline into a `FilteredTimeline`: the lanes to draw, each with its
events inside the year range, and the span of days the view may show.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from frise.model.dates import first_day_of_month
from frise.model.timeline import Timeline

MIN_DOMAIN_DAYS = 30
MARGIN_BEFORE, MARGIN_AFTER = 0.03, 0.08
"""Room left before the first event and after the last, as a share of their
span, when no year range is set; more after, where the last titles run."""


@dataclass(frozen=True)
class Filter:
    parties: frozenset[str] | None = None
    """Ids of the parties shown; None shows every party."""
    year_from: int | None = None
    year_to: int | None = None
    """Inclusive years; None leaves that side open."""

    def shows_party(self, party_id: str) -> bool:
        return self.parties is None or party_id in self.parties

    def day_range(self) -> tuple[int | None, int | None]:
        """[first day, day after the last) of the year range; None where open."""
        start = first_day_of_month(self.year_from, 1) if self.year_from else None
        stop = first_day_of_month(self.year_to + 1, 1) if self.year_to else None
        return start, stop


@dataclass(frozen=True, eq=False)
class Lane:
    party: int
    """Index of the party in the timeline."""
    events: np.ndarray
    """Indices of the lane's events inside the year range, sorted by start."""
    start: np.ndarray
    stop: np.ndarray
    is_range: np.ndarray
    """The timeline's per-event arrays taken at `events`, for drawing."""
    titled: np.ndarray
    """Per event: whether its title is written in this lane, the first lane
    shown that holds it (its other lanes show the marker, joined by a line)."""

    @classmethod
    def of(cls, timeline: Timeline, party: int, events: np.ndarray, titled: np.ndarray) -> Lane:
        return cls(
            party,
            events,
            timeline.start[events],
            timeline.stop[events],
            timeline.is_range[events],
            titled,
        )


@dataclass(frozen=True, eq=False)
class FilteredTimeline:
    timeline: Timeline
    filter: Filter
    lanes: tuple[Lane, ...]
    domain: tuple[float, float]
    """Days the view spans when it shows everything: [first, last)."""
    counts: dict[str, int] = field(repr=False)
    """Per party id: its events inside the year range, shown or not."""

    @cached_property
    def events(self) -> np.ndarray:
        """Every event shown in some lane, in time order (start, then file order)."""
        if not self.lanes:
            return np.empty(0, np.int64)
        shown = np.unique(np.concatenate([lane.events for lane in self.lanes]))
        order = np.lexsort((shown, self.timeline.start[shown]))
        return shown[order]

    def lane_of(self, party_id: str) -> Lane | None:
        k = self.timeline.party_index.get(party_id)
        return next((lane for lane in self.lanes if lane.party == k), None)


def apply_filter(timeline: Timeline, view_filter: Filter) -> FilteredTimeline:
    range_start, range_stop = view_filter.day_range()
    lanes, counts = [], {}
    titled_above = np.zeros(len(timeline.events), bool)
    for k, party in enumerate(timeline.parties):
        events = timeline.lanes[k]
        if range_start is not None or range_stop is not None:
            keep = np.ones(len(events), bool)
            if range_start is not None:
                keep &= timeline.stop[events] > range_start
            if range_stop is not None:
                keep &= timeline.start[events] < range_stop
            events = events[keep]
        counts[party.id] = len(events)
        if view_filter.shows_party(party.id):
            lanes.append(Lane.of(timeline, k, events, ~titled_above[events]))
            titled_above[events] = True
    domain = _domain(timeline, lanes, range_start, range_stop)
    return FilteredTimeline(timeline, view_filter, tuple(lanes), domain, counts)


def _domain(
    timeline: Timeline, lanes: list[Lane], range_start: int | None, range_stop: int | None
) -> tuple[float, float]:
    """The days to fit: the year range where set, else the shown events plus a margin."""
    shown = [lane.events for lane in lanes if len(lane.events)]
    if shown:
        every = np.concatenate(shown)
        first, last = float(timeline.start[every].min()), float(timeline.stop[every].max())
        span = max(last - first, 1.0)
        first, last = first - span * MARGIN_BEFORE, last + span * MARGIN_AFTER
    elif len(timeline.start):
        first, last = float(timeline.start.min()), float(timeline.stop.max())
    else:
        first = last = float(first_day_of_month(2000, 1))
    if range_start is not None:
        first = float(range_start)
    if range_stop is not None:
        last = float(range_stop)
    if range_start is not None and range_stop is None:
        last = max(last, first + MIN_DOMAIN_DAYS)
    if range_stop is not None and range_start is None:
        first = min(first, last - MIN_DOMAIN_DAYS)
    if last - first < MIN_DOMAIN_DAYS:
        middle = (first + last) / 2
        first, last = middle - MIN_DOMAIN_DAYS / 2, middle + MIN_DOMAIN_DAYS / 2
    return max(first, 1.0), last
