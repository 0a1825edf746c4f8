import itertools
import json

import pytest

from frise.model import loader as loader_module
from frise.model import schema
from frise.model.loader import (
    MAX_PROBLEMS,
    LoadCancelled,
    Problem,
    TimelineError,
    load_timeline,
    parse_timeline,
)
from tests.helpers.builders import event, party, timeline_bytes, timeline_dict, to_bytes, with_event
from tests.helpers.files import fifo
from tests.helpers.words import catalogue_words


def problems_of(data: bytes) -> list[Problem]:
    with pytest.raises(TimelineError) as caught:
        parse_timeline(data)
    problems = list(caught.value.problems)
    assert problems, "a refused file must say why"
    return problems


def only_problem(data: bytes) -> Problem:
    problems = problems_of(data)
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def event_problem(**fields) -> Problem:
    """The one problem of the default file with event "e2" changed."""
    return only_problem(to_bytes(with_event(1, **fields)))


# --- a valid file -----------------------------------------------------------


def test_a_minimal_file_loads():
    data = to_bytes(
        timeline_dict(parties=[party("solo")], events=[event("only", "2020", ["solo"])])
    )
    timeline = parse_timeline(data)
    assert [p.id for p in timeline.parties] == ["solo"]
    assert [e.id for e in timeline.events] == ["only"]
    assert timeline.events[0].quotes == ()
    assert timeline.events[0].sources == ()
    assert timeline.path is None


def test_a_file_with_no_events_loads():
    timeline = parse_timeline(timeline_bytes(events=[]))
    assert timeline.events == ()
    assert len(timeline.parties) == 2


def test_defaults_of_an_event():
    e = parse_timeline(timeline_bytes()).events[0]
    assert e.certainty == "confirmed"
    assert e.quotes == ()
    assert e.sources == ()
    assert e.related == ()
    assert e.claimed_by == ()
    assert e.kind is None
    assert e.end is None
    assert e.revealed is None
    assert e.summary is None


def test_a_full_event_loads_with_every_field():
    full = event(
        "full",
        "2024-02-29",
        ["a", "b"],
        end="2024-03",
        kind="filing",
        certainty="alleged",
        claimed_by=["b"],
        revealed="2024-12",
        title={"en": "Filed", "fr": "Déposé"},
        summary="Something happened.",
        quotes=[
            {
                "speaker": "a",
                "text": "Hello",
                "lang": "en",
                "translation": {"fr": "Bonjour"},
                "source": 0,
            },
            {"speaker": "Jane Doe, a witness", "text": "Bonjour", "lang": "fr"},
        ],
        sources=[
            {
                "title": "Court record",
                "url": "https://example.org/doc?id=1#p2",
                "publisher": "Court",
                "date": "2024-03-01",
            }
        ],
        related=[{"event": "e1", "relation": "responds-to"}],
    )
    data = to_bytes(timeline_dict(events=[event("e1", "2024-01-15"), full]))
    loaded = parse_timeline(data).events[1]
    assert loaded.claimed_by == ("b",)
    assert loaded.quotes[0].source == 0
    assert loaded.quotes[1].speaker == "Jane Doe, a witness"
    assert loaded.related[0].event == "e1"
    assert loaded.sources[0].url == "https://example.org/doc?id=1#p2"


def test_utf8_bom_is_accepted():
    timeline = parse_timeline(b"\xef\xbb\xbf" + timeline_bytes())
    assert len(timeline.events) == 2


def test_non_latin_text_is_accepted_and_preserved():
    japanese = "イーロン・マスクがOpenAIを提訴"
    arabic = "رفع إيلون ماسك دعوى قضائية ضد أوبن إيه آي"
    data = to_bytes(with_event(1, title={"en": "Lawsuit", "ja": japanese}, summary=arabic))
    loaded = parse_timeline(data).events[1]
    assert loaded.title["ja"] == japanese
    assert loaded.summary == arabic


def test_the_timeline_remembers_its_path(tmp_path):
    path = tmp_path / "story.json"
    path.write_bytes(timeline_bytes())
    timeline = load_timeline(path)
    assert timeline.path == path
    assert [e.id for e in timeline.events] == ["e1", "e2"]


# --- unknown keys -----------------------------------------------------------


def test_unknown_top_level_key_is_refused():
    problem = only_problem(timeline_bytes(titel="typo"))
    assert "titel" in problem.where
    assert "not a field" in problem.message


@pytest.mark.parametrize("key", ["[key]", "str", "x-str", "list]"])
def test_an_unknown_key_named_like_a_pydantic_tag_is_named_as_written(key):
    problem = only_problem(timeline_bytes(**{key: 1}))
    assert problem.where.strip('"') == key
    assert "not a field" in problem.message


def test_unknown_party_key_is_refused():
    problem = only_problem(timeline_bytes(parties=[party("a", colour="#112233"), party("b")]))
    assert problem.where == 'party "a" › colour'
    assert "not a field" in problem.message


def test_unknown_event_key_is_refused():
    problem = event_problem(dat="2024")
    assert problem.where == 'event "e2" › dat'
    assert "not a field" in problem.message


def test_unknown_quote_key_is_refused():
    problem = event_problem(quotes=[{"speaker": "a", "text": "x", "lang": "en", "who": "a"}])
    assert problem.where == 'event "e2" › quotes[0].who'
    assert "not a field" in problem.message


def test_unknown_source_key_is_refused():
    problem = event_problem(sources=[{"title": "s", "link": "https://example.org"}])
    assert problem.where == 'event "e2" › sources[0].link'
    assert "not a field" in problem.message


def test_unknown_related_key_is_refused():
    problem = event_problem(related=[{"event": "e1", "relation": "follows", "note": "x"}])
    assert problem.where == 'event "e2" › related[0].note'
    assert "not a field" in problem.message


# --- ids --------------------------------------------------------------------


@pytest.mark.parametrize("bad_id", ["E2", "-e2", "e_2", "e 2", "é2", ""])
def test_event_id_must_match_the_pattern(bad_id):
    problem = event_problem(id=bad_id)
    assert problem.where.endswith("› id")
    assert "lowercase letters, digits and hyphens" in problem.message


def test_event_id_problem_names_the_id_as_written():
    problem = event_problem(id="Bad")
    assert problem.where == 'event "Bad" › id'
    assert '"Bad"' in problem.message


def test_party_id_must_match_the_pattern():
    data = timeline_bytes(parties=[party("a"), party("B")], events=[event("e1", "2024", ["a"])])
    problem = only_problem(data)
    assert problem.where == 'party "B" › id'
    assert "lowercase" in problem.message


def test_ids_with_digits_and_hyphens_are_accepted():
    data = to_bytes(with_event(1, id="2024-suit-1"))
    assert parse_timeline(data).events[1].id == "2024-suit-1"


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


@pytest.mark.parametrize(
    "date", ["2024-2-1", "24-02-01", "2024/02/01", "2024-02-01T10:00", "２０２４"]
)
def test_dates_must_have_the_format_shape(date):
    problem = event_problem(date=date)
    assert problem.where == 'event "e2" › date'
    assert "YYYY-MM-DD" in problem.message


def test_a_date_must_be_a_string():
    problem = event_problem(date=2024)
    assert problem.where == 'event "e2" › date'
    assert "must be a string" in problem.message


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


def test_a_source_needs_no_title():
    sources = [{"url": "https://example.org/a", "publisher": "Example News", "date": "2024-03"}]
    loaded = parse_timeline(to_bytes(with_event(1, sources=sources))).events[1]
    assert loaded.sources[0].title is None
    assert loaded.sources[0].publisher == "Example News"


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


def test_an_empty_title_is_reported_once():
    problem = event_problem(sources=[{"title": ""}])
    assert problem.where == 'event "e2" › sources[0].title'
    assert problem.message == "must not be empty"


@pytest.mark.parametrize("kind", ["primary", "press", "aggregator"])
def test_every_source_type_of_the_format_is_accepted(kind):
    source = {"url": "https://example.org/a", "type": kind}
    loaded = parse_timeline(to_bytes(with_event(1, sources=[source]))).events[1]
    assert loaded.sources[0].type == kind
    assert loaded.sources[0].original is None


def test_a_source_type_must_be_one_of_the_format():
    problem = event_problem(sources=[{"url": "https://example.org/a", "type": "wire"}])
    assert problem.where == 'event "e2" › sources[0].type'
    assert '"wire"' in problem.message
    for kind in ("'primary'", "'press'", "'aggregator'"):
        assert kind in problem.message


def test_a_syndicated_source_names_its_original():
    source = {"url": "https://example.org/a", "publisher": "Example", "original": "Reuters"}
    loaded = parse_timeline(to_bytes(with_event(1, sources=[source]))).events[1]
    assert loaded.sources[0].original == "Reuters"


@pytest.mark.parametrize(("value", "words"), [(["Reuters"], "a string"), ("", "not be empty")])
def test_a_source_original_must_be_a_name(value, words):
    problem = event_problem(sources=[{"url": "https://example.org/a", "original": value}])
    assert problem.where == 'event "e2" › sources[0].original'
    assert words in problem.message


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


def test_empty_parties_list_is_refused():
    problem = event_problem(parties=[])
    assert problem.where == 'event "e2" › parties'
    assert "at least one" in problem.message


def test_a_timeline_without_parties_is_refused():
    problem = only_problem(timeline_bytes(parties=[], events=[]))
    assert problem.where == "parties"
    assert "at least one" in problem.message


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


def test_quote_source_must_be_a_whole_number():
    problem = event_problem(
        quotes=[{"speaker": "a", "text": "x", "lang": "en", "source": -1}], sources=[{"title": "s"}]
    )
    assert problem.where == 'event "e2" › quotes[0].source'
    assert "0 or more" in problem.message


# --- urls, colours ----------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "ftp://example.org/file",
        "data:text/html,<b>hi</b>",
        "https://",
        "example.org/page",
        " https://example.org",
    ],
)
def test_urls_other_than_http_are_refused(url):
    problem = event_problem(sources=[{"title": "s", "url": url}])
    assert problem.where == 'event "e2" › sources[0].url'
    assert "http:// or https://" in problem.message


@pytest.mark.parametrize(
    "url", ["http://example.org", "https://example.org/a?b=c#d", "HTTPS://EXAMPLE.ORG/PAGE"]
)
def test_http_and_https_urls_are_accepted(url):
    loaded = parse_timeline(to_bytes(with_event(1, sources=[{"title": "s", "url": url}])))
    assert loaded.events[1].sources[0].url == url


@pytest.mark.parametrize("color", ["red", "#abc", "#12345G", "112233", "#1122334"])
def test_colours_must_be_rrggbb(color):
    problem = only_problem(timeline_bytes(parties=[party("a"), party("b", color=color)]))
    assert problem.where == 'party "b" › color'
    assert "#RRGGBB" in problem.message


def test_rrggbb_colours_in_either_case_are_accepted():
    timeline = parse_timeline(
        timeline_bytes(parties=[party("a", color="#a1B2c3"), party("b", color="#FFFFFF")])
    )
    assert [p.color for p in timeline.parties] == ["#a1B2c3", "#FFFFFF"]


def test_a_bad_colour_reports_only_the_colour():
    problems = problems_of(timeline_bytes(parties=[party("a", color="red"), party("b")]))
    assert [p.where for p in problems] == ['party "a" › color']


def test_bad_colours_on_every_party_report_only_the_colours():
    problems = problems_of(
        timeline_bytes(parties=[party("a", color="red"), party("b", color="blue")])
    )
    assert [p.where for p in problems] == ['party "a" › color', 'party "b" › color']


# --- TEXT -------------------------------------------------------------------


def test_text_as_string_or_translations_is_accepted():
    data = to_bytes(with_event(1, title={"en": "Filed", "fr": "Déposé"}, summary="Plain"))
    loaded = parse_timeline(data).events[1]
    assert loaded.title == {"en": "Filed", "fr": "Déposé"}
    assert loaded.summary == "Plain"


@pytest.mark.parametrize("key", ["EN", "english", "e", "fr_FR"])
def test_text_with_a_bad_language_key_is_refused(key):
    problem = event_problem(title={"en": "ok", key: "x"})
    assert problem.where == 'event "e2" › title'
    assert f'"{key}"' in problem.message
    assert "language code" in problem.message


@pytest.mark.parametrize("value", [5, ["a"], None])
def test_text_of_another_type_is_refused(value):
    doc = with_event(1)
    doc["events"][1]["title"] = value
    problem = only_problem(to_bytes(doc))
    assert problem.where == 'event "e2" › title'
    assert "a string or an object of translations" in problem.message


def test_empty_text_is_refused():
    problem = event_problem(title="")
    assert problem.where == 'event "e2" › title'
    assert "empty" in problem.message


def test_a_missing_title_is_refused():
    doc = with_event(1)
    del doc["events"][1]["title"]
    problem = only_problem(to_bytes(doc))
    assert problem.where == 'event "e2" › title'
    assert "required" in problem.message


def test_a_string_longer_than_the_limit_says_the_limit():
    problem = event_problem(summary="x" * (schema.MAX_TEXT + 1))
    assert problem.where == 'event "e2" › summary'
    assert f"{schema.MAX_TEXT:,}" in problem.message
    assert f"{schema.MAX_TEXT + 1:,}" in problem.message


def test_a_string_at_the_limit_is_accepted():
    loaded = parse_timeline(to_bytes(with_event(1, summary="x" * schema.MAX_TEXT)))
    assert len(loaded.events[1].summary) == schema.MAX_TEXT


def test_a_long_quote_says_the_limit():
    problem = event_problem(
        quotes=[{"speaker": "a", "text": "y" * (schema.MAX_TEXT + 5), "lang": "en"}]
    )
    assert problem.where == 'event "e2" › quotes[0].text'
    assert f"{schema.MAX_TEXT:,}" in problem.message


# --- literals -----------------------------------------------------------------


def test_kind_must_be_one_of_the_format():
    problem = event_problem(kind="lawsuit")
    assert problem.where == 'event "e2" › kind'
    assert '"lawsuit"' in problem.message
    assert "'filing'" in problem.message


def test_certainty_must_be_one_of_the_format():
    problem = event_problem(certainty="sure")
    assert problem.where == 'event "e2" › certainty'
    assert '"sure"' in problem.message
    assert "'disputed'" in problem.message


def test_relation_must_be_one_of_the_format():
    problem = event_problem(related=[{"event": "e1", "relation": "likes"}])
    assert problem.where == 'event "e2" › related[0].relation'
    assert '"likes"' in problem.message
    assert "'responds-to'" in problem.message


@pytest.mark.parametrize(
    "kind", ["founding", "funding", "filing", "ruling", "statement", "deal", "publication", "other"]
)
def test_every_kind_of_the_format_is_accepted(kind):
    assert parse_timeline(to_bytes(with_event(1, kind=kind))).events[1].kind == kind


# --- format and version -------------------------------------------------------


def test_a_newer_format_version_is_refused_as_made_by_a_newer_frise():
    problem = only_problem(timeline_bytes(version=2))
    assert "made by a newer Frise" in problem.message
    assert "2" in problem.message


def test_a_newer_version_is_reported_even_if_the_rest_is_new_to_us():
    data = timeline_bytes(version=7, layers=[{"id": "x"}])
    problem = only_problem(data)
    assert "newer Frise" in problem.message


@pytest.mark.parametrize("version", [0, "1", None])
def test_a_version_other_than_1_is_refused(version):
    problem = only_problem(timeline_bytes(version=version))
    assert problem.where == "version"
    assert "must be 1" in problem.message


def test_version_true_is_not_version_1():
    # JSON `true` is a boolean, not the number 1.
    problem = only_problem(timeline_bytes(version=True))
    assert problem.where == "version"


def test_a_missing_version_is_refused():
    doc = timeline_dict()
    del doc["version"]
    problem = only_problem(to_bytes(doc))
    assert problem.where == "version"
    assert "required" in problem.message


def test_a_missing_format_is_refused():
    doc = timeline_dict()
    del doc["format"]
    problem = only_problem(to_bytes(doc))
    assert "not a Frise timeline" in problem.message
    assert "frise-timeline" in problem.message


def test_a_wrong_format_is_refused():
    problem = only_problem(timeline_bytes(format="gantt-chart"))
    assert "not a Frise timeline" in problem.message
    assert '"gantt-chart"' in problem.message


def test_missing_events_is_refused():
    doc = timeline_dict()
    del doc["events"]
    problem = only_problem(to_bytes(doc))
    assert problem.where == "events"
    assert "required" in problem.message


def test_events_must_be_a_list():
    problem = only_problem(timeline_bytes(events={"e1": {}}))
    assert problem.where == "events"
    assert "must be a list" in problem.message


def test_an_event_must_be_an_object():
    problem = only_problem(timeline_bytes(events=[event("e1", "2024"), "e2"]))
    assert problem.where == "events[1]"
    assert "object" in problem.message


def test_an_event_without_id_is_located_by_its_index():
    bad = event("x", "2024")
    del bad["id"]
    problem = only_problem(timeline_bytes(events=[event("e1", "2024"), bad]))
    assert problem.where == "events[1] › id"
    assert "required" in problem.message


# --- not JSON, or not an object ------------------------------------------------


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"[]", "JSON array"),
        (b'[{"format": "frise-timeline"}]', "JSON array"),
        (b'"a timeline"', "JSON string"),
        (b"42", "JSON number"),
        (b"null", "JSON null"),
    ],
)
def test_json_that_is_not_an_object_is_refused(data, words):
    problem = only_problem(data)
    assert words in problem.message
    assert "JSON object" in problem.message


@pytest.mark.parametrize("data", [b"", b"   \n\t  ", b"\xef\xbb\xbf"])
def test_an_empty_file_is_refused(data):
    assert "empty" in only_problem(data).message


def test_a_binary_file_is_refused():
    problem = only_problem(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "binary" in problem.message


def test_non_utf8_bytes_are_refused_with_line_and_column():
    data = timeline_bytes().replace(b'"Event e2"', b'"\xe9v\xe9nement"')
    data = data.replace(b"{", b"{\n", 1)
    problem = only_problem(data)
    assert "UTF-8" in problem.message
    assert "0xE9" in problem.message
    assert "line 2" in problem.message
    assert "column" in problem.message


def test_latin1_file_is_refused_with_line_and_column():
    text = '{\n  "format": "frise-timeline",\n  "title": "Déjà"\n}'
    problem = only_problem(text.encode("latin-1"))
    assert "not UTF-8" in problem.message
    assert "line 3, column 14" in problem.message


def test_json_syntax_error_gives_line_and_column():
    data = b'{\n  "format": "frise-timeline",\n  "version": 1,\n}\n'
    problem = only_problem(data)
    assert "not valid JSON" in problem.message
    assert "line 4" in problem.message
    assert "column" in problem.message


def test_truncated_json_says_the_file_ends_too_early():
    data = timeline_bytes()
    problem = only_problem(data[: len(data) // 2])
    assert "not valid JSON" in problem.message
    assert "ends too early" in problem.message


def test_nan_is_not_json():
    problem = only_problem(b'{"format": "frise-timeline", "version": NaN}')
    assert "not valid JSON" in problem.message


def test_deep_nesting_gives_a_clear_message_not_a_recursion_error():
    data = b"[" * 5000 + b"]" * 5000
    problem = only_problem(data)
    assert "nested" in problem.message
    assert "deep" in problem.message


def test_deep_nesting_inside_a_timeline_is_refused_clearly():
    doc = timeline_bytes()
    data = doc[:-1] + b', "extra": ' + b"[" * 5000 + b"]" * 5000 + b"}"
    problem = only_problem(data)
    assert "nested" in problem.message


# --- all problems at once, whole refusal ------------------------------------------


def test_five_problems_in_five_events_are_five_problems_in_file_order():
    doc = timeline_dict(
        events=[
            event("e1", "2024-01-01"),
            event("e2", "2024-02-30"),
            event("e3", "2024-03-01", ["zz"]),
            event("e4", "2024-03-05", end="2024-03-01"),
            event("e5", "2024-04-01", kind="rumour"),
            event("e6", "2024-05-01", sources=[{"title": "s", "url": "ftp://x.org"}]),
            event("e7", "2024-06-01"),
        ]
    )
    problems = problems_of(to_bytes(doc))
    assert [p.where for p in problems] == [
        'event "e2" › date',
        'event "e3" › parties[0]',
        'event "e4" › end',
        'event "e5" › kind',
        'event "e6" › sources[0].url',
    ]
    assert all(p.message for p in problems)


def header_and_event_problems() -> list[Problem]:
    doc = {
        "format": "frise-timeline",
        "version": 1,
        "title": "T",
        "subtitle": "typo",
        "parties": [party("a", colour="#000000"), party("b")],
        "events": [event("e1", "2024-02-30"), event("e2", "2024", ["b"], kind="rumour")],
    }
    return problems_of(to_bytes(doc))


def test_top_level_and_party_problems_come_before_event_problems():
    wheres = [p.where for p in header_and_event_problems()]
    assert len(wheres) == 4
    assert set(wheres[:2]) == {"subtitle", 'party "a" › colour'}
    assert wheres[2:] == ['event "e1" › date', 'event "e2" › kind']


def test_top_level_problems_are_in_file_order():
    # "subtitle" is written before "parties" in the file.
    wheres = [p.where for p in header_and_event_problems()]
    assert wheres[:2] == ["subtitle", 'party "a" › colour']


def test_every_problem_of_one_event_is_listed():
    # A wrong kind must not hide that the date does not exist and the party is unknown.
    problems = problems_of(
        to_bytes(with_event(1, kind="rumour", date="2024-02-30", parties=["nobody"]))
    )
    wheres = {p.where for p in problems}
    assert 'event "e2" › kind' in wheres
    assert 'event "e2" › date' in wheres
    assert 'event "e2" › parties[0]' in wheres


def test_a_reference_to_a_broken_event_is_not_a_second_problem():
    doc = timeline_dict(
        events=[
            event("e1", "2024-01-01", kind="rumour"),
            event("e2", "2024-02-01", related=[{"event": "e1", "relation": "follows"}]),
        ]
    )
    problems = problems_of(to_bytes(doc))
    assert [p.where for p in problems] == ['event "e1" › kind']


def test_a_reference_to_a_broken_party_is_not_a_second_problem():
    data = timeline_bytes(parties=[party("a", color="red"), party("b")])
    problems = problems_of(data)
    assert [p.where for p in problems] == ['party "a" › color']


def test_a_file_with_one_bad_event_is_refused_whole():
    doc = timeline_dict(
        events=[event("e1", "2024-01-01"), event("e2", "2024-02-30"), event("e3", "2024-03-01")]
    )
    with pytest.raises(TimelineError) as caught:
        parse_timeline(to_bytes(doc))
    assert len(caught.value.problems) == 1
    assert 'event "e2" › date' in str(caught.value)


def test_the_error_text_lists_every_problem_on_its_own_line():
    doc = timeline_dict(events=[event("e1", "2024-02-30"), event("e2", "2024", kind="x")])
    with pytest.raises(TimelineError) as caught:
        parse_timeline(to_bytes(doc))
    lines = str(caught.value).splitlines()
    assert lines == [str(p) for p in caught.value.problems]
    assert lines[0].startswith('event "e1" › date: ')


def test_problems_are_capped_and_the_summary_says_there_were_more():
    events = [event(f"e{i}", "2023-02-29") for i in range(MAX_PROBLEMS + 100)]
    with pytest.raises(TimelineError) as caught:
        parse_timeline(timeline_bytes(events=events))
    error = caught.value
    # Every listed line is a real problem: none of them is a note counted as one.
    assert len(error.problems) == MAX_PROBLEMS
    assert all(p.message.endswith("is not a real calendar date") for p in error.problems)
    assert error.truncated
    assert error.summary() == f"more than {MAX_PROBLEMS} problems (the first 500 are listed)"
    assert error.problems[0].where == 'event "e0" › date'


def test_the_summary_counts_the_problems():
    events = [event(f"e{i}", "2023-02-29") for i in range(3)]
    with pytest.raises(TimelineError) as caught:
        parse_timeline(timeline_bytes(events=events))
    assert caught.value.summary() == "3 problems"
    assert not caught.value.truncated


# --- progress and cancel -------------------------------------------------------


def test_progress_reaches_the_total():
    seen = []
    events = [event(f"e{i}", "2024-01-01") for i in range(30)]
    parse_timeline(timeline_bytes(events=events), progress=lambda d, t: seen.append((d, t)))
    assert seen
    done, total = seen[-1]
    assert done == total > 0
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(seen))


def test_a_cancelled_load_stops_without_a_timeline():
    with pytest.raises(LoadCancelled):
        parse_timeline(timeline_bytes(), cancelled=lambda: True)


# --- files ---------------------------------------------------------------------


def test_a_missing_file_is_a_timeline_error(tmp_path):
    with pytest.raises(TimelineError) as caught:
        load_timeline(tmp_path / "nope.json")
    (problem,) = caught.value.problems
    assert "cannot read the file" in problem.message


def test_a_directory_is_a_timeline_error(tmp_path):
    with pytest.raises(TimelineError) as caught:
        load_timeline(tmp_path)
    (problem,) = caught.value.problems
    assert "cannot read the file" in problem.message
    assert "a folder" in problem.message


def test_a_file_with_problems_loaded_from_disk_lists_them(tmp_path):
    path = tmp_path / "bad.json"
    path.write_bytes(to_bytes(with_event(1, end="2023")))
    with pytest.raises(TimelineError) as caught:
        load_timeline(path)
    assert [p.where for p in caught.value.problems] == ['event "e2" › end']


def test_a_pretty_printed_file_loads(tmp_path):
    path = tmp_path / "pretty.json"
    path.write_text(json.dumps(timeline_dict(), indent=2, ensure_ascii=False), encoding="utf-8")
    assert len(load_timeline(path).events) == 2


# --- only regular files ------------------------------------------------------------


def refusal(path) -> str:
    with pytest.raises(TimelineError) as caught:
        load_timeline(path)
    (problem,) = caught.value.problems
    return problem.message


def test_a_named_pipe_is_refused_not_waited_on(tmp_path):
    with fifo(tmp_path) as pipe:
        message = refusal(pipe)
    assert "named pipe (FIFO)" in message
    assert "regular files" in message


def test_a_device_is_refused_whatever_size_it_reports():
    # /dev/null says it is empty; /dev/zero (same kind) would never end.
    message = refusal("/dev/null")
    assert "a device" in message


def test_a_symlink_to_a_device_is_refused(tmp_path):
    link = tmp_path / "story.json"
    link.symlink_to("/dev/null")  # /dev/zero in tests/test_cli.py, in a process of its own
    assert "a device" in refusal(link)


def test_a_file_over_the_limit_is_refused_without_reading_it_all(tmp_path, monkeypatch):
    monkeypatch.setattr(loader_module, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.json"
    path.write_bytes(timeline_bytes() + b" " * 2000)
    assert "Frise reads timeline files up to" in refusal(path)


# --- encodings ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("codec", "bom", "name"),
    [
        ("utf-16-le", b"\xff\xfe", "UTF-16 (little-endian)"),
        ("utf-16-be", b"\xfe\xff", "UTF-16 (big-endian)"),
        ("utf-16-le", b"", "UTF-16 (little-endian)"),
        ("utf-16-be", b"", "UTF-16 (big-endian)"),
        ("utf-32-le", b"\xff\xfe\x00\x00", "UTF-32 (little-endian)"),
        ("utf-32-be", b"\x00\x00\xfe\xff", "UTF-32 (big-endian)"),
        ("utf-32-le", b"", "UTF-32 (little-endian)"),
        ("utf-32-be", b"", "UTF-32 (big-endian)"),
    ],
)
def test_utf16_and_utf32_files_are_named_not_called_binary(codec, bom, name):
    text = json.dumps(timeline_dict(), ensure_ascii=False)
    problem = only_problem(bom + text.encode(codec))
    assert name in problem.message
    assert "UTF-8" in problem.message
    assert "binary" not in problem.message


# --- keys given twice --------------------------------------------------------------


def with_text(index: int, old: str, new: str) -> bytes:
    """The default file with `old` replaced by `new` in event `index`'s JSON."""
    doc = timeline_dict()
    events = [json.dumps(e, ensure_ascii=False) for e in doc["events"]]
    assert old in events[index]
    events[index] = events[index].replace(old, new, 1)
    text = json.dumps({**doc, "events": []}, ensure_ascii=False)
    return text.replace('"events": []', '"events": [' + ", ".join(events) + "]").encode()


def test_a_key_given_twice_in_an_event_is_refused_naming_the_key():
    problem = only_problem(with_text(1, '"title": "Event e2"', '"title": "A", "title": "B"'))
    assert problem.where == 'event "e2"'
    assert '"title" is given twice' in problem.message


def test_a_key_given_twice_in_translations_names_where():
    problem = only_problem(
        with_text(0, '"title": "Event e1"', '"title": {"en": "One", "fr": "Un", "en": "Two"}')
    )
    assert problem.where == 'event "e1" › title'
    assert '"en" is given twice' in problem.message


def test_a_key_given_twice_in_the_top_level_is_refused():
    data = timeline_bytes().replace(b'"title": "Test timeline"', b'"title": "A", "title": "B"')
    problem = only_problem(data)
    assert problem.where == "file"
    assert '"title" is given twice' in problem.message


def test_a_key_written_with_an_escape_is_still_the_same_key():
    problem = only_problem(with_text(1, '"title": "Event e2"', '"title": "A", "t\\u0069tle": "B"'))
    assert '"title" is given twice' in problem.message


def test_a_key_given_twice_deep_in_a_large_file_is_found_with_its_event():
    events = [event(f"e{i}", "2024-01-01", ["a"]) for i in range(6000)]
    text = json.dumps(timeline_dict(events=events))
    text = text.replace('"id": "e4321", "date"', '"id": "e4321", "date": "2020", "date"')
    problem = only_problem(text.encode())
    assert problem.where == 'event "e4321"'
    assert '"date" is given twice' in problem.message


def test_a_party_with_a_key_given_twice_is_refused():
    data = timeline_bytes().replace(b'"name": "A"', b'"name": "A", "name": "Z"')
    problem = only_problem(data)
    assert problem.where == 'party "a"'


def test_text_that_looks_like_a_key_is_not_one():
    # A value starting with ":" and one holding '\": ' are text, not keys.
    doc = with_event(1, title=": a colon first", summary='he said "x": yes')
    assert parse_timeline(to_bytes(doc)).events[1].summary == 'he said "x": yes'
    pretty = json.dumps(doc, indent=2).replace('": ', '" : ').encode()
    assert len(parse_timeline(pretty).events) == 2


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


# --- steps: no single call on the whole file -------------------------------------------


class Recorder:
    """Stands for pydantic-core's entry points and records how much each call got."""

    def __init__(self, target, sizes: list):
        self.target, self.sizes = target, sizes

    def __getattr__(self, name):
        method = getattr(self.target, name)

        def record(value, *args, **kwargs):
            self.sizes.append(len(value))
            return method(value, *args, **kwargs)

        return record


@pytest.fixture(scope="module")
def big_data():
    from tests.bench.synthetic import synthetic_timeline

    return json.dumps(synthetic_timeline(12000, n_parties=5)).encode()


def test_no_step_of_a_load_handles_the_whole_file(monkeypatch, big_data):
    """A single call into pydantic-core holds the interpreter: on the whole of
    a 200 MB file, the window froze for seconds."""
    sizes: list[int] = []
    for name in ("_document", "_events", "_event", "pydantic_core"):
        monkeypatch.setattr(loader_module, name, Recorder(getattr(loader_module, name), sizes))
    timeline = parse_timeline(big_data)
    assert len(timeline.events) == 12000
    assert sizes and max(sizes) <= len(big_data) // 8


def test_a_cancel_stops_the_load_between_steps(monkeypatch, big_data):
    validated: list[int] = []
    monkeypatch.setattr(loader_module, "_events", Recorder(loader_module._events, validated))
    monkeypatch.setattr(loader_module, "_document", Recorder(loader_module._document, validated))
    reports = []
    with pytest.raises(LoadCancelled):
        parse_timeline(
            big_data, progress=lambda d, t: reports.append(d), cancelled=lambda: bool(reports)
        )
    assert sum(validated) < len(big_data) // 4


# --- in the reader's language ------------------------------------------------


BROKEN_IN_EVERY_WAY = {
    "format": "frise-timeline",
    "version": 1,
    "title": "T",
    "parties": [{"id": "a", "name": "A", "colour": "#fff"}, {"id": "a", "name": "B"}],
    "events": [
        {
            "id": "e1",
            "date": "2024-02-30",
            "parties": ["a", "ghost", "a"],
            "title": "x",
            "kind": "party",
            "quotes": [{"speaker": "a", "text": "q", "lang": "en", "source": 3}],
            "sources": [{"url": "https://apple.com\u2215login.example.org/"}, {"title": ""}, {}],
            "related": [{"event": "nope", "relation": "follows"}, {"event": "e1", "relation": "x"}],
        },
        {"id": "Bad Id", "date": "2024", "end": "2023", "parties": [], "title": {"Deutsch": "y"}},
        {"date": 2024, "parties": ["a"], "title": "z", "summary": "x" * 20001, "revealed": "0000"},
    ],
}


def test_every_problem_is_said_in_french_and_the_english_is_unchanged():
    french_words = catalogue_words("fr")
    problems = problems_of(json.dumps(BROKEN_IN_EVERY_WAY).encode())
    english = [str(p) for p in problems]
    french = [p.text(french_words) for p in problems]
    assert len(problems) >= 15
    for en, fr in zip(english, french, strict=True):
        assert en != fr
        assert en.split(": ", 1)[1] not in fr, fr  # the message too, not only the place
    assert english[:2] == [
        'party "a" › colour: is not a field of the format (a typo?)',
        'party "a": this id is used by another party too',
    ]
    assert 'event "e1" › date: "2024-02-30" is not a real calendar date' in english
    assert (
        'événement "e1" › date\u00a0: "2024-02-30" n\'est pas une date réelle du calendrier'
        in french
    )
    assert 'événement "e1" › parties[1]\u00a0: aucune partie n\'a l\'identifiant "ghost"' in french
    assert "events[2] › summary\u00a0: fait 20\u202f001 caractères" in " ".join(french)


@pytest.mark.parametrize(
    ("data", "english", "french"),
    [
        (
            b'{"format": "frise-timeline", "version": 1,\n "title": "T",, }',
            "not valid JSON: Expecting value at line 2, column 15",
            "JSON invalide\u00a0: valeur attendue à la ligne 2, colonne 15",
        ),
        (
            b'{"format": "frise-timeline", "version": 1, "events": [',
            "not valid JSON: the file ends too early (is it cut short?): Expecting value",
            "JSON invalide\u00a0: le fichier s'arrête trop tôt (est-il tronqué\u00a0?)"
            "\u00a0: valeur attendue",
        ),
        (b"[1, 2]", "the file holds a JSON array; a timeline is a JSON object {…}", None),
        (b"   ", "the file is empty", "le fichier est vide"),
    ],
)
def test_a_file_that_is_no_timeline_says_why_in_both_languages(data, english, french):
    problem = only_problem(data)
    assert str(problem) == english
    said = problem.text(catalogue_words("fr"))
    assert said == french if french is not None else said != english
