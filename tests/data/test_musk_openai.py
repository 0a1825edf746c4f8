"""The bundled Musk–OpenAI timeline: valid, complete, bilingual and sourced.

Loaded through the project's own loader, so a broken file fails here exactly as
it would fail in the app. Pure data checks: no Qt.
"""

from __future__ import annotations

import json
import re
from itertools import combinations, pairwise

import pytest

from frise.model.dates import day_span
from frise.model.loading import TimelineError, load_timeline
from frise.paths import bundled_timeline

BRIEF_PARTIES = {"musk", "openai", "microsoft", "meta", "xai", "tesla", "courts", "regulators"}
# Years with at least one entry in the researched chronology (none for 2016, 2020, 2021).
CHRONOLOGY_YEARS = {2015, 2017, 2018, 2019, 2022, 2023, 2024, 2025, 2026}
# URLs that the chronology gives as plain http; copied as written, never rewritten.
HTTP_ONLY_URLS = {"http://www.today.az/news/regions/261396.html"}
OTHER_LANG = {"en": "fr", "fr": "en"}


@pytest.fixture(scope="module")
def timeline():
    return load_timeline(bundled_timeline())


@pytest.fixture(scope="module")
def events(timeline):
    return timeline.events


def _quotes(events):
    return [(event, quote) for event in events for quote in event.quotes]


def _words(text: str) -> set[str]:
    return set(re.findall(r"[\w$%.-]+", text.lower()))


def test_loads_without_problems():
    try:
        load_timeline(bundled_timeline())
    except TimelineError as e:
        pytest.fail(f"the bundled timeline does not load:\n{e}")


def test_has_at_least_30_events(events):
    assert len(events) >= 30, f"only {len(events)} events"


def test_dates_span_2015_to_2026(events):
    years = [int(e.date[:4]) for e in events]
    assert min(years) == 2015, f"first event is in {min(years)}"
    assert max(years) == 2026, f"last event is in {max(years)}"


def test_every_chronology_year_has_an_event(events):
    years = {int(e.date[:4]) for e in events}
    missing = CHRONOLOGY_YEARS - years
    assert not missing, f"no event in {sorted(missing)}"


def test_events_are_in_date_order(events):
    for before, after in pairwise(events):
        assert day_span(before.date)[0] <= day_span(after.date)[0], (
            f'event "{after.id}" ({after.date}) comes after "{before.id}" ({before.date})'
        )


def test_every_party_of_the_brief_is_present(timeline):
    ids = {p.id for p in timeline.doc.parties}
    missing = BRIEF_PARTIES - ids
    assert not missing, f"missing parties: {sorted(missing)}"


def test_every_party_has_a_colour(timeline):
    for party in timeline.doc.parties:
        assert party.color, f'party "{party.id}" has no colour'


def test_every_event_has_a_source_with_an_https_url(events):
    for event in events:
        assert event.sources, f'event "{event.id}" has no source'
        assert any(s.url and s.url.startswith("https://") for s in event.sources), (
            f'event "{event.id}" has no https source'
        )


def test_every_url_is_https(events):
    for event in events:
        for i, source in enumerate(event.sources):
            assert source.url, f'event "{event.id}" source {i} has no URL'
            if source.url in HTTP_ONLY_URLS:
                continue
            assert source.url.startswith("https://"), (
                f'event "{event.id}" source {i} is not https: {source.url}'
            )


@pytest.mark.parametrize("field", ["title", "summary"])
def test_texts_are_translated(events, field):
    for event in events:
        text = getattr(event, field)
        assert isinstance(text, dict), f'event "{event.id}" {field} is not bilingual'
        en, fr = text.get("en", "").strip(), text.get("fr", "").strip()
        assert en, f'event "{event.id}" has no English {field}'
        assert fr, f'event "{event.id}" has no French {field}'
        assert en != fr, f'event "{event.id}" French {field} is the English one'


def test_at_least_15_quotes(events):
    count = len(_quotes(events))
    assert count >= 15, f"only {count} quotes"


def test_every_quote_is_attributed_sourced_and_translated(events):
    for event, quote in _quotes(events):
        where = f'event "{event.id}" quote "{quote.text[:40]}"'
        assert quote.speaker.strip(), f"{where} has no speaker"
        assert "<" not in quote.speaker, f"{where} has markup in its speaker"
        assert quote.source is not None, f"{where} has no source index"
        assert quote.source < len(event.sources), f"{where} points at a missing source"
        assert quote.lang in OTHER_LANG, f"{where} has lang {quote.lang!r}"
        other = OTHER_LANG[quote.lang]
        translation = quote.translation
        assert isinstance(translation, dict) and translation.get(other, "").strip(), (
            f"{where} has no translation into {other}"
        )
        assert translation[other] != quote.text, f"{where} translation is the quote itself"


def test_alleged_and_disputed_events_name_who_claims_them(events):
    for event in events:
        if event.certainty in ("alleged", "disputed"):
            assert event.claimed_by, (
                f'event "{event.id}" is {event.certainty} but names no claimant'
            )


def test_no_duplicate_ids():
    raw = json.loads(bundled_timeline().read_text(encoding="utf-8"))
    seen: set[str] = set()
    for event in raw["events"]:
        assert event["id"] not in seen, f'event id "{event["id"]}" is used twice'
        seen.add(event["id"])


def test_no_identical_english_titles(events):
    seen: dict[str, str] = {}
    for event in events:
        title = event.title["en"].strip().lower()
        assert title not in seen, f'events "{seen[title]}" and "{event.id}" share a title'
        seen[title] = event.id


def test_no_near_duplicate_events(events):
    for a, b in combinations(events, 2):
        if a.date != b.date or set(a.parties) != set(b.parties):
            continue
        wa, wb = _words(a.title["en"]), _words(b.title["en"])
        similarity = len(wa & wb) / len(wa | wb)
        assert similarity <= 0.6, (
            f'events "{a.id}" and "{b.id}" look like duplicates ({similarity:.0%} alike)'
        )


@pytest.mark.parametrize(
    ("source", "relation", "target"),
    [
        ("musk-withdraws-state-suit", "withdraws", "musk-state-suit"),
        ("amended-complaint-microsoft", "amends", "musk-federal-suit"),
        ("musk-federal-suit", "follows", "musk-withdraws-state-suit"),
        ("openai-first-rebuttal", "responds-to", "musk-state-suit"),
        ("injunction-denied", "responds-to", "injunction-motion"),
        ("xai-trade-secrets-first-dismissal", "responds-to", "xai-trade-secret-suit"),
        ("trade-secret-suit-dismissed", "responds-to", "xai-trade-secret-suit"),
        ("fraud-claims-survive", "responds-to", "musk-federal-suit"),
        ("openai-counterclaims", "responds-to", "musk-federal-suit"),
        ("musk-zuckerberg-bid-filing", "responds-to", "musk-consortium-bid"),
        ("trial", "follows", "case-sent-to-jury"),
        ("tesla-invests-xai", "follows", "xai-series-e"),
    ],
)
def test_key_relations_exist(timeline, source, relation, target):
    assert source in timeline.event_index, f'event "{source}" is missing'
    event = timeline.events[timeline.event_index[source]]
    links = {(r.relation, r.event) for r in event.related}
    assert (relation, target) in links, f'event "{source}" does not {relation} "{target}"'


def test_revealed_is_later_than_the_event(events):
    for event in events:
        if event.revealed is None:
            continue
        assert day_span(event.revealed)[0] > day_span(event.date)[0], (
            f'event "{event.id}" is revealed ({event.revealed}) before it happened ({event.date})'
        )


# Who made each reply (`responds-to`), as the notes tell: the filer, the court
# ruling, the party posting. The reply rhythm names the reply's first party.
REPLIERS = {
    "openai-first-rebuttal": "openai",
    "openai-for-profit-emails": "openai",
    "board-rejects-bid": "openai",
    "injunction-denied": "courts",
    "openai-counterclaims": "openai",
    "fraud-claims-survive": "courts",
    "counterclaims-proceed": "courts",
    "musk-zuckerberg-bid-filing": "openai",  # OpenAI's filing, about Meta
    "apple-openai-dismissal-denied": "courts",
    "truth-elon-left-out": "openai",
    "xai-trade-secrets-first-dismissal": "courts",
    "trade-secret-suit-dismissed": "courts",
}


def test_a_replys_first_party_is_who_replied(events):
    replies = {
        e.id: e.parties[0] for e in events if any(r.relation == "responds-to" for r in e.related)
    }
    assert replies == REPLIERS
