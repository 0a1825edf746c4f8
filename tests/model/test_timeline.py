import datetime as dt
import re

from pydantic import TypeAdapter

from frise.model.dates import Precision
from frise.model.schema import Party
from frise.model.timeline import DEFAULT_COLORS, party_colors
from tests.helpers.builders import build, event, party


def day(year: int, month: int = 1, d: int = 1) -> int:
    return dt.date(year, month, d).toordinal()


def spans(events):
    timeline = build(events)
    return [(int(a), int(b)) for a, b in zip(timeline.start, timeline.stop, strict=True)]


def test_a_day_event_spans_one_day():
    (span,) = spans([event("e", "2024-02-29")])
    assert span == (day(2024, 2, 29), day(2024, 3, 1))


def test_a_month_event_spans_the_month():
    (span,) = spans([event("e", "2024-02")])
    assert span[0] == day(2024, 2, 1)
    assert span[1] - span[0] == 29


def test_a_year_event_spans_the_year():
    (span,) = spans([event("e", "2023")])
    assert span == (day(2023), day(2024))
    assert span[1] - span[0] == 365


def test_a_range_stops_at_the_end_of_its_end_period():
    (span,) = spans([event("e", "2024-05-10", end="2024-05")])
    assert span == (day(2024, 5, 10), day(2024, 6, 1))


def test_a_range_to_a_day_includes_that_day():
    (span,) = spans([event("e", "2024-01", end="2024-03-15")])
    assert span == (day(2024, 1, 1), day(2024, 3, 16))


def test_arrays_are_in_file_order_with_precision_and_ranges():
    timeline = build(
        [event("late", "2024-06-01"), event("early", "2019", end="2020"), event("mid", "2021-03")]
    )
    assert timeline.start.tolist() == [day(2024, 6, 1), day(2019), day(2021, 3, 1)]
    assert timeline.is_range.tolist() == [False, True, False]
    assert timeline.precision.tolist() == [Precision.DAY, Precision.YEAR, Precision.MONTH]
    assert timeline.event_index == {"late": 0, "early": 1, "mid": 2}


def test_revealed_is_the_first_day_or_zero():
    timeline = build([event("a", "2017-09", revealed="2024-12"), event("b", "2020")])
    assert timeline.revealed.tolist() == [day(2024, 12, 1), 0]


def test_lanes_are_sorted_by_start():
    timeline = build(
        [
            event("c", "2024-03-01", ["a"]),
            event("a1", "2020", ["a"]),
            event("b", "2022-06", ["a"]),
            event("d", "2021-01-01", ["b"]),
        ]
    )
    lane_a = timeline.lanes[timeline.party_index["a"]]
    assert [timeline.events[i].id for i in lane_a] == ["a1", "b", "c"]
    assert timeline.start[lane_a].tolist() == sorted(timeline.start[lane_a].tolist())


def test_events_starting_the_same_day_keep_file_order_in_a_lane():
    timeline = build([event("x", "2024-01-01"), event("y", "2024-01-01"), event("w", "2023-12-31")])
    assert [timeline.events[i].id for i in timeline.lanes[0]] == ["w", "x", "y"]


def test_an_event_in_two_parties_is_in_both_lanes():
    timeline = build([event("both", "2024", ["a", "b"]), event("only-a", "2023", ["a"])])
    both = timeline.event_index["both"]
    assert both in timeline.lanes[0].tolist()
    assert both in timeline.lanes[1].tolist()
    assert timeline.lanes[1].tolist() == [both]
    assert len(timeline.lanes[0]) == 2


def test_a_party_with_no_events_has_an_empty_lane():
    timeline = build([event("e", "2024", ["a"])])
    assert len(timeline.lanes) == 2
    assert timeline.lanes[1].tolist() == []


def test_parties_without_a_colour_get_distinct_defaults():
    timeline = build([event("e", "2024")], parties=[party("a"), party("b"), party("c")])
    assert len(set(timeline.colors)) == 3
    assert all(c in DEFAULT_COLORS for c in timeline.colors)


def test_default_colours_avoid_the_colours_parties_chose():
    chosen = DEFAULT_COLORS[0].lower()
    timeline = build(
        [event("e", "2024")], parties=[party("a"), party("b", color=chosen), party("c")]
    )
    assert timeline.colors[1] == chosen.upper()
    assert timeline.colors[0] != timeline.colors[1]
    assert timeline.colors[2] != timeline.colors[1]
    assert len(set(timeline.colors)) == 3


def test_many_parties_still_get_distinct_valid_colours():
    parties = [party(f"p{i}") for i in range(25)]
    timeline = build([event("e", "2024", ["p0"])], parties=parties)
    assert len(set(timeline.colors)) == 25
    assert all(re.fullmatch(r"#[0-9A-F]{6}", c) for c in timeline.colors)


def test_party_colors_keeps_given_colours_in_upper_case():
    parties = tuple(
        TypeAdapter(Party).validate_python(p) for p in [party("x", color="#abcdef"), party("y")]
    )
    colors = party_colors(parties)
    assert colors[0] == "#ABCDEF"
    assert colors[1] != "#ABCDEF"


def test_names_and_titles_in_a_language():
    timeline = build(
        [event("e", "2024", title={"en": "Hello", "fr": "Bonjour"})],
        parties=[party("a", name={"en": "Court", "fr": "Tribunal"}), party("b")],
    )
    assert timeline.party_name("a", "fr") == "Tribunal"
    assert timeline.party_name("a", "en") == "Court"
    assert timeline.party_name("Jane Doe", "fr") == "Jane Doe"
    assert timeline.title("fr") == "Test timeline"


def test_revealed_by_finds_the_event_that_answers_or_the_claimants_publication():
    from tests.helpers.timelines import event as make_event
    from tests.helpers.timelines import load

    timeline = load(
        {
            "format": "frise-timeline",
            "version": 1,
            "title": "t",
            "parties": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
            "events": [
                make_event(
                    "talks",
                    "2017-09",
                    ["a"],
                    "Talks",
                    certainty="alleged",
                    claimed_by=["b"],
                    revealed="2024-12-13",
                ),
                make_event("notes", "2017-11", ["a"], "Notes", revealed="2026-01"),
                make_event("letter", "2024-12-12", ["a"], "Letter", revealed="2024-12-13"),
                make_event("post", "2024-12-13", ["b"], "Post", kind="publication"),
                make_event("other", "2024-12-13", ["a"], "Same day, unrelated"),
                make_event(
                    "answer",
                    "2026-01-16",
                    ["b"],
                    "Answer",
                    kind="statement",
                    related=[{"event": "notes", "relation": "responds-to"}],
                ),
            ],
        }
    )
    ids = {e.id: i for i, e in enumerate(timeline.events)}

    def revealed_by(event_id):
        return [timeline.events[k].id for k in timeline.revealed_by(ids[event_id])]

    assert revealed_by("talks") == ["post"]  # the claimant's publication that day
    assert revealed_by("notes") == ["answer"]  # the event that points back at it
    assert revealed_by("letter") == []  # no claimant, nothing points at it
    assert revealed_by("post") == []  # not revealed later
