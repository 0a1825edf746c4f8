import datetime as dt

import pytest

from frise.model.filters import CONFIRMED_ONLY, MIN_DOMAIN_DAYS, Filter, apply_filter, chosen
from frise.model.timeline import KIND_KEYS
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


# --- as known on a day, whose account, how well sourced ---------------------


@pytest.fixture
def contested():
    return build(
        parties=[party("musk"), party("openai"), party("court")],
        events=[
            event("founded", "2015-12-11", ["musk", "openai"], sources=[{"publisher": "A"}]),
            event(
                "terms",
                "2017-09",
                ["musk", "openai"],
                certainty="alleged",
                claimed_by=["openai"],
                revealed="2024-03-05",
                sources=[{"publisher": "AP", "date": "2024-03-06"}, {"publisher": "Mint"}],
            ),
            event("suit", "2024-02-29", ["musk", "court"], sources=[{"publisher": "CNN"}]),
            event("trial", "2024-01", ["court"], end="2026-05"),
            event("claim", "2024-06-01", ["musk"], certainty="disputed", claimed_by=["musk"]),
        ],
    )


def test_as_of_hides_what_was_not_yet_public(contested):
    filtered = apply_filter(contested, Filter(as_of=day(2024, 3, 1)))
    assert [contested.events[i].id for i in filtered.events] == ["founded", "trial", "suit"]
    assert filtered.counts == {"musk": 2, "openai": 1, "court": 2}
    later = apply_filter(contested, Filter(as_of=day(2024, 3, 5)))
    assert "terms" in [contested.events[i].id for i in later.events]


def test_as_of_cuts_running_periods_and_ends_the_domain_at_the_day(contested):
    filtered = apply_filter(contested, Filter(as_of=day(2024, 3, 1)))
    court = filtered.lane_of("court")
    k = list(court.events).index(contested.event_index["trial"])
    assert court.stop[k] == day(2024, 3, 2)
    last = filtered.domain[1]
    assert last < day(2024, 3, 1) + 400
    assert apply_filter(contested, Filter()).domain[1] > day(2026, 5, 1)


def test_ghosts_are_in_the_lanes_untitled_but_not_shown_events(contested):
    filtered = apply_filter(contested, Filter(as_of=day(2024, 3, 1), ghosts=True))
    terms = contested.event_index["terms"]
    assert filtered.ghost is not None and filtered.ghost[terms]
    musk = filtered.lane_of("musk")
    assert terms in musk.events
    assert not musk.titled[list(musk.events).index(terms)]
    assert terms not in filtered.events
    assert filtered.counts["musk"] == 2


def test_sources_counted_as_known_on_the_day(contested):
    terms = contested.event_index["terms"]
    assert apply_filter(contested, Filter(as_of=day(2024, 3, 5))).sources.independent[terms] == 1
    assert apply_filter(contested, Filter()).sources.independent[terms] == 2


def test_min_sources(contested):
    ids = [contested.events[i].id for i in apply_filter(contested, Filter(min_sources=1)).events]
    assert ids == ["founded", "terms", "suit"]
    ids = [contested.events[i].id for i in apply_filter(contested, Filter(min_sources=2)).events]
    assert ids == ["terms"]
    as_of = apply_filter(contested, Filter(min_sources=2, as_of=day(2024, 3, 5))).events
    assert len(as_of) == 0


def test_as_a_party_tells_it(contested):
    by_musk = apply_filter(contested, Filter(told_by="musk"))
    assert [contested.events[i].id for i in by_musk.events] == ["founded", "trial", "suit", "claim"]
    by_openai = apply_filter(contested, Filter(told_by="openai"))
    assert "claim" not in [contested.events[i].id for i in by_openai.events]
    assert "terms" in [contested.events[i].id for i in by_openai.events]


def test_claims_view_puts_claims_in_a_sub_lane_per_claimant(contested):
    filtered = apply_filter(contested, Filter(), mode="claims")
    lanes = [
        (
            contested.parties[lane.party].id,
            lane.claimant,
            [contested.events[i].id for i in lane.events],
        )
        for lane in filtered.lanes
    ]
    assert lanes == [
        ("musk", None, ["founded", "suit"]),
        ("musk", 0, ["claim"]),
        ("musk", 1, ["terms"]),
        ("openai", None, ["founded"]),
        ("openai", 1, ["terms"]),
        ("court", None, ["trial", "suit"]),
    ]
    # A claim is titled in its first sub-lane only, like any shared event.
    assert filtered.lanes[2].titled.tolist() == [True]
    assert filtered.lanes[4].titled.tolist() == [False]
    assert filtered.lanes[1].key == (0, 0)


@pytest.fixture
def kinds():
    parties = [party("musk"), party("openai"), party("court")]
    return build(
        parties=parties,
        events=[
            event("suit", "2024-02-29", ["musk", "court"], kind="filing"),
            event("reply", "2024-03-05", ["openai"], kind="publication", certainty="confirmed"),
            event("bid", "2025-02", ["musk"], kind="deal", certainty="reported"),
            event("claim", "2017", ["openai"], kind="statement", certainty="alleged"),
            event("ruling", "2025-03-04", ["court"], kind="ruling"),
            event("note", "2016", ["musk"], certainty="disputed"),
        ],
    )


def shown_ids(filtered):
    return sorted(filtered.timeline.events[i].id for i in filtered.events)


def test_kind_filter_keeps_those_kinds_and_none_stands_for_no_kind(kinds):
    filtered = apply_filter(kinds, Filter(kinds=frozenset({"filing", "ruling"})))
    assert shown_ids(filtered) == ["ruling", "suit"]
    assert shown_ids(apply_filter(kinds, Filter(kinds=frozenset({"none"})))) == ["note"]
    assert shown_ids(apply_filter(kinds, Filter(kinds=frozenset()))) == []


def test_certainty_filter_and_the_confirmed_only_shortcut(kinds):
    confirmed = Filter(certainties=CONFIRMED_ONLY)
    assert confirmed.confirmed_only
    assert shown_ids(apply_filter(kinds, confirmed)) == ["reply", "ruling", "suit"]
    contested = Filter(certainties=frozenset({"alleged", "disputed"}))
    assert not contested.confirmed_only
    assert shown_ids(apply_filter(kinds, contested)) == ["claim", "note"]


def test_filters_combine_and_each_counts_with_the_others_applied(kinds):
    view_filter = Filter(
        parties=frozenset({"musk"}), kinds=frozenset({"filing", "deal"}), certainties=CONFIRMED_ONLY
    )
    filtered = apply_filter(kinds, view_filter)
    assert shown_ids(filtered) == ["suit"]
    # Kinds counted among Musk's confirmed events, whatever the kind filter.
    assert filtered.kind_counts["filing"] == 1
    assert filtered.kind_counts["deal"] == 0  # the bid is only reported
    assert filtered.kind_counts["none"] == 0  # the note is disputed
    assert sum(filtered.kind_counts.values()) == 1
    # Certainties counted among Musk's filings and deals, whatever the certainty filter.
    assert filtered.certainty_counts == {
        "confirmed": 1,
        "reported": 1,
        "alleged": 0,
        "disputed": 0,
    }
    # Parties counted with kinds and certainty applied, whatever the party filter.
    assert filtered.counts == {"musk": 1, "openai": 0, "court": 1}


def test_counts_without_a_filter_cover_every_kind(kinds):
    filtered = apply_filter(kinds, Filter())
    assert list(filtered.kind_counts) == [*KIND_KEYS]
    assert filtered.kind_counts["filing"] == 1 and filtered.kind_counts["none"] == 1
    assert sum(filtered.certainty_counts.values()) == 6


def test_thread_filter_shows_those_events_only_and_forgets_unknown_ids(kinds):
    filtered = apply_filter(kinds, Filter(thread=frozenset({"suit", "reply", "gone"})))
    assert shown_ids(filtered) == ["reply", "suit"]
    assert filtered.shown.sum() == 2
    assert filtered.shown[kinds.event_index["reply"]]


def test_chosen_is_none_when_every_key_is_ticked():
    assert chosen(KIND_KEYS, KIND_KEYS) is None
    assert chosen(["filing"], KIND_KEYS) == frozenset({"filing"})
    assert chosen([], KIND_KEYS) == frozenset()
