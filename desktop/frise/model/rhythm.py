"""Reply rhythm: who answered what, and how long they took.

Pure. A reply is a `responds-to` relation: the event stating it answers the
event it names. `withdraws` and `amends` are not replies (a party withdrawing
or amending its own filing answers no one), nor is `follows` (what came next,
not an answer).

Who replied is the reply's first party: the lane an event is titled in, the
party acting, as the file lists it. The delay runs from the day the answered
event became public (its `revealed` date when it came out later: no one
answers what is not yet known) to the reply's date, at the precision both
dates allow; `threads.delay_amount` words it.

As known on a day, a reply not yet public is left out, as the rest of the
story is (`asof`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from frise.model.dates import Precision
from frise.model.i18n import QT_TRANSLATE_NOOP, SOURCE_WORDS, Words
from frise.model.threads import (
    Delay,
    delay_amount,
    delay_length,
    format_delay,
    public_delay,
    relation_graph,
)
from frise.model.timeline import Timeline

REPLY = "responds-to"


@dataclass(frozen=True, slots=True)
class Reply:
    reply: int
    """The event that answers."""
    answered: int
    """The event it answers."""
    party: int
    """Who replied: the reply's first party (an index into `timeline.parties`)."""
    day: int
    """The reply's first day (a day ordinal)."""
    delay: Delay
    """From the day the answered event became public to the reply's date."""


def reply_of(timeline: Timeline, reply: int, answered: int) -> Reply:
    """Event `reply` as the answer to event `answered`."""
    party = timeline.party_index[timeline.events[reply].parties[0]]
    return Reply(
        reply, answered, party, int(timeline.start[reply]), public_delay(timeline, reply, answered)
    )


def _known(timeline: Timeline, event: int, as_of: int | None) -> bool:
    return as_of is None or int(timeline.public_day[event]) <= as_of


def replies_to(timeline: Timeline, event: int, as_of: int | None = None) -> list[Reply]:
    """The replies to `event`, in time order (those public by `as_of`)."""
    found = [
        reply_of(timeline, link.source, event)
        for link in relation_graph(timeline).incoming(event)
        if link.relation == REPLY and _known(timeline, link.source, as_of)
    ]
    return sorted(found, key=lambda r: (r.day, r.reply))


def replies_by(timeline: Timeline, event: int) -> list[Reply]:
    """What `event` replies to, as replies (an event may answer several)."""
    return [
        reply_of(timeline, event, link.target)
        for link in relation_graph(timeline).outgoing(event)
        if link.relation == REPLY
    ]


def all_replies(timeline: Timeline, as_of: int | None = None) -> list[Reply]:
    """Every reply of the timeline, in time order (those public by `as_of`)."""
    graph = relation_graph(timeline)
    found = [
        reply_of(timeline, i, link.target)
        for i in range(len(timeline.events))
        for link in graph.outgoing(i)
        if link.relation == REPLY and _known(timeline, i, as_of)
    ]
    # Stable: an event answering several keeps the order its file gives.
    return sorted(found, key=lambda r: (r.day, r.reply))


# --- a party's rhythm ----------------------------------------------------------


@dataclass(frozen=True)
class Rhythm:
    """A party's replies over time, placed on scales every party shares, so
    two parties' strips can be compared."""

    party: int
    replies: tuple[Reply, ...]
    """The party's replies, in time order."""
    first: int
    last: int
    """The days the strip spans: from the first reply of the timeline to the
    last (any party's)."""
    top: int
    """The delay in days at the top of the strip: the first guide (a month,
    a year, two, five, ten) at or over the longest delay of any party."""

    def x(self, day: float) -> float:
        """Where a day lies across the strip, from 0 to 1."""
        span = self.last - self.first
        return 0.5 if span <= 0 else (day - self.first) / span

    def y(self, days: float) -> float:
        """How high a delay of `days` stands, from 0 (the same day) to 1 (the
        top). On a log scale: a week and a year both stay readable."""
        return min(math.log1p(max(days, 0)) / math.log1p(self.top), 1.0)

    def points(self) -> list[tuple[float, float]]:
        """Each reply's mark: (across, up), both from 0 to 1."""
        return [(self.x(r.day), self.y(r.delay.days)) for r in self.replies]

    def guides(self) -> list[tuple[int, Delay]]:
        """Delays worth a guide line across the strip, up to its top: a week,
        a month, a year… (as delays, to be worded)."""
        return [(days, delay) for days, delay in GUIDES if days <= self.top]

    def median_days(self) -> float | None:
        """The median delay in days (None without replies)."""
        if not self.replies:
            return None
        return float(np.median([r.delay.days for r in self.replies]))


def _years(n: int) -> tuple[int, Delay]:
    return round(n * 365.2425), Delay(round(n * 365.2425), 12 * n, n, Precision.YEAR)


GUIDES = (
    (7, Delay(days=7, months=0, years=0, precision=Precision.DAY)),
    (30, Delay(days=30, months=1, years=0, precision=Precision.MONTH)),
    _years(1),
    _years(2),
    _years(5),
    _years(10),
)
"""A week ("7 days"), a month, a year, two, five, ten: the strip's guides."""


def top_of(longest: int) -> int:
    """The first guide from a month up that reaches `longest` days (a party
    answering within days looks quick, not slow, under a month's guide)."""
    return next((days for days, _ in GUIDES[1:] if days >= longest), max(longest, 1))


def party_rhythm(timeline: Timeline, party: int, as_of: int | None = None) -> Rhythm:
    """Party `party`'s replies (public by `as_of`), on the scales of every reply."""
    every = all_replies(timeline, as_of)
    days = [r.day for r in every]
    return Rhythm(
        party=party,
        replies=tuple(r for r in every if r.party == party),
        first=min(days, default=0),
        last=max(days, default=0),
        top=top_of(max((r.delay.days for r in every), default=0)),
    )


# --- in words ------------------------------------------------------------------

_REPLY_WORDS = "who answered an event, and how long after"
_LATER = QT_TRANSLATE_NOOP(
    "words", "{party} replied {delay} later:", "who answered an event, and how long after"
)
_AFTER = QT_TRANSLATE_NOOP(
    "words", "{party} replied {delay} after:", "who answered an event, and how long after"
)
_EARLIER = QT_TRANSLATE_NOOP(
    "words",
    "{party} replied {delay} earlier (as dated):",
    "who answered an event, and how long after",
)
_BEFORE = QT_TRANSLATE_NOOP(
    "words",
    "{party} replied {delay} before (as dated):",
    "who answered an event, and how long after",
)
_SENTENCES = {
    # (the reply came after, said on the reply)
    (True, False): _LATER,
    (True, True): _AFTER,
    (False, False): _EARLIER,
    (False, True): _BEFORE,
}
_SAME = {
    "day": QT_TRANSLATE_NOOP(
        "words", "{party} replied the same day:", "who answered an event, and how long after"
    ),
    "month": QT_TRANSLATE_NOOP(
        "words", "{party} replied the same month:", "who answered an event, and how long after"
    ),
    "year": QT_TRANSLATE_NOOP(
        "words", "{party} replied the same year:", "who answered an event, and how long after"
    ),
}


def reply_sentence(
    timeline: Timeline,
    reply: Reply,
    lang: str,
    words: Words = SOURCE_WORDS,
    on_reply: bool = False,
) -> str:
    """The sentence put before the other event's title: on the answered event
    "OpenAI replied 5 days later:", on the reply `on_reply` "OpenAI replied 5
    days after:" (« OpenAI — réponse 5 jours plus tard : », « … après : »: in
    French no verb agrees with the party, whose name may be plural)."""
    party = timeline.party_name(timeline.parties[reply.party].id, lang)
    amount, unit = delay_amount(reply.delay)
    if amount == 0:
        return words.tr(_SAME[unit], _REPLY_WORDS).format(party=party)
    return words.tr(_SENTENCES[amount > 0, on_reply], _REPLY_WORDS).format(
        party=party, delay=delay_length(reply.delay, words)
    )


_SUMMARY = QT_TRANSLATE_NOOP(
    "words", "%n reply(ies); median delay: {delay}", "a party's replies to other events", 1
)


def rhythm_summary(rhythm: Rhythm, words: Words = SOURCE_WORDS) -> str:
    """ "4 replies; median delay: 2 months" (« 4 réponses ; délai médian :
    2 mois »); "" without replies."""
    median = rhythm.median_days()
    if median is None:
        return ""
    # Day-precise, so `delay_amount` words it from its days.
    typical = Delay(days=round(median), months=0, years=0, precision=Precision.DAY)
    length = delay_length(typical, words) if typical.days else format_delay(typical, words)
    return words.tr(_SUMMARY, "a party's replies to other events", len(rhythm.replies)).format(
        delay=length
    )
