from itertools import pairwise

from frise.model.rows import LANE_PAD_PX, ROW_PX, fit_rows, lane_boxes, lane_height

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
