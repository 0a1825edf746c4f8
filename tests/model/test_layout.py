import random
from itertools import pairwise

import numpy as np
import pytest

from frise.model.layout import CLUSTER_PX, MIN_BAR_PX, lane_crowd
from frise.model.marks import MIN_ELIDED_PX, visible_label
from frise.model.timescale import Viewport
from tests.helpers.lanes import D0, Lane, label_end, members, random_labels, random_lane, view_at

# --- what marks stand for ------------------------------------------------------------


def test_an_empty_lane_has_no_marks():
    assert Lane([]).place(view_at(1.0)) == []


def test_events_far_outside_the_view_have_no_marks():
    lane = Lane.days(D0 - 5000, D0 + 9000)
    assert lane.place(view_at(1.0)) == []


def test_two_far_apart_events_are_two_event_marks():
    lane = Lane.days(D0 + 100, D0 + 600)
    view = view_at(1.0)
    marks = lane.place(view)
    assert [m.kind for m in marks] == ["event", "event"]
    assert [members(m) for m in marks] == [[0], [1]]
    for mark, day in zip(marks, (D0 + 100, D0 + 600), strict=True):
        centre = (mark.x0 + mark.x1) / 2
        assert view.x(day) - 0.01 <= centre <= view.x(day + 1)


def test_close_events_at_far_zoom_are_one_cluster_counting_them():
    # 0.2 px a day: three events within 6 days are closer than a marker.
    lane = Lane.days(D0 + 1000, D0 + 1002, D0 + 1003, D0 + 1500)
    marks = lane.place(view_at(0.2, day0=D0), rows=2)
    clusters = [m for m in marks if m.kind == "cluster"]
    assert len(clusters) == 1
    assert clusters[0].count == 3
    assert members(clusters[0]) == [0, 1, 2]
    assert [members(m) for m in marks if m.kind == "event"] == [[3]]


@pytest.mark.parametrize("rows", [1, 3])
def test_at_high_zoom_two_events_of_one_day_are_two_marks_not_overlapping(rows):
    lane = Lane.days(D0 + 10, D0 + 10)
    view = view_at(2 * CLUSTER_PX + 4)
    marks = lane.place(view, rows=rows)
    assert [m.kind for m in marks] == ["event", "event"]
    assert sorted(members(m)[0] for m in marks) == [0, 1]
    a, b = sorted(marks, key=lambda m: m.x0)
    assert a.row != b.row or a.x1 <= b.x0
    # Both inside their day.
    for m in marks:
        assert view.x(D0 + 10) <= (m.x0 + m.x1) / 2 <= view.x(D0 + 11)


def test_just_past_the_cluster_zoom_events_of_one_day_do_not_cover_each_other():
    lane = Lane.days(D0 + 10, D0 + 10, D0 + 10)
    marks = lane.place(view_at(CLUSTER_PX * 1.01), rows=3)
    assert len(marks) == 3
    for a in marks:
        for b in marks:
            if a is not b and a.row == b.row:
                assert a.x1 <= b.x0 or b.x1 <= a.x0


def test_a_crowded_lane_at_far_zoom_is_a_histogram():
    rng = random.Random(3)
    days = [D0 + rng.randrange(3 * 365) for _ in range(3000)]
    lane = Lane.days(*days)
    view = Viewport(float(D0), 1200 / (3 * 365), 1200.0)
    marks = lane.place(view)
    assert marks
    assert all(m.kind == "density" for m in marks)
    assert sum(m.count for m in marks) == 3000
    shown = np.concatenate([m.events for m in marks])
    assert len(np.unique(shown)) == 3000
    for a, b in pairwise(marks):
        assert a.x1 <= b.x0 + 1e-6


def test_a_histogram_counts_only_the_events_near_the_view():
    rng = random.Random(4)
    inside = [D0 + rng.randrange(3 * 365) for _ in range(2000)]
    far = [D0 - 20 * 365 + d for d in range(0, 400, 2)] + [D0 + 30 * 365]
    lane = Lane.days(*inside, *far)
    view = Viewport(float(D0), 1200 / (3 * 365), 1200.0)
    marks = lane.place(view)
    assert {m.kind for m in marks} == {"density"}
    assert sum(m.count for m in marks) == 2000


def test_a_long_range_is_a_bar():
    lane = Lane([(D0 + 100, D0 + 400)])
    view = view_at(1.0)
    (bar,) = lane.place(view)
    assert bar.kind == "bar"
    assert bar.x0 == pytest.approx(view.x(D0 + 100))
    assert bar.x1 == pytest.approx(view.x(D0 + 400))
    assert bar.x1 - bar.x0 >= MIN_BAR_PX
    assert bar.x0 < bar.label_x
    assert label_end(bar) <= bar.x1
    assert bar.label_width >= MIN_ELIDED_PX


def test_a_range_narrower_than_a_bar_is_a_point():
    lane = Lane([(D0 + 100, D0 + 110)])
    (mark,) = lane.place(view_at(MIN_BAR_PX / 12))
    assert mark.kind == "event"


def test_a_bar_that_starts_left_of_the_plot_labels_from_the_plot_edge():
    lane = Lane([(D0 - 50, D0 + 400)])
    (bar,) = lane.place(view_at(1.0))
    assert bar.kind == "bar"
    assert bar.x0 < 0
    x, width = visible_label(bar, 1200.0)
    assert x >= 0
    assert width >= MIN_ELIDED_PX
    assert x + width <= bar.x1


def test_every_event_near_the_view_is_shown_once():
    rng = random.Random(5)
    for px_per_day in (0.05, 0.3, 1.0, 4.0, 20.0):
        lane = random_lane(rng, 80, days=int(1200 / px_per_day))
        marks = lane.place(view_at(px_per_day), rows=3, label=random_labels)
        if marks and marks[0].kind == "density":
            continue
        shown = np.concatenate([m.events for m in marks]).tolist()
        assert sorted(shown) == sorted(set(shown)), px_per_day
        assert set(shown) == set(lane.events.tolist()), px_per_day


# --- pan stability ---------------------------------------------------------------------


def stable_part(marks, shift):
    """Kind, row and label of each mark whose left edge is well inside the plot."""
    return {
        tuple(members(m)): (m.kind, m.row, round(m.label_width, 6))
        for m in marks
        if 400 <= m.x0 - shift <= 800
    }


def assert_same_inside(before, after, dx):
    a, b = stable_part(before, 0.0), stable_part(after, dx)
    common = set(a) & set(b)
    assert len(common) >= min(len(a), len(b)) - 1  # one may cross the window's edge
    assert {k: a[k] for k in common} == {k: b[k] for k in common}


@pytest.mark.parametrize("px_per_day", [0.3, 1.0, 2.5, 8.0, 30.0])
def test_marks_well_inside_the_view_keep_rows_and_labels_when_panning(px_per_day):
    rng = random.Random(int(px_per_day * 10))
    for _ in range(10):
        lane = random_lane(rng, 20, days=int(3000 / px_per_day), range_share=0.2)
        view = Viewport(D0 + 900 / px_per_day, px_per_day, 1200.0)
        for dx in (3.0, -3.0, 7.0):
            moved = Viewport(view.day0 - dx / px_per_day, px_per_day, 1200.0)
            before = lane.place(view, rows=3, label=random_labels)
            after = lane.place(moved, rows=3, label=random_labels)
            assert_same_inside(before, after, dx)


def test_an_event_entering_the_left_margin_does_not_restack_the_view():
    # Events every 60 px with 100 px titles alternate between two rows. Panning
    # by 2 px brings one more event into the margin placed left of the plot;
    # the marks in the middle of the plot must not all swap rows.
    lane = Lane.days(*[D0 + 60 * k for k in range(-10, 25)])
    before = lane.place(Viewport(D0 + 15.0, 1.0, 1200.0), rows=2, label=lambda i: 100.0)
    after = lane.place(Viewport(D0 + 13.0, 1.0, 1200.0), rows=2, label=lambda i: 100.0)
    assert_same_inside(before, after, 2.0)


def test_a_cluster_leaving_by_the_left_edge_does_not_move_later_marks():
    # A cluster just left of the plot, then events every ~60 px with 100 px titles.
    lane = Lane.days(D0 - 8, D0 - 7, D0 + 12, D0 + 70, D0 + 130, D0 + 190)
    rows_at = []
    for day0 in (D0 + 0.0, D0 + 1.0, D0 + 3.0, D0 + 5.0):
        marks = lane.place(Viewport(day0, 1.0, 1200.0), rows=2, label=lambda i: 100.0)
        rows_at.append([(members(m), m.row) for m in marks if m.kind == "event"])
    assert rows_at[0] == rows_at[1] == rows_at[2] == rows_at[3]


def test_lane_crowd_is_events_per_pixel_around_the_view():
    view = Viewport(float(D0), 1.0, 1000.0)
    busy = Lane.days(*[D0 + k for k in range(0, 1000, 2)])
    quiet = Lane.days(*[D0 + k for k in range(0, 1000, 20)])
    assert lane_crowd(busy.start, view) == pytest.approx(10 * lane_crowd(quiet.start, view))
