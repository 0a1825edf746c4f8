"""Reading a contested story in the window: as known on a day (menu, bar,
stepping, playing, ghosts), the claims view, the reading filters, and the
details panel's held-back sources and source counts."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from frise.model.filters import Filter
from frise.settings import Settings
from frise.translations import words
from frise.ui.asof_bar import AsOfBar
from frise.ui.details import DetailsPanel
from frise.ui.main_window import MainWindow
from tests.helpers.builders import build, event, party
from tests.helpers.timelines import write


def day(text: str) -> int:
    return dt.date.fromisoformat(text).toordinal()


def story_dict() -> dict:
    return {
        "format": "frise-timeline",
        "version": 1,
        "title": "Contested",
        "parties": [party("musk", name="Musk"), party("openai", name="OpenAI")],
        "events": [
            event(
                "founded",
                "2015-12-11",
                ["musk", "openai"],
                title="Founded",
                sources=[{"publisher": "A"}, {"publisher": "B", "type": "primary"}],
            ),
            event(
                "terms",
                "2017-09",
                ["musk", "openai"],
                title="Terms",
                certainty="alleged",
                claimed_by=["openai"],
                revealed="2024-03-05",
                quotes=[
                    {"speaker": "openai", "text": "Early", "lang": "en", "source": 0},
                    {"speaker": "openai", "text": "Late", "lang": "en", "source": 1},
                ],
                sources=[
                    {"publisher": "AP", "date": "2024-03-05", "type": "press"},
                    {"publisher": "Mint", "date": "2024-12-13"},
                    {"publisher": "CNA", "original": "AP", "date": "2024-03-06"},
                ],
            ),
            event("suit", "2024-02-29", ["musk"], title="Suit", sources=[{"publisher": "CNN"}]),
            event(
                "claim",
                "2024-06-01",
                ["musk"],
                title="Claim",
                certainty="disputed",
                claimed_by=["musk"],
            ),
        ],
    }


@pytest.fixture
def story_window(qtbot, tmp_path, private_dirs):
    window = MainWindow(Settings(lang="en"))
    qtbot.addWidget(window)
    window.resize(1400, 800)
    window.open_file(write(tmp_path, story_dict()))
    window.show()
    return window


def shown_ids(window):
    return [window.timeline.events[i].id for i in window.filtered.events]


def test_as_known_on_a_day_from_the_bar(story_window, qtbot):
    bar = story_window.as_of_bar
    bar.enabled.setChecked(True)
    assert story_window.filter.as_of == bar.day
    bar.date.setDate(bar.date.date().fromString("2024-03-01", "yyyy-MM-dd"))
    assert story_window.filter.as_of == day("2024-03-01")
    assert shown_ids(story_window) == ["founded", "suit"]
    assert story_window.as_of_action.isChecked()
    bar.enabled.setChecked(False)
    assert story_window.filter.as_of is None
    assert len(shown_ids(story_window)) == 4


def test_stepping_revelations_flashes_what_became_public(story_window):
    story_window.set_as_of(day("2024-03-01"))
    story_window.next_revelation_action.trigger()
    assert story_window.filter.as_of == day("2024-03-05")
    assert story_window.view.fresh == {story_window.timeline.event_index["terms"]}
    story_window.previous_revelation_action.trigger()
    assert story_window.filter.as_of == day("2024-02-29")
    assert story_window.view.fresh == frozenset()
    story_window.month_on_action.trigger()
    assert story_window.filter.as_of == day("2024-03-30")


def test_the_menu_turns_the_day_on_and_off(story_window):
    story_window.as_of_action.trigger()
    assert story_window.filter.as_of is not None
    story_window.as_of_action.trigger()
    assert story_window.filter.as_of is None


def test_play_steps_through_every_revelation_then_stops(story_window, qtbot):
    bar = story_window.as_of_bar
    bar.timer.setInterval(5)
    story_window.play_action.trigger()
    assert bar.playing and story_window.filter.as_of == day("2015-12-11")
    qtbot.waitUntil(lambda: not bar.playing, timeout=5000)
    assert story_window.filter.as_of == day("2024-06-01")


def test_ghosts_are_shown_but_not_clickable(story_window):
    story_window.set_as_of(day("2024-03-01"))
    story_window.ghosts_action.setChecked(True)
    filtered = story_window.filtered
    terms = story_window.timeline.event_index["terms"]
    assert filtered.ghost[terms] and terms in filtered.drawn and terms not in filtered.events
    assert story_window.as_of_bar.ghosts.isChecked()
    story_window.view.layout_frame()
    mark = next(
        m
        for lane in story_window.view.frame.lanes
        for m in lane.marks
        if m.kind == "event" and m.event == terms
    )
    assert story_window.view.is_ghost(mark)
    assert "Not yet known" in story_window.view.tooltip_html(mark)


def test_claims_view_and_back(story_window):
    story_window.claims_action.setChecked(True)
    lanes = [(lane.party, lane.claimant) for lane in story_window.filtered.lanes]
    assert lanes == [(0, None), (0, 0), (0, 1), (1, None), (1, 1)]
    story_window.claims_action.setChecked(False)
    assert [lane.claimant for lane in story_window.filtered.lanes] == [None, None]


def test_as_a_party_tells_it_and_min_sources_from_the_filter_panel(story_window):
    panel = story_window.filters
    assert [panel.told_by.itemText(k) for k in range(panel.told_by.count())] == [
        "Everyone's (all claims)",
        "As Musk tells it",
        "As OpenAI tells it",
    ]
    panel.told_by.setCurrentIndex(1)
    panel.told_by.activated.emit(1)
    assert story_window.filter.told_by == "musk"
    assert "terms" not in shown_ids(story_window) and "claim" in shown_ids(story_window)
    panel.min_sources.setValue(2)
    assert story_window.filter == Filter(told_by="musk", min_sources=2)
    assert shown_ids(story_window) == ["founded"]


def test_a_party_filter_keeps_the_day_and_the_reading_filters(story_window):
    story_window.set_as_of(day("2024-03-05"))
    story_window.filters.min_sources.setValue(1)
    story_window.filters.none_button.click()
    assert story_window.filter.as_of == day("2024-03-05")
    assert story_window.filter.min_sources == 1


def test_details_hold_back_later_sources_and_quotes_and_count_sources(qtbot):
    timeline = build(story_dict()["events"], story_dict()["parties"])
    from frise.model.filters import apply_filter

    panel = DetailsPanel()
    qtbot.addWidget(panel)
    terms = timeline.event_index["terms"]
    panel.show_event(
        timeline, terms, "en", words("en"), apply_filter(timeline, Filter(as_of=day("2024-03-05")))
    )
    lines = panel.plain_text().splitlines()
    assert "“Early”" in lines and "“Late”" not in lines
    assert "1 quote from sources published after 5 Mar 2024 held back." in lines
    assert "1 independent source: 1 press" in lines
    assert "This event rests on a single source." in lines
    assert "Published after 5 Mar 2024, held back:" in lines
    held = lines[lines.index("Published after 5 Mar 2024, held back:") + 1 :]
    assert any(line.startswith("2. Mint") for line in held)
    panel.show_event(timeline, terms, "en", words("en"))
    lines = panel.plain_text().splitlines()
    assert "2 independent sources: 1 press" in lines
    assert "AP: 2 copies counted as one source" in lines
    assert not any("held back" in line for line in lines)
    panel.show_event(timeline, terms, "fr", words("fr"))
    assert "2 sources indépendantes : 1 de presse" in panel.plain_text()
    assert "AP : 2 reprises comptées comme une seule source" in panel.plain_text()


def test_the_bar_spans_the_story_and_steps_from_the_whole_story(qtbot):
    timeline = build(story_dict()["events"], story_dict()["parties"])
    bar = AsOfBar()
    qtbot.addWidget(bar)
    bar.set_timeline(timeline)
    days = []
    bar.dayChanged.connect(days.append)
    bar.step(-1)
    assert days == [day("2024-06-01")]
    bar.set_day(None)
    bar.step(1)
    assert days[-1] == day("2015-12-11")
    assert bar.slider.maximum() == day("2024-06-01") - day("2015-12-11")


def test_whose_account_follows_the_file_and_its_language_not_each_filter(story_window, tmp_path):
    # The list is filled again only when what it lists may change.
    panel = story_window.filters

    def accounts() -> list[str]:
        return [panel.told_by.itemText(k) for k in range(panel.told_by.count())]

    panel.told_by.setCurrentIndex(2)
    panel.told_by.activated.emit(2)
    story_window.set_filter(replace(story_window.filter, min_sources=1))
    assert accounts()[1:] == ["As Musk tells it", "As OpenAI tells it"]
    assert panel.told_by.currentData() == "openai"
    changed = story_dict()
    changed["parties"][1]["name"] = {"en": "OpenAI Inc.", "fr": "OpenAI SA"}
    story_window.open_file(write(tmp_path, changed))
    assert accounts()[1:] == ["As Musk tells it", "As OpenAI Inc. tells it"]
    story_window.set_lang("fr")
    assert accounts()[1:] == ["Selon Musk", "Selon OpenAI SA"]  # the interface too
