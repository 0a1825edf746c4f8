"""What the window shows, as plain values that are swapped whole.

`ViewState` holds one small frozen value per concern — the timeline of the
open file, the filter, the view mode, the languages, the selected event — and
what follows from them (the filtered timeline, computed once). Every change
makes a new state; the window keeps one and hands each widget its part.

Opening a file builds the whole next state first (`opened`: the filter kept
or taken from what was saved for that file, checked against the new file,
the selection carried over by id, the filtered timeline computed), off the
window's thread when the file is big; the window swaps it in at once, so a
failure on the way leaves everything as it was.

To add a concern: a frozen value type (or a plain value) and a field of
`ViewState`; if it changes which events are shown, add its name to
`ViewState.FILTERING` and pass it to `apply_filter`.

No Qt.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, ClassVar

from frise.model.claims import ViewMode
from frise.model.filters import Filter, FilteredTimeline, apply_filter
from frise.model.timeline import Timeline


@dataclass(frozen=True, slots=True)
class Languages:
    """The interface's language, and the data's when the user chose another."""

    interface: str = "en"
    data: str | None = None
    """A language of the file's texts (None: the interface's)."""

    @property
    def shown(self) -> str:
        """The language the data is shown in."""
        return self.data or self.interface


@dataclass(frozen=True, slots=True)
class Selection:
    """The selected event, by index in the timeline."""

    event: int | None = None


@dataclass(frozen=True, eq=False)
class ViewState:
    timeline: Timeline | None = None
    filter: Filter = field(default_factory=Filter)
    mode: ViewMode = "timeline"
    languages: Languages = field(default_factory=Languages)
    selection: Selection = field(default_factory=Selection)

    FILTERING: ClassVar[frozenset[str]] = frozenset({"timeline", "filter", "mode"})
    """The concerns that change which events are shown."""

    @cached_property
    def filtered(self) -> FilteredTimeline | None:
        """What the filter leaves of the timeline (None with no timeline)."""
        if self.timeline is None:
            return None
        return apply_filter(self.timeline, self.filter, self.mode)

    def but(self, **changes: Any) -> ViewState:
        """This state with some concerns changed. The filtered timeline is
        computed again only if one of them changes which events are shown."""
        new = dataclasses.replace(self, **changes)
        if not self.FILTERING & changes.keys() and "filtered" in self.__dict__:
            new.__dict__["filtered"] = self.__dict__["filtered"]
        return new

    @property
    def selected_id(self) -> str | None:
        event = self.selection.event
        return None if event is None or self.timeline is None else self.timeline.events[event].id


def opened(
    previous: ViewState, timeline: Timeline, saved: Filter | None, keep_view: bool
) -> ViewState:
    """The state once `timeline` is open, built whole (its filtered timeline
    computed), so that the window can swap it in at once.

    `keep_view` (a reload of the same file): the filter and the selection are
    kept, as far as the new file has what they name. Else the filter saved
    for that file (already checked against it), or none.
    """
    if keep_view and previous.timeline is not None:
        view_filter = kept_filter(previous.filter, timeline)
        selected_id = previous.selected_id
    else:
        view_filter = saved if saved is not None else Filter()
        selected_id = None
    event = timeline.event_index.get(selected_id) if selected_id is not None else None
    state = ViewState(timeline, view_filter, previous.mode, previous.languages, Selection(event))
    _ = state.filtered  # built here, not when the window first asks
    return state


def kept_filter(view_filter: Filter, timeline: Timeline) -> Filter:
    """`view_filter` for a new version of its file: parties, the claimant and
    the thread it names only if the file still has them (all parties if none
    is left)."""
    parties = view_filter.parties
    if parties is not None:
        parties = frozenset(p for p in parties if p in timeline.party_index)
        if view_filter.parties and not parties:
            parties = None
    told_by = view_filter.told_by if view_filter.told_by in timeline.party_index else None
    thread = view_filter.thread
    if thread is not None and not thread & timeline.event_index.keys():
        thread = None
    return dataclasses.replace(view_filter, parties=parties, told_by=told_by, thread=thread)
