import random

from frise.model.marks import hit, rows_used
from frise.model.rows import HISTOGRAM_ROWS
from frise.model.timescale import Viewport
from tests.helpers.lanes import (
    D0,
    Lane,
    view_at,
)

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


def test_rows_used_by_a_lane():
    lane = Lane.days(D0 + 10, D0 + 70, D0 + 130, D0 + 190)
    assert rows_used(lane.place(view_at(1.0), rows=10)) == 3
    assert rows_used([]) == 1
    rng = random.Random(3)
    crowd = Lane.days(*[D0 + rng.randrange(3 * 365) for _ in range(3000)])
    assert rows_used(crowd.place(Viewport(float(D0), 1200 / (3 * 365), 1200.0))) == HISTOGRAM_ROWS
