"""The window from the keyboard alone: the plot's keys, the same keys from
elsewhere, F6 through the panes, Tab that never traps, the focus ring, the
shortcuts page, and what a screen reader is told."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QWidget,
)

from frise.model import timescale
from frise.paths import bundled_timeline
from frise.settings import Settings
from frise.ui.main_window import MainWindow
from frise.ui.shortcuts import ShortcutsDialog


@pytest.fixture
def window(qtbot, private_dirs):
    config, _ = private_dirs
    window = MainWindow(Settings(lang="en"), config / "settings.json")
    qtbot.addWidget(window)
    window.resize(1500, 900)
    window.open_file(bundled_timeline())
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def key(qtbot, widget, name, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(widget, name, modifier)


def zoomed_in(window):
    view = window.view
    middle = sum(view.domain) / 2
    view.show_days(middle - 200, middle + 200)
    return view.view


def test_plot_keys_pan_page_and_go_to_either_end(window, qtbot):
    view = window.view
    view.setFocus()
    before = zoomed_in(window)
    key(qtbot, view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.view.day0 > before.day0
    assert view.view.px_per_day == pytest.approx(before.px_per_day)
    key(qtbot, view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert view.view.day0 == pytest.approx(before.day0, abs=0.5)
    key(qtbot, view, Qt.Key.Key_PageDown)
    shifted = view.view.day0 - before.day0
    assert shifted == pytest.approx(0.9 * before.span, rel=0.25)
    key(qtbot, view, Qt.Key.Key_PageUp)
    assert view.view.day0 == pytest.approx(before.day0, abs=0.5)
    key(qtbot, view, Qt.Key.Key_Home)
    assert view.view.day0 == pytest.approx(view.domain[0])
    key(qtbot, view, Qt.Key.Key_End)
    assert view.view.day1 == pytest.approx(view.domain[1], abs=1)
    key(qtbot, view, Qt.Key.Key_Minus)
    key(qtbot, view, Qt.Key.Key_0)
    assert timescale.is_fitted(view.view, view.domain)


def test_the_plots_keys_work_from_a_button_of_a_panel(window, qtbot):
    view = window.view
    before = zoomed_in(window)
    button = window.filters.reset_years
    button.setFocus()
    assert QApplication.focusWidget() is button
    key(qtbot, button, Qt.Key.Key_PageDown)
    assert view.view.day0 > before.day0
    key(qtbot, button, Qt.Key.Key_Home)
    assert view.view.day0 == pytest.approx(view.domain[0])
    key(qtbot, button, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert window.selected is not None  # stepped to the first event in view
    first = window.selected
    key(qtbot, button, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    key(qtbot, button, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert window.selected == first
    key(qtbot, button, Qt.Key.Key_Plus)
    assert view.view.px_per_day > before.px_per_day * 0.99
    key(qtbot, button, Qt.Key.Key_0)
    assert timescale.is_fitted(view.view, view.domain)


def test_text_fields_and_tables_keep_their_own_keys(window, qtbot):
    view = window.view
    before = zoomed_in(window)
    field = window.search_field
    field.setFocus()
    qtbot.keyClicks(field, "f-0")
    assert field.text() == "f-0"
    key(qtbot, field, Qt.Key.Key_Home)
    assert field.cursorPosition() == 0
    assert view.view == before  # typed, not zoomed nor moved
    table = window.quotes.table
    window.quotes_dock.raise_()
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    key(qtbot, table, Qt.Key.Key_PageDown)
    assert table.currentIndex().row() > 0  # the table paged
    assert view.view == before


def test_f6_goes_through_every_pane_and_back_to_the_plot(window, qtbot):
    window.view.setFocus()
    seen = []
    for _ in range(7):
        key(qtbot, QApplication.focusWidget(), Qt.Key.Key_F6)
        focus = QApplication.focusWidget()
        pane = next(p for p in window.panes() if p is focus or p.isAncestorOf(focus))
        seen.append(pane.objectName() or type(pane).__name__)
    assert seen == ["filters", "details", "quotes", "results", "as-of-bar", "find", "TimelineView"]
    key(qtbot, QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is window.search_field
    # Going to a panel raises its tab and puts the focus on its first control.
    window.view.setFocus()
    key(qtbot, window.view, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.filters.parties


def test_tab_walks_the_whole_window_and_leaves_every_table(window, qtbot):
    window.view.setFocus()
    visited = []
    for _ in range(80):
        key(qtbot, QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        if visited and focus is visited[-1]:
            pytest.fail(f"Tab stays on {focus!r}")
        visited.append(focus)
        if focus is window.view:
            break
    else:
        pytest.fail("Tab never came back to the plot")
    assert window.search_field in visited
    for view in (window.quotes.table, window.results.table):
        assert not view.tabKeyNavigation()
    # From inside the quote table, one Tab leaves it.
    window.quotes_dock.raise_()
    table = window.quotes.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 1))
    key(qtbot, table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table


def test_the_plot_shows_a_focus_ring_when_it_has_the_keys(window, qtbot):
    view = window.view
    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    window.search_field.setFocus()
    unfocused = view.viewport().grab().toImage().pixelColor(view.viewport().width() // 2, 0)
    view.setFocus()
    focused = view.viewport().grab().toImage().pixelColor(view.viewport().width() // 2, 0)
    assert focused == highlight
    assert unfocused != highlight


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def test_every_control_has_an_accessible_name(window):
    for dock in (window.filter_dock, window.details_dock, window.quotes_dock, window.results_dock):
        dock.raise_()
        unnamed = [
            w
            for w in window.findChildren(QWidget)
            if w.isVisible()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not isinstance(w.parentWidget(), QAbstractSpinBox)  # its box has the name
            and not accessible_name(w).strip()
        ]
        assert unnamed == [], [type(w).__name__ + ":" + w.objectName() for w in unnamed]


def find_plot(interface, depth=0):
    if interface.text(QAccessible.Text.Name) == "Timeline" and (
        interface.role() == QAccessible.Role.Tree
    ):
        return interface
    if depth > 6:
        return None
    for k in range(interface.childCount()):
        child = interface.child(k)
        found = child is not None and find_plot(child, depth + 1)
        if found:
            return found
    return None


def test_the_accessibility_tree_names_the_plot_its_lanes_and_the_selected_event(window, qtbot):
    plot = find_plot(QAccessible.queryAccessibleInterface(window))
    assert plot is not None
    assert plot.text(QAccessible.Text.Description).startswith("9 lanes, 45 events, ")
    lanes = [plot.child(k).text(QAccessible.Text.Name) for k in range(plot.childCount())]
    assert lanes[0] == "Elon Musk, 34 events in view"
    assert plot.focusChild() is None
    window.view.setFocus()
    window.select_event(window.timeline.event_index["musk-federal-suit"])
    selected = plot.focusChild()
    assert selected.text(QAccessible.Text.Name) == (
        "5 Aug 2024, Musk refiles in federal court, alleging fraud and racketeering; "
        "Elon Musk, OpenAI, Courts; court filing, confirmed"
    )
    assert selected.state().selected and selected.state().focused
    assert selected.parent().text(QAccessible.Text.Name).startswith("Elon Musk, ")
    assert "Selected: 5 Aug 2024, Musk refiles" in plot.text(QAccessible.Text.Description)
    # Stepping from the keyboard moves what is announced.
    QAccessible.setActive(True)
    try:
        key(qtbot, window.view, Qt.Key.Key_Right)
    finally:
        QAccessible.setActive(False)
    assert (
        plot.focusChild()
        .text(QAccessible.Text.Name)
        .startswith(window.view.accessible_summary().split("Selected: ")[1][:12])
    )


def test_the_tree_speaks_french_with_the_window(window, qtbot):
    window.set_lang("fr")
    qtbot.waitUntil(lambda: window.view.accessibleName() == "Frise chronologique")
    window.select_event(window.timeline.event_index["musk-federal-suit"])
    plot = QAccessible.queryAccessibleInterface(window.view)
    assert plot.text(QAccessible.Text.Name) == "Frise chronologique"
    assert plot.text(QAccessible.Text.Description).startswith("9 couloirs, 45 événements, ")
    assert plot.focusChild().text(QAccessible.Text.Name).startswith("5 août 2024, ")
    assert plot.child(0).text(QAccessible.Text.Name) == "Elon Musk, 34 événements visibles"


def test_f1_lists_every_shortcut(window, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(
        ShortcutsDialog,
        "exec",
        lambda self: shown.append(self.rows()) or QDialog.DialogCode.Accepted,
    )
    key(qtbot, window.view, Qt.Key.Key_F1)
    rows = dict(shown[0])
    assert rows["Ctrl+F"] == "Find"
    assert rows["Ctrl+G"] == "Go to date"
    assert rows["Alt+Right"] == "Next in thread"
    assert rows["Alt+Left"] == "Previous in thread"
    assert rows["Ctrl+T"] == "Show this thread only"
    assert rows["F6"] == "Next pane"
    assert rows["Shift+← / Shift+→"] == "Move the view a fifth of its width"
    assert rows["Ctrl+Right"] == "Next event"
    assert rows["Page Up / Page Down"] == "Move the view a whole width"
    assert "Zoom in" in rows.values()
    keys = [k for k, _ in shown[0]]
    assert len(keys) == len(set(keys)), "a key listed twice"


def test_the_shortcuts_table_lets_tab_go(qtbot):
    dialog = ShortcutsDialog([("A", "a"), ("B", "b")])
    qtbot.addWidget(dialog)
    assert not dialog.table.tabKeyNavigation()
    assert dialog.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
