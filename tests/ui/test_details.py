"""The details panel: dates at their precision, claims, when an event became
public and through what, relations both ways."""

from __future__ import annotations

from PySide6.QtCore import QUrl

from frise.translations import words
from frise.ui.details import DETAILS_BLOCKS, DETAILS_CHARS, DetailsPanel
from tests.helpers.timelines import event, load, timeline_dict


def revealed_timeline():
    return load(
        timeline_dict(
            events=[
                event(
                    "talks",
                    "2017-09",
                    ["alpha"],
                    {"en": "Talks", "fr": "Négociations"},
                    certainty="alleged",
                    claimed_by=["beta"],
                    revealed="2024-12-13",
                ),
                event(
                    "post",
                    "2024-12-13",
                    ["beta"],
                    {"en": "Beta's post", "fr": "Le billet de Bêta"},
                    kind="publication",
                ),
                event(
                    "reply",
                    "2025",
                    ["alpha"],
                    "Reply",
                    related=[{"event": "post", "relation": "responds-to"}],
                ),
            ]
        )
    )


def test_revealed_event_says_when_and_through_what(qtbot):
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    timeline = revealed_timeline()
    panel.show_event(timeline, 0, "en", words("en"))
    text = panel.plain_text()
    assert "Sep 2017 · " not in text  # no kind given
    assert text.splitlines()[1] == "Sep 2017"
    assert "Certainty: alleged (claimed by Beta)" in text
    assert "Made public: 13 Dec 2024, later than it happened — through Beta's post" in text


def test_french_details(qtbot):
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.show_event(revealed_timeline(), 0, "fr", words("fr"))
    text = panel.plain_text()
    assert "sept. 2017" in text
    assert "Certitude : allégué (selon Bêta)" in text
    assert "Rendu public : 13 déc. 2024, après les faits — par Le billet de Bêta" in text


def test_relations_are_shown_from_both_ends(qtbot):
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    timeline = revealed_timeline()
    panel.show_event(timeline, 2, "en", words("en"))
    # A reply says who replied and how long after (see test_reply_rhythm.py).
    assert "Alpha replied 1 year after: Beta's post (13 Dec 2024)" in panel.plain_text()
    panel.show_event(timeline, 1, "en", words("en"))
    assert "Alpha replied 1 year later: Reply (2025)" in panel.plain_text()
    requested = []
    panel.eventRequested.connect(requested.append)
    from PySide6.QtCore import QUrl

    url = QUrl()
    url.setScheme("frise-event")
    url.setPath("reply")
    panel.anchorClicked.emit(url)
    assert requested == ["reply"]


def sourced_timeline():
    return load(
        timeline_dict(
            events=[
                event(
                    "suit",
                    "2024-02-29",
                    ["alpha"],
                    "Alpha sues",
                    quotes=[
                        {"speaker": "alpha", "text": "One.", "lang": "en", "source": 0},
                        {"speaker": "alpha", "text": "Two.", "lang": "en", "source": 1},
                        {"speaker": "alpha", "text": "Three.", "lang": "en", "source": 2},
                    ],
                    sources=[
                        {
                            "url": "https://news.example.org/a",
                            "publisher": "Example News",
                            "date": "2024-03-01",
                            "type": "press",
                            "original": "Reuters",
                        },
                        {"url": "https://www.example.com/b", "date": "2024-03"},
                        {
                            "title": "Alpha files suit",
                            "url": "https://example.net/c",
                            "publisher": "Example Daily",
                        },
                    ],
                )
            ]
        )
    )


def test_a_source_without_a_title_shows_its_outlet_date_and_address(qtbot):
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.show_event(sourced_timeline(), 0, "en", words("en"))
    lines = panel.plain_text().splitlines()
    assert "1. Example News — 1 Mar 2024, carrying Reuters, press" in lines
    assert "https://news.example.org/a" in lines
    # No outlet either: the address's host names it.
    assert "2. www.example.com — Mar 2024" in lines
    # A real headline is shown, with its outlet.
    assert "3. Alpha files suit — Example Daily" in lines


def test_quote_sources_are_named_by_publisher_or_host(qtbot):
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.show_event(sourced_timeline(), 0, "fr", words("fr"))
    lines = panel.plain_text().splitlines()
    assert "— source 1 : Example News" in lines
    assert "— source 2 : www.example.com" in lines
    assert "— source 3 : Example Daily" in lines
    assert "1. Example News — 1er mars 2024, reprise de Reuters, presse" in lines


# --- no event can freeze the panel ---------------------------------------------------


def long_event_timeline(quotes: int = 5000, length: int = 2000):
    return load(
        timeline_dict(
            events=[
                event(
                    "hearing",
                    "2024-03-01",
                    ["alpha"],
                    "A long hearing",
                    quotes=[
                        {
                            "speaker": "alpha",
                            "text": f"{k} " + "word " * (length // 5),
                            "lang": "en",
                        }
                        for k in range(quotes)
                    ],
                )
            ]
        )
    )


def test_an_event_of_thousands_of_long_quotes_is_shown_in_part(qtbot):
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    timeline = long_event_timeline()
    panel.show_event(timeline, 0, "en", words("en"))
    document = panel.document()
    assert document.characterCount() < DETAILS_CHARS + 2000
    assert document.blockCount() <= DETAILS_BLOCKS + 10
    assert panel.plain_text().rstrip().endswith("Show all")


def test_show_all_shows_more_up_to_its_own_bound(qtbot):
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    timeline = long_event_timeline(quotes=300, length=1000)  # 300,000 characters
    panel.show_event(timeline, 0, "en", words("en"))
    before = panel.document().characterCount()
    panel.anchorClicked.emit(QUrl("frise-show-all:event"))
    after = panel.plain_text()
    assert panel.document().characterCount() > 10 * before
    assert "299 word" in after  # the last quote
    assert "Show all" not in after


def test_a_short_event_is_shown_whole_with_no_show_all(qtbot):
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.show_event(long_event_timeline(quotes=3, length=100), 0, "en", words("en"))
    assert "Show all" not in panel.plain_text()
    assert "2 word" in panel.plain_text()
