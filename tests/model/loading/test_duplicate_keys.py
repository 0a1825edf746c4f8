import json

from frise.model.loading import (
    parse_timeline,
)
from tests.helpers.builders import event, timeline_bytes, timeline_dict, to_bytes, with_event
from tests.helpers.loading import only_problem

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
