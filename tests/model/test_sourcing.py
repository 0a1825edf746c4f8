import datetime as dt

from frise.model.schema import Source
from frise.model.sourcing import (
    AGGREGATOR,
    PRESS,
    PRIMARY,
    UNKNOWN,
    outlet_key,
    outlet_keys,
    outlets,
    weakly_sourced,
)
from tests.helpers.builders import build, event


def day(text: str) -> int:
    return dt.date.fromisoformat(text).toordinal()


def src(publisher=None, **fields):
    return {"publisher": publisher, **fields} if publisher else fields


def timeline_of(*sources_per_event, revealed=None):
    events = [
        event(f"e{k}", f"2024-01-{k + 10:02d}", ["a"], sources=list(sources))
        for k, sources in enumerate(sources_per_event)
    ]
    if revealed:
        events[0]["revealed"] = revealed
    return build(events)


def test_a_wire_copy_counts_with_its_original():
    t = timeline_of(
        [
            src("Reuters", type="press"),
            src("CNA", original="Reuters", type="press"),
            src("Hindustan Times", original="Reuters"),
            src("AP"),
        ]
    )
    counts = t.source_counts
    assert counts.independent[0] == 2
    names = [(o.name, o.sources) for o in outlets(t.events[0])]
    assert names == [("Reuters", (0, 1, 2)), ("AP", (3,))]


def test_two_copies_of_the_same_original_are_one_source():
    t = timeline_of([src("CNA", original="Reuters"), src("Fox Business", original="reuters ")])
    assert t.source_counts.independent[0] == 1


def test_outlets_compare_by_name_case_and_spacing_aside():
    assert outlet_key(Source(publisher="The  Verge")) == outlet_key(Source(publisher="the verge"))
    assert outlet_key(Source(url="https://www.example.org/a")) == "example.org"
    assert outlet_key(Source(title="Only a headline")) == "only a headline"


def test_outlets_of_many_sources_at_once_are_each_ones_outlet():
    sources = [
        Source(url="HTTPS://WWW.Example.org:8080/a?b#c"),
        Source(url="http://[::1]:80/x"),
        Source(url="https://news.example.com"),
        Source(url="https://[::1/broken", title="Broken"),
        Source(publisher=" The\tVerge ", url="https://theverge.com/a"),
        Source(original="Reuters", publisher="CNA"),
        Source(title="Only  a headline"),
    ]
    keys = outlet_keys(sources)
    assert keys[:3] == ["example.org", "::1", "news.example.com"]
    assert keys[3]  # a malformed address still names an outlet
    assert keys[4:] == ["the verge", "reuters", "only a headline"]
    assert [outlet_key(s) for s in sources] == keys


def test_each_outlet_takes_its_strongest_type():
    t = timeline_of(
        [
            src("OpenAI", type="primary"),
            src("GreaterWrong", original="OpenAI", type="aggregator"),
            src("Mint", type="press"),
            src("Digg", type="aggregator"),
            src("Blog"),
        ]
    )
    c = t.source_counts
    assert (c.independent[0], c.primary[0], c.press[0], c.aggregator[0], c.unknown[0]) == (
        4,
        1,
        1,
        1,
        1,
    )
    assert [o.type for o in outlets(t.events[0])] == [PRIMARY, PRESS, AGGREGATOR, UNKNOWN]


def test_counts_as_known_on_a_day_leave_out_later_sources():
    t = timeline_of(
        [src("AP", date="2024-03-06"), src("Mint", date="2024-12"), src("Blog")],
        [src("Neowin", date="2024-01-11")],
        revealed="2024-03-05",
    )
    table = t.sources
    assert table.counts(day("2024-03-04")).independent.tolist() == [0, 1]
    # The undated source is known with the event, from its revealed day.
    assert table.counts(day("2024-03-05")).independent.tolist() == [1, 1]
    assert table.counts(day("2024-03-06")).independent.tolist() == [2, 1]
    assert table.counts(day("2024-12-01")).independent.tolist() == [3, 1]
    assert t.source_counts.independent.tolist() == [3, 1]


def test_an_outlet_known_by_a_later_copy_counts_from_its_first_report():
    t = timeline_of(
        [src("Reuters", date="2024-02-01"), src("CNA", original="Reuters", date="2024-05")]
    )
    assert t.sources.counts(day("2024-02-01")).independent[0] == 1
    assert t.sources.counts(day("2024-01-31")).independent[0] == 0


def test_at_least_n_sources():
    t = timeline_of([src("A"), src("B")], [src("A")], [])
    assert t.source_counts.at_least(2).tolist() == [True, False, False]
    assert t.source_counts.at_least(1).tolist() == [True, True, False]


def test_weakly_sourced_lists_one_source_none_and_aggregators_only_in_time_order():
    t = build(
        [
            event("late", "2025-01-01", ["a"], sources=[src("A")]),
            event("fine", "2024-01-01", ["a"], sources=[src("A"), src("B", type="press")]),
            event(
                "aggr",
                "2024-06-01",
                ["a"],
                sources=[src("X", type="aggregator"), src("Y", type="aggregator")],
            ),
            event("none", "2024-02-01", ["a"]),
            event(
                "copies",
                "2024-03-01",
                ["a"],
                sources=[src("C", original="R"), src("D", original="R")],
            ),
        ]
    )
    report = [(t.events[w.event].id, w.independent, w.aggregators_only) for w in weakly_sourced(t)]
    assert report == [
        ("none", 0, False),
        ("copies", 1, False),
        ("aggr", 2, True),
        ("late", 1, False),
    ]


def test_no_sources_at_all():
    t = build([event("e", "2024-01-01", ["a"])])
    assert t.source_counts.independent.tolist() == [0]
    assert t.sources.counts(day("2030-01-01")).independent.tolist() == [0]


def test_an_outlet_known_by_its_address_alone_is_named_by_its_host_in_ascii():
    """ "аррӏе.com" in Cyrillic letters is named as what it is, also in
    `frise check --report`."""
    timeline = timeline_of([src(url="https://аррӏе.com/login")])
    assert [o.name for o in outlets(timeline.events[0])] == ["xn--80ak6aa92e.com"]
