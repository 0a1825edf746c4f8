import pytest

from frise.model import schema
from frise.model.loading import (
    parse_timeline,
)
from tests.helpers.builders import event, party, timeline_bytes, to_bytes, with_event
from tests.helpers.loading import event_problem, only_problem, problems_of

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


# --- dates ------------------------------------------------------------------


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


def test_a_source_needs_no_title():
    sources = [{"url": "https://example.org/a", "publisher": "Example News", "date": "2024-03"}]
    loaded = parse_timeline(to_bytes(with_event(1, sources=sources))).events[1]
    assert loaded.sources[0].title is None
    assert loaded.sources[0].publisher == "Example News"


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


def test_empty_parties_list_is_refused():
    problem = event_problem(parties=[])
    assert problem.where == 'event "e2" › parties'
    assert "at least one" in problem.message


def test_a_timeline_without_parties_is_refused():
    problem = only_problem(timeline_bytes(parties=[], events=[]))
    assert problem.where == "parties"
    assert "at least one" in problem.message


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
