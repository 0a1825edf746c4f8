"""Lanes for layout tests: one lane's arrays from (start, stop) pairs, and
what to check of the marks placed."""

import datetime as dt

import numpy as np

from frise.model.layout import place_lane
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
