"""The timeline widget: zoom, pan, clusters, hover text, vertical scrolling."""

from __future__ import annotations

import datetime as dt
import random

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from frise.model.filters import Filter, apply_filter
from frise.model.layout import place_lane
from frise.scene.frame import NAME_PX
from frise.scene.view import TimelineView
from tests.helpers.timelines import event, load, timeline_dict


@pytest.fixture
def make_view(qtbot):
    def make(doc, width=1200, height=600):
        view = TimelineView()
        qtbot.addWidget(view)
        view.resize(width, height)
        view.show()
        qtbot.waitExposed(view)
        timeline = load(doc)
        view.set_filtered(apply_filter(timeline, Filter()))
        return view, timeline

    return make


def crowded_doc() -> dict:
    """Fifteen events within fifteen days in 2020 (more than a lane's rows),
    one event in 2010 and one in 2030."""
    events = [event("early", "2010-01-01", ["alpha"], "Early")]
    events += [event(f"c{k}", f"2020-06-{k + 1:02d}", ["alpha"], f"Crowd {k}") for k in range(15)]
    events.append(event("late", "2030-01-01", ["alpha"], "Late"))
    return timeline_dict(events=events)


def test_close_events_cluster_far_out_and_a_click_zooms_to_them(make_view, qtbot):
    view, timeline = make_view(crowded_doc())
    marks = view.layout_frame().lanes[0].marks
    cluster = next(m for m in marks if m.kind == "cluster")
    assert cluster.count == 15
    frame = view.frame
    y = frame.row_y(frame.lanes[0], cluster.row)
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPointF(NAME_PX + (cluster.x0 + cluster.x1) / 2, y).toPoint(),
    )
    first = min(timeline.start[cluster.events])
    last = max(timeline.stop[cluster.events])
    assert view.view.day0 <= first and last <= view.view.day1
    assert view.view.span < 30
    kinds = {m.kind for m in view.layout_frame().lanes[0].marks}
    assert kinds == {"event"}


def test_selecting_an_event_inside_a_cluster_zooms_until_it_stands_alone(make_view):
    view, timeline = make_view(crowded_doc())
    target = timeline.event_index["c2"]
    view.set_selected(target)
    assert view.position_of(target) is not None


def test_pan_is_bounded_by_the_domain(make_view):
    view, _ = make_view(crowded_doc())
    view.zoom_by(8)
    view.pan_by(1e9)
    assert view.view.day0 == pytest.approx(view.domain[0])
    view.pan_by(-1e9)
    assert view.view.day1 == pytest.approx(view.domain[1])


def test_horizontal_scrollbar_follows_and_drives_the_view(make_view):
    view, _ = make_view(crowded_doc())
    bar = view.horizontalScrollBar()
    assert bar.maximum() == 0
    view.zoom_by(4)
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    assert view.view.day1 == pytest.approx(view.domain[1], abs=1)


def test_many_lanes_scroll_vertically(make_view):
    parties = [{"id": f"p{k}", "name": f"Party {k}"} for k in range(30)]
    events = [event(f"e{k}", "2020-01-01", [f"p{k}"], f"E{k}") for k in range(30)]
    view, _ = make_view(timeline_dict(parties=parties, events=events), height=500)
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    frame = view.layout_frame()
    last = frame.lanes[-1]
    assert last.top + last.box.height <= frame.height + 1


def test_tooltip_shows_file_text_as_text(make_view):
    doc = timeline_dict(
        events=[event("x", "2020-01-01", ["alpha"], "<img src=x onerror=alert(1)> & <b>bold</b>")]
    )
    view, _ = make_view(doc)
    mark = view.layout_frame().lanes[0].marks[0]
    html = view.tooltip_html(mark)
    assert "&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in html
    assert "<img" not in html


def test_left_right_from_nothing_selected_start_at_the_view_edges(make_view, qtbot):
    view, timeline = make_view(crowded_doc())
    with qtbot.waitSignal(view.eventActivated) as right:
        view.step(1)
    assert timeline.events[right.args[0]].id == "early"
    with qtbot.waitSignal(view.eventActivated) as left:
        view.step(-1)
    assert timeline.events[left.args[0]].id == "late"


def test_lane_layouts_kept_for_panning_never_leak_into_another_filter(make_view):
    view, timeline = make_view(
        timeline_dict(
            events=[
                event("a1", "2020-01-01", ["alpha"], "A one"),
                event("a2", "2020-06-01", ["alpha"], "A two"),
                event("b1", "2020-03-01", ["beta"], "B one"),
                event("b2", "2020-09-01", ["beta"], "B two"),
            ]
        )
    )
    for parties in ({"alpha"}, {"beta"}, {"alpha", "beta"}, {"beta"}, {"alpha"}) * 3:
        filtered = apply_filter(
            timeline, Filter(parties=frozenset(parties), year_from=2020, year_to=2020)
        )
        view.set_filtered(filtered)
        for lane in view.layout_frame().lanes:
            party = timeline.parties[lane.party].id
            for mark in lane.marks:
                assert all(party in timeline.events[e].parties for e in mark.events)


def test_equally_busy_lanes_are_drawn_alike(make_view):
    """One lane just crowded enough for a histogram, the other a little less:
    both are drawn as histograms, not one as a histogram beside markers."""
    rng = random.Random(7)
    first = dt.date(2010, 1, 1).toordinal()

    def day() -> str:
        return dt.date.fromordinal(first + rng.randrange(12 * 365)).isoformat()

    events = [event(f"a{k}", day(), ["alpha"], "A") for k in range(150)]
    events += [event(f"b{k}", day(), ["beta"], "B") for k in range(100)]
    view, _ = make_view(timeline_dict(events=events))
    view.set_folded(False)
    frame = view.layout_frame()
    alone = [
        {
            m.kind
            for m in place_lane(
                lane.events,
                lane.start,
                lane.stop,
                lane.is_range,
                view.view,
                box.rows,
                lambda i: 40.0,
            )
        }
        for lane, box in zip(view.filtered.lanes, (f.box for f in frame.lanes), strict=True)
    ]
    assert sorted("density" in kinds for kinds in alone) == [False, True]
    assert [{m.kind for m in lane.marks} for lane in frame.lanes] == [{"density"}] * 2


def test_what_a_search_finds_is_marked_and_the_rest_faint(make_view):
    """Found marks are drawn alike (in a few calls, however many): each on
    the search's colour, its title on a band of it; the others faint."""
    events = [event(f"e{k}", f"2020-{k + 1:02d}-01", ["alpha"], f"Event {k}") for k in range(12)]
    view, _ = make_view(timeline_dict(events=events))
    matches = np.array([k % 2 == 0 for k in range(12)])
    view.set_matches(matches)
    image = view.viewport().grab().toImage()
    frame = view.layout_frame()
    lane = frame.lanes[0]
    match = view.renderer.theme.match
    ink = view.renderer.theme.ink

    def near(x: float, y: float, color) -> bool:
        pixel = image.pixelColor(round(NAME_PX + x), round(y))
        return (
            max(
                abs(pixel.red() - color.red()),
                abs(pixel.green() - color.green()),
                abs(pixel.blue() - color.blue()),
            )
            < 40
        )

    singles = [m for m in lane.marks if m.kind == "event"]
    assert len(singles) == 12
    for mark in singles:
        y = frame.row_y(lane, mark.row)
        # Just outside the marker, inside the disc under a found one.
        ring = near(mark.x0 - 2, y, match)
        assert ring == bool(matches[mark.event]), mark
        if mark.label_width and matches[mark.event]:
            # The band under its title, before the first letter.
            assert near(mark.label_x - 1, y, match), mark
    faint = [m for m in singles if not matches[m.event] and m.label_width]
    found = [m for m in singles if matches[m.event] and m.label_width]
    assert faint and found

    def darkest(mark) -> int:
        y = frame.row_y(lane, mark.row)
        return min(
            image.pixelColor(round(NAME_PX + mark.label_x + dx), round(y + dy)).lightness()
            for dx in range(2, 30)
            for dy in range(-4, 5)
        )

    # Titles found are written in ink; the others faint.
    assert max(darkest(m) for m in found) < min(darkest(m) for m in faint)
    assert ink.lightness() < 100
