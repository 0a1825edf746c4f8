"""Rows of the quote explorer and their filtering (no Qt)."""

from __future__ import annotations

import datetime as dt

from frise.model.quotes import filter_quotes, fold, quote_rows, speakers
from tests.helpers.timelines import event, load, timeline_dict
from tests.helpers.words import catalogue_words


def quoted():
    return load(
        timeline_dict(
            events=[
                event(
                    "late",
                    "2024-03-01",
                    ["alpha"],
                    "Late",
                    quotes=[
                        {
                            "speaker": "alpha",
                            "text": "We will appeal.",
                            "lang": "en",
                            "translation": {"fr": "Nous ferons appel."},
                        }
                    ],
                ),
                event(
                    "early",
                    "2015-12-11",
                    ["beta"],
                    "Early",
                    quotes=[
                        {"speaker": "Jane Doe", "text": "A good day.", "lang": "en"},
                        {
                            "speaker": "beta",
                            "text": "Une belle journée à l'Élysée.",
                            "lang": "fr",
                            "translation": {"en": "A fine day at the Élysée."},
                        },
                    ],
                ),
                event("silent", "2020-01-01", ["alpha"], "Silent"),
            ]
        )
    )


def test_rows_are_in_time_order_with_names_and_translations():
    rows = quote_rows(quoted(), "en")
    assert [(r.date, r.speaker, r.text) for r in rows] == [
        ("11 Dec 2015", "Jane Doe", "A good day."),
        ("11 Dec 2015", "Beta", "Une belle journée à l'Élysée."),
        ("1 Mar 2024", "Alpha", "We will appeal."),
    ]
    assert rows[1].translation == "A fine day at the Élysée."
    assert rows[2].translation == "Nous ferons appel."  # only French given: shown as is
    timeline = quoted()
    assert timeline.events[rows[2].event].id == "late"
    assert rows[1].quote == 1


def test_rows_follow_the_language():
    rows = quote_rows(quoted(), "fr", catalogue_words("fr"))
    assert rows[1].speaker == "Bêta"
    assert rows[2].date == "1er mars 2024"


def test_filter_by_speaker_and_by_words_in_quote_or_translation():
    rows = quote_rows(quoted(), "en")
    assert [r.text for r in filter_quotes(rows, speaker="Alpha")] == ["We will appeal."]
    assert [r.speaker for r in filter_quotes(rows, text="appel")] == ["Alpha"]
    assert [r.speaker for r in filter_quotes(rows, text="elysee fine")] == ["Beta"]
    assert [r.speaker for r in filter_quotes(rows, text="jane")] == ["Jane Doe"]
    assert filter_quotes(rows, speaker="Beta", text="appeal") == []
    assert len(filter_quotes(rows)) == 3


def test_speakers_are_counted_most_quoted_first():
    rows = quote_rows(quoted(), "en")
    doubled = [*rows, rows[2]]
    assert speakers(doubled) == [("Alpha", 2), ("Beta", 1), ("Jane Doe", 1)]


def test_fold_ignores_case_and_accents():
    assert fold("Élysée DÉJÀ") == "elysee deja"


def test_as_of_a_day_quotes_not_yet_public_are_held_back():
    timeline = load(
        timeline_dict(
            events=[
                event(
                    "emails",
                    "2017-09",
                    ["alpha"],
                    "Emails",
                    revealed="2024-03-05",
                    quotes=[
                        {"speaker": "alpha", "text": "In March.", "lang": "en", "source": 0},
                        {"speaker": "alpha", "text": "In December.", "lang": "en", "source": 1},
                        {"speaker": "alpha", "text": "With the event.", "lang": "en"},
                    ],
                    sources=[
                        {"publisher": "AP", "date": "2024-03"},
                        {"publisher": "Mint", "date": "2024-12-13"},
                    ],
                ),
            ]
        )
    )
    rows = quote_rows(timeline, "en")

    def texts(as_of: str | None) -> list[str]:
        day = None if as_of is None else dt.date.fromisoformat(as_of).toordinal()
        return [r.text for r in filter_quotes(rows, as_of=day)]

    assert texts("2024-03-04") == []  # the source is dated March, the event public on the 5th
    assert texts("2024-03-05") == ["In March.", "With the event."]
    assert texts("2024-12-13") == ["In March.", "In December.", "With the event."]
    assert len(texts(None)) == 3
