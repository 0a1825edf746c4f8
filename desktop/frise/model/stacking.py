"""Stacking a lane's marks into rows, and fitting their labels: the one
loop of a layout that is not numpy (it runs on plain lists, once per mark).

Pure geometry with no Qt; `model/layout.py` calls it for the lanes it places.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from frise.model.marks import BAR, EVENT, LABEL_GAP_PX, MARKER_PX, MIN_ELIDED_PX, LaneMarks


def stack_lanes(
    marks: LaneMarks,
    bounds: np.ndarray,
    rows: Sequence[int],
    wanted: np.ndarray,
    limits: tuple[float, float],
) -> None:
    """Rows and labels for the marks of many lanes, lane k's between
    `bounds[k]` and `bounds[k + 1]`, with `rows[k]` rows (see `_stack`)."""
    n = len(marks)
    if not n:
        return
    kinds = marks.kind.tolist()
    lefts, rights, want = marks.x0.tolist(), marks.x1.tolist(), wanted.tolist()
    row_of, label_x, label_width = [0] * n, [0.0] * n, [0.0] * n
    for lane, (a, b) in enumerate(zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True)):
        if b > a:
            _stack_lists(
                a, b, rows[lane], kinds, lefts, rights, want, row_of, label_x, label_width, limits
            )
    marks.kind[:] = kinds
    marks.x0[:] = lefts
    marks.x1[:] = rights
    marks.row[:] = row_of
    marks.label_x[:] = label_x
    marks.label_width[:] = label_width


def _stack_lists(
    first: int,
    stop: int,
    rows: int,
    kinds: list[int],
    lefts: list[float],
    rights: list[float],
    want: list[float],
    row_of: list[int],
    label_x: list[float],
    label_width: list[float],
    limits: tuple[float, float],
) -> None:
    """Rows and labels of the marks from `first` to `stop` (one lane), first
    fit from left to right (`want`: the width each mark's title needs; 0 for
    none).

    Each mark takes the first row free at its left edge with its whole title
    on the right of its marker (inside a period bar when it fits there); where
    no row has room on the right (the title would pass `limits`), the title
    goes on the left. Failing both, the title is cut short to the room the
    best row has, or dropped under MIN_ELIDED_PX. A mark that finds no row
    free at all goes to a row whose markers end before it, cutting short the
    label that runs into it there; its own label is dropped if even markers
    overlap (only where a bucket held as many events as the lane has rows).

    The loop runs on plain lists (much faster than on numpy items); the
    caller writes rows and labels back to the arrays.
    """
    low, high = limits
    gap = LABEL_GAP_PX
    radius = MARKER_PX / 2
    inf = math.inf
    free = [-inf] * rows
    """Per row, where it is free from: the end of what it holds, plus a gap."""
    marker_end = [-inf] * rows
    last = [-1] * rows
    """Per row, the mark placed last in it (-1: none)."""
    every_row = range(rows)
    for k in range(first, stop):
        kind, x0, x1, w = kinds[k], lefts[k], rights[k], want[k]
        if kind == BAR and min(free) > x0:
            # No row for the whole period: show it as a point at its start.
            kind = kinds[k] = EVENT
            x0, x1 = x0 - radius, x0 + radius
            lefts[k], rights[k] = x0, x1
        # The first row and place with room for the whole title: inside a
        # bar, then on the right, then on the left; else the most room any
        # row has for a shortened title (or none).
        row = -1
        for r in every_row:
            if free[r] <= x0:
                row = r
                break
        x, width = x1 + gap, 0.0
        if row >= 0 and not w:
            # Untitled (a cluster, or a title written in another lane): the
            # first free row, as most marks of a crowded lane.
            label_x[k] = x
            row_of[k] = row
            if x1 + gap > free[row]:
                free[row] = x1 + gap
            if x1 > marker_end[row]:
                marker_end[row] = x1
            last[row] = k
            continue
        if row >= 0:
            if kind == BAR and w + 2 * gap <= (x1 if x1 < high else high) - x0:
                x, width = x0 + gap, w
            elif x1 + gap + w <= high:
                width = w
            else:
                left = x0 - gap - w
                placed = False
                if left >= low:
                    for r in every_row:
                        if left >= free[r]:
                            row, x, width, placed = r, left, w, True
                            break
                if not placed:
                    # Nowhere whole: the most room on either side (or inside a bar).
                    best_row, best_x, best = row, x1 + gap, 0.0
                    for r in every_row:
                        f = free[r]
                        if f > x0:
                            continue
                        rooms = [(high - (x1 + gap), x1 + gap), (x0 - gap - max(f, low), None)]
                        if kind == BAR:
                            rooms.append((min(x1, high) - x0 - 2 * gap, x0 + gap))
                        for room, at in rooms:
                            room = min(room, w)
                            if room >= MIN_ELIDED_PX and room > best:
                                best_row, best = r, room
                                best_x = x0 - gap - room if at is None else at
                    row, x, width = best_row, best_x, best
        else:
            # No row is free at the mark: of the rows whose markers end
            # before it, the one free first, where the label running into it
            # is cut short (or dropped); else the row whose markers end first.
            best = inf
            for r in every_row:
                if marker_end[r] + 1 <= x0 and free[r] < best:
                    row, best = r, free[r]
            if row < 0:
                row = min(every_row, key=marker_end.__getitem__)
            before = last[row]
            if before >= 0 and label_width[before]:
                end = label_x[before] + label_width[before]
                if end > x0:
                    room = min(label_width[before], x0 - gap - label_x[before])
                    label_width[before] = room if room >= MIN_ELIDED_PX else 0.0
            if w and marker_end[row] + 1 <= x0:
                room = min(w, high - x)
                width = room if room >= w or room >= MIN_ELIDED_PX else 0.0
            # The label cut short there no longer keeps the row busy.
            before_right = -inf
            if before >= 0:
                before_right = rights[before]
                if label_width[before]:
                    before_right = max(before_right, label_x[before] + label_width[before])
            free[row] = max(marker_end[row], before_right) + gap
        row_of[k], label_x[k], label_width[k] = row, x, width
        end = x1
        if width and x + width > x1:
            end = x + width
        if end + gap > free[row]:
            free[row] = end + gap
        if x1 > marker_end[row]:
            marker_end[row] = x1
        last[row] = k
