"""Dates of the timeline format: "YYYY", "YYYY-MM" or "YYYY-MM-DD".

The length of the string is the date's precision. A date stands for the whole
period it names (a year, a month or a day); on the time axis it is placed by
day ordinals (`datetime.date.toordinal`, 1 = 1 January of year 1), so a period
is the half-open interval ``[first_day, end_day)``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache

DATE_PATTERN = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
DATE_HINT = 'must be "YYYY", "YYYY-MM" or "YYYY-MM-DD"'

MONTHS_SHORT = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "fr": (
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ),
}


class Precision(IntEnum):
    YEAR = 4
    MONTH = 7
    DAY = 10


@dataclass(frozen=True, slots=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    @property
    def first_day(self) -> int:
        return dt.date(self.year, self.month or 1, self.day or 1).toordinal()

    @property
    def end_day(self) -> int:
        """The day after the last day of the period (exclusive end)."""
        if self.day is not None:
            return self.first_day + 1
        if self.month is not None:
            return first_day_of_month(self.year, self.month + 1)
        return first_day_of_month(self.year + 1, 1)

    def format(self, lang: str = "en") -> str:
        """The date at its own precision: "2018", "Feb 2024", "29 Feb 2024"."""
        if self.month is None:
            return f"{self.year}"
        months = MONTHS_SHORT.get(lang, MONTHS_SHORT["en"])
        month = f"{months[self.month - 1]} {self.year}"
        if self.day is None:
            return month
        if lang == "fr" and self.day == 1:
            return f"1er {month}"
        return f"{self.day} {month}"

    def __str__(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)


def first_day_of_month(year: int, month: int) -> int:
    """Ordinal of the first day of a month; month 13 rolls into the next year.

    Year 10000 is past `datetime`'s range, so its first day is computed from the
    last day of 9999.
    """
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    if year > dt.MAXYEAR:
        return dt.date.max.toordinal() + 1
    return dt.date(year, month, 1).toordinal()


@lru_cache(maxsize=65536)
def parse_date(text: str) -> PartialDate:
    """Parse a date string of the format; ValueError names what is wrong.

    The shape ("YYYY-MM") is checked by the schema before; this checks that the
    date exists in the calendar. Cached: big timelines repeat their dates.
    """
    try:
        parts = [int(p) for p in text.split("-")]
    except ValueError:
        raise ValueError(f'"{text}" {DATE_HINT}') from None
    if len(parts) > 3 or len(text) not in (4, 7, 10):
        raise ValueError(f'"{text}" {DATE_HINT}')
    year, *rest = parts
    month = rest[0] if rest else None
    day = rest[1] if len(rest) > 1 else None
    if year < dt.MINYEAR:
        raise ValueError(f'"{text}": the year must be 0001 or later')
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f'"{text}": there is no month {month:02d}')
    if month is not None and day is not None:
        try:
            dt.date(year, month, day)
        except ValueError:
            raise ValueError(f'"{text}" is not a real calendar date') from None
    return PartialDate(year, month, day)


def format_span(date: str, end: str | None, lang: str = "en") -> str:
    """An event's dates at their precision: "29 Feb 2024", "Apr 2026 – 14 May 2026"."""
    text = parse_date(date).format(lang)
    return f"{text} – {parse_date(end).format(lang)}" if end else text


@lru_cache(maxsize=65536)
def day_span(text: str) -> tuple[int, int, Precision]:
    """(first day, day after the last day, precision) of a date string."""
    if len(text) == 10 and text[4] == "-":
        # Most dates are days: let the C date parser take them; a date it
        # refuses goes the long way, which says what is wrong with it.
        try:
            first = dt.date.fromisoformat(text).toordinal()
        except ValueError:
            pass
        else:
            return first, first + 1, Precision.DAY
    date = parse_date(text)
    return date.first_day, date.end_day, date.precision


def date_of_day(day: float) -> dt.date:
    """The calendar date containing a (possibly fractional) day ordinal."""
    ordinal = min(max(int(day), 1), dt.date.max.toordinal())
    return dt.date.fromordinal(ordinal)
