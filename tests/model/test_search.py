"""Search over a timeline's words (no Qt): folding, matching, narrowing, where."""

from __future__ import annotations

import numpy as np
import pytest

from frise.model.search import (
    SearchIndex,
    SearchState,
    describe_match,
    fold,
    fold_with_map,
    search,
    words_of,
)
from tests.helpers.timelines import event, load, timeline_dict


def story():
    return load(
        timeline_dict(
            parties=[
                {"id": "musk", "name": "Elon Musk"},
                {"id": "openai", "name": "OpenAI"},
                {"id": "courts", "name": {"en": "Courts", "fr": "Tribunaux"}},
            ],
            events=[
                event(
                    "suit",
                    "2024-02-29",
                    ["musk", "openai", "courts"],
                    {"en": "Musk sues OpenAI", "fr": "Musk poursuit OpenAI"},
                    summary={"en": "A breach of the founding agreement.", "fr": "Une rupture."},
                    quotes=[
                        {
                            "speaker": "musk",
                            "text": "OpenAI has been transformed into a closed-source de facto "
                            "subsidiary of the largest technology company.",
                            "lang": "en",
                            "translation": {"fr": "OpenAI est devenue une filiale de fait."},
                            "source": 0,
                        }
                    ],
                    sources=[
                        {"url": "https://example.org/a", "publisher": "Le Monde"},
                        {
                            "url": "https://example.org/b",
                            "publisher": "Courthouse",
                            "original": "Reuters",
                        },
                    ],
                ),
                event(
                    "founding",
                    "2015-12-11",
                    ["musk", "openai"],
                    {"en": "OpenAI is founded", "fr": "Création d'OpenAI"},
                    quotes=[{"speaker": "Sam Altman", "text": "We are excited.", "lang": "en"}],
                ),
                event(
                    "ruling",
                    "2025-03-04",
                    ["courts"],
                    {"en": "Injunction denied", "fr": "Référé rejeté"},
                ),
            ],
        )
    )


def ids(timeline, results):
    return [timeline.events[i].id for i in results.events]


def test_fold_drops_case_and_accents_and_keeps_other_letters():
    assert fold("Élysée") == "elysee"
    assert fold("RÉFÉRÉ rejeté") == "refere rejete"
    assert fold("Straße") == "strasse"
    assert fold("œuvre") == "œuvre"
    assert fold("e\u0301te\u0301") == "ete"


def test_index_folds_like_fold_even_in_chunks():
    timeline = story()
    index = SearchIndex.build(timeline)
    assert [timeline.events[i].id for i in index.order] == ["founding", "suit", "ruling"]
    assert "reuters" in index.texts[1]
    assert "creation d'openai" in index.texts[0]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("musk", ["founding", "suit"]),  # a party's name: every event of its lane
        ("poursuit", ["suit"]),  # a French title
        ("REFERE", ["ruling"]),  # case and accents ignored
        ("référé", ["ruling"]),
        ("tribunaux", ["suit", "ruling"]),  # a party's French name
        ("filiale", ["suit"]),  # a quote's translation
        ("closed-source", ["suit"]),  # a quote
        ("altman", ["founding"]),  # a free-named speaker
        ("le monde", ["suit"]),  # a source's outlet, two words
        ("reuters", ["suit"]),  # the original of a syndicated copy
        ("rupture", ["suit"]),  # a French summary
        ("openai musk", ["founding", "suit"]),  # every word, anywhere
        ("openai injunction", []),
        ("", []),
        ("   ", []),
    ],
)
def test_search_finds_every_kind_of_words_in_both_languages(query, expected):
    timeline = story()
    results = search(SearchIndex.build(timeline), query)
    assert ids(timeline, results) == expected
    assert results.mask.sum() == len(expected)


def test_typing_narrows_within_the_previous_results_and_gets_the_same_answer():
    timeline = story()
    index = SearchIndex.build(timeline)
    previous = None
    for typed in ["o", "op", "ope", "open", "opena", "openai", "openai ", "openai f"]:
        results = search(index, typed, previous)
        assert ids(timeline, results) == ids(timeline, search(index, typed))
        previous = results
    assert ids(timeline, previous) == ["founding", "suit"]
    # Deleting a letter widens again: the earlier results are not a limit.
    assert ids(timeline, search(index, "openai", previous)) == ["founding", "suit"]


def test_words_are_folded_once_each_longest_first():
    assert words_of("Musk  musk OpenAI") == ("openai", "musk")


def test_describe_match_says_where_with_the_text_around():
    timeline = story()
    suit = timeline.event_index["suit"]
    match = describe_match(timeline, suit, words_of("subsidiary"), "en")
    assert match.field == "quote"
    assert match.snippet[match.start : match.end] == "subsidiary"
    assert match.snippet.startswith("…") and match.snippet.endswith("company.")
    title = describe_match(timeline, suit, words_of("poursuit"), "en")
    assert (title.field, title.snippet) == ("title", "Musk poursuit OpenAI")
    assert describe_match(timeline, suit, words_of("reuters"), "fr").field == "source"
    assert describe_match(timeline, suit, words_of("tribunaux"), "fr").field == "party"
    assert describe_match(timeline, suit, words_of("zebra"), "en") is None


def test_describe_match_marks_the_word_in_the_original_accented_text():
    timeline = story()
    ruling = timeline.event_index["ruling"]
    match = describe_match(timeline, ruling, words_of("refere"), "fr")
    assert match.snippet[match.start : match.end] == "Référé"


def test_search_state_steps_through_the_results_the_filters_show():
    timeline = story()
    results = search(SearchIndex.build(timeline), "openai")
    state = SearchState("openai", results).with_shown(None)
    assert state.active and state.current is None
    founding, suit = timeline.event_index["founding"], timeline.event_index["suit"]
    state = state.step(1)
    assert state.current_event == founding
    state = state.step(1)
    assert state.current_event == suit
    assert state.step(1).current_event == founding  # wraps around
    assert SearchState("openai", results).with_shown(None).step(-1).current_event == suit
    # A filter hiding the founding keeps the current result, now first of one.
    shown = np.ones(len(timeline.events), bool)
    shown[founding] = False
    narrowed = state.with_shown(shown)
    assert narrowed.current_event == suit and narrowed.current == 0
    assert narrowed.hidden == 1
    assert state.at(founding).current == 0
    assert state.at(timeline.event_index["ruling"]).current is None


def test_an_empty_search_is_inactive():
    state = SearchState()
    assert not state.active
    assert state.step(1) == state


def test_signatures_never_hide_a_match(tmp_path):
    """Whatever is typed, the search finds what a plain scan of the folded
    texts finds (the signatures only skip texts that cannot match)."""
    import random

    from frise.model.loading import parse_timeline
    from tests.bench.synthetic import synthetic_timeline
    from tests.helpers.builders import to_bytes

    timeline = parse_timeline(to_bytes(synthetic_timeline(1500, n_parties=5)))
    index = SearchIndex.build(timeline)
    rng = random.Random(7)
    queries = ["é", "e", "ev", "42", "1", "zz", "partie 3", "court filing", "ce qu'il", ":"]
    for _ in range(40):
        text = rng.choice(index.texts)
        start = rng.randrange(len(text))
        queries.append(text[start : start + rng.randint(1, 6)])
    for query in queries:
        words = words_of(query)
        expected = [
            k
            for k, text in enumerate(index.texts)
            if all(
                word in text
                or any(
                    word in index.party_names[timeline.party_index[p]]
                    for p in timeline.events[index.order[k]].parties
                )
                for word in words
            )
        ]
        assert search(index, query).positions.tolist() == expected, query


def test_a_text_folds_with_a_map_back_as_its_characters_fold_one_by_one():
    # fold_with_map folds ASCII runs whole: the same text and map as folding
    # character by character.
    rng = np.random.default_rng(7)
    alphabet = list("aZ é’ÉßİﬁΣςǅ\u0301\n«»œ→x1")
    for _ in range(3000):
        text = "".join(rng.choice(alphabet, rng.integers(0, 12)))
        pieces = [fold(char) for char in text]
        origin = [k for k, piece in enumerate(pieces) for _ in piece]
        assert fold_with_map(text) == ("".join(pieces), origin)
