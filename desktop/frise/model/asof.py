"""The story as it stood on a day: what the public could know then.

An event is public from its `revealed` date if it has one, else from its own
date (the first day of either: a month-precise date counts from its first
day). On a day, the events not yet public are left out, and in an event shown,
its sources dated after that day are held back, as are the quotes read in
them. A day is a day ordinal (`datetime.date.toordinal`). Imports no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from frise.model.dates import day_span
from frise.model.schema import Event

if TYPE_CHECKING:
    from frise.model.timeline import Timeline


def public_days(start: np.ndarray, revealed: np.ndarray) -> np.ndarray:
    """Per event, the first day it was public: `revealed` where set (non-zero),
    else its start."""
    return np.where(revealed > 0, revealed, start)


def as_of_day(text: str) -> int:
    """The day meant by "as known on TEXT": a day is itself; a month or a year
    means its last day (the story as it stood by then). ValueError if TEXT is
    not a date of the format."""
    end = day_span(text)[1]
    return end - 1


def known_mask(timeline: Timeline, day: int) -> np.ndarray:
    """Per event: whether it was public on `day`."""
    return timeline.public_day <= day


def secret_mask(timeline: Timeline, day: int) -> np.ndarray:
    """Per event: whether it had happened by `day` but was not yet public (the
    "not yet known" ghosts)."""
    return (timeline.start <= day) & (timeline.public_day > day)


def newly_public(timeline: Timeline, after: int, day: int) -> np.ndarray:
    """The events that became public after the day `after`, up to `day`."""
    public = timeline.public_day
    return np.flatnonzero((public > after) & (public <= day))


def revelation_days(timeline: Timeline) -> np.ndarray:
    """The days on which something became public, sorted, once each: where a
    replay stops to show what appeared."""
    return np.unique(timeline.public_day)


def next_revelation(timeline: Timeline, day: int, direction: int) -> int | None:
    """The first day after `day` (direction 1) or before it (-1) on which
    something became public; None if there is none."""
    days = revelation_days(timeline)
    if direction > 0:
        k = int(np.searchsorted(days, day, "right"))
        return int(days[k]) if k < len(days) else None
    k = int(np.searchsorted(days, day, "left")) - 1
    return int(days[k]) if k >= 0 else None


@dataclass(frozen=True)
class Known:
    """What of one event was public on a day: indices of its sources and
    quotes shown, and of those held back because they came later."""

    sources: tuple[int, ...]
    held_sources: tuple[int, ...]
    quotes: tuple[int, ...]
    held_quotes: tuple[int, ...]


def source_days(event: Event, public_day: int) -> list[int]:
    """Per source of `event`, the first day it was out: its own date (the first
    day of a month or a year), or, undated, the day the event became public."""
    return [day_span(s.date)[0] if s.date else public_day for s in event.sources]


def quote_days(event: Event, public_day: int) -> list[int]:
    """Per quote of `event`, the first day it was public: the day its source
    was out, or the event's when it names none; never before the event
    itself was public (a month-dated source counts from the month's first day)."""
    out = source_days(event, public_day)
    return [
        max(out[q.source], public_day)
        if q.source is not None and q.source < len(out)
        else public_day
        for q in event.quotes
    ]


def known_parts(event: Event, public_day: int, day: int | None) -> Known:
    """Which sources and quotes of `event` were out by `day` (None: all).

    A source is out from its date (an undated one with the event); a quote
    with its source, or with the event when it names none."""
    every_source = tuple(range(len(event.sources)))
    every_quote = tuple(range(len(event.quotes)))
    if day is None:
        return Known(every_source, (), every_quote, ())
    out = [first <= day for first in source_days(event, public_day)]
    quote_out = [first <= day for first in quote_days(event, public_day)]
    return Known(
        tuple(i for i in every_source if out[i]),
        tuple(i for i in every_source if not out[i]),
        tuple(i for i in every_quote if quote_out[i]),
        tuple(i for i in every_quote if not quote_out[i]),
    )
