import datetime as dt

import pytest

from frise.model.dates import (
    PartialDate,
    Precision,
    date_of_day,
    day_span,
    first_day_of_month,
    format_days,
    format_span,
    month_name,
    parse_date,
    read_date,
)
from tests.helpers.words import catalogue_words


def ordinal(year: int, month: int = 1, day: int = 1) -> int:
    return dt.date(year, month, day).toordinal()


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("2018", PartialDate(2018), Precision.YEAR),
        ("2024-02", PartialDate(2024, 2), Precision.MONTH),
        ("2024-02-29", PartialDate(2024, 2, 29), Precision.DAY),
        ("0001-01-01", PartialDate(1, 1, 1), Precision.DAY),
        ("9999-12-31", PartialDate(9999, 12, 31), Precision.DAY),
    ],
)
def test_parse_date_reads_each_precision(text, expected, precision):
    date = parse_date(text)
    assert date == expected
    assert date.precision is precision
    assert int(date.precision) == len(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("2024-02-30", "not a real calendar date"),
        ("2023-02-29", "not a real calendar date"),
        ("2024-04-31", "not a real calendar date"),
        ("2024-01-00", "not a real calendar date"),
        ("2024-13", "no month 13"),
        ("2024-00", "no month 00"),
        ("0000", "0001 or later"),
        ("2024-1", "YYYY"),
        ("24", "YYYY"),
        ("2024/01", "YYYY"),
        ("", "YYYY"),
    ],
)
def test_parse_date_refuses_dates_not_in_the_calendar(text, words):
    with pytest.raises(ValueError, match=words) as caught:
        parse_date(text)
    assert f'"{text}"' in str(caught.value)


def test_str_writes_the_date_back_as_it_was_given():
    for text in ("0033", "2024-02", "2024-02-29", "0987-06-05"):
        assert str(parse_date(text)) == text


def test_a_day_spans_one_day():
    first, end, precision = day_span("2024-02-29")
    assert (first, end) == (ordinal(2024, 2, 29), ordinal(2024, 3, 1))
    assert precision is Precision.DAY


def test_a_month_spans_its_days():
    first, end, _ = day_span("2024-02")
    assert end - first == 29
    assert first == ordinal(2024, 2, 1)
    assert day_span("2023-02")[1] - day_span("2023-02")[0] == 28
    first, end, _ = day_span("2024-12")
    assert (first, end) == (ordinal(2024, 12, 1), ordinal(2025, 1, 1))


def test_a_year_spans_its_days():
    assert day_span("2023")[1] - day_span("2023")[0] == 365
    assert day_span("2024")[1] - day_span("2024")[0] == 366
    assert day_span("2024")[0] == ordinal(2024)


def test_the_last_year_the_calendar_knows_still_has_an_end():
    first, end, _ = day_span("9999")
    assert first == ordinal(9999)
    assert end == dt.date.max.toordinal() + 1
    assert day_span("9999-12")[1] == end
    assert day_span("9999-12-31")[1] == end


def test_first_day_of_month_rolls_over_into_the_next_year():
    assert first_day_of_month(2023, 13) == ordinal(2024, 1, 1)
    assert first_day_of_month(2023, 14) == ordinal(2024, 2, 1)
    assert first_day_of_month(2024, 3) == ordinal(2024, 3, 1)
    assert first_day_of_month(10000, 1) == dt.date.max.toordinal() + 1


@pytest.mark.parametrize(
    ("text", "lang", "shown"),
    [
        ("2018", "en", "2018"),
        ("2018", "fr", "2018"),
        ("2024-02", "en", "Feb 2024"),
        ("2024-02", "fr", "févr. 2024"),
        ("2024-02-29", "en", "29 Feb 2024"),
        ("2024-02-29", "fr", "29 févr. 2024"),
        ("2024-03-01", "fr", "1er mars 2024"),
        ("2024-03-01", "en", "1 Mar 2024"),
        ("2024-08-02", "fr", "2 août 2024"),
        ("2024-12-25", "de", "25 Dec 2024"),
    ],
)
def test_format_shows_the_date_at_its_precision(text, lang, shown):
    assert parse_date(text).format(catalogue_words(lang)) == shown


def test_format_span_joins_start_and_end():
    assert format_span("2024-04", "2024-05-14") == "Apr 2024 – 14 May 2024"
    french = catalogue_words("fr")
    assert format_span("2024-05-01", "2024-06", french) == "1er mai 2024 – juin 2024"
    assert format_span("2019", None) == "2019"


def test_without_words_dates_are_in_the_source_language():
    assert parse_date("2024-03-01").format() == "1 Mar 2024"
    assert [month_name(m) for m in (1, 5, 12)] == ["Jan", "May", "Dec"]


def test_date_of_day_takes_the_day_containing_a_fraction():
    assert date_of_day(ordinal(2024, 2, 29) + 0.99) == dt.date(2024, 2, 29)
    assert date_of_day(ordinal(2024, 3, 1)) == dt.date(2024, 3, 1)


def test_date_of_day_stays_inside_the_calendar():
    assert date_of_day(-50.0) == dt.date(1, 1, 1)
    assert date_of_day(dt.date.max.toordinal() + 10.5) == dt.date.max


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2024", PartialDate(2024)),
        ("2024-08", PartialDate(2024, 8)),
        ("2024-08-05", PartialDate(2024, 8, 5)),
        ("5 Aug 2024", PartialDate(2024, 8, 5)),
        ("5 August 2024", PartialDate(2024, 8, 5)),
        ("August 5, 2024", PartialDate(2024, 8, 5)),
        ("5 août 2024", PartialDate(2024, 8, 5)),
        ("5 AOUT 2024", PartialDate(2024, 8, 5)),
        ("1er août 2024", PartialDate(2024, 8, 1)),
        ("Aug 2024", PartialDate(2024, 8)),
        ("févr. 2024", PartialDate(2024, 2)),
        ("  sept 2021 ", PartialDate(2021, 9)),
    ],
)
def test_read_date_accepts_what_people_type_in_both_languages(typed, expected):
    assert read_date(typed) == expected


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("", "no date given"),
        ("tomorrow", 'cannot read "tomorrow"'),
        ("5 2024", "which month?"),
        ("31 Feb 2024", "not a real calendar date"),
        ("2024-13", "no month 13"),
        ("05/08/2024", "cannot read"),
        ("Aug", "cannot read"),
    ],
)
def test_read_date_says_what_is_wrong(typed, words):
    with pytest.raises(ValueError, match=words):
        read_date(typed)


@pytest.mark.parametrize(
    ("first", "last", "lang", "expected"),
    [
        ((2021, 6, 3), (2021, 6, 17), "en", "3 – 17 Jun 2021"),
        ((2021, 6, 3), (2021, 6, 17), "fr", "3 – 17 juin 2021"),
        ((2021, 6, 1), (2021, 7, 17), "fr", "1er juin – 17 juil. 2021"),
        ((2021, 12, 20), (2022, 1, 10), "en", "20 Dec 2021 – 10 Jan 2022"),
        ((2021, 6, 3), (2021, 6, 3), "en", "3 Jun 2021"),
        ((2024, 2, 1), (2024, 6, 17), "en", "Feb – Jun 2024"),
        ((2024, 2, 1), (2025, 6, 17), "en", "Feb 2024 – Jun 2025"),
    ],
)
def test_format_days_tells_the_ends_apart_at_every_zoom(first, last, lang, expected):
    assert format_days(ordinal(*first), ordinal(*last), catalogue_words(lang)) == expected
