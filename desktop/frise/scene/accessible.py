"""The timeline as assistive technology sees it: the plot, its lanes, and the
events each lane shows in view.

Qt describes ordinary widgets by itself; the plot draws everything in one
paint, so it says what is there through a `QAccessibleInterface` of its own:
a tree named "Timeline" whose description says what is shown and what is
selected, one child per lane ("Elon Musk, 34 events"), and under each lane
the events in view, each named by its date, title and parties. The selected
event is the plot's focus child; when the selection changes the view sends a
focus event for it and an announcement of its text (`announce`), so a screen
reader reads "5 Aug 2024, Musk refiles in federal court; Elon Musk, OpenAI,
Courts".

Qt keeps the interfaces it is handed; so that none is freed while Qt holds
it, each one made here is kept for the widget's life.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QRect
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
)
from PySide6.QtWidgets import QAccessibleWidget

from frise.model.dates import format_span
from frise.model.i18n import certainty_name, kind_name
from frise.model.schema import text_in

if TYPE_CHECKING:
    from frise.scene.view import TimelineView

MAX_EVENTS_PER_LANE = 500
"""Events listed under a lane: those in view, at most this many."""


def event_text(view: TimelineView, event: int) -> str:
    """ "5 Aug 2024, Musk refiles in federal court; Elon Musk, OpenAI, Courts;
    court filing, confirmed" in the languages shown."""
    filtered = view.filtered
    assert filtered is not None  # events exist only with a timeline
    timeline, lang, words = filtered.timeline, view.lang, view.words
    item = timeline.events[event]
    parties = ", ".join(timeline.party_name(p, lang) for p in item.parties)
    facts = [certainty_name(item.certainty, words)]
    if item.kind:
        facts.insert(0, kind_name(item.kind, words))
    date = format_span(item.date, item.end, words)
    return f"{date}, {text_in(item.title, lang)}; {parties}; {', '.join(facts)}"


class _InsideThePlot(QAccessibleInterface):
    """A part of the plot with no widget of its own: no object, no relations,
    and no child found by position (a screen reader walks the tree)."""

    def object(self):
        return None

    def relations(self, match=QAccessible.RelationFlag.AllRelations):
        return []

    def focusChild(self):
        return None

    def childAt(self, x: int, y: int):
        return None


class EventAccessible(_InsideThePlot):
    """One event of a lane."""

    def __init__(self, lane: LaneAccessible, event: int):
        super().__init__()
        self.lane = lane
        self.event = event

    def isValid(self) -> bool:
        return True

    def window(self):
        return self.lane.window()

    def parent(self):
        return self.lane

    def child(self, index: int):
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child) -> int:
        return -1

    def text(self, t: QAccessible.Text) -> str:
        if t == QAccessible.Text.Name:
            return event_text(self.lane.plot.view, self.event)
        return ""

    def setText(self, t, text) -> None:
        pass

    def rect(self) -> QRect:
        view = self.lane.plot.view
        point = view.position_of(self.event)
        if point is None:
            return QRect()
        corner = view.viewport().mapToGlobal(point.toPoint())
        return QRect(corner.x() - 6, corner.y() - 6, 12, 12)

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.TreeItem

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.selectable = True
        state.focusable = True
        selected = self.lane.plot.view.selected == self.event
        state.selected = selected
        state.focused = selected and self.lane.plot.view.hasFocus()
        state.invisible = self.rect().isNull()
        return state


class LaneAccessible(_InsideThePlot):
    """One lane: its party, and the events it shows in view."""

    def __init__(self, plot: TimelineAccessible, key: tuple[int, int | None]):
        super().__init__()
        self.plot = plot
        self.key = key

    def lane(self):
        filtered = self.plot.view.filtered
        if filtered is None:
            return None
        return next((lane for lane in filtered.lanes if lane.key == self.key), None)

    def events(self) -> np.ndarray:
        lane, view = self.lane(), self.plot.view.view
        if lane is None or view is None:
            return np.empty(0, np.int64)
        inside = (lane.stop > view.day0) & (lane.start < view.day1)
        shown: np.ndarray = lane.events[inside][:MAX_EVENTS_PER_LANE]
        return shown

    def isValid(self) -> bool:
        return self.lane() is not None

    def window(self):
        return self.plot.window()

    def parent(self):
        return self.plot

    def child(self, index: int):
        events = self.events()
        if not 0 <= index < len(events):
            return None
        return self.plot.event_interface(self, int(events[index]))

    def childCount(self) -> int:
        return len(self.events())

    def indexOfChild(self, child) -> int:
        if not isinstance(child, EventAccessible):
            return -1
        found = np.flatnonzero(self.events() == child.event)
        return int(found[0]) if len(found) else -1

    def text(self, t: QAccessible.Text) -> str:
        lane = self.lane()
        if lane is None or t != QAccessible.Text.Name:
            return ""
        view = self.plot.view
        timeline = view.filtered.timeline if view.filtered is not None else None
        if timeline is None:
            return ""
        name = text_in(timeline.parties[lane.party].name, view.lang)
        if lane.claimant is not None and 0 <= lane.claimant < len(timeline.parties):
            name += f" ({text_in(timeline.parties[lane.claimant].name, view.lang)})"
        return view.lane_text(name, len(self.events()))

    def setText(self, t, text) -> None:
        pass

    def rect(self) -> QRect:
        return self.plot.rect()

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.TreeItem

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.expandable = True
        state.expanded = True
        return state


class TimelineAccessible(QAccessibleWidget):
    """The plot: a tree of lanes and their events in view."""

    def __init__(self, view: TimelineView):
        super().__init__(view, QAccessible.Role.Tree)
        self.view = view
        self._lanes: dict[tuple[int, int | None], LaneAccessible] = {}
        self._events: dict[tuple[tuple[int, int | None], int], EventAccessible] = {}
        view.accessible_interface = self

    def lanes(self) -> list[LaneAccessible]:
        filtered = self.view.filtered
        if filtered is None:
            return []
        lanes = []
        for lane in filtered.lanes:
            interface = self._lanes.get(lane.key)
            if interface is None:
                interface = self._lanes[lane.key] = LaneAccessible(self, lane.key)
            lanes.append(interface)
        return lanes

    def event_interface(self, lane: LaneAccessible, event: int) -> EventAccessible:
        key = (lane.key, event)
        interface = self._events.get(key)
        if interface is None:
            interface = self._events[key] = EventAccessible(lane, event)
        return interface

    def selected_interface(self) -> EventAccessible | None:
        """The selected event, in the first lane that shows it."""
        event, filtered = self.view.selected, self.view.filtered
        if event is None or filtered is None:
            return None
        parties = set(filtered.timeline.events[event].parties)
        for lane in self.lanes():
            found = lane.lane()
            if (
                found is not None
                and filtered.timeline.parties[found.party].id in parties
                and event in found.events
            ):
                return self.event_interface(lane, event)
        return None

    def childCount(self) -> int:
        return len(self.lanes())

    def child(self, index: int):
        lanes = self.lanes()
        return lanes[index] if 0 <= index < len(lanes) else None

    def indexOfChild(self, child) -> int:
        lanes = self.lanes()
        return next((k for k, lane in enumerate(lanes) if lane is child), -1)

    def focusChild(self):
        return self.selected_interface()

    def text(self, t: QAccessible.Text) -> str:
        if t == QAccessible.Text.Name:
            return self.view.accessibleName()
        if t == QAccessible.Text.Description:
            return self.view.accessible_summary()
        return super().text(t)


def _factory(class_name: str, obj):
    if class_name == "TimelineView":
        return TimelineAccessible(obj)
    return None


_installed = False


def install() -> None:
    """Let Qt describe every TimelineView through `TimelineAccessible`."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def announce(view: TimelineView) -> None:
    """Tell assistive technology which event is now selected."""
    if not QAccessible.isActive():
        return
    plot = view.accessible_interface
    if plot is None:
        QAccessible.queryAccessibleInterface(view)  # made, and kept by the view
        plot = view.accessible_interface
    if plot is None:
        return
    selected = plot.selected_interface()
    if selected is not None:
        QAccessible.updateAccessibility(QAccessibleEvent(selected, QAccessible.Event.Focus))
        QAccessible.updateAccessibility(QAccessibleEvent(selected, QAccessible.Event.Selection))
    QAccessible.updateAccessibility(QAccessibleEvent(view, QAccessible.Event.DescriptionChanged))
    text = event_text(view, view.selected) if view.selected is not None else ""
    if text:
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(view, text))
