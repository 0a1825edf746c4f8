"""The filter panel driven by clicks: kinds and certainties with their counts,
all/none, "confirmed only", the view kept when it still fits, and the quote
explorer following the filters."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from frise.model import timescale
from frise.model.filters import CONFIRMED_ONLY
from frise.settings import Settings
from frise.ui.main_window import MainWindow
from tests.helpers.timelines import event, timeline_dict, write


def quote(text: str) -> list[dict]:
    return [{"speaker": "alpha", "text": text, "lang": "en"}]


def saga() -> dict:
    return timeline_dict(
        events=[
            event("founding", "2015-12-11", ["alpha", "beta"], "Founding", kind="founding"),
            event(
                "emails",
                "2017-09",
                ["alpha"],
                "Emails",
                certainty="alleged",
                quotes=quote("Control."),
            ),
            event("suit", "2024-02-29", ["alpha"], "Suit", kind="filing", quotes=quote("Sued.")),
            event(
                "reply", "2024-03-05", ["beta"], "Reply", kind="publication", quotes=quote("No.")
            ),
            event(
                "dropped", "2024-06-11", ["alpha"], "Dropped", kind="filing", certainty="reported"
            ),
            event(
                "ruling", "2025-03-04", ["beta"], "Ruling", kind="ruling", quotes=quote("Denied.")
            ),
        ]
    )


@pytest.fixture
def window(qtbot, tmp_path, private_dirs):
    config, _ = private_dirs
    window = MainWindow(Settings(lang="en"), config / "settings.json")
    qtbot.addWidget(window)
    window.resize(1400, 800)
    window.open_file(write(tmp_path, saga()))
    window.show()
    qtbot.waitExposed(window)
    return window


def shown(window) -> list[str]:
    return [window.timeline.events[i].id for i in window.filtered.events]


def texts(checklist) -> list[str]:
    return [checklist.list.item(k).text() for k in range(checklist.list.count())]


def tick(checklist, key: str, on: bool) -> None:
    checklist.item(key).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def test_kinds_are_listed_with_counts_and_unticking_one_hides_it(window):
    kinds = window.filters.kind_box
    # Only the kinds this file uses; events with no kind have their own box.
    assert texts(kinds) == [
        "founding  (1)",
        "court filing  (2)",
        "ruling  (1)",
        "publication  (1)",
        "no kind given  (1)",
    ]
    tick(kinds, "filing", False)
    assert "suit" not in shown(window) and "dropped" not in shown(window)
    assert window.filter.kinds == frozenset({"founding", "ruling", "publication", "none"})
    kinds.none_button.click()
    assert shown(window) == []
    # The counts say what ticking each would show.
    assert texts(kinds)[1] == "court filing  (2)"
    kinds.all_button.click()
    assert window.filter.kinds is None
    assert len(shown(window)) == 6


def test_rulings_only_then_confirmed_only_and_counts_follow(window):
    kinds, certainty = window.filters.kind_box, window.filters.certainty_box
    kinds.none_button.click()
    tick(kinds, "filing", True)
    assert shown(window) == ["suit", "dropped"]
    assert texts(certainty) == [
        "confirmed  (1)",
        "reported  (1)",
        "alleged  (0)",
        "disputed  (0)",
    ]
    window.filters.confirmed_only.click()
    assert window.filter.certainties == CONFIRMED_ONLY
    assert shown(window) == ["suit"]
    assert [certainty.item(c).checkState() for c in ("confirmed", "reported")] == [
        Qt.CheckState.Checked,
        Qt.CheckState.Unchecked,
    ]
    # The party counts apply the kind and certainty filters.
    assert window.filters.party_box.item("alpha").text() == "Alpha  (1)"
    assert window.filters.party_box.item("beta").text() == "Beta  (0)"
    window.filters.confirmed_only.click()
    assert window.filter.certainties is None
    assert shown(window) == ["suit", "dropped"]
    # Other parts of the filter are kept when one changes.
    assert window.filter.kinds == frozenset({"filing"})


def test_a_filter_keeps_the_view_while_it_still_fits(window):
    view = window.view
    suit = window.timeline.start[window.timeline.event_index["suit"]]
    view.show_days(suit - 60, suit + 120)
    kept = (view.view.day0, view.view.day1)
    window.filters.confirmed_only.click()
    assert (view.view.day0, view.view.day1) == pytest.approx(kept)
    tick(window.filters.kind_box, "publication", False)
    assert (view.view.day0, view.view.day1) == pytest.approx(kept)
    # A year range that leaves the view outside fits the new range instead.
    combo = window.filters.one_year
    combo.setCurrentIndex(combo.findData(2025))
    combo.activated.emit(combo.currentIndex())
    assert view.view.day0 >= view.domain[0] - 1
    assert view.view.day0 > kept[1]


def test_a_view_of_everything_fits_what_is_left(window):
    view = window.view
    tick(window.filters.kind_box, "founding", False)
    tick(window.filters.kind_box, "none", False)
    assert timescale.is_fitted(view.view, view.domain)
    assert view.domain[0] > window.timeline.start[window.timeline.event_index["founding"]]


def test_the_quote_explorer_follows_the_filters_unless_told_otherwise(window):
    quotes = window.quotes
    assert len(quotes.shown()) == 4
    combo = window.filters.one_year
    combo.setCurrentIndex(combo.findData(2024))
    combo.activated.emit(combo.currentIndex())
    assert [row.text for row in quotes.shown()] == ["Sued.", "No."]
    assert quotes.count.text() == "2 of 4 quotes"
    quotes.all_quotes.click()
    assert len(quotes.shown()) == 4
    assert quotes.count.text() == "4 of 4 quotes"
    quotes.all_quotes.click()
    window.filters.confirmed_only.click()
    assert [row.text for row in quotes.shown()] == ["Sued.", "No."]


def test_kind_and_certainty_filters_are_remembered(qtbot, tmp_path, private_dirs):
    config, _ = private_dirs
    path = write(tmp_path, saga())
    first = MainWindow(Settings(lang="en"), config / "settings.json")
    qtbot.addWidget(first)
    first.open_file(path)
    first.filters.confirmed_only.click()
    tick(first.filters.kind_box, "ruling", False)
    first.close()
    from frise.settings import load_settings

    again = MainWindow(load_settings(config / "settings.json"), config / "settings.json")
    qtbot.addWidget(again)
    again.open_file(path)
    assert again.filter.certainties == CONFIRMED_ONLY
    assert "ruling" not in again.filter.kinds
    assert again.filters.confirmed_only.isChecked()
