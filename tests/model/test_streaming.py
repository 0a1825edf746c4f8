import json

import pytest

from frise.model.streaming import EventRuns, NotPlain
from tests.helpers.builders import event, party, timeline_dict, to_bytes


def cut(data: bytes, block: int, per_run: int = 2) -> tuple[list[list], dict]:
    """The runs (parsed) and the head (parsed) of `data` fed `block` bytes at a time."""
    runs = EventRuns(per_run)
    found = []
    for k in range(0, len(data), block):
        found += runs.feed(data[k : k + block])
    return [json.loads(run) for run in found], json.loads(runs.finish())


def tricky_events(n: int) -> list[dict]:
    """Events whose text holds what a scanner can trip on: brackets, quotes,
    backslashes (an even run before a quote), and the key "events"."""
    texts = ['a "quoted" } ] { [ word', "back\\slash\\\\", 'ends with \\\\"', '"events": [']
    return [
        event(f"e{i}", "2020-01-02", ["a"], title={"en": texts[i % len(texts)], "fr": "é"})
        for i in range(n)
    ]


@pytest.mark.parametrize("block", [1, 2, 3, 7, 64, 1 << 20])
@pytest.mark.parametrize("per_run", [1, 2, 5])
def test_runs_hold_every_event_once_in_order_whatever_the_blocks(block, per_run):
    doc = timeline_dict(parties=[party("a")], events=tricky_events(11))
    data = json.dumps(doc, indent=1).encode()
    runs, head = cut(data, block, per_run)
    assert [e for run in runs for e in run] == doc["events"]
    assert all(len(run) <= per_run for run in runs)
    assert head == {**doc, "events": []}


def test_the_events_key_may_come_first_or_last_and_the_array_may_be_empty():
    doc = timeline_dict(parties=[party("a")], events=tricky_events(3))
    events_first = {"events": doc["events"], **{k: v for k, v in doc.items() if k != "events"}}
    for layout in (events_first, doc):
        runs, head = cut(json.dumps(layout, ensure_ascii=False).encode(), 5)
        assert [e for run in runs for e in run] == doc["events"]
        assert head["events"] == [] and head["title"] == doc["title"]
    runs, head = cut(to_bytes(timeline_dict(events=[])), 5)
    assert runs == [] and head["events"] == []


@pytest.mark.parametrize(
    "text",
    [
        '{"events": [], "events": []}',  # twice: which one counts is the long way's to say
        '{"events": {"a": 1}}',  # not an array
        '{"events": [{"id": "a"},]}',  # a trailing comma
        '{"events": [{"id": "a"} {"id": "b"}]}',  # no comma
        '{"events": [{"id": "a"}]',  # cut short
        '{"events": [{"id": "a"}]}}',  # one bracket too many
        '{"title": "x"}',  # no events
    ],
)
def test_what_cannot_be_cut_is_left_to_the_long_way(text):
    with pytest.raises(NotPlain):
        cut(text.encode(), 4, per_run=1)


def test_a_key_that_ends_like_events_is_not_the_events_array():
    text = '{"not \\"events": [{"id": "x"}], "events": [{"id": "a"}]}'
    runs, head = cut(text.encode(), 3, per_run=1)
    assert runs == [[{"id": "a"}]]
    assert head == {'not "events': [{"id": "x"}], "events": []}


def test_what_is_not_an_event_goes_into_a_run_for_validation_to_refuse():
    runs, _ = cut(b'{"events": [{"id": "a"}, 3, {"id": "b"}]}', 4, per_run=1)
    assert [e for run in runs for e in run] == [{"id": "a"}, 3, {"id": "b"}]
