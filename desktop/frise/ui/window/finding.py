"""Finding events: the find field (Ctrl+F) searched as the user types, the
results listed in the Found tab and marked on the plot, stepped through
with Enter / Shift+Enter (F3); and Go → Go to date (Ctrl+G).

The search itself is `frise.model.search`; its state (`SearchState`) is the
window's, and so is the index (built on a thread of its own for a big
timeline: `MainWindow.search_index`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QDialog

from frise.model.dates import PartialDate, Precision
from frise.model.search import SearchState, search
from frise.ui.goto import GoToDateDialog

if TYPE_CHECKING:
    from frise.ui.main_window import MainWindow


class Finding(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def focus_search(self) -> None:
        """Go → Find (Ctrl+F): to the find field, its text selected."""
        field = self.window.search_field
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        field.selectAll()

    def find_events(self, query: str) -> None:
        """Search as the user types: results listed, matches marked on the
        plot and the rest drawn faint. A big timeline is indexed first, on a
        thread of its own; the query typed meanwhile runs when it is ready."""
        w = self.window
        if w.timeline is None:
            return
        if not query.strip():
            self.show_search(SearchState())
            return
        index = w.search_index(w.timeline)
        if index is None:
            w.results.show_indexing()
            return
        was_active = w.search_state.active
        previous = w.search_state.results
        results = search(index, query, previous)
        state = SearchState(query, results)
        shown = w.filtered.shown if w.filtered is not None else None
        self.show_search(state.with_shown(shown))
        if state.active and not was_active:
            w.results_dock.raise_()

    def show_search(self, state: SearchState) -> None:
        """`state` on the plot (matches marked) and in the list of results."""
        w = self.window
        w.search_state = state
        w.view.set_matches(state.results.mask if state.active and state.results else None)
        w.results.show_state(state, w.timeline, w.shown_lang, w.words)

    def step_result(self, direction: int) -> None:
        """Enter / Shift+Enter (F3 / Shift+F3): the next or previous result,
        selected and centred."""
        w = self.window
        if not w.search_state.active:
            self.focus_search()
            return
        state = w.search_state.step(direction)
        if state.current_event is None:
            w.statusBar().showMessage(self.tr("No result to go to"), 5000)
            return
        self.show_search(state)
        w.show_event(state.current_event)

    def go_to_result(self, position: int) -> None:
        """A result picked in the list."""
        w = self.window
        state = replace(w.search_state, current=position)
        if state.current_event is not None:
            self.show_search(state)
            w.show_event(state.current_event)

    def clear_search(self) -> None:
        """Esc in the find field: no search, every event drawn; back to the plot."""
        w = self.window
        if w.search_field.text():
            w.search_field.clear()
        self.show_search(SearchState())
        w.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_results(self) -> None:
        """↓ in the find field: to the list of results, the first one selected."""
        w = self.window
        if w.search_state.shown.size:
            w.results_dock.raise_()
            w.results.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not w.results.table.selectionModel().hasSelection():
                w.results.table.selectRow(0)

    def ask_go_to_date(self) -> None:
        """Go → Go to date (Ctrl+G): show that year, month or day (a day with
        a week around it)."""
        dialog = GoToDateDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.date is None:
            return
        self.go_to_date(dialog.date)

    def go_to_date(self, date: PartialDate) -> None:
        w = self.window
        first, last = float(date.first_day), float(date.end_day)
        if date.precision == Precision.DAY:
            first, last = first - 3, last + 3
        w.view.show_days(first, last)
        # Once the dialog has given the focus back to where it was: to the plot.
        QTimer.singleShot(0, lambda: w.view.setFocus(Qt.FocusReason.OtherFocusReason))
        w.statusBar().showMessage(self.tr("Showing {date}").format(date=date.format(w.words)), 5000)
