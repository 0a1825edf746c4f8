import datetime as dt

import pytest

from frise.model.asof import (
    as_of_day,
    known_mask,
    known_parts,
    newly_public,
    next_revelation,
    quote_days,
    revelation_days,
    secret_mask,
    source_days,
)
from tests.helpers.builders import build, event


def day(text: str) -> int:
    return dt.date.fromisoformat(text).toordinal()


@pytest.fixture
def timeline():
    return build(
        [
            event("founded", "2015-12-11", ["a"]),
            event("emails", "2017-09", ["a"], revealed="2024-03-05"),
            event("notes", "2017-11", ["a"], revealed="2026-01"),
            event("suit", "2024-02-29", ["a"]),
            event(
                "rebuttal",
                "2024-03-05",
                ["a"],
                sources=[
                    {"publisher": "AP", "date": "2024-03"},
                    {"publisher": "IANS", "date": "2024-03-06"},
                    {"publisher": "Blog"},
                ],
                quotes=[
                    {"speaker": "a", "text": "first", "lang": "en", "source": 0},
                    {"speaker": "a", "text": "later", "lang": "en", "source": 1},
                    {"speaker": "a", "text": "unsourced", "lang": "en"},
                ],
            ),
        ]
    )


def ids(timeline, mask):
    return [timeline.events[i].id for i in mask.nonzero()[0]]


def test_an_event_is_public_from_its_revealed_date_else_its_date(timeline):
    assert ids(timeline, known_mask(timeline, day("2024-03-01"))) == ["founded", "suit"]
    assert ids(timeline, known_mask(timeline, day("2024-03-05"))) == [
        "founded",
        "emails",
        "suit",
        "rebuttal",
    ]
    assert ids(timeline, known_mask(timeline, day("2025-12-31"))) == [
        "founded",
        "emails",
        "suit",
        "rebuttal",
    ]
    assert len(ids(timeline, known_mask(timeline, day("2026-01-01")))) == 5


def test_secrets_are_what_had_happened_but_was_not_yet_public(timeline):
    assert ids(timeline, secret_mask(timeline, day("2024-03-01"))) == ["emails", "notes"]
    assert ids(timeline, secret_mask(timeline, day("2017-10-01"))) == ["emails"]
    assert ids(timeline, secret_mask(timeline, day("2015-01-01"))) == []


def test_as_of_a_month_or_a_year_means_its_last_day():
    assert as_of_day("2024-03-05") == day("2024-03-05")
    assert as_of_day("2024-02") == day("2024-02-29")
    assert as_of_day("2024") == day("2024-12-31")
    with pytest.raises(ValueError):
        as_of_day("2024-02-30")


def test_revelations_in_order_and_stepping_between_them(timeline):
    days = revelation_days(timeline).tolist()
    assert days == sorted(
        {day("2015-12-11"), day("2024-03-05"), day("2026-01-01"), day("2024-02-29")}
    )
    assert next_revelation(timeline, day("2024-03-01"), 1) == day("2024-03-05")
    assert next_revelation(timeline, day("2024-03-05"), 1) == day("2026-01-01")
    assert next_revelation(timeline, day("2024-03-05"), -1) == day("2024-02-29")
    assert next_revelation(timeline, day("2026-01-01"), 1) is None
    assert next_revelation(timeline, day("2015-12-11"), -1) is None


def test_newly_public_between_two_days(timeline):
    new = newly_public(timeline, day("2024-03-01"), day("2024-03-05"))
    assert [timeline.events[i].id for i in new] == ["emails", "rebuttal"]
    assert len(newly_public(timeline, day("2024-03-05"), day("2024-03-05"))) == 0


def test_sources_and_quotes_dated_later_are_held_back(timeline):
    i = timeline.event_index["rebuttal"]
    event, public = timeline.events[i], int(timeline.public_day[i])
    known = known_parts(event, public, day("2024-03-05"))
    assert known.sources == (0, 2)
    assert known.held_sources == (1,)
    assert known.quotes == (0, 2)
    assert known.held_quotes == (1,)
    everything = known_parts(event, public, None)
    assert everything.sources == (0, 1, 2) and everything.held_quotes == ()
    assert known_parts(event, public, day("2024-03-06")).held_sources == ()


def test_a_quote_is_public_with_its_source_never_before_its_event(timeline):
    i = timeline.event_index["rebuttal"]
    event, public = timeline.events[i], int(timeline.public_day[i])
    # The AP source is dated March 2024 (from the 1st), the event public on the 5th.
    assert quote_days(event, public) == [public, day("2024-03-06"), public]
    assert source_days(event, public) == [day("2024-03-01"), day("2024-03-06"), public]
