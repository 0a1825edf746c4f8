"""Dates of the timeline format: "YYYY", "YYYY-MM" or "YYYY-MM-DD".

The length of the string is the date's precision. A date stands for the whole
period it names (a year, a month or a day); on the time axis it is placed by
day ordinals (`datetime.date.toordinal`, 1 = 1 January of year 1), so a period
is the half-open interval ``[first_day, end_day)``.

Also here: a shown span of days in words (`format_days`), and dates as people
type them, in English or French (`read_date`, for "go to date").
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache

from frise.model.i18n import QT_TRANSLATE_NOOP, SOURCE_WORDS, Message, Words
from frise.model.problems import problem

DATE_PATTERN = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
DATE_HINT = QT_TRANSLATE_NOOP(
    "words", 'must be "YYYY", "YYYY-MM" or "YYYY-MM-DD"', "a problem in a file"
)
_NOT_A_DATE = QT_TRANSLATE_NOOP(
    "words", '{date} must be "YYYY", "YYYY-MM" or "YYYY-MM-DD"', "a problem in a file"
)
_YEAR_ZERO = QT_TRANSLATE_NOOP(
    "words", "{date}: the year must be 0001 or later", "a problem in a file"
)
_NO_MONTH = QT_TRANSLATE_NOOP("words", "{date}: there is no month {month}", "a problem in a file")
_NO_DAY = QT_TRANSLATE_NOOP("words", "{date} is not a real calendar date", "a problem in a file")


class BadDate(ValueError):
    """A date string of the format that names no date; `what` says why in
    Frise's words (`str()`: in English)."""

    def __init__(self, what: Message) -> None:
        super().__init__(str(what))
        self.what = what


_MONTH = "short month name, in dates and on the time axis"
MONTHS_SHORT = (
    QT_TRANSLATE_NOOP("words", "Jan", "short month name, in dates and on the time axis"),
    QT_TRANSLATE_NOOP("words", "Feb", "short month name, in dates and on the time axis"),
    QT_TRANSLATE_NOOP("words", "Mar", "short month name, in dates and on the time axis"),
    QT_TRANSLATE_NOOP("words", "Apr", "short month name, in dates and on the time axis"),
    QT_TRANSLATE_NOOP("words", "May", "short month name, in dates and on the time axis"),
    QT_TRANSLATE_NOOP("words", "Jun", "short month name, in dates and on the time axis"),
    QT_TRANSLATE_NOOP("words", "Jul", "short month name, in dates and on the time axis"),
    QT_TRANSLATE_NOOP("words", "Aug", "short month name, in dates and on the time axis"),
    QT_TRANSLATE_NOOP("words", "Sep", "short month name, in dates and on the time axis"),
    QT_TRANSLATE_NOOP("words", "Oct", "short month name, in dates and on the time axis"),
    QT_TRANSLATE_NOOP("words", "Nov", "short month name, in dates and on the time axis"),
    QT_TRANSLATE_NOOP("words", "Dec", "short month name, in dates and on the time axis"),
)
"""Source (English) names; `month_name` gives them in a language."""
_MONTH_YEAR = QT_TRANSLATE_NOOP("words", "{month} {year}", "a month: Feb 2024")
_DAY_MONTH_YEAR = QT_TRANSLATE_NOOP("words", "{day} {month} {year}", "a day: 29 Feb 2024")
_FIRST_DAY = QT_TRANSLATE_NOOP("words", "1", "the first day of a month, in a date")


def month_name(month: int, words: Words = SOURCE_WORDS) -> str:
    """The short name of a month (1-12): "Feb", « févr. »."""
    return words.tr(MONTHS_SHORT[month - 1], _MONTH)


def month_label(year: int, month: int, words: Words = SOURCE_WORDS) -> str:
    """A month and its year: "Feb 2024", « févr. 2024 »."""
    return words.tr(_MONTH_YEAR, "a month: Feb 2024").format(
        month=month_name(month, words), year=year
    )


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

    def format(self, words: Words = SOURCE_WORDS) -> str:
        """The date at its own precision: "2018", "Feb 2024", "29 Feb 2024"
        (« 1er mai 2024 » in French)."""
        if self.month is None:
            return f"{self.year}"
        if self.day is None:
            return month_label(self.year, self.month, words)
        day = words.tr(_FIRST_DAY, "the first day of a month, in a date") if self.day == 1 else ""
        return words.tr(_DAY_MONTH_YEAR, "a day: 29 Feb 2024").format(
            day=day or self.day, month=month_name(self.month, words), year=self.year
        )

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
    shown = f'"{text}"'
    try:
        parts = [int(p) for p in text.split("-")]
    except ValueError:
        raise BadDate(problem(_NOT_A_DATE, date=shown)) from None
    if len(parts) > 3 or len(text) not in (4, 7, 10):
        raise BadDate(problem(_NOT_A_DATE, date=shown))
    year, *rest = parts
    month = rest[0] if rest else None
    day = rest[1] if len(rest) > 1 else None
    if year < dt.MINYEAR:
        raise BadDate(problem(_YEAR_ZERO, date=shown))
    if month is not None and not 1 <= month <= 12:
        raise BadDate(problem(_NO_MONTH, date=shown, month=f"{month:02d}"))
    if month is not None and day is not None:
        try:
            dt.date(year, month, day)
        except ValueError:
            raise BadDate(problem(_NO_DAY, date=shown)) from None
    return PartialDate(year, month, day)


def format_span(date: str, end: str | None, words: Words = SOURCE_WORDS) -> str:
    """An event's dates at their precision: "29 Feb 2024", "Apr 2026 – 14 May 2026"."""
    text = parse_date(date).format(words)
    return f"{text} – {parse_date(end).format(words)}" if end else text


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


_DAY_MONTH = QT_TRANSLATE_NOOP("words", "{day} {month}", "a day in a span: 3 Jun – 5 Jul 2021")


def format_days(first: float, last: float, words: Words = SOURCE_WORDS) -> str:
    """The days from `first` to `last` (day ordinals, `last` included) at a
    precision that tells its ends apart: "3 – 17 Jun 2021" for a few weeks,
    "Feb – Jun 2024" or "Feb 2024 – Jun 2025" for longer."""
    a, b = date_of_day(first), date_of_day(last)
    end = PartialDate(b.year, b.month, b.day).format(words)
    if (b - a).days < 62:
        if (a.year, a.month) == (b.year, b.month):
            if a.day == b.day:
                return end
            return f"{_day(a.day, words)} – {end}"
        if a.year != b.year:
            return f"{PartialDate(a.year, a.month, a.day).format(words)} – {end}"
        start = words.tr(_DAY_MONTH, "a day in a span: 3 Jun – 5 Jul 2021").format(
            day=_day(a.day, words), month=month_name(a.month, words)
        )
        return f"{start} – {end}"
    if a.year == b.year:
        return f"{month_name(a.month, words)} – {month_label(b.year, b.month, words)}"
    return f"{month_label(a.year, a.month, words)} – {month_label(b.year, b.month, words)}"


def _day(day: int, words: Words) -> str:
    if day == 1:
        return words.tr(_FIRST_DAY, "the first day of a month, in a date")
    return str(day)


# --- dates as people type them ("go to date") ---------------------------------

_MONTH_WORDS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("jan", "january", "janv", "janvier"),
        ("feb", "february", "fev", "fevr", "fevrier"),
        ("mar", "march", "mars"),
        ("apr", "april", "avr", "avril"),
        ("may", "mai"),
        ("jun", "june", "juin"),
        ("jul", "july", "juil", "juillet"),
        ("aug", "august", "aout"),
        ("sep", "sept", "september", "septembre"),
        ("oct", "october", "octobre"),
        ("nov", "november", "novembre"),
        ("dec", "december", "decembre"),
    ),
    1,
):
    for _name in _names:
        _MONTH_WORDS[_name] = _number
TYPED_DATE_HINT = 'try "2024", "2024-08", "Aug 2024", "5 Aug 2024" or "5 août 2024"'


def read_date(text: str) -> PartialDate:
    """A date as a person types it, in English or French: "2024", "2024-08",
    "2024-08-05", "Aug 2024", "5 Aug 2024", "August 5, 2024", "5 août 2024",
    "1er août 2024". ValueError says what is wrong, in English."""
    typed = text.strip()
    if not typed:
        raise ValueError(f"no date given: {TYPED_DATE_HINT}")
    if re.fullmatch(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?", typed):
        try:
            return parse_date(typed)
        except ValueError as e:
            hint = f"is not a date: {TYPED_DATE_HINT}"
            raise ValueError(str(e).replace(DATE_HINT, hint)) from None
    tokens = _tokens(typed)
    years = [t for t in tokens if t.isdigit() and len(t) == 4]
    days = [t for t in tokens if t.isdigit() and len(t) <= 2]
    months = [_MONTH_WORDS[t] for t in tokens if t in _MONTH_WORDS]
    unknown = [t for t in tokens if not t.isdigit() and t not in _MONTH_WORDS]
    if unknown or len(years) != 1 or len(months) > 1 or len(days) > 1 or len(tokens) > 3:
        raise ValueError(f'cannot read "{typed}" as a date: {TYPED_DATE_HINT}')
    if days and not months:
        raise ValueError(f'"{typed}": which month? {TYPED_DATE_HINT}')
    year = int(years[0])
    month = months[0] if months else None
    day = int(days[0]) if days else None
    if year < dt.MINYEAR:
        raise ValueError(f'"{typed}": the year must be 0001 or later')
    if month is not None and day is not None:
        try:
            dt.date(year, month, day)
        except ValueError:
            raise ValueError(f'"{typed}" is not a real calendar date') from None
    return PartialDate(year, month, day)


def _tokens(text: str) -> list[str]:
    """Lower-case words and numbers, accents, dots and commas dropped; "1er" is 1."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    words = plain.replace(",", " ").replace(".", " ").replace("/", " ").split()
    return ["1" if word == "1er" else word for word in words]
