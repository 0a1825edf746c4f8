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
    language `lang`, dates in `words`' language."""
    rows = []
    for i in sorted(range(len(timeline.events)), key=lambda i: (timeline.start[i], i)):
        event = timeline.events[i]
        if not event.quotes:
            continue
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
    """Speakers with how many quotes each, most quoted first."""
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
    return [
        row
        for row in rows
        if (speaker is None or row.speaker == speaker)
        and (shown is None or shown[row.event])
        and (as_of is None or row.public <= as_of)
        and all(word in row.folded for word in words)
    ]
