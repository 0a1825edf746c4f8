"""Every quote of a timeline as rows for the quote explorer, and their filtering.

Pure: rows are built once per timeline and language, then filtered by speaker,
by text (case- and accent-insensitive, in the quote and its translation),
to the events the window's filter shows, and to what was public on the day
the story is shown as known on (a quote is out with its source, as the details
panel holds it back: `asof.quote_days`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import compress
from weakref import WeakKeyDictionary

import numpy as np

from frise.model.asof import quote_days
from frise.model.dates import parse_date
from frise.model.i18n import SOURCE_WORDS, Words
from frise.model.schema import text_in
from frise.model.search import fold
from frise.model.timeline import Timeline


@dataclass(frozen=True, slots=True)
class QuoteRow:
    event: int
    """Index of the event the quote belongs to."""
    quote: int
    """Index of the quote within its event."""
    day: int
    date: str
    speaker: str
    text: str
    translation: str
    lang: str
    folded: str
    """Speaker, quote and translation, folded for searching."""
    public: int = 0
    """The first day the quote was public (a day ordinal)."""


def quote_rows(timeline: Timeline, lang: str, words: Words = SOURCE_WORDS) -> list[QuoteRow]:
    """Every quote, in time order (then file order): text in the data
    language `lang`, dates in `words`' language. Kept per timeline and
    languages: a window reading a file in the background asks for them
    there first, so showing the file asks for nothing new."""
    kept = _rows.setdefault(timeline, {})
    rows = kept.get((lang, words.lang))
    if rows is None:
        rows = kept[lang, words.lang] = _quote_rows(timeline, lang, words)
    return rows


_rows: WeakKeyDictionary[Timeline, dict[tuple[str, str], list[QuoteRow]]] = WeakKeyDictionary()


def _quote_rows(timeline: Timeline, lang: str, words: Words) -> list[QuoteRow]:
    events = timeline.events
    quoted = np.fromiter((bool(e.quotes) for e in events), bool, len(events))
    rows = []
    for i in timeline.time_order[quoted[timeline.time_order]].tolist():
        event = events[i]
        date = parse_date(event.date).format(words)
        public = quote_days(event, int(timeline.public_day[i]))
        for k, quote in enumerate(event.quotes):
            translation = text_in(quote.translation, lang) if quote.translation else ""
            speaker = timeline.party_name(quote.speaker, lang)
            rows.append(
                QuoteRow(
                    i,
                    k,
                    int(timeline.start[i]),
                    date,
                    speaker,
                    quote.text,
                    translation,
                    quote.lang,
                    fold(f"{speaker} {quote.text} {translation}"),
                    public[k],
                )
            )
    return rows


def speakers(rows: list[QuoteRow]) -> list[tuple[str, int]]:
    """Speakers with how many quotes each, most quoted first (kept for the
    last lists of rows asked about: a timeline's rows are asked again)."""
    kept = _speakers.get(id(rows))
    if kept is not None and kept[0] is rows:
        return kept[1]
    if len(_speakers) > 8:
        _speakers.clear()
    found = _count_speakers(rows)
    _speakers[id(rows)] = (rows, found)
    return found


_speakers: dict[int, tuple[list[QuoteRow], list[tuple[str, int]]]] = {}


def _count_speakers(rows: list[QuoteRow]) -> list[tuple[str, int]]:
    counts = Counter(row.speaker for row in rows)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold()))


def filter_quotes(
    rows: list[QuoteRow],
    speaker: str | None = None,
    text: str = "",
    shown: np.ndarray | None = None,
    as_of: int | None = None,
) -> list[QuoteRow]:
    """The rows of `speaker` (None: anyone) holding every word of `text`,
    of events `shown` lets through (a bool per event; None: every event),
    public by the day `as_of` (None: whenever)."""
    words = fold(text).split()
    if speaker is None and not words and as_of is None:
        if shown is None:
            return list(rows)
        # A filter change at a million events: no Python test per row.
        events = np.fromiter((row.event for row in rows), np.int64, len(rows))
        return list(compress(rows, shown[events].tolist()))
    return [
        row
        for row in rows
        if (speaker is None or row.speaker == speaker)
        and (shown is None or shown[row.event])
        and (as_of is None or row.public <= as_of)
        and all(word in row.folded for word in words)
    ]
