"""The window's state as plain values: built whole, changed by concern."""

from __future__ import annotations

from frise.model.filters import Filter
from frise.model.state import Languages, Selection, ViewState, kept_filter, opened
from tests.helpers.builders import build, event, party


def story(*parties: str):
    return build(
        [event(f"e-{p}", "2020-01-01", [p]) for p in parties],
        parties=[party(p) for p in parties],
    )


def test_a_new_file_starts_from_its_saved_filter_with_nothing_selected():
    before = ViewState(story("a", "b"), Filter(year_from=2019), selection=Selection(0))
    after = opened(before, story("a", "b", "c"), Filter(parties=frozenset({"c"})), False)
    assert after.filter == Filter(parties=frozenset({"c"}))
    assert after.selection == Selection()
    assert [lane.party for lane in after.__dict__["filtered"].lanes] == [2]  # built already


def test_a_reload_keeps_the_filter_and_the_selection_by_id():
    first = story("a", "b")
    before = ViewState(first, Filter(year_from=2019, told_by="b"), selection=Selection(1))
    again = story("x", "b")  # "b" moved to the first place; "a" is gone
    after = opened(before, again, None, True)
    assert after.filter.year_from == 2019 and after.filter.told_by == "b"
    assert after.selected_id == "e-b" and after.selection == Selection(1)


def test_a_kept_filter_names_only_what_the_new_file_has():
    timeline = story("a")
    kept = kept_filter(
        Filter(parties=frozenset({"gone"}), told_by="gone", thread=frozenset({"x"})), timeline
    )
    assert kept.parties is None and kept.told_by is None and kept.thread is None


def test_the_filtered_timeline_is_computed_again_only_when_what_is_shown_changes():
    state = ViewState(story("a", "b"))
    filtered = state.filtered
    assert state.but(selection=Selection(1)).filtered is filtered
    assert state.but(languages=Languages("fr")).filtered is filtered
    assert state.but(filter=Filter(year_from=2021)).filtered is not filtered


def test_languages_show_the_data_in_its_own_language_when_chosen():
    assert Languages("fr").shown == "fr"
    assert Languages("fr", "de").shown == "de"
