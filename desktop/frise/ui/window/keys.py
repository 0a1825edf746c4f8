"""The keyboard around the window: the panes F6 goes through, and the list
of every key for Help → Keyboard shortcuts (F1)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

from frise.ui.shortcuts import ShortcutsDialog

if TYPE_CHECKING:
    from frise.ui.main_window import MainWindow


class Keys(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def panes(self) -> list[QWidget]:
        """What F6 goes through: the plot, each panel left open, the as-of
        bar when it shows, and the find field."""
        w = self.window
        panes: list[QWidget] = [w.view]
        panes += [
            dock
            for dock in (w.filter_dock, w.details_dock, w.quotes_dock, w.results_dock)
            if dock.toggleViewAction().isChecked()
        ]
        if w.as_of_bar.isVisible():
            panes.append(w.as_of_bar)
        panes.append(w.search_field)
        return panes

    def cycle_panes(self, direction: int) -> None:
        """F6 / Shift+F6: to the next or previous pane, raising a panel's tab."""
        panes = self.panes()
        focus = QApplication.focusWidget()
        current = next(
            (
                k
                for k, pane in enumerate(panes)
                if focus is not None and (pane is focus or pane.isAncestorOf(focus))
            ),
            -1 if direction > 0 else 0,
        )
        target = panes[(current + direction) % len(panes)]
        if isinstance(target, QDockWidget):
            target.raise_()
            target = first_focusable(target.widget()) or target.widget()
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if target is self.window.search_field:
            self.window.search_field.selectAll()

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """Every key of the window and what it does, for Help → Keyboard shortcuts."""
        w = self.window
        native = QKeySequence.SequenceFormat.NativeText
        rows = [
            (self.tr("← / →"), self.tr("On the plot: previous / next event shown")),
            (self.tr("Shift+← / Shift+→"), self.tr("Move the view a fifth of its width")),
            (self.tr("Page Up / Page Down"), self.tr("Move the view a whole width")),
            (self.tr("Home / End"), self.tr("The first / the last days")),
            (self.tr("Esc"), self.tr("Clear the selection; in the find field, the search")),
            (
                self.tr("Enter / Shift+Enter"),
                self.tr("In the find field: next / previous result"),
            ),
            (self.tr("↓"), self.tr("In the find field: to the list of results")),
            (self.tr("Tab / Shift+Tab"), self.tr("Next / previous control")),
        ]
        actions = [
            w.previous_event_action,
            w.next_event_action,
            w.zoom_in_action,
            w.zoom_out_action,
            w.fit_action,
            w.find_action,
            w.find_next_action,
            w.find_previous_action,
            w.go_to_date_action,
            w.thread_previous_action,
            w.thread_next_action,
            w.thread_only_action,
            w.party_action,
            w.next_pane_action,
            w.previous_pane_action,
            w.as_of_action,
            w.previous_revelation_action,
            w.next_revelation_action,
            w.month_back_action,
            w.month_on_action,
            w.play_action,
            w.claims_action,
            w.open_action,
            w.reload_action,
            w.import_action,
            w.save_as_action,
            w.export_action,
            w.print_action,
            w.copy_action,
            w.shortcuts_action,
            w.quit_action,
        ]
        for action in actions:
            keys = [k.toString(native) for k in action.shortcuts() if not k.isEmpty()]
            if keys:
                text = re.sub("&(.)", r"\1", action.text())  # "&&" is "&"
                rows.append((self.tr(" or ").join(keys), text.rstrip("…")))
        return rows

    def show_shortcuts(self) -> None:
        """Help → Keyboard shortcuts (F1)."""
        ShortcutsDialog(self.shortcut_rows(), self.window).exec()


def first_focusable(widget: QWidget) -> QWidget | None:
    """The first control inside `widget` that Tab would reach."""
    candidate = widget.nextInFocusChain()
    while candidate is not None and candidate is not widget:
        if (
            widget.isAncestorOf(candidate)
            and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
            and candidate.isEnabled()
            and candidate.isVisibleTo(widget)
        ):
            return candidate
        candidate = candidate.nextInFocusChain()
        if candidate is widget.nextInFocusChain():
            break
    return None
