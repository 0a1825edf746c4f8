import pytest

from frise.model.loading import (
    MAX_PROBLEMS,
    TimelineError,
    parse_timeline,
)
from tests.helpers.builders import event, timeline_bytes, timeline_dict, to_bytes

# --- all problems at once, whole refusal ------------------------------------------


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
