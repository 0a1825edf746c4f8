"""A lane's marks as plain data: `LaneMarks` (numpy arrays, one entry per
mark) and `Mark` (one of them), with what reads them: the rows they take,
where their labels are drawn, and which one is at a pixel.

Pure geometry with no Qt; `model/layout.py` makes them.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from typing import overload

import numpy as np

from frise.model.rows import HISTOGRAM_ROWS

MARKER_PX = 10.0
"""Diameter of an event marker."""
LABEL_GAP_PX = 5.0
MIN_ELIDED_PX = 50.0
"""A title cut short to less than this ("Musk…") says little: it is dropped.
A title that fits whole is drawn however short it is."""


EVENT, BAR, CLUSTER, DENSITY = 0, 1, 2, 3
KINDS = ("event", "bar", "cluster", "density")
"""What a mark is, by its code in `LaneMarks.kind`."""


class LaneMarks:
    """The marks of one lane, as arrays with one entry per mark, sorted by x.

    `kind` (a code of KINDS), `x0` and `x1` (left and right of the marker or
    bar), `row`, `event` (the event it stands for; a cluster's or bucket's
    first), `label_x` and `label_width` (0: no label), `titled` (whether its
    title is written here: an event of several lanes writes it in its first
    lane only); a cluster's or bucket's events are `pool[first:first + count]`.

    Drawing and hit-testing read the arrays; the marks can also be read one
    at a time (`marks[k]`, iteration) as `Mark`s, which read and write these
    arrays: the same `Mark` each time for the same k.
    """

    __slots__ = (
        "_marks",
        "count",
        "event",
        "first",
        "kind",
        "label_width",
        "label_x",
        "pool",
        "row",
        "titled",
        "x0",
        "x1",
    )

    def __init__(
        self,
        kind: np.ndarray,
        x0: np.ndarray,
        x1: np.ndarray,
        row: np.ndarray,
        event: np.ndarray,
        label_x: np.ndarray,
        label_width: np.ndarray,
        titled: np.ndarray,
        first: np.ndarray,
        count: np.ndarray,
        pool: np.ndarray,
    ) -> None:
        self.kind, self.x0, self.x1, self.row, self.event = kind, x0, x1, row, event
        self.label_x, self.label_width, self.titled = label_x, label_width, titled
        self.first, self.count, self.pool = first, count, pool
        self._marks: list[Mark | None] = [None] * len(kind)

    @classmethod
    def empty(cls) -> LaneMarks:
        floats, ints = np.empty(0), np.empty(0, np.int64)
        return cls(
            np.empty(0, np.int8),
            floats,
            floats,
            ints,
            ints,
            floats,
            floats,
            np.empty(0, bool),
            ints,
            ints,
            ints,
        )

    def __len__(self) -> int:
        return len(self.kind)

    def __bool__(self) -> bool:
        return len(self.kind) > 0

    @overload
    def __getitem__(self, k: int) -> Mark: ...

    @overload
    def __getitem__(self, k: slice) -> LaneMarks: ...

    def __getitem__(self, k: int | slice) -> Mark | LaneMarks:
        if isinstance(k, slice):
            return self.take(np.arange(len(self))[k])
        if k < 0:
            k += len(self)
        if not 0 <= k < len(self):
            raise IndexError(k)
        mark = self._marks[k]
        if mark is None:
            mark = self._marks[k] = Mark(self, k)
        return mark

    def __iter__(self) -> Iterator[Mark]:
        return (self[k] for k in range(len(self)))

    def __eq__(self, other: object) -> bool:
        """Marks equal a list of the same marks (an empty lane equals [])."""
        if isinstance(other, (LaneMarks, list, tuple)):
            return len(self) == len(other) and all(a is b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def take(self, which: np.ndarray) -> LaneMarks:
        """The marks at `which` (indices or a mask), as marks of their own."""
        return LaneMarks(
            self.kind[which],
            self.x0[which],
            self.x1[which],
            self.row[which],
            self.event[which],
            self.label_x[which],
            self.label_width[which],
            self.titled[which],
            self.first[which],
            self.count[which],
            self.pool,
        )

    def shift(self, dx: float) -> None:
        """Move every mark `dx` pixels right."""
        self.x0 += dx
        self.x1 += dx
        self.label_x += dx

    @property
    def is_histogram(self) -> bool:
        return bool(len(self.kind)) and self.kind[0] == DENSITY

    @property
    def right(self) -> np.ndarray:
        """Where each mark ends, its label included."""
        labelled = self.label_width > 0
        ends: np.ndarray = np.where(
            labelled, np.maximum(self.x1, self.label_x + self.label_width), self.x1
        )
        return ends

    def members(self, k: int) -> np.ndarray:
        start = int(self.first[k])
        found: np.ndarray = self.pool[start : start + int(self.count[k])]
        return found

    def holding(self, event: int | None) -> np.ndarray:
        """Per mark: whether it stands for `event` (alone or among others)."""
        if event is None:
            return np.zeros(len(self), bool)
        held: np.ndarray = self.event == event
        grouped = np.flatnonzero(self.kind >= CLUSTER)
        if len(grouped):
            where = np.flatnonzero(self.pool == event)
            if len(where):
                starts, counts = self.first[grouped], self.count[grouped]
                for at in where.tolist():
                    held[grouped[(starts <= at) & (at < starts + counts)]] = True
        return held


class Mark:
    """One mark of a lane (see `LaneMarks`), read from and written to its arrays."""

    __slots__ = ("_k", "_lane")

    def __init__(self, lane: LaneMarks, k: int) -> None:
        self._lane, self._k = lane, k

    def __repr__(self) -> str:
        return (
            f"Mark({self.kind!r}, x0={self.x0:.1f}, x1={self.x1:.1f}, row={self.row}, "
            f"event={self.event}, label=({self.label_x:.1f}, {self.label_width:.1f}))"
        )

    @property
    def kind(self) -> str:
        """ "event", "bar", "cluster", or "density" (a histogram bucket)."""
        return KINDS[self._lane.kind[self._k]]

    @property
    def x0(self) -> float:
        """Left of the marker (an event's centre minus its radius), or of the bar."""
        return float(self._lane.x0[self._k])

    @property
    def x1(self) -> float:
        """Right of the marker or bar."""
        return float(self._lane.x1[self._k])

    @property
    def row(self) -> int:
        return int(self._lane.row[self._k])

    @property
    def event(self) -> int:
        """The event it stands for; for a cluster or bucket, its first event."""
        return int(self._lane.event[self._k])

    @property
    def label_x(self) -> float:
        """Left of the label: right of the marker, left of it, or inside the bar."""
        return float(self._lane.label_x[self._k])

    @property
    def label_width(self) -> float:
        """Width given to the label; 0 means no label."""
        return float(self._lane.label_width[self._k])

    @label_width.setter
    def label_width(self, width: float) -> None:
        self._lane.label_width[self._k] = width

    @property
    def titled(self) -> bool:
        """Whether its title is written here (an event of several lanes writes
        it in the first one only)."""
        return bool(self._lane.titled[self._k])

    @property
    def members(self) -> np.ndarray | None:
        """A cluster's or bucket's events; None for a single event."""
        if self._lane.kind[self._k] < CLUSTER:
            return None
        return self._lane.members(self._k)

    @property
    def events(self) -> np.ndarray:
        members = self.members
        return members if members is not None else np.array([self.event])

    @property
    def count(self) -> int:
        return 1 if self._lane.kind[self._k] < CLUSTER else int(self._lane.count[self._k])

    def holds(self, event: int | None) -> bool:
        if event is None:
            return False
        members = self.members
        if members is None:
            return event == self.event
        return bool((members == event).any())

    @property
    def left(self) -> float:
        """Where the mark begins, its label included."""
        return min(self.x0, self.label_x) if self.label_width else self.x0

    @property
    def right(self) -> float:
        """Where the mark ends, its label included."""
        return max(self.x1, self.label_x + self.label_width) if self.label_width else self.x1


def rows_used(marks: LaneMarks | Sequence[Mark]) -> int:
    """How many rows the marks of a lane take (a histogram: HISTOGRAM_ROWS)."""
    if not len(marks):
        return 1
    if isinstance(marks, LaneMarks):
        return HISTOGRAM_ROWS if marks.is_histogram else int(marks.row.max()) + 1
    if marks[0].kind == "density":
        return HISTOGRAM_ROWS
    return max(m.row for m in marks) + 1


def visible_label(mark: Mark, plot_width: float) -> tuple[float, float]:
    """Where a mark's label is drawn in a plot `plot_width` wide: (x, width).

    A bar's label starts at the plot's left edge when the bar starts before
    it; a label that runs past the plot's right edge (the view is panned or
    zoomed: there is more to the right) is cut short there. Width 0: nothing
    to draw.
    """
    if not mark.label_width:
        return mark.label_x, 0.0
    x, width = mark.label_x, mark.label_width
    if mark.kind == "bar" and mark.x0 <= x < mark.x1 and x < LABEL_GAP_PX:
        x = LABEL_GAP_PX
        width = min(width, mark.x1 - LABEL_GAP_PX - x)
    if x + width > plot_width - 2:
        width = plot_width - 2 - x
        return x, (width if width >= MIN_ELIDED_PX else 0.0)
    return x, max(width, 0.0)


def visible_labels(marks: LaneMarks, plot_width: float) -> tuple[np.ndarray, np.ndarray]:
    """`visible_label` of every mark at once: (x, width) arrays."""
    return label_spans(marks.kind, marks.x0, marks.x1, marks.label_x, marks.label_width, plot_width)


def label_spans(
    kind: np.ndarray,
    x0: np.ndarray,
    x1: np.ndarray,
    label_x: np.ndarray,
    label_width: np.ndarray,
    plot_width: float,
) -> tuple[np.ndarray, np.ndarray]:
    """`visible_label` of marks given as arrays: (x, width) arrays."""
    x, width = label_x.copy(), label_width.copy()
    inside = (kind == BAR) & (x0 <= x) & (x < x1) & (x < LABEL_GAP_PX)
    x[inside] = LABEL_GAP_PX
    width[inside] = np.minimum(width[inside], x1[inside] - 2 * LABEL_GAP_PX)
    past = x + width > plot_width - 2
    cut = plot_width - 2 - x[past]
    width[past] = np.where(cut >= MIN_ELIDED_PX, cut, 0.0)
    width = np.maximum(width, 0.0)
    width[label_width == 0] = 0.0
    return x, width


def shift(marks: LaneMarks, dx: float) -> None:
    """Move marks `dx` pixels right: a pan that keeps the layout."""
    marks.shift(dx)


def hit(
    marks: LaneMarks, x: float, row: int, plot_width: float = math.inf, slack: float = 3.0
) -> Mark | None:
    """The mark at pixel `x` in `row`: its marker or bar first, then its label
    (as drawn in a plot `plot_width` wide). A histogram bucket spans every row."""
    if not len(marks):
        return None
    if marks.is_histogram:
        inside = np.flatnonzero((marks.x0 <= x) & (x < marks.x1))
        return marks[int(inside[0])] if len(inside) else None
    in_row = marks.row == row
    on_marker = np.flatnonzero(in_row & (marks.x0 - slack <= x) & (x <= marks.x1 + slack))
    if len(on_marker):
        off = np.abs((marks.x0[on_marker] + marks.x1[on_marker]) / 2 - x)
        return marks[int(on_marker[int(np.argmin(off))])]
    label_x, label_width = visible_labels(marks, plot_width)
    on_label = np.flatnonzero(
        in_row & (label_width > 0) & (label_x <= x) & (x <= label_x + label_width)
    )
    return marks[int(on_label[0])] if len(on_label) else None
