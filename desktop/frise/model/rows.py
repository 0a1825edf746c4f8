"""Lanes down the page: how many rows each lane has, and how tall it is.

Pure geometry with no Qt. A lane is as tall as its rows (or as its name needs);
when the lanes do not all fit, the busiest give up rows first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

ROW_PX = 20.0
LANE_PAD_PX = 4.0
MAX_ROWS = 10
"""Rows a lane of the window may have (when the window has room for them);
an export may give a lane more."""
HISTOGRAM_ROWS = 2
"""Rows a lane drawn as a histogram is given."""


def lane_height(rows: int) -> float:
    return 2 * LANE_PAD_PX + rows * ROW_PX


@dataclass(frozen=True, slots=True)
class LaneBox:
    top: float
    height: float
    rows: int


def fit_rows(
    wanted: Sequence[int], available: float, least: int = 1, heights: Sequence[float] = ()
) -> list[int]:
    """Rows per lane: what each wants, if it all fits in `available` pixels;
    else the lanes that want most give up rows first, down to `least` (then
    the lanes are taller than `available`, and the view scrolls). `heights`:
    the least height of each lane, as for `lane_boxes`."""
    rows = [max(int(w), least) for w in wanted]
    floors = [heights[k] if k < len(heights) else 0.0 for k in range(len(rows))]
    sizes = [max(lane_height(r), f) for r, f in zip(rows, floors, strict=True)]
    total = sum(sizes)
    while total > available + 0.5:
        most = max(rows, default=0)
        if most <= least:
            break
        k = rows.index(most)
        rows[k] -= 1
        # Kept as a running sum: the lanes' boxes are not stacked again each time.
        size = max(lane_height(rows[k]), floors[k])
        total += size - sizes[k]
        sizes[k] = size
    return rows


def lane_boxes(rows: Sequence[int], least: Sequence[float] = ()) -> tuple[LaneBox, ...]:
    """The lanes stacked down the page, each as tall as its rows, or as its
    `least` height (room for its name) when that is more."""
    boxes = []
    top = 0.0
    for k, count in enumerate(rows):
        height = max(lane_height(count), least[k] if k < len(least) else 0.0)
        boxes.append(LaneBox(top, height, count))
        top += height
    return tuple(boxes)
