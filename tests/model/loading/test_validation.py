import json

import pytest

from frise.model.loading import (
    TimelineError,
    parse_timeline,
)
from frise.model.problems import Problem
from tests.helpers.builders import event, party, timeline_bytes, timeline_dict, to_bytes, with_event
from tests.helpers.loading import only_problem, problems_of
from tests.helpers.words import catalogue_words

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
