"""Where to fold time: the quiet stretches a whole-range view should not spend
its width on.

A stretch with no event (no event's days, no day an event was revealed) that
would take more than `FOLD_SHARE` of the plot, and is far longer than the
usual spacing of the events, is folded, largest first, each
fold keeping a little plain time on both sides so the events next to it keep
room. Without a year range, the view's ends are the first and last events
with a margin measured on the time left unfolded (a margin measured on the
whole span would be as wide as a fold). Pure functions, no Qt.
"""

from __future__ import annotations

import numpy as np

from frise.model.filters import FilteredTimeline
from frise.model.timescale import FOLD_PX, LINEAR, Domain, Fold, TimeScale

FOLD_SHARE = 0.12
"""A quiet stretch wider than this share of the plot is folded."""
FOLD_OUTLIER = 3.0
"""...and more than this many times the mean spacing of the events without
it: events spread evenly are not folded, however few they are."""
FOLD_MARGIN = 0.012
"""Plain time kept on each side of a fold, as a share of the time left unfolded."""
EDGE_MARGINS = (0.02, 0.035)
"""Before the first event and after the last, as a share of the time left unfolded."""


def covered(starts: np.ndarray, stops: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The days [start, stop) the given intervals cover, merged and sorted."""
    if len(starts) == 0:
        return np.empty(0), np.empty(0)
    order = np.argsort(starts, kind="stable")
    starts, stops = starts[order].astype(float), stops[order].astype(float)
    reach = np.maximum.accumulate(stops)
    new = np.concatenate(([True], starts[1:] > reach[:-1]))
    firsts = np.flatnonzero(new)
    lasts = np.append(firsts[1:], len(starts)) - 1
    return starts[firsts], reach[lasts]


def find_folds(
    starts: np.ndarray,
    stops: np.ndarray,
    domain: Domain,
    width: float,
    keep_edges: bool = False,
) -> tuple[TimeScale, Domain]:
    """The folds of the days the intervals [starts, stops) leave empty, and the
    domain to show: `domain` itself when `keep_edges` (a year range was asked
    for: its empty ends may be folded too), else the events with a margin."""
    firsts, lasts = covered(starts, stops)
    if len(firsts) == 0:
        return LINEAR, domain
    low, high = domain if keep_edges else (float(firsts[0]), float(lasts[-1]))
    gaps = [(float(a), float(b)) for a, b in zip(lasts[:-1], firsts[1:], strict=True)]
    if keep_edges:
        gaps += [(low, float(firsts[0])), (float(lasts[-1]), high)]
    gaps = sorted((g for g in gaps if g[1] > g[0]), key=lambda g: g[0] - g[1])
    plain = high - low
    extent = float(lasts[-1] - firsts[0])
    chosen = []
    for a, b in gaps:
        # The share the stretch would take if it stayed as it is, and how it
        # compares with the spacing of the events without it.
        usual = max(extent - (b - a), 0.0) / len(firsts)
        if b - a <= FOLD_SHARE * plain or b - a <= FOLD_OUTLIER * usual:
            break
        chosen.append((a, b))
        plain -= b - a
    if not chosen:
        return LINEAR, domain
    keep = FOLD_MARGIN * plain
    folds = []
    for a, b in sorted(chosen):
        first = a if keep_edges and a <= low else a + keep
        last = b if keep_edges and b >= high else b - keep
        if last > first:
            folds.append(Fold(first, last))
    if not folds:
        return LINEAR, domain
    if not keep_edges:
        before, after = EDGE_MARGINS
        low, high = max(low - before * plain, 1.0), high + after * plain
    unfolded = (high - low) - sum(f.days for f in folds)
    base = max(width - FOLD_PX * len(folds), width / 2) / max(unfolded, 1.0)
    return TimeScale(tuple(folds), base), (low, high)


def time_scale(
    filtered: FilteredTimeline, width: float, folded: bool = True
) -> tuple[TimeScale, Domain]:
    """The scale and domain a view of `filtered` uses: folded, or the plain
    calendar over the filter's domain."""
    if not folded or not len(filtered.events):
        return LINEAR, filtered.domain
    timeline = filtered.timeline
    events = filtered.drawn
    revealed = timeline.revealed[events]
    revealed = revealed[revealed > 0]
    # As known on a day, that day is never folded away: the story stops there.
    as_of = filtered.filter.as_of
    day = np.array([] if as_of is None else [as_of], np.int64)
    revealed = revealed[revealed <= as_of] if as_of is not None else revealed
    starts = np.concatenate((timeline.start[events], revealed, day))
    stops = np.concatenate((timeline.stop[events], revealed + 1, day + 1))
    view_filter = filtered.filter
    keep_edges = view_filter.year_from is not None or view_filter.year_to is not None
    return find_folds(starts, stops, filtered.domain, width, keep_edges)
