"""What the details show and how the user moves between events: the
selected event (from the plot, a result, a quote, a link in the details),
a party (its lane's name, Go → Party details, its name in the details),
the threads of related events (arcs, Alt+arrows, Show this thread only),
and a source's link, opened once its address is shown."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl

from frise.model.filters import Filter
from frise.model.threads import arcs_to_draw, relation_graph, thread_ids
from frise.ui.links import confirm_and_open

if TYPE_CHECKING:
    from frise.ui.main_window import MainWindow


class Selecting(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def select_event(self, index: int | None, reveal: bool = True, centre: bool = False) -> None:
        """Select event `index` (None: none) on the plot and in the details;
        with none, the party shown, if any."""
        w = self.window
        w.selected = index
        w.view.set_selected(index, reveal=reveal, centre=centre)
        self.show_arcs()
        party = w.timeline.party_index.get(w.shown_party or "") if w.timeline else None
        if index is None and party is not None:
            assert w.timeline is not None  # a party was found in it
            w.details.show_party(w.timeline, party, w.shown_lang, w.words, w.filtered)
        elif index is None or w.timeline is None:
            w.details.show_nothing(w.words)
        else:
            w.shown_party = None
            w.details.show_event(w.timeline, index, w.shown_lang, w.words, w.filtered)
            self._raise_details()

    def _raise_details(self) -> None:
        dock = self.window.details_dock
        if dock.visibleRegion().isEmpty() and not dock.isFloating():
            dock.raise_()

    def show_party(self, party: int) -> None:
        """A lane's name was clicked: the party's description and reply rhythm
        in the details (until an event is chosen or the selection cleared)."""
        w = self.window
        if w.timeline is None:
            return
        w.shown_party = w.timeline.parties[party].id
        self.select_event(None, reveal=False)
        self._raise_details()

    def show_party_id(self, party_id: str) -> None:
        """A party's name was followed in the details: that party."""
        w = self.window
        party = w.timeline.party_index.get(party_id) if w.timeline else None
        if party is not None:
            self.show_party(party)

    def show_party_details(self) -> None:
        """Go → Party details (Ctrl+D), the keyboard's way to what a lane's
        name shows: the selected event's party (the one acting, its first);
        with a party shown, the next lane's; with neither, the first lane's."""
        w = self.window
        if w.timeline is None or w.filtered is None:
            return
        if w.selected is not None:
            party_id = w.timeline.events[w.selected].parties[0]
            self.show_party(w.timeline.party_index[party_id])
            return
        lanes = list(dict.fromkeys(lane.party for lane in w.filtered.lanes))
        if not lanes:
            return
        shown = w.timeline.party_index.get(w.shown_party or "")
        after = lanes.index(shown) + 1 if shown in lanes else 0
        self.show_party(lanes[after % len(lanes)])

    def clear_selection(self) -> None:
        """Esc on the plot, or a click beside the marks: nothing selected."""
        self.window.shown_party = None
        self.select_event(None)

    def select_event_id(self, event_id: str) -> None:
        """A related event's link in the details."""
        w = self.window
        index = w.timeline.event_index.get(event_id) if w.timeline else None
        if index is not None:
            self.show_event(index)

    def show_event(self, index: int) -> None:
        """Select an event, centred in the view with its title showing; if the
        filter hides it, show all."""
        w = self.window
        if w.filtered is not None and index not in w.view.shown_events():
            w.set_filter(Filter())
        self.select_event(index, centre=True)

    # --- threads ----------------------------------------------------------------

    def show_arcs(self) -> None:
        """The selected event's relations as arcs; with a thread shown alone,
        every relation within it."""
        w = self.window
        if w.timeline is None or w.filtered is None:
            return
        graph = relation_graph(w.timeline)
        thread = w.filtered.events if w.filter.thread is not None else None
        w.view.set_arcs(arcs_to_draw(graph, w.selected, thread))

    def walk_thread(self, direction: int) -> None:
        """Alt+→ / Alt+←: the next or previous event of the selected one's
        thread, by date."""
        w = self.window
        if w.timeline is None or w.selected is None:
            w.statusBar().showMessage(self.tr("Select an event first"), 5000)
            return
        step = relation_graph(w.timeline).step(w.selected, direction)
        if step is None:
            alone = len(relation_graph(w.timeline).thread(w.selected)) == 1
            message = (
                self.tr("This event is linked to no other")
                if alone
                else self.tr("The last event of this thread")
                if direction > 0
                else self.tr("The first event of this thread")
            )
            w.statusBar().showMessage(message, 5000)
            return
        self.show_event(step)

    def show_thread_only(self, checked: bool | None = None) -> None:
        """Go → Show this thread only (Ctrl+T), a toggle: the selected event's
        thread alone, or every event again."""
        w = self.window
        if w.timeline is None:
            return
        if w.filter.thread is not None:
            w.set_filter(replace(w.filter, thread=None))
            return
        if w.selected is None:
            w.thread_only_action.setChecked(False)
            w.statusBar().showMessage(self.tr("Select an event first"), 5000)
            return
        w.set_filter(replace(w.filter, thread=thread_ids(w.timeline, w.selected)))

    # --- links ---------------------------------------------------------------------

    def open_link(self, url: str | QUrl) -> None:
        """Open a source in the browser, after showing its whole address (its
        host in ASCII, and what kind of name it is)."""
        w = self.window
        if isinstance(url, QUrl):
            url = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
        opened = confirm_and_open(w, url, w.words)
        if opened is not None:
            w.statusBar().showMessage(self.tr("Opening {url}").format(url=opened), 8000)

    def address_hovered(self, shown: str) -> None:
        """A source's address, as Frise shows it, in the status bar while hovered."""
        status = self.window.statusBar()
        if shown:
            status.showMessage(shown, 5000)
        else:
            status.clearMessage()
