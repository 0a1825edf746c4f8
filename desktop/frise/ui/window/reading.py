"""Reading a contested story: View → As known on… (the as-of bar under the
plot, its steps and play), what had happened but was not yet known, shown
faint, and the claims view (what a party alleges or disputes, apart)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from frise.model.asof import newly_public
from frise.model.claims import ViewMode

if TYPE_CHECKING:
    from frise.ui.main_window import MainWindow


class Reading(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def choose_as_of(self) -> None:
        """View → As known on…: turn the day on (at the last revelation, or
        the day chosen before) and put the cursor in its date field; again, off."""
        bar = self.window.as_of_bar
        if self.window.filter.as_of is None:
            bar.enabled.setChecked(True)
            bar.date.setFocus()
        else:
            bar.enabled.setChecked(False)

    def set_as_of(self, day: int | None) -> None:
        """Show the story as known on `day` (None: all of it). Stepping on,
        what became public since the last day shown gets a fading halo; a view
        showing the whole story follows it as it grows."""
        w = self.window
        if w.timeline is None or day == w.filter.as_of:
            return
        before = w.filter.as_of
        w.filter = replace(w.filter, as_of=day)
        w.show_filtered(fit=None)
        if day is not None and before is not None and day > before:
            w.view.flash(frozenset(newly_public(w.timeline, before, day).tolist()))
        else:
            w.view.flash(frozenset())

    def set_ghosts(self, shown: bool) -> None:
        """What had happened but was not yet known on the day, faint, or not at all."""
        w = self.window
        if w.timeline is None or shown == w.filter.ghosts:
            return
        w.filter = replace(w.filter, ghosts=shown)
        w.show_filtered(fit=False)

    def set_mode(self, mode: ViewMode) -> None:
        """The claims view (claims apart, by claimant) or the plain timeline."""
        w = self.window
        w.mode = mode
        w.claims_action.setChecked(mode == "claims")
        if w.timeline is not None:
            w.show_filtered(fit=False)
