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
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import numpy as np

from frise.model.dates import day_span
from frise.model.schema import Event, Source
from frise.model.text import url_host

if TYPE_CHECKING:
    from frise.model.timeline import Timeline

TYPE_RANK = {None: 0, "aggregator": 1, "press": 2, "primary": 3}
"""Strength of a source type; an outlet takes its strongest source's type."""
UNKNOWN, AGGREGATOR, PRESS, PRIMARY = 0, 1, 2, 3


def outlet_key(source: Source) -> str:
    """The outlet a source stands for, as a comparable key: the original of a
    copy, else its publisher, else its address's host, else its title."""
    return _key(source.original or source.publisher, source.url, source.title)


def outlet_keys(sources: Sequence[Source]) -> list[str]:
    """`outlet_key` of each source, for many at once: each different name,
    host and title is worked out once (a timeline repeats them)."""
    named = [s.original or s.publisher for s in sources]
    keys = [_normal_key(name) if name else "" for name in named]
    hosted = [
        k for k, (name, s) in enumerate(zip(named, sources, strict=True)) if not name and s.url
    ]
    # Addresses' "host:port" found by the regular expression engine over
    # many at once (an address holds no line break), a slice at a time: over
    # a million addresses, one call held the interpreter for a second, and a
    # window reading the file on a thread stopped as long.
    for begin in range(0, len(hosted), _URLS_AT_ONCE):
        part = hosted[begin : begin + _URLS_AT_ONCE]
        netlocs = _NETLOCS.findall("\n".join([sources[k].url or "" for k in part]))
        if len(netlocs) == len(part):
            for k, netloc in zip(part, netlocs, strict=True):
                keys[k] = _normal_key(_host(netloc)) or _normal_key(sources[k].title or "")
        else:  # an address of another shape: one at a time
            for k in part:
                keys[k] = _key(None, sources[k].url, sources[k].title)
    for k in (k for k, key in enumerate(keys) if not key and not named[k]):
        keys[k] = _key(None, sources[k].url, sources[k].title)
    return keys


def _key(name: str | None, url: str | None, title: str | None) -> str:
    if not name and url:
        netloc = _NETLOC.match(url)
        name = _host(netloc.group(1) if netloc else url)
    if not name:
        name = title or ""
    return _normal_key(name)


_NETLOC = re.compile(r"[^:/?#]+://([^/?#]*)")
_NETLOCS = re.compile(r"^[^:/?#\n]+://([^/?#\n]*)", re.MULTILINE)
_URLS_AT_ONCE = 10_000


@lru_cache(maxsize=4096)
def _host(netloc: str) -> str:
    """The host of an address's "host:port" part, without "www."."""
    try:
        host = urlsplit("//" + netloc).hostname or ""
    except ValueError:  # a malformed address: its outlet is its host as written
        host = netloc.lower()
    return host.removeprefix("www.")


@lru_cache(maxsize=65536)
def _normal_key(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().casefold()


def outlet_name(source: Source) -> str:
    """The outlet's name as written: the original of a copy, else the publisher."""
    if source.original or source.publisher:
        return source.original or source.publisher or ""
    if source.url:
        # In ASCII: "аррӏе.com" in Cyrillic letters is named as what it is.
        return url_host(source.url).removeprefix("www.")
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
        events = timeline.events
        per_event = np.fromiter((len(e.sources) for e in events), np.int64, len(events))
        sources = [s for e in events for s in e.sources]
        # 32 bits a number: at a million sources, 12 MB less than 64.
        event = np.repeat(np.arange(len(events), dtype=np.int32), per_event)
        keys: dict[str, int] = {}
        outlet = np.fromiter(
            (keys.setdefault(key, len(keys)) for key in outlet_keys(sources)),
            np.int32,
            len(sources),
        )
        rank = np.fromiter((TYPE_RANK[s.type] for s in sources), np.int8, len(sources))
        # Known from its own date, else from when its event was public.
        day = timeline.public_day[event].astype(np.int32)
        dated = [(k, s.date) for k, s in enumerate(sources) if s.date]
        if dated:
            firsts = {text: day_span(text)[0] for text in {text for _, text in dated}}
            day[[k for k, _ in dated]] = [firsts[text] for _, text in dated]
        return cls(len(events), event, outlet, rank, day, max(len(keys), 1))

    def counts(self, as_of: int | None = None) -> SourceCounts:
        """Independent sources per event, of those known by the day `as_of`
        (a day ordinal; None: all of them)."""
        event, outlet, rank = self.event, self.outlet, self.rank
        if as_of is not None:
            known = self.day <= as_of
            event, outlet, rank = event[known], outlet[known], rank[known]
        # One entry per (event, outlet), with its strongest type: sorted by
        # pair, strongest first, the first of each pair is kept.
        pair = event.astype(np.int64) * self.outlets + outlet
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
