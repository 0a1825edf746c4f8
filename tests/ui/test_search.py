"""Finding events as a user does: Ctrl+F, typing, Enter / Shift+Enter, the
results list, Esc; and Ctrl+G to go to a date."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog

from frise.model.dates import day_span
from frise.settings import Settings
from frise.ui import main_window as main_window_module
from frise.ui import search as search_module
from frise.ui.goto import GoToDateDialog
from frise.ui.main_window import MainWindow
from tests.helpers.timelines import event, timeline_dict, write


def story() -> dict:
    return timeline_dict(
        parties=[
            {"id": "musk", "name": "Elon Musk", "color": "#D55E00"},
            {"id": "openai", "name": "OpenAI", "color": "#0072B2"},
            {"id": "courts", "name": {"en": "Courts", "fr": "Tribunaux"}, "color": "#000000"},
        ],
        events=[
            event(
                "founding",
                "2015-12-11",
                ["musk", "openai"],
                {"en": "OpenAI is founded", "fr": "Création d'OpenAI"},
            ),
            event(
                "suit",
                "2024-02-29",
                ["musk", "openai"],
                {"en": "Musk sues OpenAI", "fr": "Musk poursuit OpenAI"},
                kind="filing",
            ),
            event(
                "refiled",
                "2024-08-05",
                ["musk", "courts"],
                {"en": "Musk refiles in federal court", "fr": "Musk poursuit de nouveau"},
                kind="filing",
                quotes=[
                    {
                        "speaker": "Marc Toberoff",
                        "text": "Sunlight is the best disinfectant.",
                        "lang": "en",
                    }
                ],
            ),
            event(
                "ruling",
                "2025-03-04",
                ["courts"],
                {"en": "Injunction denied", "fr": "Référé rejeté"},
                kind="ruling",
                sources=[{"url": "https://example.org/r", "publisher": "Reuters"}],
            ),
        ],
    )


@pytest.fixture
def window(qtbot, tmp_path, private_dirs):
    config, _ = private_dirs
    window = MainWindow(Settings(lang="en"), config / "settings.json")
    qtbot.addWidget(window)
    window.resize(1400, 800)
    window.open_file(write(tmp_path, story()))
    window.show()
    qtbot.waitExposed(window)
    return window


def ids(window, events) -> list[str]:
    return [window.timeline.events[int(i)].id for i in events]


def type_text(widget, text: str) -> None:
    """Key presses for each character, accented ones too (QTest types only
    Latin letters)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, key)


def type_query(window, qtbot, text: str) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search_field
    type_text(window.search_field, text)


def rows(window) -> list[list[str]]:
    model = window.results.model
    return [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_ctrl_f_then_typing_lists_results_and_marks_them_on_the_plot(window, qtbot):
    type_query(window, qtbot, "poursuit")
    assert rows(window) == [
        ["29 Feb 2024", "Musk sues OpenAI", "title: Musk poursuit OpenAI"],
        ["5 Aug 2024", "Musk refiles in federal court", "title: Musk poursuit de nouveau"],
    ]
    assert window.results.count.text() == "2 events match “poursuit”."
    matches = window.view.highlight().matches
    assert ids(window, matches.nonzero()[0]) == ["suit", "refiled"]
    window.view.grab()  # the dimmed picture paints


def test_in_the_slim_column_each_result_says_where_it_matched_under_its_title(window, qtbot):
    type_query(window, qtbot, "poursuit")
    window.resizeDocks([window.results_dock], [300], Qt.Orientation.Horizontal)
    table, model = window.results.table, window.results.model
    assert window.results_dock.width() <= 320
    assert table.isColumnHidden(search_module.WHERE)
    assert table.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways for
    title = table.visualRect(model.index(0, 1))
    assert title.right() <= table.viewport().width()
    assert title.height() >= 2 * table.fontMetrics().lineSpacing()
    lines = model.data(model.index(0, 1), search_module.LINES_ROLE)
    assert lines == ("Musk sues OpenAI", "title: Musk poursuit OpenAI")
    tip = model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert tip == "<p>Musk sues OpenAI</p><p>title: Musk poursuit OpenAI</p>"
    said = model.data(model.index(0, 1), Qt.ItemDataRole.AccessibleTextRole)
    assert said == "Musk sues OpenAI; title: Musk poursuit OpenAI"
    table.grab()  # the two lines paint
    # Too long for the column, where it matched is said from the word found.
    window.search_field.clear()
    type_query(window, qtbot, "disinfectant")
    short = model.data(model.index(0, 1), search_module.SHORT_ROLE)
    assert short.replace("\u2068", "").replace("\u2069", "") == "quote: …disinfectant."
    table.grab()


def test_a_results_span_ends_on_its_second_line(window, qtbot, tmp_path):
    timeline = story()
    timeline["events"][3]["end"] = "2025-04-14"
    window.open_file(write(tmp_path, timeline, "span.json"))
    type_query(window, qtbot, "injunction")
    model = window.results.model
    assert model.data(model.index(0, 0)) == "4 Mar 2025 – 14 Apr 2025"
    assert model.data(model.index(0, 0), search_module.LINES_ROLE) == (
        "4 Mar 2025",
        "– 14 Apr 2025",
    )


@pytest.mark.parametrize(
    ("query", "found", "where"),
    [
        ("référé", ["ruling"], "title: Référé rejeté"),  # French, accents typed
        ("REFERE", ["ruling"], "title: Référé rejeté"),  # or not
        ("reuters", ["ruling"], "source: Reuters"),
        ("toberoff", ["refiled"], "speaker: Marc Toberoff"),
        ("disinfectant", ["refiled"], "quote: Sunlight is the best disinfectant."),
        ("tribunaux", ["refiled", "ruling"], "party: Tribunaux"),
    ],
)
def test_finds_words_anywhere_in_either_language(window, qtbot, query, found, where):
    type_query(window, qtbot, query)
    assert ids(window, window.search_state.shown) == found
    assert rows(window)[0][2] == where


def test_enter_steps_through_results_and_shift_enter_goes_back(window, qtbot):
    type_query(window, qtbot, "musk")
    field = window.search_field
    assert ids(window, window.search_state.shown) == ["founding", "suit", "refiled"]
    assert window.selected is None  # typing does not move the view
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert ids(window, [window.selected]) == ["founding"]
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert ids(window, [window.selected]) == ["suit"]
    assert "Result 2 of 3." in window.results.count.text()
    assert window.results.table.selectionModel().selectedRows()[0].row() == 1
    qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert ids(window, [window.selected]) == ["founding"]
    qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert ids(window, [window.selected]) == ["refiled"]  # wraps around
    # The result is in view, its title showing.
    assert window.view.position_of(window.selected) is not None
    assert window.view._is_titled(window.view.layout_frame(), window.selected)
    assert "Musk refiles in federal court" in window.details.plain_text()


def test_f3_steps_from_anywhere(window, qtbot):
    type_query(window, qtbot, "musk")
    window.view.setFocus()
    window.find_next_action.trigger()
    assert ids(window, [window.selected]) == ["founding"]
    window.find_previous_action.trigger()
    assert ids(window, [window.selected]) == ["refiled"]


def test_escape_clears_the_search_and_returns_to_the_plot(window, qtbot):
    type_query(window, qtbot, "musk")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.search_field.text() == ""
    assert window.view.highlight().matches is None
    assert window.results.model.rowCount() == 0
    assert QApplication.focusWidget() is window.view


def test_down_goes_to_the_results_and_enter_there_picks_one(window, qtbot):
    type_query(window, qtbot, "musk")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    table = window.results.table
    assert QApplication.focusWidget() is table
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert ids(window, [window.selected]) == ["suit"]


def test_clicking_a_result_selects_it(window, qtbot):
    type_query(window, qtbot, "filing")  # no such word: no result
    assert window.results.count.text() == "No event matches “filing”."
    window.search_field.clear()
    type_query(window, qtbot, "injunction")
    table = window.results.table
    rect = table.visualRect(window.results.model.index(0, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert ids(window, [window.selected]) == ["ruling"]


def test_results_follow_the_filters_and_say_how_many_are_hidden(window, qtbot):
    type_query(window, qtbot, "musk")
    window.filters.party_box.item("musk").setCheckState(Qt.CheckState.Unchecked)
    window.filters.party_box.item("openai").setCheckState(Qt.CheckState.Unchecked)
    assert ids(window, window.search_state.shown) == ["refiled"]
    assert window.results.count.text() == ("1 event matches “musk”. 2 more hidden by the filters.")


def test_a_search_survives_a_language_change_and_says_where_in_it(window, qtbot):
    type_query(window, qtbot, "courts")
    assert rows(window)[0][2] == "party: Courts"
    window.set_lang("fr")
    QApplication.processEvents()  # the LanguageChange Qt posts to each widget
    assert rows(window)[0][1] == "Musk poursuit de nouveau"
    assert rows(window)[0][2] == "partie\u00a0: Courts"


def test_what_a_result_says_follows_the_query_the_filters_and_the_file(window, qtbot, tmp_path):
    # The panel keeps each result's lines from one repaint to the next: they
    # must never be a previous query's, row's or file's.
    model = window.results.model

    def lines(row: int) -> tuple[str, str]:
        return model.data(model.index(row, 1), search_module.LINES_ROLE)

    type_query(window, qtbot, "musk")
    window.results.table.grab()
    assert lines(0) == ("OpenAI is founded", "party: Elon Musk")
    type_text(window.search_field, " sues")
    assert lines(0) == ("Musk sues OpenAI", "title: Musk sues OpenAI")
    window.search_field.clear()
    type_query(window, qtbot, "poursuit")
    window.results.table.grab()
    assert lines(1) == ("Musk refiles in federal court", "title: Musk poursuit de nouveau")
    # A filter that hides the first result moves the second up a row.
    for party in ("musk", "openai"):
        window.filters.party_box.item(party).setCheckState(Qt.CheckState.Unchecked)
    assert lines(0) == ("Musk refiles in federal court", "title: Musk poursuit de nouveau")
    # The same query in a file whose event says something else.
    changed = story()
    changed["events"][2]["title"] = {"en": "Musk appeals", "fr": "Musk poursuit encore"}
    window.open_file(write(tmp_path, changed))
    window.search_field.clear()
    type_query(window, qtbot, "poursuit")
    assert ids(window, window.search_state.shown) == ["refiled"]  # the filter is kept
    assert lines(0) == ("Musk appeals", "title: Musk poursuit encore")
    # Straight from one file to the other, the same query and rows.
    before = window.timeline
    window.open_file(write(tmp_path, story()))
    table = search_module.ResultTable()
    shown, words = window.search_state.shown, window.search_state.results.words
    for timeline, title in (
        (before, "Musk appeals"),
        (window.timeline, "Musk refiles in federal court"),
    ):
        table.set_results(timeline, shown, words, "en")
        assert table.data(table.index(0, 1), search_module.LINES_ROLE)[0] == title


def test_a_big_timeline_is_indexed_in_the_background(window, qtbot, monkeypatch):
    monkeypatch.setattr(main_window_module, "INDEX_IN_BACKGROUND", 0)
    window._search_index = None
    with qtbot.waitSignal(window.results.model.modelReset, timeout=10000):
        type_query(window, qtbot, "refer")
    qtbot.waitUntil(lambda: window.results.model.rowCount() == 1, timeout=10000)
    assert ids(window, window.search_state.shown) == ["ruling"]
    assert search_module.INDEX_IN_BACKGROUND == 20_000


# --- go to date ---------------------------------------------------------------------


def answer_dialog(monkeypatch, *typed: str):
    """Stand in for the user in the Go to date dialog: type each text, OK."""
    seen = []

    def exec_(dialog):
        for text in typed:
            dialog.field.setText(text)
            dialog.accept()
            seen.append(dialog.problem.text() if dialog.problem.isVisibleTo(dialog) else "")
            if dialog.result() == QDialog.DialogCode.Accepted:
                return QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(GoToDateDialog, "exec", exec_)
    return seen


@pytest.mark.parametrize(
    ("typed", "first", "last"),
    [
        ("2024", "2024-01-01", "2025-01-01"),
        ("2024-08", "2024-08-01", "2024-09-01"),
        ("5 Aug 2024", "2024-08-02", "2024-08-09"),
        ("5 août 2024", "2024-08-02", "2024-08-09"),
    ],
)
def test_ctrl_g_shows_the_period_typed(window, qtbot, monkeypatch, typed, first, last):
    answer_dialog(monkeypatch, typed)
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    view = window.view.view
    # The period typed fills most of the plot (folds may show quiet time beside it).
    x0, x1 = view.x(day_span(first)[0]), view.x(day_span(last)[0])
    assert -1 <= x0 < x1 <= view.width + 1
    assert x1 - x0 > 0.6 * view.width


def test_go_to_date_says_what_is_wrong_and_stays_open(window, qtbot, monkeypatch):
    before = window.view.view
    seen = answer_dialog(monkeypatch, "someday", "31 Feb 2024")
    window.go_to_date_action.trigger()
    assert seen == [
        'cannot read "someday" as a date: try "2024", "2024-08", "Aug 2024", '
        '"5 Aug 2024" or "5 août 2024"',
        '"31 Feb 2024" is not a real calendar date',
    ]
    assert window.view.view == before


def test_a_result_far_away_is_brought_into_view(window, qtbot):
    window.view.zoom_by(40)
    window.view.pan_by(1e9)  # far left, in 2015
    type_query(window, qtbot, "injunction")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert window.view.position_of(window.selected) is not None
