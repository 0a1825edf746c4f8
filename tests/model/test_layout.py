import datetime as dt
import random
from itertools import pairwise

import numpy as np
import pytest

from frise.model.layout import (
    CLUSTER_PX,
    HISTOGRAM_ROWS,
    LABEL_GAP_PX,
    LANE_PAD_PX,
    MAX_LABEL_PX,
    MIN_BAR_PX,
    MIN_ELIDED_PX,
    ROW_PX,
    fit_rows,
    hit,
    lane_boxes,
    lane_crowd,
    lane_height,
    lane_window,
    place_lane,
    rows_used,
    shift,
    visible_label,
)
from frise.model.timescale import Viewport

D0 = dt.date(2024, 1, 1).toordinal()


class Lane:
    """One lane's arrays, as `place_lane` takes them, from (start, stop) pairs.

    A pair's stop is the day after its last day; a stop of None is a one-day event.
    Event indices are the positions in `spans`, so tests can name them.
    """

    def __init__(self, spans):
        spans = [(s, s + 1 if e is None else e, e is not None) for s, e in spans]
        order = sorted(range(len(spans)), key=lambda i: spans[i][0])
        self.events = np.array(order, np.int64)
        self.start = np.array([spans[i][0] for i in order], np.int64)
        self.stop = np.array([spans[i][1] for i in order], np.int64)
        self.is_range = np.array([spans[i][2] for i in order], bool)

    @classmethod
    def days(cls, *days):
        return cls([(d, None) for d in days])

    def place(self, view, rows=3, label=lambda i: 120.0, titled=None, limits=None):
        if titled is not None:
            titled = np.array([titled(int(i)) for i in self.events], bool)
        return place_lane(
            self.events,
            self.start,
            self.stop,
            self.is_range,
            view,
            rows,
            label,
            titled,
            limits or (-np.inf, np.inf),
        )


def view_at(px_per_day, day0=D0, width=1200.0):
    return Viewport(float(day0), px_per_day, width)


def members(mark):
    return sorted(int(i) for i in mark.events)


def label_end(mark):
    return mark.label_x + mark.label_width


def label_clashes(marks):
    """Pairs in one row where a label runs over another mark or its label."""
    clashes = []
    placed = [m for m in marks if m.kind != "density"]
    for a in placed:
        if not a.label_width:
            continue
        for b in placed:
            if b is a or b.row != a.row:
                continue
            b_left, b_right = b.x0, b.right
            if b_left < label_end(a) and b_right > a.label_x:
                clashes.append((a.kind, a.x0, a.label_x, label_end(a), b.kind, b.x0, b.right))
    return clashes


def random_lane(rng, n, days=2000, range_share=0.3):
    spans = []
    for _ in range(n):
        start = D0 + rng.randrange(days)
        stop = start + rng.randrange(2, 300) if rng.random() < range_share else None
        spans.append((start, stop))
    return Lane(spans)


def random_labels(i):
    return 60.0 + (i * 37) % 220


# --- lane boxes ------------------------------------------------------------------


def test_lanes_are_as_tall_as_their_rows_and_stack_without_gaps():
    boxes = lane_boxes([1, 4, 2])
    assert [b.rows for b in boxes] == [1, 4, 2]
    assert [b.height for b in boxes] == [lane_height(1), lane_height(4), lane_height(2)]
    for above, below in pairwise(boxes):
        assert below.top == above.top + above.height
    assert lane_height(3) == 2 * LANE_PAD_PX + 3 * ROW_PX


def test_rows_fit_the_height_by_taking_from_the_busiest_lanes_first():
    wanted = [6, 1, 3, 2]
    assert fit_rows(wanted, 1e6) == wanted
    rows = fit_rows(wanted, lane_height(2) * 4)
    assert sum(map(lane_height, rows)) <= lane_height(2) * 4
    assert rows[1] == 1  # a quiet lane stays low, and keeps its row
    assert rows[0] >= rows[3]


def test_rows_never_go_below_the_least_and_then_the_lanes_scroll():
    rows = fit_rows([5] * 20, 300.0, least=2)
    assert rows == [2] * 20
    assert sum(map(lane_height, rows)) > 300.0


def test_no_lanes_no_boxes():
    assert lane_boxes([]) == ()


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


# --- hit -----------------------------------------------------------------------------


def test_hit_finds_the_mark_under_the_pointer():
    lane = Lane.days(D0 + 10, D0 + 70, D0 + 400)
    marks = lane.place(view_at(1.0), rows=3)
    for m in marks:
        assert hit(marks, (m.x0 + m.x1) / 2, m.row) is m


def test_hit_finds_a_mark_by_its_label():
    marks = Lane.days(D0 + 10).place(view_at(1.0), rows=2, label=lambda i: 120.0)
    (mark,) = marks
    assert hit(marks, mark.label_x + 60, mark.row) is mark


def test_hit_misses_empty_space_and_other_rows():
    marks = Lane.days(D0 + 10).place(view_at(1.0), rows=2, label=lambda i: 120.0)
    (mark,) = marks
    assert hit(marks, 800.0, mark.row) is None
    assert hit(marks, (mark.x0 + mark.x1) / 2, mark.row + 1) is None


def test_hit_prefers_the_nearest_marker():
    marks = Lane.days(D0 + 10, D0 + 11).place(view_at(20.0), rows=1, label=lambda i: 0.0)
    a, b = sorted(marks, key=lambda m: m.x0)
    assert hit(marks, a.x0 + 1, 0) is a
    assert hit(marks, b.x1 - 1, 0) is b


def test_hit_on_a_histogram_ignores_the_row():
    rng = random.Random(3)
    lane = Lane.days(*[D0 + rng.randrange(3 * 365) for _ in range(3000)])
    marks = lane.place(Viewport(float(D0), 1200 / (3 * 365), 1200.0))
    bucket = marks[len(marks) // 2]
    assert bucket.kind == "density"
    x = (bucket.x0 + bucket.x1) / 2
    assert hit(marks, x, 0) is bucket
    assert hit(marks, x, 3) is bucket


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


def test_rows_used_by_a_lane():
    lane = Lane.days(D0 + 10, D0 + 70, D0 + 130, D0 + 190)
    assert rows_used(lane.place(view_at(1.0), rows=10)) == 3
    assert rows_used([]) == 1
    rng = random.Random(3)
    crowd = Lane.days(*[D0 + rng.randrange(3 * 365) for _ in range(3000)])
    assert rows_used(crowd.place(Viewport(float(D0), 1200 / (3 * 365), 1200.0))) == HISTOGRAM_ROWS


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


def test_lane_crowd_is_events_per_pixel_around_the_view():
    view = Viewport(float(D0), 1.0, 1000.0)
    busy = Lane.days(*[D0 + k for k in range(0, 1000, 2)])
    quiet = Lane.days(*[D0 + k for k in range(0, 1000, 20)])
    assert lane_crowd(busy.start, view) == pytest.approx(10 * lane_crowd(quiet.start, view))
