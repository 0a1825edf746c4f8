"""A loaded timeline: the validated document plus the indexes drawing needs.

Built once per file and never changed afterwards. Per event it keeps the day
interval it covers (numpy arrays in file order), and per party the events of
its lane sorted by start, so filtering and drawing are array operations rather
than loops over 100,000 Python objects.
"""

from __future__ import annotations

import colorsys
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, get_args

import numpy as np

from frise.model.dates import day_span
from frise.model.schema import Certainty, Event, Kind, Party, TimelineDoc, text_in

NO_KIND = "none"
"""Stands for the events that give no kind, where kinds are counted or filtered."""
KIND_KEYS: tuple[str, ...] = (*get_args(Kind), NO_KIND)
CERTAINTIES: tuple[str, ...] = get_args(Certainty)

if TYPE_CHECKING:
    from frise.model.sourcing import SourceCounts, SourceTable

# Okabe–Ito, in an order that keeps neighbouring lanes apart; used for parties
# that give no colour of their own.
DEFAULT_COLORS = (
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#CC79A7",
    "#E69F00",
    "#56B4E9",
    "#F0E442",
    "#000000",
    "#999999",
)


@dataclass(frozen=True, eq=False)
class Timeline:
    doc: TimelineDoc
    path: Path | None
    start: np.ndarray
    """First day of each event (day ordinal, int64), in file order."""
    stop: np.ndarray
    """Day after the last day of each event: the end of `end`, else of `date`."""
    is_range: np.ndarray
    """True where the event has an `end`."""
    precision: np.ndarray
    """Precision of each event's date (4, 7 or 10: the length of the string)."""
    revealed: np.ndarray
    """First day of `revealed`, or 0 where the event has none."""
    shared: np.ndarray
    """True where the event belongs to more than one party (shown in several lanes)."""
    colors: tuple[str, ...]
    """"#RRGGBB" per party, in file order."""
    lanes: tuple[np.ndarray, ...]
    """Per party, in file order: indices of its events, sorted by start."""
    party_index: dict[str, int]

    @classmethod
    def build(
        cls,
        doc: TimelineDoc,
        event_index: dict[str, int] | None = None,
        path: Path | None = None,
    ) -> Timeline:
        """The timeline of a validated document; `event_index`, if the
        loader made it already (event id → index), is kept as it is."""
        events = doc.events
        n = len(events)
        # A few passes over the events, each a comprehension; the rest is
        # numpy. Dates repeat (a day, a month), so each is parsed once.
        start, stop, precision = _spans([e.date for e in events])
        is_range = np.zeros(n, bool)
        ends = [(i, e.end) for i, e in enumerate(events) if e.end is not None]
        if ends:
            at = np.array([i for i, _ in ends], np.int64)
            is_range[at] = True
            stop[at] = _spans([end for _, end in ends])[1]
        revealed = np.zeros(n, np.int64)
        shown_later = [(i, e.revealed) for i, e in enumerate(events) if e.revealed is not None]
        if shown_later:
            at = np.array([i for i, _ in shown_later], np.int64)
            revealed[at] = _spans([day for _, day in shown_later])[0]
        counts = np.fromiter((len(e.parties) for e in events), np.int64, n)
        party_index = {p.id: k for k, p in enumerate(doc.parties)}
        lane_of = np.fromiter(
            (party_index[p] for e in events for p in e.parties), np.int64, int(counts.sum())
        )
        timeline = cls(
            doc=doc,
            path=path,
            start=start,
            stop=stop,
            is_range=is_range,
            precision=precision,
            revealed=revealed,
            shared=counts > 1,
            colors=party_colors(doc.parties),
            lanes=_lanes(start, counts, lane_of, len(doc.parties)),
            party_index=party_index,
        )
        if event_index is not None:
            # Where `cached_property` keeps what it computed.
            vars(timeline)["event_index"] = event_index
        return timeline

    @cached_property
    def event_index(self) -> dict[str, int]:
        """Event id → its index (made when first needed: 40 MB at a million events)."""
        ids = [e.id for e in self.events]
        index: dict[str, int] = {}
        # In slices: one `dict(zip(...))` of a million ids is one call that
        # held the interpreter for 1 to 2.5 s on the busy 2-core bench
        # machine, and a window reading on a thread stopped as long.
        for k in range(0, len(ids), _INDEX_SLICE):
            stop = min(k + _INDEX_SLICE, len(ids))
            index.update(zip(ids[k:stop], range(k, stop), strict=True))
        return index

    @property
    def events(self) -> tuple[Event, ...]:
        return self.doc.events

    @property
    def parties(self) -> tuple[Party, ...]:
        return self.doc.parties

    def title(self, lang: str) -> str:
        return text_in(self.doc.title, lang)

    def party_name(self, party_id: str, lang: str) -> str:
        """The party's name, or `party_id` itself for a free name (a quote's speaker)."""
        k = self.party_index.get(party_id)
        return party_id if k is None else text_in(self.doc.parties[k].name, lang)

    @cached_property
    def public_day(self) -> np.ndarray:
        """First day each event was public: its `revealed` date, else its start."""
        from frise.model.asof import public_days

        return public_days(self.start, self.revealed)

    @cached_property
    def claims(self) -> np.ndarray:
        """True where the event is alleged or disputed: one party's account."""
        from frise.model.claims import claim_mask

        return claim_mask(self)

    @cached_property
    def sources(self) -> SourceTable:
        """Every source as flat arrays, for counting independent sources."""
        from frise.model.sourcing import SourceTable

        return SourceTable.of(self)

    @cached_property
    def source_counts(self) -> SourceCounts:
        """Independent sources per event, all of them known."""
        return self.sources.counts()

    @cached_property
    def time_order(self) -> np.ndarray:
        """Every event in time order: by start, then file order."""
        order: np.ndarray = np.lexsort((np.arange(len(self.events)), self.start))
        return order

    @cached_property
    def kind_codes(self) -> np.ndarray:
        """Per event: the index of its kind in `KIND_KEYS` (int8)."""
        code = {key: k for k, key in enumerate(KIND_KEYS)}
        none = code[NO_KIND]
        return np.fromiter(
            (code[e.kind] if e.kind else none for e in self.events), np.int8, len(self.events)
        )

    @cached_property
    def certainty_codes(self) -> np.ndarray:
        """Per event: the index of its certainty in `CERTAINTIES` (int8)."""
        code = {key: k for k, key in enumerate(CERTAINTIES)}
        return np.fromiter((code[e.certainty] for e in self.events), np.int8, len(self.events))

    @cached_property
    def languages(self) -> list[str]:
        """The languages the file's texts are given in (keys of its
        {"en": …, "fr": …} texts), most used first; none for plain strings."""
        counts: Counter[str] = Counter()
        doc = self.doc
        texts: list[object] = [doc.title, doc.description]
        texts += [t for p in doc.parties for t in (p.name, p.description)]
        texts += [t for e in doc.events for t in (e.title, e.summary)]
        texts += [q.translation for e in doc.events for q in e.quotes]
        for text in texts:
            if isinstance(text, dict):
                counts.update(text)
        return [lang for lang, _ in counts.most_common()]

    @cached_property
    def any_revealed(self) -> bool:
        """Whether some event became public later than it happened."""
        return bool(self.revealed.any())

    @cached_property
    def years(self) -> np.ndarray:
        """The years events start in, sorted, once each."""
        days = np.unique(self.start)
        # Day ordinal 719163 is 1 January 1970, numpy's day 0.
        years = (days - 719163).astype("datetime64[D]").astype("datetime64[Y]").astype(np.int64)
        found: np.ndarray = np.unique(years) + 1970
        return found

    @cached_property
    def shared_events(self) -> frozenset[int]:
        """Indices of the events shown in more than one lane."""
        return frozenset(np.flatnonzero(self.shared).tolist())

    def revealed_by(self, i: int) -> list[int]:
        """Events of the timeline through which event `i` became public: those
        dated within its `revealed` period that point back at it, else the
        publications of that period by a party that claims it."""
        event = self.events[i]
        if not event.revealed:
            return []
        first, end, _ = day_span(event.revealed)
        candidates = [
            int(k) for k in np.flatnonzero((self.start >= first) & (self.start < end)) if k != i
        ]
        answering = [
            k for k in candidates if any(link.event == event.id for link in self.events[k].related)
        ]
        if answering:
            return answering
        claimants = set(event.claimed_by)
        return [
            k
            for k in candidates
            if self.events[k].kind == "publication"
            and claimants.intersection(self.events[k].parties)
        ]


_INDEX_SLICE = 20_000


def _spans(dates: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """First day, day after the last, and precision of each date string."""
    codes: dict[str, int] = {}
    which = np.fromiter((codes.setdefault(d, len(codes)) for d in dates), np.int64, len(dates))
    table = np.array([day_span(d) for d in codes], np.int64).reshape(-1, 3)
    spans = table[which]
    return spans[:, 0].copy(), spans[:, 1].copy(), spans[:, 2].astype(np.int8)


def _lanes(
    start: np.ndarray, counts: np.ndarray, lane_of: np.ndarray, parties: int
) -> tuple[np.ndarray, ...]:
    """Per party, the indices of its events sorted by start (then file order);
    `lane_of` holds the lanes of every event in turn, `counts` how many each has."""
    event = np.repeat(np.arange(len(start), dtype=np.int64), counts)
    rank = np.empty(len(start), np.int64)
    rank[np.argsort(start, kind="stable")] = np.arange(len(start))
    order = np.lexsort((rank[event], lane_of))
    bounds = np.searchsorted(lane_of[order], np.arange(parties + 1))
    members = event[order]
    return tuple(members[bounds[k] : bounds[k + 1]].copy() for k in range(parties))


def party_colors(parties: tuple[Party, ...]) -> tuple[str, ...]:
    """Each party's own colour, else the next unused default, else a generated hue."""
    used = {p.color.upper() for p in parties if p.color}
    spare = iter([c for c in DEFAULT_COLORS if c not in used])
    colors = []
    for k, party in enumerate(parties):
        if party.color:
            colors.append(party.color.upper())
            continue
        color = next(spare, None)
        if color is None:
            hue = (k * 0.618033988749895) % 1.0
            r, g, b = colorsys.hls_to_rgb(hue, 0.45, 0.65)
            color = f"#{round(r * 255):02X}{round(g * 255):02X}{round(b * 255):02X}"
        colors.append(color)
    return tuple(colors)
