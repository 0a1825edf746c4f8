"""What is shown: the filter a user sets, and the lanes and events it leaves.

`Filter` is plain state (which parties, years, kinds and certainties, as
known on which day, whose account, how well sourced, and whether one thread is
shown alone); `apply_filter` turns it and a timeline into a
`FilteredTimeline`: the lanes to draw, each with the events every part of the
filter lets through, the span of days the view may show, and counts for the
filter panel. The party, kind and certainty counts each apply the other parts
only (how many events ticking a box would show), the way shop filters count.
In the "claims" view mode a lane's alleged and disputed events go to a
sub-lane per claimant under it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from frise.model.asof import known_mask, secret_mask
from frise.model.claims import ViewMode, split_by_claimant, told_by_mask
from frise.model.dates import first_day_of_month
from frise.model.sourcing import SourceCounts
from frise.model.timeline import CERTAINTIES, KIND_KEYS, Timeline

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
    kinds: frozenset[str] | None = None
    """Kinds shown (`KIND_KEYS`: "none" for events that give no kind); None shows all."""
    certainties: frozenset[str] | None = None
    """Certainties shown; None shows all."""
    thread: frozenset[str] | None = None
    """Ids of the events of the one thread shown alone; None shows every event."""

    def shows_party(self, party_id: str) -> bool:
        return self.parties is None or party_id in self.parties

    @property
    def confirmed_only(self) -> bool:
        return self.certainties == CONFIRMED_ONLY

    def day_range(self) -> tuple[int | None, int | None]:
        """[first day, day after the last) of the year range; None where open."""
        start = first_day_of_month(self.year_from, 1) if self.year_from else None
        stop = first_day_of_month(self.year_to + 1, 1) if self.year_to else None
        return start, stop


CONFIRMED_ONLY = frozenset({"confirmed"})


def chosen(keys: Iterable[str], every: tuple[str, ...]) -> frozenset[str] | None:
    """The keys as a filter part: None (show all) when they are all of `every`."""
    keys = frozenset(keys)
    return None if keys >= frozenset(every) else keys


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
    """Per party id: its events the rest of the filter lets through, shown or not."""
    mode: ViewMode = "timeline"
    ghost: np.ndarray | None = field(default=None, repr=False)
    """Per event of the timeline: drawn as a "not yet known" ghost (None: no ghosts)."""
    sources: SourceCounts | None = field(default=None, repr=False)
    """Independent sources per event of the timeline, as known on the filter's day."""
    kind_counts: dict[str, int] = field(default_factory=dict, repr=False)
    """Per kind (`KIND_KEYS`): events the rest of the filter lets through."""
    certainty_counts: dict[str, int] = field(default_factory=dict, repr=False)
    """Per certainty: events the rest of the filter lets through."""

    @cached_property
    def shown(self) -> np.ndarray:
        """True for each event shown in some lane, by event index; ghosts are
        not shown events."""
        mask = np.zeros(len(self.timeline.events), bool)
        for lane in self.lanes:
            mask[lane.events] = True
        if self.ghost is not None:
            mask &= ~self.ghost
        return mask

    @cached_property
    def events(self) -> np.ndarray:
        """Every event shown, in time order (start, then file order)."""
        order = self.timeline.time_order
        shown: np.ndarray = order[self.shown[order]]
        return shown

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
    n = len(timeline.events)
    # What the parts of the filter that have no counts of their own let through.
    rest = np.ones(n, bool) if wanted is None else wanted.copy()
    if range_start is not None:
        rest &= timeline.stop > range_start
    if range_stop is not None:
        rest &= timeline.start < range_stop
    if view_filter.thread is not None:
        thread = np.zeros(n, bool)
        found = [timeline.event_index.get(event_id) for event_id in view_filter.thread]
        thread[[i for i in found if i is not None]] = True
        rest &= thread
    kinds = _one_of(timeline.kind_codes, KIND_KEYS, view_filter.kinds)
    certainties = _one_of(timeline.certainty_codes, CERTAINTIES, view_filter.certainties)
    keep = rest & kinds & certainties
    lanes, counts = [], {}
    in_parties = np.zeros(n, bool)
    titled_above = np.zeros(n, bool)
    if ghost is not None:
        titled_above |= ghost  # untitled everywhere
    for k, party in enumerate(timeline.parties):
        events = timeline.lanes[k]
        events = events[keep[events]]
        counts[party.id] = len(events) if ghost is None else int((~ghost[events]).sum())
        if not view_filter.shows_party(party.id):
            continue
        in_parties[timeline.lanes[k]] = True
        groups = split_by_claimant(timeline, events) if mode == "claims" else [(None, events)]
        for claimant, members in groups:
            lanes.append(
                Lane.of(timeline, k, members, ~titled_above[members], claimant, until=as_of)
            )
            titled_above[members] = True
    counted = rest & in_parties if ghost is None else rest & in_parties & ~ghost
    kind_counts = _count(timeline.kind_codes[counted & certainties], KIND_KEYS)
    certainty_counts = _count(timeline.certainty_codes[counted & kinds], CERTAINTIES)
    domain = _domain(timeline, lanes, range_start, range_stop, as_of)
    return FilteredTimeline(
        timeline,
        view_filter,
        tuple(lanes),
        domain,
        counts,
        mode,
        ghost,
        sources,
        kind_counts,
        certainty_counts,
    )


def _one_of(codes: np.ndarray, keys: tuple[str, ...], shown: frozenset[str] | None) -> np.ndarray:
    """True where the code is one of the keys shown (all when `shown` is None)."""
    if shown is None:
        return np.ones(len(codes), bool)
    table = np.array([key in shown for key in keys])
    kept: np.ndarray = table[codes]
    return kept


def _count(codes: np.ndarray, keys: tuple[str, ...]) -> dict[str, int]:
    counts = np.bincount(codes, minlength=len(keys)).tolist()
    return dict(zip(keys, counts, strict=True))


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
