"""How well each event is sourced: independent outlets, and of which type.

Two sources are one outlet when they name the same outlet: a syndicated or
wire copy counts with the report it carries (its `original`), so the same
Reuters story on three sites is one source. An event's outlets each take the
strongest type among their sources (primary, then press, then aggregator;
a source of no stated type counts as an outlet of unknown type).

The counts are computed for the whole timeline at once, from flat arrays built
once per timeline (`SourceTable`), and again for an "as known on" day, when
sources dated after it are left out. Imports no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import numpy as np

from frise.model.dates import day_span
from frise.model.schema import Event, Source

if TYPE_CHECKING:
    from frise.model.timeline import Timeline

TYPE_RANK = {None: 0, "aggregator": 1, "press": 2, "primary": 3}
"""Strength of a source type; an outlet takes its strongest source's type."""
UNKNOWN, AGGREGATOR, PRESS, PRIMARY = 0, 1, 2, 3


def outlet_key(source: Source) -> str:
    """The outlet a source stands for, as a comparable key: the original of a
    copy, else its publisher, else its address's host, else its title."""
    name = source.original or source.publisher
    if not name and source.url:
        name = urlsplit(source.url).hostname or ""
        name = name.removeprefix("www.")
    if not name:
        name = source.title or ""
    return re.sub(r"\s+", " ", name).strip().casefold()


def outlet_name(source: Source) -> str:
    """The outlet's name as written: the original of a copy, else the publisher."""
    if source.original or source.publisher:
        return source.original or source.publisher or ""
    if source.url:
        return (urlsplit(source.url).hostname or "").removeprefix("www.")
    return source.title or ""


@dataclass(frozen=True)
class Outlet:
    """One independent source of an event: the sources that carry it."""

    name: str
    type: int
    """UNKNOWN, AGGREGATOR, PRESS or PRIMARY: its strongest source's type."""
    sources: tuple[int, ...]
    """Indices into the event's sources."""


def outlets(event: Event, shown: Sequence[int] | None = None) -> list[Outlet]:
    """The event's independent sources, in the order their first source is
    listed; only the sources at `shown` (indices) when given."""
    indices = range(len(event.sources)) if shown is None else shown
    groups: dict[str, list[int]] = {}
    for i in indices:
        groups.setdefault(outlet_key(event.sources[i]), []).append(i)
    result = []
    for members in groups.values():
        kind = max(TYPE_RANK[event.sources[i].type] for i in members)
        copies = [i for i in members if event.sources[i].original]
        name = outlet_name(event.sources[(copies or members)[0]])
        result.append(Outlet(name, kind, tuple(members)))
    return result


@dataclass(frozen=True, eq=False)
class SourceCounts:
    """Per event of a timeline (file order): how many independent sources it
    has, in all and by type."""

    independent: np.ndarray
    primary: np.ndarray
    press: np.ndarray
    aggregator: np.ndarray
    unknown: np.ndarray

    def at_least(self, n: int) -> np.ndarray:
        enough: np.ndarray = self.independent >= n
        return enough

    def weak(self) -> np.ndarray:
        """Events resting on one source or none, or on aggregators only."""
        aggregators_only = (self.aggregator > 0) & (self.aggregator == self.independent)
        weak: np.ndarray = (self.independent <= 1) | aggregators_only
        return weak


@dataclass(frozen=True, eq=False)
class SourceTable:
    """Every source of a timeline as flat arrays, one entry per source."""

    events: int
    """How many events the timeline has."""
    event: np.ndarray
    """The event each source belongs to."""
    outlet: np.ndarray
    """Its outlet, as a number shared by every source naming the same outlet."""
    rank: np.ndarray
    """Its type's strength (TYPE_RANK)."""
    day: np.ndarray
    """The first day it is known from: its own date, else its event's public day."""
    outlets: int

    @classmethod
    def of(cls, timeline: Timeline) -> SourceTable:
        keys: dict[str, int] = {}
        event, outlet, rank, day = [], [], [], []
        public = timeline.public_day
        for i, e in enumerate(timeline.events):
            for source in e.sources:
                event.append(i)
                outlet.append(keys.setdefault(outlet_key(source), len(keys)))
                rank.append(TYPE_RANK[source.type])
                day.append(day_span(source.date)[0] if source.date else int(public[i]))
        return cls(
            len(timeline.events),
            np.array(event, np.int64),
            np.array(outlet, np.int64),
            np.array(rank, np.int8),
            np.array(day, np.int64),
            max(len(keys), 1),
        )

    def counts(self, as_of: int | None = None) -> SourceCounts:
        """Independent sources per event, of those known by the day `as_of`
        (a day ordinal; None: all of them)."""
        event, outlet, rank = self.event, self.outlet, self.rank
        if as_of is not None:
            known = self.day <= as_of
            event, outlet, rank = event[known], outlet[known], rank[known]
        # One entry per (event, outlet), with its strongest type: sorted by
        # pair, strongest first, the first of each pair is kept.
        pair = event * self.outlets + outlet
        order = np.lexsort((-rank.astype(np.int64), pair))
        pair, rank = pair[order], rank[order]
        first = np.ones(len(pair), bool)
        first[1:] = pair[1:] != pair[:-1]
        best_event = pair[first] // self.outlets
        best_rank = rank[first]
        n = self.events

        def count(where: np.ndarray) -> np.ndarray:
            return np.bincount(best_event[where], minlength=n).astype(np.int32)

        return SourceCounts(
            independent=np.bincount(best_event, minlength=n).astype(np.int32),
            primary=count(best_rank == PRIMARY),
            press=count(best_rank == PRESS),
            aggregator=count(best_rank == AGGREGATOR),
            unknown=count(best_rank == UNKNOWN),
        )


@dataclass(frozen=True)
class Weakness:
    event: int
    independent: int
    aggregators_only: bool


def weakly_sourced(timeline: Timeline) -> list[Weakness]:
    """The events resting on one independent source (or none), or on
    aggregators only, in time order: what `frise check --report` lists."""
    counts = timeline.source_counts
    weak = np.flatnonzero(counts.weak())
    order = weak[np.argsort(timeline.start[weak], kind="stable")]
    return [
        Weakness(
            int(i),
            int(counts.independent[i]),
            bool(counts.aggregator[i] and counts.aggregator[i] == counts.independent[i]),
        )
        for i in order
    ]
