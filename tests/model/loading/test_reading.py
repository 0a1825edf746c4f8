import itertools
import json

import pytest

from frise.model.loading import (
    LoadCancelled,
    TimelineError,
    json_problems,
    json_walk,
    load_timeline,
    parse_timeline,
    reading,
    validation,
)
from tests.helpers.builders import event, party, timeline_bytes, timeline_dict, to_bytes, with_event
from tests.helpers.files import fifo

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


def test_the_id_index_is_made_while_the_file_is_checked_and_kept():
    events = [event(f"e{k}", "2020", ["solo"]) for k in (3, 1, 2)]
    timeline = parse_timeline(to_bytes(timeline_dict(parties=[party("solo")], events=events)))
    assert "event_index" in vars(timeline)  # not made again when first asked
    assert timeline.event_index == {"e3": 0, "e1": 1, "e2": 2}


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
    link.symlink_to("/dev/null")  # /dev/zero in tests/cli/test_check.py, in a process of its own
    assert "a device" in refusal(link)


def test_a_file_over_the_limit_is_refused_without_reading_it_all(tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.json"
    path.write_bytes(timeline_bytes() + b" " * 2000)
    assert "Frise reads timeline files up to" in refusal(path)


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


STEPPING = (reading, json_walk, json_problems, validation)
"""The modules that call pydantic-core on a file's text or its parsed events."""


def record_calls(monkeypatch, names: tuple[str, ...], sizes: list[int]) -> None:
    """Every call of `names` (pydantic-core's entry points, as each module
    holds them) records the size of what it got in `sizes`."""
    for module in STEPPING:
        for name in names:
            if hasattr(module, name):
                monkeypatch.setattr(module, name, Recorder(getattr(module, name), sizes))


@pytest.fixture(scope="module")
def big_data():
    from tests.bench.synthetic import synthetic_timeline

    return json.dumps(synthetic_timeline(12000, n_parties=5)).encode()


def test_no_step_of_a_load_handles_the_whole_file(monkeypatch, big_data):
    """A single call into pydantic-core holds the interpreter: on the whole of
    a 200 MB file, the window froze for seconds."""
    sizes: list[int] = []
    record_calls(monkeypatch, ("DOCUMENT", "EVENTS", "EVENT", "pydantic_core"), sizes)
    timeline = parse_timeline(big_data)
    assert len(timeline.events) == 12000
    assert sizes and max(sizes) <= len(big_data) // 8


def test_a_cancel_stops_the_load_between_steps(monkeypatch, big_data):
    validated: list[int] = []
    record_calls(monkeypatch, ("EVENTS", "DOCUMENT"), validated)
    reports = []
    with pytest.raises(LoadCancelled):
        parse_timeline(
            big_data, progress=lambda d, t: reports.append(d), cancelled=lambda: bool(reports)
        )
    assert sum(validated) < len(big_data) // 4
