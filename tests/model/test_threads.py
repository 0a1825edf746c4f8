"""Relations both ways, threads, walking them, and the delay of a reply (no Qt)."""

from __future__ import annotations

import pytest

from frise.model.dates import Precision
from frise.model.threads import (
    Delay,
    Link,
    arcs_to_draw,
    delay,
    delay_amount,
    delay_length,
    format_delay,
    link_delay,
    public_delay,
    relation_graph,
    thread_ids,
)
from tests.helpers.timelines import event, load, timeline_dict
from tests.helpers.words import catalogue_words


def chain():
    """A suit, a reply, its withdrawal, a refiling, an amendment; and an unrelated event."""
    return load(
        timeline_dict(
            events=[
                event(
                    "refiled",
                    "2024-08-05",
                    ["alpha"],
                    "Refiled",
                    related=[{"event": "withdrawn", "relation": "follows"}],
                ),
                event("suit", "2024-02-29", ["alpha"], "Suit"),
                event(
                    "reply",
                    "2024-03-05",
                    ["beta"],
                    "Reply",
                    related=[{"event": "suit", "relation": "responds-to"}],
                ),
                event(
                    "withdrawn",
                    "2024-06-11",
                    ["alpha"],
                    "Withdrawn",
                    related=[{"event": "suit", "relation": "withdraws"}],
                ),
                event(
                    "amended",
                    "2024-11",
                    ["alpha"],
                    "Amended",
                    related=[{"event": "refiled", "relation": "amends"}],
                ),
                event("alone", "2020", ["beta"], "Unrelated"),
            ]
        )
    )


def test_links_are_known_from_both_ends():
    timeline = chain()
    graph = relation_graph(timeline)
    i = timeline.event_index
    assert graph.outgoing(i["reply"]) == [Link(i["reply"], i["suit"], "responds-to")]
    assert graph.incoming(i["suit"]) == [
        Link(i["reply"], i["suit"], "responds-to"),
        Link(i["withdrawn"], i["suit"], "withdraws"),
    ]
    assert graph.links_of(i["refiled"]) == [
        Link(i["refiled"], i["withdrawn"], "follows"),
        Link(i["amended"], i["refiled"], "amends"),
    ]
    assert graph.links_of(i["alone"]) == []
    assert relation_graph(timeline) is graph  # built once per timeline


def test_a_thread_is_everything_linked_either_way_in_time_order():
    timeline = chain()
    graph = relation_graph(timeline)
    names = lambda events: [timeline.events[k].id for k in events]  # noqa: E731
    thread = ["suit", "reply", "withdrawn", "refiled", "amended"]
    for member in thread:
        assert names(graph.thread(timeline.event_index[member])) == thread
    assert names(graph.thread(timeline.event_index["alone"])) == ["alone"]
    within = graph.links_within(graph.thread(timeline.event_index["suit"]))
    assert len(within) == 4


def test_walking_the_thread_goes_by_date_and_stops_at_the_ends():
    timeline = chain()
    graph = relation_graph(timeline)
    i = timeline.event_index
    walked, at = [], i["suit"]
    while at is not None:
        walked.append(timeline.events[at].id)
        at = graph.step(at, 1)
    assert walked == ["suit", "reply", "withdrawn", "refiled", "amended"]
    assert graph.step(i["suit"], -1) is None
    assert graph.step(i["refiled"], -1) == i["withdrawn"]
    assert graph.step(i["alone"], 1) is None


def test_delay_counts_days_and_keeps_to_the_dates_precision():
    timeline = chain()
    graph = relation_graph(timeline)
    i = timeline.event_index
    reply = link_delay(timeline, graph.outgoing(i["reply"])[0])
    assert reply == Delay(days=5, months=1, years=0, precision=Precision.DAY)
    assert format_delay(reply, catalogue_words("en")) == "+5 days"
    assert format_delay(reply, catalogue_words("fr")) == "+5 jours"
    amended = delay(timeline, i["amended"], i["refiled"])
    assert amended.precision == Precision.MONTH
    assert format_delay(amended, catalogue_words("en")) == "+3 months"
    assert format_delay(delay(timeline, i["suit"], i["alone"]), catalogue_words("fr")) == "+4 ans"


@pytest.mark.parametrize(
    ("value", "en", "fr"),
    [
        (Delay(0, 0, 0, Precision.DAY), "same day", "le même jour"),
        (Delay(1, 0, 0, Precision.DAY), "+1 day", "+1 jour"),
        (Delay(61, 2, 0, Precision.DAY), "+61 days", "+61 jours"),
        (Delay(62, 2, 0, Precision.DAY), "+2 months", "+2 mois"),
        (Delay(-3, 0, 0, Precision.DAY), "−3 days", "−3 jours"),
        (Delay(400, 13, 1, Precision.DAY), "+13 months", "+13 mois"),
        (Delay(800, 26, 2, Precision.DAY), "+2 years", "+2 ans"),
        (Delay(10, 0, 0, Precision.MONTH), "same month", "le même mois"),
        (Delay(40, 1, 0, Precision.MONTH), "+1 month", "+1 mois"),
        (Delay(200, 6, 1, Precision.YEAR), "+1 year", "+1 an"),
        (Delay(100, 3, 0, Precision.YEAR), "same year", "la même année"),
    ],
)
def test_format_delay(value, en, fr):
    assert format_delay(value, catalogue_words("en")) == en
    assert format_delay(value, catalogue_words("fr")) == fr


def test_arcs_to_draw_are_the_selections_or_the_whole_threads():
    timeline = chain()
    graph = relation_graph(timeline)
    i = timeline.event_index
    assert arcs_to_draw(graph, None) == ()
    assert arcs_to_draw(graph, i["reply"]) == (Link(i["reply"], i["suit"], "responds-to"),)
    thread = graph.thread(i["suit"])
    assert len(arcs_to_draw(graph, i["reply"], thread)) == 4
    assert thread_ids(timeline, i["amended"]) == {
        "suit",
        "reply",
        "withdrawn",
        "refiled",
        "amended",
    }
    assert thread_ids(timeline, i["alone"]) == {"alone"}


def test_a_reply_is_timed_from_when_what_it_answers_became_public():
    timeline = load(
        timeline_dict(
            events=[
                event("notes", "2017-11", ["alpha"], "Notes", revealed="2026-01-09"),
                event(
                    "answer",
                    "2026-01-16",
                    ["beta"],
                    "Answer",
                    related=[{"event": "notes", "relation": "responds-to"}],
                ),
                event(
                    "sequel",
                    "2026-02-01",
                    ["alpha"],
                    "Sequel",
                    related=[{"event": "notes", "relation": "follows"}],
                ),
            ]
        )
    )
    graph = relation_graph(timeline)
    i = timeline.event_index
    answer = link_delay(timeline, graph.outgoing(i["answer"])[0])
    assert answer == public_delay(timeline, i["answer"], i["notes"])
    assert answer == Delay(days=7, months=0, years=0, precision=Precision.DAY)
    assert format_delay(answer, catalogue_words("en")) == "+7 days"
    # Any other relation counts from the date things happened.
    sequel = link_delay(timeline, graph.outgoing(i["sequel"])[0])
    assert sequel.precision == Precision.MONTH
    assert format_delay(sequel, catalogue_words("en")) == "+9 years"


@pytest.mark.parametrize(
    ("value", "amount", "en", "fr"),
    [
        (Delay(5, 0, 0, Precision.DAY), (5, "day"), "5 days", "5 jours"),
        (Delay(-3, 0, 0, Precision.DAY), (-3, "day"), "3 days", "3 jours"),
        (Delay(100, 0, 0, Precision.DAY), (3, "month"), "3 months", "3 mois"),
        (Delay(40, 1, 0, Precision.MONTH), (1, "month"), "1 month", "1 mois"),
        (Delay(800, 26, 2, Precision.YEAR), (2, "year"), "2 years", "2 ans"),
    ],
)
def test_delay_amount_and_length(value, amount, en, fr):
    assert delay_amount(value) == amount
    assert delay_length(value, catalogue_words("en")) == en
    assert delay_length(value, catalogue_words("fr")) == fr
