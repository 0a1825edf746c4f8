"""What is shown: the filter a user sets, and the lanes and events it leaves.

`Filter` is plain state (which parties, which years, as known on which day,
whose account, how well sourced); `apply_filter` turns it and a timeline into
a `FilteredTimeline`: the lanes to draw, each with its events inside the year
range, and the span of days the view may show. In the "claims" view mode a
lane's alleged and disputed events go to a sub-lane per claimant under it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from frise.model.asof import known_mask, secret_mask
from frise.model.claims import ViewMode, split_by_claimant, told_by_mask
from frise.model.dates import first_day_of_month
from frise.model.sourcing import SourceCounts
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
    as_of: int | None = None
    """Show the story as public on this day (a day ordinal); None: all of it."""
    ghosts: bool = False
    """With `as_of`: show events that had happened but were not yet public,
    as faint untitled marks."""
    told_by: str | None = None
    """A party id: only the shared ground and this party's own claims."""
    min_sources: int = 0
    """Only events with at least this many independent sources (known by `as_of`)."""

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
    claimant: int | None = None
    """In the claims view, a sub-lane of the party's claims by this claimant
    (a party index, or claims.UNNAMED); None for the lane itself."""

    @classmethod
    def of(
        cls,
        timeline: Timeline,
        party: int,
        events: np.ndarray,
        titled: np.ndarray,
        claimant: int | None = None,
        until: int | None = None,
    ) -> Lane:
        """The lane of `events`; periods still running on the day `until`
        (as known on it) are cut at its end."""
        stop = timeline.stop[events]
        if until is not None:
            stop = np.maximum(np.minimum(stop, until + 1), timeline.start[events] + 1)
        return cls(
            party,
            events,
            timeline.start[events],
            stop,
            timeline.is_range[events],
            titled,
            claimant,
        )

    @property
    def key(self) -> tuple[int, int | None]:
        """Which lane this is, the same across filterings."""
        return self.party, self.claimant


@dataclass(frozen=True, eq=False)
class FilteredTimeline:
    timeline: Timeline
    filter: Filter
    lanes: tuple[Lane, ...]
    domain: tuple[float, float]
    """Days the view spans when it shows everything: [first, last)."""
    counts: dict[str, int] = field(repr=False)
    """Per party id: its events inside the year range, shown or not."""
    mode: ViewMode = "timeline"
    ghost: np.ndarray | None = field(default=None, repr=False)
    """Per event of the timeline: drawn as a "not yet known" ghost (None: no ghosts)."""
    sources: SourceCounts | None = field(default=None, repr=False)
    """Independent sources per event of the timeline, as known on the filter's day."""

    @cached_property
    def events(self) -> np.ndarray:
        """Every event shown in some lane, in time order (start, then file
        order); ghosts are not shown events."""
        if not self.lanes:
            return np.empty(0, np.int64)
        shown = np.unique(np.concatenate([lane.events for lane in self.lanes]))
        if self.ghost is not None:
            shown = shown[~self.ghost[shown]]
        order = np.lexsort((shown, self.timeline.start[shown]))
        return shown[order]

    @cached_property
    def drawn(self) -> np.ndarray:
        """Every event in some lane, ghosts included, in time order."""
        if self.ghost is None:
            return self.events
        if not self.lanes:
            return np.empty(0, np.int64)
        drawn = np.unique(np.concatenate([lane.events for lane in self.lanes]))
        return drawn[np.lexsort((drawn, self.timeline.start[drawn]))]

    def lane_of(self, party_id: str) -> Lane | None:
        k = self.timeline.party_index.get(party_id)
        return next((lane for lane in self.lanes if lane.party == k), None)


def apply_filter(
    timeline: Timeline, view_filter: Filter, mode: ViewMode = "timeline"
) -> FilteredTimeline:
    range_start, range_stop = view_filter.day_range()
    as_of = view_filter.as_of
    sources = timeline.source_counts if as_of is None else timeline.sources.counts(as_of)
    wanted, ghost = _wanted(timeline, view_filter, sources)
    lanes, counts = [], {}
    titled_above = np.zeros(len(timeline.events), bool)
    if ghost is not None:
        titled_above |= ghost  # untitled everywhere
    for k, party in enumerate(timeline.parties):
        events = timeline.lanes[k]
        if range_start is not None or range_stop is not None:
            keep = np.ones(len(events), bool)
            if range_start is not None:
                keep &= timeline.stop[events] > range_start
            if range_stop is not None:
                keep &= timeline.start[events] < range_stop
            events = events[keep]
        if wanted is not None:
            events = events[wanted[events]]
        counts[party.id] = len(events) if ghost is None else int((~ghost[events]).sum())
        if not view_filter.shows_party(party.id):
            continue
        groups = split_by_claimant(timeline, events) if mode == "claims" else [(None, events)]
        for claimant, members in groups:
            lanes.append(
                Lane.of(timeline, k, members, ~titled_above[members], claimant, until=as_of)
            )
            titled_above[members] = True
    domain = _domain(timeline, lanes, range_start, range_stop, as_of)
    return FilteredTimeline(
        timeline, view_filter, tuple(lanes), domain, counts, mode, ghost, sources
    )


def _wanted(
    timeline: Timeline, view_filter: Filter, sources: SourceCounts
) -> tuple[np.ndarray | None, np.ndarray | None]:
    """Per event, whether the as-of, claimant and sourcing filters keep it
    (None: all), and whether it is kept as a ghost (None: no ghost)."""
    wanted: np.ndarray | None = None
    ghost: np.ndarray | None = None

    def narrow(mask: np.ndarray) -> None:
        nonlocal wanted
        wanted = mask if wanted is None else wanted & mask

    if view_filter.as_of is not None:
        known = known_mask(timeline, view_filter.as_of)
        if view_filter.ghosts:
            ghost = secret_mask(timeline, view_filter.as_of)
            narrow(known | ghost)
        else:
            narrow(known)
    if view_filter.told_by is not None:
        narrow(told_by_mask(timeline, view_filter.told_by))
    if view_filter.min_sources > 0:
        enough = sources.at_least(view_filter.min_sources)
        # A ghost is shown for what it hides, not for its sources.
        narrow(enough if ghost is None else enough | ghost)
    return wanted, ghost


def _domain(
    timeline: Timeline,
    lanes: list[Lane],
    range_start: int | None,
    range_stop: int | None,
    as_of: int | None = None,
) -> tuple[float, float]:
    """The days to fit: the year range where set, else the shown events plus a
    margin; as known on a day, reaching that day."""
    shown = [lane for lane in lanes if len(lane.events)]
    if shown:
        first = float(min(lane.start[0] for lane in shown))
        last = float(max(lane.stop.max() for lane in shown))
        if as_of is not None:
            last = max(last, as_of + 1.0)
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
