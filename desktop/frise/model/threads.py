"""Threads: events linked by their relations, followed both ways.

Pure. A file says, on the later event, that it responds to, amends, withdraws
or follows another; `RelationGraph` keeps those links both ways, so an event
knows what it answers and what answers it. A thread is every event reached
by following links either way (the suit, its withdrawal, the refiling, the
amended complaint, the replies to each). Walking a thread goes through its
events in time order. `delay` says how long after the event it names a
linked event came, at the precision both dates allow (a reply: after what it
answers became public, `public_delay`), and `format_delay` words it ("+3
days", « +3 jours »).
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from frise.model.dates import Precision, day_span, parse_date
from frise.model.i18n import QT_TRANSLATE_NOOP, SOURCE_WORDS, Words
from frise.model.schema import Relation
from frise.model.timeline import Timeline

REVERSE: dict[str, str] = {
    "responds-to": "responded-by",
    "amends": "amended-by",
    "withdraws": "withdrawn-by",
    "follows": "followed-by",
}
"""Each relation as seen from the event it names (named by `i18n.relation_name`)."""


@dataclass(frozen=True, slots=True)
class Link:
    source: int
    """The event that states the relation (the later one, as files are written)."""
    target: int
    """The event it names."""
    relation: Relation


class RelationGraph:
    """Every link of a timeline, from both ends, and the threads they make."""

    def __init__(self, timeline: Timeline) -> None:
        self.timeline = timeline
        outgoing: dict[int, list[Link]] = {}
        incoming: dict[int, list[Link]] = {}
        index = timeline.event_index
        for i, event in enumerate(timeline.events):
            for related in event.related:
                target = index.get(related.event)
                if target is None or target == i:
                    continue
                link = Link(i, target, related.relation)
                outgoing.setdefault(i, []).append(link)
                incoming.setdefault(target, []).append(link)
        self._outgoing = outgoing
        self._incoming = incoming

    def outgoing(self, event: int) -> list[Link]:
        """The links event `event` states (what it responds to, amends, …)."""
        return self._outgoing.get(event, [])

    def incoming(self, event: int) -> list[Link]:
        """The links naming event `event` (what responds to it, …)."""
        return self._incoming.get(event, [])

    def links_of(self, event: int) -> list[Link]:
        """Every link touching `event`, the ones it states first."""
        return self.outgoing(event) + self.incoming(event)

    def links_within(self, events: np.ndarray) -> list[Link]:
        """Every link whose two ends are among `events`."""
        members = set(events.tolist())
        return [
            link
            for source in sorted(members & self._outgoing.keys())
            for link in self._outgoing[source]
            if link.target in members
        ]

    @cached_property
    def _thread_of(self) -> dict[int, int]:
        """Event → a representative of its thread, for events with links
        (union–find over the links)."""
        parent: dict[int, int] = {}

        def root(x: int) -> int:
            parent.setdefault(x, x)
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for links in self._outgoing.values():
            for link in links:
                a, b = root(link.source), root(link.target)
                if a != b:
                    parent[max(a, b)] = min(a, b)
        return {x: root(x) for x in parent}

    @cached_property
    def _threads(self) -> dict[int, np.ndarray]:
        """Representative → its thread's events in time order."""
        members: dict[int, list[int]] = {}
        for event, rep in self._thread_of.items():
            members.setdefault(rep, []).append(event)
        start = self.timeline.start
        return {
            rep: np.array(sorted(events, key=lambda e: (start[e], e)), np.int64)
            for rep, events in members.items()
        }

    def thread(self, event: int) -> np.ndarray:
        """The events of `event`'s thread, in time order (start, then file
        order); just `event` when it has no links."""
        rep = self._thread_of.get(event)
        return np.array([event], np.int64) if rep is None else self._threads[rep]

    def step(self, event: int, direction: int) -> int | None:
        """The next (1) or previous (-1) event of `event`'s thread in time
        order, or None at either end (or without a thread)."""
        members = self.thread(event)
        found = np.flatnonzero(members == event)
        k = int(found[0]) + direction
        return int(members[k]) if 0 <= k < len(members) else None


def arcs_to_draw(
    graph: RelationGraph, selected: int | None, thread: np.ndarray | None = None
) -> tuple[Link, ...]:
    """The relations a view draws: with a thread shown alone, every link
    within it; else those of the selected event."""
    if thread is not None:
        return tuple(graph.links_within(thread))
    return () if selected is None else tuple(graph.links_of(selected))


def thread_ids(timeline: Timeline, event: int) -> frozenset[str]:
    """The ids of the events of `event`'s thread (for `Filter.thread`)."""
    members = relation_graph(timeline).thread(event)
    return frozenset(timeline.events[i].id for i in members.tolist())


_graphs: weakref.WeakKeyDictionary[Timeline, RelationGraph] = weakref.WeakKeyDictionary()


def relation_graph(timeline: Timeline) -> RelationGraph:
    """The timeline's graph, built once (timelines never change)."""
    graph = _graphs.get(timeline)
    if graph is None:
        graph = _graphs[timeline] = RelationGraph(timeline)
    return graph


# --- how long after ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Delay:
    days: int
    """From the start of the earlier date to the start of the later one
    (negative if the answer is dated before what it names)."""
    months: int
    """Calendar months between the two dates' months."""
    years: int
    precision: Precision
    """The coarser of the two dates' precisions: what the delay can say."""


def delay(timeline: Timeline, later: int, earlier: int) -> Delay:
    """How long after event `earlier` event `later` came (for a link: its
    source after its target), at the precision both dates allow."""
    a = parse_date(timeline.events[earlier].date)
    b = parse_date(timeline.events[later].date)
    precision = Precision(min(a.precision, b.precision))
    return Delay(
        days=int(timeline.start[later] - timeline.start[earlier]),
        months=(b.year - a.year) * 12 + (b.month or 1) - (a.month or 1),
        years=b.year - a.year,
        precision=precision,
    )


def public_delay(timeline: Timeline, later: int, earlier: int) -> Delay:
    """How long after event `earlier` became public (its `revealed` date,
    else its date) event `later` came, at the precision both dates allow."""
    known = timeline.events[earlier].revealed or timeline.events[earlier].date
    a = parse_date(known)
    b = parse_date(timeline.events[later].date)
    return Delay(
        days=int(timeline.start[later]) - day_span(known)[0],
        months=(b.year - a.year) * 12 + (b.month or 1) - (a.month or 1),
        years=b.year - a.year,
        precision=Precision(min(a.precision, b.precision)),
    )


def link_delay(timeline: Timeline, link: Link) -> Delay:
    """How long after the event it names a link's source came; for a reply
    (`responds-to`), after that event became public: no one answers what is
    not yet known (a 2026 answer to 2017 notes unsealed in 2026 is prompt)."""
    if link.relation == "responds-to":
        return public_delay(timeline, link.source, link.target)
    return delay(timeline, link.source, link.target)


DAYS_PER_MONTH, DAYS_PER_YEAR = 30.436875, 365.2425

_DELAY = "how long after an event another came"
_DELAYS = {
    "day": QT_TRANSLATE_NOOP("words", "{sign}%n day(s)", "how long after an event another came", 1),
    "month": QT_TRANSLATE_NOOP(
        "words", "{sign}%n month(s)", "how long after an event another came", 1
    ),
    "year": QT_TRANSLATE_NOOP(
        "words", "{sign}%n year(s)", "how long after an event another came", 1
    ),
}
_SAME = {
    "day": QT_TRANSLATE_NOOP("words", "same day", "how long after an event another came"),
    "month": QT_TRANSLATE_NOOP("words", "same month", "how long after an event another came"),
    "year": QT_TRANSLATE_NOOP("words", "same year", "how long after an event another came"),
}


def delay_amount(value: Delay) -> tuple[int, str]:
    """The delay as an amount of "day", "month" or "year": days up to two
    months, then months up to two years, then years; never finer than the
    dates are."""
    if value.precision == Precision.DAY:
        # Counted from the days: 29 Feb to 11 Jun is 3 months, not 4.
        if abs(value.days) < 62:
            return value.days, "day"
        if abs(value.days) < 730:
            return round(value.days / DAYS_PER_MONTH), "month"
        return round(value.days / DAYS_PER_YEAR), "year"
    if value.precision == Precision.MONTH and abs(value.months) < 24:
        return value.months, "month"
    return value.years, "year"


def format_delay(value: Delay, words: Words = SOURCE_WORDS) -> str:
    """ "+3 days", "+5 months", "+2 years", "same day"; in French « +3 jours »,
    « +5 mois », « +2 ans », « le même jour » (units as `delay_amount` chooses)."""
    amount, unit = delay_amount(value)
    if amount == 0:
        return words.tr(_SAME[unit], _DELAY)
    sign = "+" if amount > 0 else "−"
    return words.tr(_DELAYS[unit], _DELAY, abs(amount)).format(sign=sign)


def delay_length(value: Delay, words: Words = SOURCE_WORDS) -> str:
    """How long, without a sign: "5 days", "3 months", "0 days" (« 5 jours »)."""
    amount, unit = delay_amount(value)
    return words.tr(_DELAYS[unit], _DELAY, abs(amount)).format(sign="")
