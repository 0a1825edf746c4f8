import datetime as dt

import pytest

from frise.model.filters import MIN_DOMAIN_DAYS, Filter, apply_filter
from tests.helpers.builders import build, event, party


def day(year: int, month: int = 1, d: int = 1) -> int:
    return dt.date(year, month, d).toordinal()


@pytest.fixture
def timeline():
    parties = [party("musk"), party("openai"), party("court"), party("idle")]
    return build(
        parties=parties,
        events=[
            event("founded", "2015-12-11", ["musk", "openai"]),
            event("left", "2018-02", ["musk"]),
            event("suit", "2024-02-29", ["musk", "court"]),
            event("trial", "2023-11", ["court"], end="2025-03"),
            event("deal", "2019", ["openai"]),
            event("ruling", "2025-03-14", ["court"]),
        ],
    )


def ids(timeline, lane):
    return [timeline.events[i].id for i in lane.events]


def lane_ids(filtered):
    return [filtered.timeline.parties[lane.party].id for lane in filtered.lanes]


def test_no_filter_shows_every_lane_and_event(timeline):
    filtered = apply_filter(timeline, Filter())
    assert lane_ids(filtered) == ["musk", "openai", "court", "idle"]
    assert ids(timeline, filtered.lanes[0]) == ["founded", "left", "suit"]
    assert filtered.counts == {"musk": 3, "openai": 2, "court": 3, "idle": 0}
    assert len(filtered.events) == 6


def test_party_filter_keeps_only_those_lanes_in_timeline_order(timeline):
    filtered = apply_filter(timeline, Filter(parties=frozenset({"court", "musk"})))
    assert lane_ids(filtered) == ["musk", "court"]
    assert filtered.lane_of("openai") is None
    assert ids(timeline, filtered.lane_of("court")) == ["trial", "suit", "ruling"]


def test_counts_cover_hidden_parties_too(timeline):
    filtered = apply_filter(timeline, Filter(parties=frozenset({"court"})))
    assert filtered.counts == {"musk": 3, "openai": 2, "court": 3, "idle": 0}


def test_shown_events_are_the_union_of_the_lanes_in_time_order(timeline):
    filtered = apply_filter(timeline, Filter(parties=frozenset({"musk", "court"})))
    assert [timeline.events[i].id for i in filtered.events] == [
        "founded",
        "left",
        "trial",
        "suit",
        "ruling",
    ]


def test_year_filter_keeps_events_overlapping_the_years(timeline):
    filtered = apply_filter(timeline, Filter(year_from=2024, year_to=2024))
    shown = {timeline.events[i].id for i in filtered.events}
    assert shown == {"suit", "trial"}


def test_a_range_crossing_the_boundary_stays(timeline):
    later = apply_filter(timeline, Filter(year_from=2025))
    assert "trial" in {timeline.events[i].id for i in later.events}
    earlier = apply_filter(timeline, Filter(year_to=2023))
    assert "trial" in {timeline.events[i].id for i in earlier.events}


def test_year_boundaries_are_inclusive_and_exact():
    timeline = build(
        [
            event("last-day", "2019-12-31"),
            event("first-day", "2020-01-01"),
            event("next-year", "2021-01-01"),
        ]
    )
    filtered = apply_filter(timeline, Filter(year_from=2020, year_to=2020))
    assert [timeline.events[i].id for i in filtered.events] == ["first-day"]


def test_counts_follow_the_year_range(timeline):
    filtered = apply_filter(timeline, Filter(year_from=2018, year_to=2019))
    assert filtered.counts == {"musk": 1, "openai": 1, "court": 0, "idle": 0}


def test_domain_is_the_year_range_when_both_ends_are_set(timeline):
    filtered = apply_filter(timeline, Filter(year_from=2016, year_to=2020))
    assert filtered.domain == (day(2016), day(2021))


def test_domain_covers_the_events_with_a_margin(timeline):
    filtered = apply_filter(timeline, Filter())
    first, last = day(2015, 12, 11), day(2025, 3, 15)
    lo, hi = filtered.domain
    assert lo < first
    assert hi > last
    # A margin, not a second timeline's worth of empty space.
    assert (first - lo) < 0.2 * (last - first)
    assert (hi - last) < 0.2 * (last - first)


def test_domain_covers_only_the_shown_lanes(timeline):
    filtered = apply_filter(timeline, Filter(parties=frozenset({"court"})))
    lo, hi = filtered.domain
    assert day(2018) < lo < day(2023, 11, 1)
    assert hi > day(2025, 3, 15)


def test_domain_with_an_open_end_starts_at_the_year(timeline):
    filtered = apply_filter(timeline, Filter(year_from=2024))
    lo, hi = filtered.domain
    assert lo == day(2024)
    assert hi > day(2025, 3, 15)


def test_domain_of_a_single_day_is_at_least_the_minimum():
    timeline = build([event("only", "2024-02-29")])
    lo, hi = apply_filter(timeline, Filter()).domain
    assert hi - lo >= MIN_DOMAIN_DAYS
    assert lo <= day(2024, 2, 29) < day(2024, 3, 1) <= hi


def test_no_party_selected_leaves_no_lanes(timeline):
    filtered = apply_filter(timeline, Filter(parties=frozenset()))
    assert filtered.lanes == ()
    assert len(filtered.events) == 0
    lo, hi = filtered.domain
    assert hi > lo


def test_years_without_events_leave_empty_lanes(timeline):
    filtered = apply_filter(timeline, Filter(year_from=2030, year_to=2031))
    assert len(filtered.lanes) == 4
    assert all(len(lane.events) == 0 for lane in filtered.lanes)
    assert len(filtered.events) == 0
    assert sum(filtered.counts.values()) == 0
    assert filtered.domain == (day(2030), day(2032))


def test_an_empty_timeline_has_a_domain():
    timeline = build([], parties=[party("a")])
    filtered = apply_filter(timeline, Filter())
    lo, hi = filtered.domain
    assert hi - lo >= MIN_DOMAIN_DAYS
    assert len(filtered.events) == 0


def test_lane_arrays_are_taken_at_its_events(timeline):
    lane = apply_filter(timeline, Filter()).lane_of("court")
    assert lane.start.tolist() == timeline.start[lane.events].tolist()
    assert lane.stop.tolist() == timeline.stop[lane.events].tolist()
    assert lane.is_range.tolist() == [True, False, False]
    assert lane.start.tolist() == sorted(lane.start.tolist())


def test_filter_state():
    assert Filter().shows_party("x")
    assert not Filter(parties=frozenset({"y"})).shows_party("x")
    assert Filter(year_from=2020, year_to=2021).day_range() == (day(2020), day(2022))
    assert Filter(year_to=2021).day_range() == (None, day(2022))


def test_an_event_of_several_lanes_is_titled_in_the_first_lane_shown_only():
    timeline = build(
        events=[
            event("both", "2020-01-01", ["b", "a"]),
            event("solo", "2020-02-01", ["b"]),
        ]
    )
    filtered = apply_filter(timeline, Filter())
    first, second = filtered.lanes
    titled = {
        (timeline.parties[lane.party].id, timeline.events[e].id): bool(t)
        for lane in filtered.lanes
        for e, t in zip(lane.events, lane.titled, strict=True)
    }
    assert titled[(timeline.parties[first.party].id, "both")] is True
    assert titled[(timeline.parties[second.party].id, "both")] is False
    assert titled[("b", "solo")] is True
    # With the first lane hidden, the event is titled in the one left.
    only = apply_filter(timeline, Filter(parties=frozenset({timeline.parties[second.party].id})))
    assert only.lanes[0].titled.all()
