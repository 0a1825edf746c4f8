"""Reply rhythm: who answered what and how long after, a party's replies on
shared scales, and the sentences that say so (no Qt)."""

from __future__ import annotations

import datetime as dt

import pytest

from frise.model import rhythm
from frise.model.dates import Precision
from frise.model.rhythm import (
    all_replies,
    party_rhythm,
    replies_by,
    replies_to,
    reply_sentence,
    rhythm_summary,
    top_of,
)
from frise.model.threads import delay_length
from tests.helpers.timelines import event, load, timeline_dict
from tests.helpers.words import catalogue_words


def day(text: str) -> int:
    return dt.date.fromisoformat(text).toordinal()


def responds(*ids: str) -> list[dict]:
    return [{"event": i, "relation": "responds-to"} for i in ids]


@pytest.fixture(scope="module")
def story():
    """Alpha sues; Beta answers twice (5 days, then within the month); Alpha
    withdraws and amends (not replies); notes revealed years later get a
    prompt answer; the courts rule on two filings at once."""
    return load(
        timeline_dict(
            parties=[
                {"id": "alpha", "name": "Alpha"},
                {"id": "beta", "name": {"en": "Beta", "fr": "Bêta"}},
                {"id": "courts", "name": {"en": "The court", "fr": "Le tribunal"}},
            ],
            events=[
                event("notes", "2017-11", ["beta"], "Notes", revealed="2026-01"),
                event("suit", "2024-02-29", ["alpha", "beta", "courts"], "Suit"),
                event(
                    "rebuttal",
                    "2024-03-05",
                    ["beta", "alpha", "courts"],
                    "Rebuttal",
                    related=responds("suit"),
                ),
                event("motion", "2024-03", ["alpha", "courts"], "Motion"),
                event(
                    "filing",
                    "2024-03-20",
                    ["beta", "courts"],
                    "Filing",
                    related=responds("motion"),
                ),
                event(
                    "withdrawal",
                    "2024-06-11",
                    ["alpha"],
                    "Withdrawal",
                    related=[{"event": "suit", "relation": "withdraws"}],
                ),
                event(
                    "ruling",
                    "2025-03-04",
                    ["courts", "alpha", "beta"],
                    "Ruling",
                    related=responds("motion", "suit"),
                ),
                event(
                    "answer",
                    "2026-01-16",
                    ["beta", "alpha"],
                    "Answer",
                    related=responds("notes"),
                ),
            ],
        )
    )


def ids(timeline, replies):
    return [(timeline.events[r.reply].id, timeline.events[r.answered].id) for r in replies]


def test_replies_are_responds_to_links_only_in_time_order(story):
    assert ids(story, all_replies(story)) == [
        ("rebuttal", "suit"),
        ("filing", "motion"),
        ("ruling", "motion"),
        ("ruling", "suit"),
        ("answer", "notes"),
    ]
    i = story.event_index
    assert ids(story, replies_to(story, i["suit"])) == [("rebuttal", "suit"), ("ruling", "suit")]
    assert ids(story, replies_by(story, i["ruling"])) == [("ruling", "motion"), ("ruling", "suit")]
    assert replies_by(story, i["withdrawal"]) == []


def test_who_replied_is_the_replys_first_party(story):
    parties = [story.parties[r.party].id for r in all_replies(story)]
    assert parties == ["beta", "beta", "courts", "courts", "beta"]


def test_the_delay_runs_from_when_the_answered_event_became_public(story):
    i = story.event_index
    rebuttal, answer = replies_by(story, i["rebuttal"])[0], replies_by(story, i["answer"])[0]
    assert rebuttal.delay.days == 5 and rebuttal.delay.precision == Precision.DAY
    assert rebuttal.day == day("2024-03-05")
    # The notes were written in 2017 but public from January 2026.
    assert answer.delay.days == 15 and answer.delay.precision == Precision.MONTH
    assert answer.delay.months == 0


def test_as_of_a_day_replies_not_yet_public_are_left_out(story):
    i = story.event_index
    assert ids(story, replies_to(story, i["suit"], day("2024-03-04"))) == []
    assert ids(story, replies_to(story, i["suit"], day("2024-03-05"))) == [("rebuttal", "suit")]
    assert len(all_replies(story, day("2024-12-31"))) == 2


def test_sentences_on_the_answered_event_and_on_the_reply(story):
    i = story.event_index
    en, fr = catalogue_words("en"), catalogue_words("fr")
    rebuttal = replies_by(story, i["rebuttal"])[0]
    assert reply_sentence(story, rebuttal, "en", en) == "Beta replied 5 days later:"
    assert reply_sentence(story, rebuttal, "en", en, on_reply=True) == "Beta replied 5 days after:"
    assert reply_sentence(story, rebuttal, "fr", fr) == "Bêta — réponse 5 jours plus tard\u00a0:"
    assert (
        reply_sentence(story, rebuttal, "fr", fr, on_reply=True)
        == "Bêta — réponse 5 jours après\u00a0:"
    )
    ruling = replies_to(story, i["suit"])[1]
    assert reply_sentence(story, ruling, "en", en) == "The court replied 12 months later:"
    assert (
        reply_sentence(story, ruling, "fr", fr) == "Le tribunal — réponse 12 mois plus tard\u00a0:"
    )
    answer = replies_by(story, i["answer"])[0]
    assert reply_sentence(story, answer, "en", en) == "Beta replied the same month:"
    assert reply_sentence(story, answer, "fr", fr) == "Bêta — réponse le même mois\u00a0:"
    filing = replies_by(story, i["filing"])[0]  # a month-precise motion, answered that month
    assert reply_sentence(story, filing, "en", en, on_reply=True) == "Beta replied the same month:"


def test_in_french_no_verb_agrees_with_the_party_so_any_name_reads_right():
    # « Tribunaux a répondu » was wrong: a lane's name may be plural, feminine,
    # or start with an article. The sentence names the party, then the reply.
    timeline = load(
        timeline_dict(
            parties=[
                {"id": "alpha", "name": "Alpha", "color": "#D55E00"},
                {"id": "courts", "name": {"en": "Courts", "fr": "Tribunaux"}, "color": "#000000"},
            ],
            events=[
                event("post", "2024-03-10", ["alpha"], "Post"),
                event("ruling", "2024-03-15", ["courts"], "Ruling", related=responds("post")),
            ],
        )
    )
    reply = all_replies(timeline)[0]
    fr = catalogue_words("fr")
    assert (
        reply_sentence(timeline, reply, "fr", fr) == "Tribunaux — réponse 5 jours plus tard\u00a0:"
    )
    templates = [*rhythm._SENTENCES.values(), *rhythm._SAME.values()]
    for template in templates:
        assert fr.tr(template, rhythm._REPLY_WORDS).startswith("{party} — réponse ")


def test_a_reply_dated_before_what_it_answers_says_so():
    timeline = load(
        timeline_dict(
            events=[
                event("post", "2024-03-10", ["alpha"], "Post"),
                event("early", "2024-03-07", ["beta"], "Early", related=responds("post")),
            ]
        )
    )
    reply = all_replies(timeline)[0]
    en = catalogue_words("en")
    assert reply_sentence(timeline, reply, "en", en) == "Beta replied 3 days earlier (as dated):"
    assert (
        reply_sentence(timeline, reply, "en", en, on_reply=True)
        == "Beta replied 3 days before (as dated):"
    )


def test_a_partys_rhythm_shares_its_scales_with_every_party(story):
    beta = story.party_index["beta"]
    courts = story.party_index["courts"]
    rhythm = party_rhythm(story, beta)
    assert ids(story, rhythm.replies) == [
        ("rebuttal", "suit"),
        ("filing", "motion"),
        ("answer", "notes"),
    ]
    assert (rhythm.first, rhythm.last) == (day("2024-03-05"), day("2026-01-16"))
    # The longest delay is the court's (the suit, a year before the ruling):
    # the strips' top is two years, the guide above it.
    assert max(r.delay.days for r in all_replies(story)) == 369
    assert rhythm.top == party_rhythm(story, courts).top == 730
    points = rhythm.points()
    assert points[0][0] == 0.0 and points[-1][0] == 1.0
    assert 0 < points[0][1] < points[1][1] < 1  # 5 days, then 19 days
    assert 0.85 < party_rhythm(story, courts).points()[-1][1] < 0.95
    guides = rhythm.guides()
    assert [days for days, _ in guides] == [7, 30, 365, 730]
    en = catalogue_words("en")
    assert [delay_length(d, en) for _, d in guides] == ["7 days", "1 month", "1 year", "2 years"]


def test_a_rhythm_as_of_a_day_and_without_replies(story):
    alpha = story.party_index["alpha"]
    assert party_rhythm(story, alpha).replies == ()
    assert party_rhythm(story, alpha).median_days() is None
    assert rhythm_summary(party_rhythm(story, alpha)) == ""
    early = party_rhythm(story, story.party_index["beta"], day("2024-03-05"))
    assert len(early.replies) == 1
    assert early.top == 30  # never under a month
    assert early.points() == [(0.5, pytest.approx(0.5217, abs=1e-3))]
    assert [days for days, _ in early.guides()] == [7, 30]


def test_rhythm_summary(story):
    rhythm = party_rhythm(story, story.party_index["beta"])
    assert rhythm.median_days() == 15
    assert rhythm_summary(rhythm, catalogue_words("en")) == "3 replies; median delay: 15 days"
    assert (
        rhythm_summary(rhythm, catalogue_words("fr"))
        == "3 réponses\u00a0; délai médian\u00a0: 15 jours"
    )


def test_the_top_is_the_guide_over_the_longest_delay():
    assert [top_of(n) for n in (0, 5, 30, 31, 365, 366, 800, 2000, 4000)] == [
        30,
        30,
        30,
        365,
        365,
        730,
        1826,
        3652,
        4000,
    ]
