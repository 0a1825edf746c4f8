"""Folded time: the piecewise-linear scale and where folds go, without Qt."""

import datetime as dt

import numpy as np
import pytest

from frise.model.filters import Filter, apply_filter
from frise.model.folding import FOLD_SHARE, covered, find_folds, time_scale
from frise.model.timescale import (
    FOLD_PX,
    LINEAR,
    Fold,
    TimeScale,
    Viewport,
    axis_ticks,
    center_on,
    clamp,
    fit,
    fold_dates,
    is_fitted,
    pan,
    scroll_extent,
    scrolled,
    show_range,
    zoom,
)
from tests.helpers.timelines import load, timeline_dict
from tests.helpers.words import catalogue_words


def day(year: int, month: int = 1, d: int = 1) -> int:
    return dt.date(year, month, d).toordinal()


# Events in 2000–2001 and 2010–2011; eight quiet years between, folded.
DOMAIN = (float(day(2000)), float(day(2012)))
FOLD = Fold(float(day(2002, 2)), float(day(2009, 11)))
WIDTH = 1200.0
UNFOLDED = DOMAIN[1] - DOMAIN[0] - FOLD.days
SCALE = TimeScale((FOLD,), (WIDTH - FOLD_PX) / UNFOLDED)


def fitted() -> Viewport:
    return fit(DOMAIN, WIDTH, SCALE)


def test_fit_shows_the_domain_with_the_fold_narrow():
    view = fitted()
    assert view.day0 == pytest.approx(DOMAIN[0])
    assert view.day1 == pytest.approx(DOMAIN[1])
    assert view.x(FOLD.last) - view.x(FOLD.first) == pytest.approx(FOLD_PX)
    assert is_fitted(view, DOMAIN)
    # Plain time on both sides keeps one scale.
    assert view.x(DOMAIN[0] + 100) == pytest.approx(100 * view.px_per_day)
    assert view.x(DOMAIN[1]) - view.x(DOMAIN[1] - 100) == pytest.approx(100 * view.px_per_day)


@pytest.mark.parametrize(
    "d",
    [DOMAIN[0] + 3.5, FOLD.first - 0.5, FOLD.first, FOLD.first + 1000.25, FOLD.last, DOMAIN[1] - 1],
)
def test_day_and_x_round_trip_across_the_fold(d):
    view = zoom(fitted(), 1.7, 300.0, DOMAIN)
    assert view.day(view.x(d)) == pytest.approx(d)


def test_x_is_increasing_across_the_fold_and_xs_agrees():
    view = fitted()
    days = np.linspace(DOMAIN[0], DOMAIN[1], 500)
    xs = view.xs(days)
    assert np.all(np.diff(xs) > 0)
    assert xs == pytest.approx([view.x(d) for d in days])


@pytest.mark.parametrize("anchor", [FOLD.first + 40, FOLD.first + FOLD.days / 2, FOLD.last - 3])
def test_zoom_around_a_cursor_inside_the_fold_keeps_that_day_there(anchor):
    view = fitted()
    x = view.x(anchor)
    after = zoom(view, 2.0, x, DOMAIN)
    assert after.day(x) == pytest.approx(anchor, abs=1e-6)
    assert after.px_per_day == pytest.approx(2 * view.px_per_day)


def test_zoom_across_the_fold_keeps_the_anchor_and_both_sides():
    view = fitted()
    x = view.x(FOLD.last + 30)
    after = zoom(view, 1.5, x, DOMAIN)
    assert after.day(x) == pytest.approx(FOLD.last + 30)
    assert after.day0 < FOLD.first < FOLD.last < after.day1


def test_a_fold_widens_faster_than_plain_time_and_unfolds():
    view = fitted()
    widths = []
    for _ in range(12):
        widths.append(view.x(FOLD.last) - view.x(FOLD.first))
        view = zoom(view, 1.5, view.x(FOLD.first + FOLD.days / 2), DOMAIN)
    # k times the zoom, k² times the width, until it is plain time again.
    assert widths[1] == pytest.approx(FOLD_PX * 1.5**2)
    assert view.x(FOLD.last) - view.x(FOLD.first) == pytest.approx(FOLD.days * view.px_per_day)
    assert view.folded() == ()
    assert fitted().folded() == (FOLD,)


def test_pan_moves_everything_by_the_same_pixels_across_the_fold():
    view = zoom(fitted(), 2.0, 100.0, DOMAIN)
    moved = pan(view, -250.0, DOMAIN)
    for d in (FOLD.first - 10, FOLD.first + 500, FOLD.last + 10):
        assert moved.x(d) == pytest.approx(view.x(d) - 250.0)


def test_pan_stops_at_the_domain_edges():
    view = zoom(fitted(), 3.0, 100.0, DOMAIN)
    assert pan(view, 1e6, DOMAIN).day0 == pytest.approx(DOMAIN[0])
    assert pan(view, -1e6, DOMAIN).day1 == pytest.approx(DOMAIN[1])


def test_zoom_out_stops_at_the_folded_fit():
    view = zoom(zoom(fitted(), 4.0, 600.0, DOMAIN), 0.01, 600.0, DOMAIN)
    assert view.px_per_day == pytest.approx(fitted().px_per_day)
    assert view.day0 == pytest.approx(DOMAIN[0])


def test_scroll_extent_and_position_round_trip():
    view = zoom(fitted(), 2.5, 0.0, DOMAIN)
    position, most = scroll_extent(view, DOMAIN)
    assert position == pytest.approx(0.0)
    far = scrolled(view, most, DOMAIN)
    assert far.day1 == pytest.approx(DOMAIN[1])
    middle = scrolled(view, most / 2, DOMAIN)
    assert scroll_extent(middle, DOMAIN)[0] == pytest.approx(most / 2)


def test_show_range_and_center_on_work_across_the_fold():
    first, last = FOLD.first - 200, FOLD.last + 200
    view = show_range(first, last, WIDTH, DOMAIN, margin=0.0, scale=SCALE)
    assert view.day0 == pytest.approx(first, abs=0.5)
    assert view.day1 == pytest.approx(last, abs=0.5)
    centred = center_on(zoom(fitted(), 3.0, 0.0, DOMAIN), FOLD.last + 50, DOMAIN)
    assert centred.x(FOLD.last + 50) == pytest.approx(WIDTH / 2)


def test_no_tick_inside_a_fold_nor_where_its_label_would_reach_the_fold_dates():
    view = fitted()
    axis = axis_ticks(view)
    assert axis.folds == (FOLD,)
    x0, x1 = view.x(FOLD.first), view.x(FOLD.last)
    for tick in (*axis.minor, *axis.major):
        assert not FOLD.first <= tick.day < FOLD.last
        x = view.x(tick.day)
        assert x > x1 or x + 40 < x0, tick
    assert any(t.day > FOLD.last for t in axis.major)
    assert any(t.day < FOLD.first for t in axis.major)


def test_ticks_come_back_once_the_fold_is_unfolded():
    view = fitted()
    for _ in range(14):
        view = zoom(view, 1.5, view.x(FOLD.first + 100), DOMAIN)
    axis = axis_ticks(view)
    assert axis.folds == ()
    assert any(FOLD.first <= t.day < FOLD.last for t in axis.minor)


def test_fold_dates_name_its_first_and_last_month():
    assert fold_dates(FOLD) == ("Feb 2002", "Oct 2009")
    assert fold_dates(FOLD, catalogue_words("fr")) == ("févr. 2002", "oct. 2009")


def test_a_linear_scale_is_the_plain_calendar():
    view = fit(DOMAIN, WIDTH)
    assert view.scale is LINEAR
    assert view.x(DOMAIN[0] + 10) == pytest.approx(10 * WIDTH / (DOMAIN[1] - DOMAIN[0]))
    assert clamp(view, DOMAIN) == view


# --- where folds go -------------------------------------------------------------


def test_covered_merges_overlapping_and_touching_days():
    firsts, lasts = covered(np.array([5, 1, 2, 20]), np.array([6, 3, 4, 21]))
    assert firsts.tolist() == [1, 5, 20]
    assert lasts.tolist() == [4, 6, 21]


def test_a_long_quiet_stretch_is_folded_with_room_on_both_sides():
    starts = np.array([day(2000), day(2000, 6), day(2010), day(2010, 9)])
    scale, domain = find_folds(starts, starts + 1, (0.0, 1e9), WIDTH)
    (fold,) = scale.folds
    assert day(2000, 6) < fold.first < day(2001) and day(2009) < fold.last < day(2010)
    assert domain[0] < day(2000) and domain[1] > day(2010, 9)
    view = fit(domain, WIDTH, scale)
    assert view.x(fold.last) - view.x(fold.first) == pytest.approx(FOLD_PX, rel=0.05)


def test_evenly_spread_events_are_not_folded():
    starts = np.array([day(2000 + k) for k in range(12)])
    scale, domain = find_folds(starts, starts + 1, (1.0, 2.0), WIDTH)
    assert scale is LINEAR and domain == (1.0, 2.0)


def test_every_stretch_wider_than_the_share_is_folded_largest_first():
    # Two quiet stretches, 20 years and 4 years, between busy months.
    busy = [(1980, m) for m in range(1, 13)] + [(2001, m) for m in range(1, 13)]
    busy += [(2006, m) for m in range(1, 13)]
    starts = np.array([day(y, m) for y, m in busy])
    scale, _ = find_folds(starts, starts + 1, (0.0, 1e9), WIDTH)
    assert len(scale.folds) == 2
    assert scale.folds[0].days > scale.folds[1].days


def test_a_period_covering_the_stretch_keeps_it_unfolded():
    starts = np.array([day(2000), day(2010)])
    stops = np.array([day(2011), day(2010, 2)])
    scale, _ = find_folds(starts, stops, (0.0, 1e9), WIDTH)
    assert scale is LINEAR


def test_with_a_year_range_the_empty_ends_may_fold_and_the_range_stays():
    starts = np.array([day(2019), day(2019, 6)])
    asked = (float(day(2000)), float(day(2021)))
    scale, domain = find_folds(starts, starts + 1, asked, WIDTH, keep_edges=True)
    assert domain == asked
    assert scale.folds[0].first == asked[0]


def test_time_scale_of_a_filtered_timeline():
    data = timeline_dict()
    data["events"] = [
        {"id": "a", "date": "1980-01-01", "parties": ["alpha"], "title": "A"},
        {"id": "b", "date": "2020-01-01", "parties": ["alpha"], "title": "B"},
        {"id": "c", "date": "2021-01-01", "parties": ["beta"], "title": "C"},
    ]
    filtered = apply_filter(load(data), Filter())
    scale, domain = time_scale(filtered, WIDTH)
    assert len(scale.folds) == 1
    assert time_scale(filtered, WIDTH, folded=False) == (LINEAR, filtered.domain)
    assert FOLD_SHARE < 0.5
    view = fit(domain, WIDTH, scale)
    # The year with two events takes most of the width, not the 40 quiet years.
    assert view.x(day(2021)) - view.x(day(2020)) > 0.8 * WIDTH
