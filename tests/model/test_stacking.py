import random

import numpy as np
import pytest

from frise.model.layout import (
    CLUSTER_PX,
    MAX_LABEL_PX,
    lane_window,
    place_lane,
)
from frise.model.marks import LABEL_GAP_PX, MIN_ELIDED_PX, rows_used, shift, visible_label
from frise.model.timescale import Viewport
from tests.helpers.lanes import (
    D0,
    Lane,
    label_clashes,
    label_end,
    members,
    random_labels,
    random_lane,
    view_at,
)

# --- rows and labels -------------------------------------------------------------------


def test_marks_take_the_first_free_row():
    # Full labels (120 px) do not fit between events 60 px apart: rows 0, 1, 2, then 0.
    lane = Lane.days(D0 + 10, D0 + 70, D0 + 130, D0 + 190)
    marks = lane.place(view_at(1.0), rows=3)
    assert [m.row for m in marks] == [0, 1, 2, 0]
    assert all(m.label_width == 120.0 for m in marks)


def test_a_label_is_shortened_to_end_before_the_next_mark():
    lane = Lane.days(D0 + 10, D0 + 110)
    first, second = lane.place(view_at(1.0), rows=1, label=lambda i: 250.0)
    assert first.row == second.row == 0
    assert MIN_ELIDED_PX <= first.label_width < 250.0
    assert label_end(first) <= second.x0
    assert second.label_width == 250.0


def test_a_label_with_no_room_is_dropped():
    lane = Lane.days(D0 + 10, D0 + 40)
    first, second = lane.place(view_at(1.0), rows=1, label=lambda i: 250.0)
    assert first.label_width == 0.0
    assert second.label_width == 250.0


def test_labels_are_never_longer_than_the_maximum():
    (mark,) = Lane.days(D0 + 10).place(view_at(1.0), label=lambda i: 5000.0)
    assert mark.label_width <= MAX_LABEL_PX


def test_labels_never_run_over_another_mark_in_their_row():
    rng = random.Random(11)
    for px_per_day in (0.2, 0.5, 1.0, 3.0, 10.0, 20.0, 50.0):
        for rows in (1, 2, 3, 5):
            for _ in range(15):
                lane = random_lane(rng, rng.randrange(2, 60))
                marks = lane.place(
                    view_at(px_per_day, day0=D0 + 100), rows=rows, label=random_labels
                )
                assert not label_clashes(marks), (px_per_day, rows, label_clashes(marks)[:2])


def test_a_bar_label_is_not_run_over_by_a_point_in_its_row():
    # One row (a lane at its smallest): a period, and an event during it.
    lane = Lane([(D0 + 10, D0 + 110), (D0 + 40, None)])
    marks = lane.place(view_at(2.0), rows=1, label=lambda i: 150.0)
    bar = next(m for m in marks if members(m) == [0])
    point = next(m for m in marks if members(m) == [1])
    assert bar.row == point.row == 0
    assert bar.label_width == 0 or label_end(bar) <= point.x0


def test_shortened_labels_are_at_least_the_minimum_or_nothing():
    rng = random.Random(12)
    for px_per_day in (0.3, 1.0, 5.0, 30.0):
        for rows in (1, 2, 4):
            lane = random_lane(rng, 50)
            marks = lane.place(view_at(px_per_day), rows=rows, label=random_labels)
            for m in marks:
                assert m.label_width == 0 or m.label_width >= MIN_ELIDED_PX


def test_labels_are_never_wider_than_their_titles():
    rng = random.Random(13)
    for px_per_day in (0.3, 1.0, 5.0, 30.0):
        for rows in (1, 2, 4):
            lane = random_lane(rng, 50)
            marks = lane.place(view_at(px_per_day), rows=rows, label=random_labels)
            for m in marks:
                assert m.label_width <= random_labels(m.event) + 1e-9, m


def test_shortening_a_label_never_lengthens_it():
    # One row: a period from x = 0 to 400, an event at 50 inside it, one at 300.
    # The event at 300 shares the row and cuts the first event's 100 px label
    # "to end before it": that is 230 px of room, but the title needs only 100.
    lane = Lane([(D0, D0 + 400), (D0 + 50, None), (D0 + 300, None)])
    marks = lane.place(view_at(1.0), rows=1, label=lambda i: 100.0)
    for m in marks:
        assert m.label_width <= 100.0, m


def test_labels_end_at_the_plot_edge():
    (mark,) = Lane.days(D0 + 1100).place(view_at(1.0, width=1200.0), label=lambda i: 250.0)
    assert mark.label_width == 250.0  # laid out whole: the view may pan
    x, width = visible_label(mark, 1200.0)
    assert x + width <= 1200.0
    assert width == 0 or width >= MIN_ELIDED_PX


def test_a_pan_within_a_page_only_shifts_the_layout():
    lane = random_lane(random.Random(5), 80)
    view = view_at(3.0, day0=D0 + 300)
    moved = Viewport(view.day0 + 7, view.px_per_day, view.width)
    assert lane_window(view)[0] == lane_window(moved)[0]
    before = lane.place(view, label=random_labels)
    shift(before, -7 * view.px_per_day)
    after = lane.place(moved, label=random_labels)
    assert [(m.kind, m.event, m.row, m.label_width) for m in before] == [
        (m.kind, m.event, m.row, m.label_width) for m in after
    ]
    for a, b in zip(before, after, strict=True):
        assert a.x0 == pytest.approx(b.x0) and a.label_x == pytest.approx(b.label_x)


def test_rows_stay_within_the_lane():
    lane = Lane.days(*[D0 + 10 + 3 * k for k in range(30)])
    for rows in (1, 2, 4):
        marks = lane.place(view_at(20.0), rows=rows)
        assert {m.row for m in marks} <= set(range(rows))


def test_a_mark_without_a_label_ends_at_its_marker():
    # A cluster left of the plot must not keep its row busy up to x = 0.
    lane = Lane.days(D0 - 60, D0 - 59, D0 - 58, D0 - 30)
    marks = lane.place(view_at(1.0), rows=2)
    cluster = next(m for m in marks if m.kind == "cluster")
    after = next(m for m in marks if m.kind == "event")
    assert cluster.x1 < 0
    assert cluster.right == cluster.x1
    assert after.row == cluster.row


# --- label rules -------------------------------------------------------------------


def test_a_label_with_no_room_on_the_right_flips_to_the_left():
    (mark,) = Lane.days(D0 + 1150).place(view_at(1.0), label=lambda i: 200.0, limits=(0.0, 1200.0))
    assert mark.label_width == 200.0
    assert mark.label_x + mark.label_width <= mark.x0 - LABEL_GAP_PX + 1e-9
    assert mark.left == mark.label_x


def test_no_label_passes_either_limit():
    rng = random.Random(21)
    for px_per_day in (0.3, 1.0, 4.0):
        for rows in (1, 2, 4, 12):
            for _ in range(10):
                lane = random_lane(rng, rng.randrange(2, 40), days=int(1200 / px_per_day))
                marks = lane.place(
                    view_at(px_per_day), rows=rows, label=random_labels, limits=(0.0, 1200.0)
                )
                for m in marks:
                    if m.label_width:
                        assert m.label_x >= -1e-9 and m.label_x + m.label_width <= 1200.0 + 1e-9
                assert not label_clashes(marks)


def test_a_short_title_is_drawn_whenever_it_fits():
    # 22 px of title ("IPO") between two marks 40 px apart, in one row.
    lane = Lane.days(D0 + 10, D0 + 50)
    first, second = lane.place(view_at(1.0), rows=1, label=lambda i: 22.0)
    assert first.label_width == 22.0 and second.label_width == 22.0


def test_a_title_is_written_only_where_the_lane_says_so():
    lane = Lane.days(D0 + 10, D0 + 300)
    marks = lane.place(view_at(1.0), titled=lambda i: i == 1)
    assert [m.label_width > 0 for m in marks] == [False, True]
    assert marks[0].right == marks[0].x1


def test_a_period_too_short_for_its_title_carries_it_beside():
    lane = Lane([(D0 + 100, D0 + 140)])
    (bar,) = lane.place(view_at(1.0), label=lambda i: 120.0)
    assert bar.kind == "bar"
    assert bar.label_width == 120.0
    assert bar.label_x >= bar.x1


def test_a_period_carries_its_title_inside_when_it_fits():
    (bar,) = Lane([(D0 + 100, D0 + 400)]).place(view_at(1.0), label=lambda i: 120.0)
    assert bar.x0 < bar.label_x and bar.label_x + bar.label_width <= bar.x1


def test_events_closer_than_a_marker_stack_in_rows_while_there_are_rows():
    lane = Lane.days(D0 + 1000, D0 + 1002, D0 + 1003)
    marks = lane.place(view_at(0.2, day0=D0), rows=3, label=lambda i: 80.0)
    assert [m.kind for m in marks] == ["event"] * 3
    assert sorted(m.row for m in marks) == [0, 1, 2]
    assert all(m.label_width == 80.0 for m in marks)


def test_with_rows_enough_every_title_is_whole():
    rng = random.Random(8)
    lane = random_lane(rng, 40, days=1000, range_share=0.2)
    marks = lane.place(view_at(1.0, day0=D0 - 20), rows=40, label=random_labels)
    assert all(m.kind in ("event", "bar") for m in marks)
    assert all(m.label_width == min(random_labels(m.event), MAX_LABEL_PX) for m in marks)


def test_a_lane_can_be_asked_to_be_a_histogram_far_out_only():
    lane = Lane.days(*[D0 + 10 * k for k in range(30)])
    far = Viewport(float(D0), 1200 / 365, 1200.0)
    assert {m.kind for m in place_lane_histogram(lane, far)} == {"density"}
    near = Viewport(float(D0), CLUSTER_PX * 2, 1200.0)
    assert "density" not in {m.kind for m in place_lane_histogram(lane, near)}


def place_lane_histogram(lane, view):
    return place_lane(
        lane.events, lane.start, lane.stop, lane.is_range, view, 3, lambda i: 50.0, histogram=True
    )


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("px_per_day", [0.05, 0.3, 1.0, 4.0, 30.0])
def test_a_lane_laid_out_with_the_rows_it_used_is_laid_out_the_same(seed, px_per_day):
    """The window lays lanes out once with every row they may have, to learn
    the rows each needs, and then draws those same marks with that many rows:
    stacking with fewer rows must change nothing while none of them is missed."""
    rng = random.Random(seed)
    lane = random_lane(rng, rng.choice([5, 40, 300, 2000]), days=rng.choice([60, 800, 4000]))
    view = view_at(px_per_day, D0 + rng.randrange(200))
    limits = (-50.0, 1100.0) if seed % 2 else None
    roomy = lane.place(view, rows=10, label=random_labels, limits=limits)
    used = rows_used(roomy)
    again = lane.place(view, rows=used, label=random_labels, limits=limits)
    for name in ("kind", "x0", "x1", "row", "event", "label_x", "label_width", "first", "count"):
        assert np.array_equal(getattr(roomy, name), getattr(again, name)), name
