import pytest

from frise.model.loading import (
    parse_timeline,
)
from tests.helpers.builders import event, party, timeline_bytes, timeline_dict, to_bytes, with_event
from tests.helpers.loading import event_problem, only_problem

# --- ids --------------------------------------------------------------------


def test_duplicate_event_ids_are_refused():
    problem = event_problem(id="e1")
    assert '"e1"' in problem.where
    assert "id" in problem.where + problem.message
    assert "another event" in problem.message


def test_duplicate_party_ids_are_refused():
    data = timeline_bytes(parties=[party("a"), party("b"), party("a", name="Again")])
    problem = only_problem(data)
    assert '"a"' in problem.where
    assert "another party" in problem.message


# --- dates ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("date", "words"),
    [
        ("2024-02-30", "not a real calendar date"),
        ("2023-02-29", "not a real calendar date"),
        ("2024-13", "no month 13"),
        ("2024-13-01", "no month 13"),
        ("0000", "0001 or later"),
    ],
)
def test_dates_must_exist_in_the_calendar(date, words):
    problem = event_problem(date=date)
    assert problem.where == 'event "e2" › date'
    assert words in problem.message
    assert date in problem.message


def test_leap_day_is_accepted():
    timeline = parse_timeline(to_bytes(with_event(1, date="2024-02-29")))
    assert timeline.events[1].date == "2024-02-29"


def test_end_date_must_be_a_real_date():
    problem = event_problem(end="2024-02-30")
    assert problem.where == 'event "e2" › end'
    assert "not a real calendar date" in problem.message


def test_end_before_date_is_refused():
    problem = event_problem(date="2024-02-01", end="2024-01-31")
    assert problem.where == 'event "e2" › end'
    assert "before" in problem.message
    assert "2024-01-31" in problem.message


def test_end_of_a_coarser_period_before_date_is_refused():
    problem = event_problem(date="2024-06-01", end="2024-05")
    assert problem.where == 'event "e2" › end'
    assert "before" in problem.message


@pytest.mark.parametrize(
    ("date", "end"),
    [
        ("2024-02-01", "2024-02-01"),
        ("2024-02-01", "2024-02-02"),
        ("2024-05-10", "2024-05"),
        ("2024-05", "2024-05-31"),
        ("2023", "2023"),
        ("2023", "2025-01"),
    ],
)
def test_end_equal_to_or_after_date_is_accepted(date, end):
    loaded = parse_timeline(to_bytes(with_event(1, date=date, end=end))).events[1]
    assert (loaded.date, loaded.end) == (date, end)


def test_revealed_before_date_is_refused():
    problem = event_problem(date="2024-02-01", revealed="2023-12")
    assert problem.where == 'event "e2" › revealed'
    assert "before" in problem.message
    assert "public" in problem.message


def test_revealed_after_date_is_accepted():
    loaded = parse_timeline(to_bytes(with_event(1, date="2017-09", revealed="2024-12-13")))
    assert loaded.events[1].revealed == "2024-12-13"


def test_a_source_date_must_be_real():
    problem = event_problem(sources=[{"title": "s", "date": "2023-02-29"}])
    assert problem.where == 'event "e2" › sources[0].date'
    assert "not a real calendar date" in problem.message


@pytest.mark.parametrize(
    "source",
    [{"url": "https://example.org/a"}, {"publisher": "Example News"}, {"title": "Headline"}],
)
def test_a_source_with_one_of_url_publisher_or_title_is_enough(source):
    parse_timeline(to_bytes(with_event(1, sources=[source])))


@pytest.mark.parametrize("source", [{}, {"date": "2024-03-01", "type": "press"}])
def test_a_source_that_says_nothing_of_where_it_is_is_refused(source):
    problem = event_problem(sources=[{"title": "fine"}, source])
    assert problem.where == 'event "e2" › sources[1]'
    assert '"url"' in problem.message and '"publisher"' in problem.message


# --- references ---------------------------------------------------------------


def test_unknown_party_in_parties_is_refused():
    problem = event_problem(parties=["b", "nobody"])
    assert problem.where == 'event "e2" › parties[1]'
    assert 'no party has the id "nobody"' in problem.message


def test_unknown_party_in_claimed_by_is_refused():
    problem = event_problem(certainty="alleged", claimed_by=["ghost"])
    assert problem.where == 'event "e2" › claimed_by[0]'
    assert '"ghost"' in problem.message


def test_a_party_listed_twice_is_refused():
    problem = event_problem(parties=["b", "a", "b"])
    assert problem.where == 'event "e2" › parties[2]'
    assert "twice" in problem.message


def test_unknown_related_event_is_refused():
    problem = event_problem(related=[{"event": "e9", "relation": "follows"}])
    assert problem.where == 'event "e2" › related[0].event'
    assert 'no event has the id "e9"' in problem.message


def test_related_to_an_earlier_or_later_event_is_accepted():
    doc = timeline_dict(
        events=[
            event("e1", "2024-01-01", related=[{"event": "e2", "relation": "follows"}]),
            event("e2", "2024-02-01", related=[{"event": "e1", "relation": "responds-to"}]),
        ]
    )
    assert len(parse_timeline(to_bytes(doc)).events) == 2


def test_an_event_related_to_itself_is_refused():
    problem = event_problem(related=[{"event": "e2", "relation": "amends"}])
    assert problem.where == 'event "e2" › related[0].event'
    assert "itself" in problem.message


def test_quote_source_index_out_of_range_is_refused():
    problem = event_problem(
        quotes=[{"speaker": "a", "text": "x", "lang": "en", "source": 1}],
        sources=[{"title": "only one"}],
    )
    assert problem.where == 'event "e2" › quotes[0].source'
    assert "source 1 does not exist" in problem.message
    assert "1 source" in problem.message


def test_quote_source_without_sources_is_refused():
    problem = event_problem(quotes=[{"speaker": "a", "text": "x", "lang": "en", "source": 0}])
    assert problem.where == 'event "e2" › quotes[0].source'
    assert "does not exist" in problem.message


# --- addresses that read as others ---------------------------------------------------


@pytest.mark.parametrize(
    ("url", "char"),
    [
        ("https://example.org/\u202egnp.exe", "U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("https://apple.com\u2044login.example.org/", "U+2044 FRACTION SLASH"),
        ("https://apple.com\uff0flogin.example.org/", "U+FF0F FULLWIDTH SOLIDUS"),
        ("https://exa\u200bmple.org/", "U+200B ZERO WIDTH SPACE"),
    ],
)
def test_a_source_url_that_reads_as_another_is_refused_naming_event_source_and_character(url, char):
    sources = [{"title": "Fine", "url": "https://example.org/"}, {"title": "Bad", "url": url}]
    problem = event_problem(sources=sources)
    assert problem.where == 'event "e2" › sources[1].url'
    assert char in problem.message
