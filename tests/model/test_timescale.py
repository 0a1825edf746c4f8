import datetime as dt
from itertools import pairwise

import pytest

from frise.model.dates import MONTHS_SHORT, month_name
from frise.model.timescale import (
    _LABEL_PX,
    MIN_VISIBLE_DAYS,
    Viewport,
    axis_ticks,
    center_on,
    clamp,
    fit,
    is_fitted,
    pan,
    period_label,
    resize,
    show_range,
    zoom,
)
from tests.helpers.words import catalogue_words


def day(year: int, month: int = 1, d: int = 1) -> int:
    return dt.date(year, month, d).toordinal()


DOMAIN = (float(day(2010)), float(day(2030)))


def test_x_and_day_round_trip():
    view = Viewport(day0=day(2020) + 0.25, px_per_day=3.7, width=1200)
    for d in (day(2020), day(2020, 6, 15) + 0.5, day(2021, 2, 1)):
        assert view.day(view.x(d)) == pytest.approx(d)
    for x in (0.0, 13.5, 1199.0):
        assert view.x(view.day(x)) == pytest.approx(x)
    assert view.x(view.day0) == 0
    assert view.day1 == pytest.approx(view.day(view.width))


def test_fit_shows_the_whole_domain():
    view = fit(DOMAIN, 1500)
    assert view.day0 == pytest.approx(DOMAIN[0])
    assert view.day1 == pytest.approx(DOMAIN[1])
    assert view.width == 1500
    assert is_fitted(view, DOMAIN)


def test_fit_of_a_tiny_domain_is_not_narrower_than_the_minimum():
    view = fit((100.0, 100.5), 800)
    assert view.span == pytest.approx(MIN_VISIBLE_DAYS)


@pytest.mark.parametrize("anchor_x", [0.0, 333.0, 750.0, 1499.0])
@pytest.mark.parametrize("factor", [1.5, 4.0, 1 / 1.5])
def test_zoom_keeps_the_day_under_the_anchor(anchor_x, factor):
    view = zoom(fit(DOMAIN, 1500), 8.0, 750.0, DOMAIN)  # well inside the domain
    before = view.day(anchor_x)
    after = zoom(view, factor, anchor_x, DOMAIN)
    assert after.px_per_day == pytest.approx(view.px_per_day * factor)
    assert after.day(anchor_x) == pytest.approx(before)


def test_zoom_in_then_out_returns_to_the_same_view():
    view = zoom(fit(DOMAIN, 1500), 10.0, 600.0, DOMAIN)
    back = zoom(zoom(view, 3.0, 200.0, DOMAIN), 1 / 3.0, 200.0, DOMAIN)
    assert back.day0 == pytest.approx(view.day0)
    assert back.px_per_day == pytest.approx(view.px_per_day)


def test_zoom_out_stops_at_the_whole_domain():
    view = zoom(fit(DOMAIN, 1500), 0.1, 300.0, DOMAIN)
    assert view.span == pytest.approx(DOMAIN[1] - DOMAIN[0])
    assert view.day0 == pytest.approx(DOMAIN[0])
    assert view.day1 == pytest.approx(DOMAIN[1])


def test_zoom_in_stops_at_the_minimum_visible_days():
    view = fit(DOMAIN, 1500)
    for _ in range(40):
        view = zoom(view, 2.0, 700.0, DOMAIN)
    assert view.span == pytest.approx(MIN_VISIBLE_DAYS)
    assert DOMAIN[0] <= view.day0 and view.day1 <= DOMAIN[1]


def test_zoom_near_an_edge_stays_inside_the_domain():
    view = zoom(fit(DOMAIN, 1500), 4.0, 0.0, DOMAIN)
    assert view.day0 == pytest.approx(DOMAIN[0])
    out = zoom(view, 0.5, 1500.0, DOMAIN)
    assert out.day0 >= DOMAIN[0]
    assert out.day1 <= DOMAIN[1] + 1e-6


def test_pan_moves_the_content_by_pixels():
    view = zoom(fit(DOMAIN, 1500), 10.0, 750.0, DOMAIN)
    moved = pan(view, 120.0, DOMAIN)
    assert moved.x(view.day(500.0)) == pytest.approx(620.0)
    assert moved.px_per_day == view.px_per_day


def test_pan_is_clamped_to_the_domain():
    view = zoom(fit(DOMAIN, 1500), 10.0, 750.0, DOMAIN)
    left = pan(view, 1e9, DOMAIN)
    assert left.day0 == pytest.approx(DOMAIN[0])
    right = pan(view, -1e9, DOMAIN)
    assert right.day1 == pytest.approx(DOMAIN[1])
    assert right.span == pytest.approx(view.span)


def test_a_fitted_view_does_not_pan():
    view = fit(DOMAIN, 1500)
    assert pan(view, 200.0, DOMAIN).day0 == pytest.approx(view.day0)
    assert pan(view, -200.0, DOMAIN).day0 == pytest.approx(view.day0)


def test_clamp_brings_a_view_back_inside():
    view = clamp(Viewport(DOMAIN[0] - 5000, 0.0001, 1000), DOMAIN)
    assert view.day0 == pytest.approx(DOMAIN[0])
    assert view.day1 == pytest.approx(DOMAIN[1])
    tight = clamp(Viewport(DOMAIN[1], 1e6, 1000), DOMAIN)
    assert tight.span == pytest.approx(MIN_VISIBLE_DAYS)
    assert tight.day1 == pytest.approx(DOMAIN[1])


def test_show_range_shows_the_range_with_a_margin():
    first, last = day(2020, 3, 1), day(2020, 4, 1)
    view = show_range(first, last, 1000, DOMAIN)
    assert view.day0 < first
    assert view.day1 > last
    assert (view.day0 + view.day1) / 2 == pytest.approx((first + last) / 2)
    assert view.span < 2 * (last - first)


def test_show_range_of_a_day_is_not_narrower_than_the_minimum():
    view = show_range(day(2020, 3, 1), day(2020, 3, 2), 1000, DOMAIN)
    assert view.span >= MIN_VISIBLE_DAYS


def test_show_range_past_the_domain_is_clamped():
    view = show_range(day(2005), day(2040), 1000, DOMAIN)
    assert view.day0 == pytest.approx(DOMAIN[0])
    assert view.day1 == pytest.approx(DOMAIN[1])


def test_center_on_puts_the_day_in_the_middle():
    view = zoom(fit(DOMAIN, 1000), 10.0, 500.0, DOMAIN)
    target = day(2020, 7, 1)
    centred = center_on(view, target, DOMAIN)
    assert centred.x(target) == pytest.approx(500.0)
    assert centred.px_per_day == view.px_per_day


def test_center_on_near_the_edge_stays_inside():
    view = zoom(fit(DOMAIN, 1000), 10.0, 500.0, DOMAIN)
    centred = center_on(view, DOMAIN[0] + 1, DOMAIN)
    assert centred.day0 == pytest.approx(DOMAIN[0])


def test_resize_keeps_the_scale():
    view = zoom(fit(DOMAIN, 1000), 10.0, 500.0, DOMAIN)
    wider = resize(view, 1200, DOMAIN)
    assert wider.px_per_day == pytest.approx(view.px_per_day)
    assert wider.day0 == pytest.approx(view.day0)


# --- axis ticks ------------------------------------------------------------------


def check_ticks(view, axis):
    for ticks in (axis.minor, axis.major):
        days = [t.day for t in ticks]
        assert days == sorted(days)
        assert len(set(days)) == len(days)
        assert all(view.day0 <= d <= view.day1 for d in days)


def test_decades_are_labelled_in_years():
    view = fit((day(2000), day(2030)), 1500)
    axis = axis_ticks(view)
    assert axis.unit == "year"
    check_ticks(view, axis)
    assert len(axis.minor) >= 5
    for tick in axis.minor:
        date = dt.date.fromordinal(int(tick.day))
        assert (date.month, date.day) == (1, 1)
        assert tick.label == str(date.year)
        assert date.year % axis.step == 0


def test_centuries_are_labelled_in_round_years():
    view = fit((day(1500), day(2100)), 1200)
    axis = axis_ticks(view)
    assert axis.unit == "year"
    assert axis.step >= 10
    check_ticks(view, axis)
    assert all(int(t.label) % axis.step == 0 for t in axis.minor)


def test_a_year_across_1500_px_is_labelled_in_months_under_years():
    view = fit((day(2024), day(2025)), 1500)
    axis = axis_ticks(view)
    assert axis.unit == "month"
    assert axis.step == 1
    check_ticks(view, axis)
    assert [t.label for t in axis.minor] == list(MONTHS_SHORT)
    assert [t.label for t in axis.major] == ["2024"]


def test_two_years_across_1500_px_are_labelled_in_months_with_year_majors():
    view = fit((day(2023, 7), day(2025, 7)), 1500)
    axis = axis_ticks(view)
    assert axis.unit == "month"
    check_ticks(view, axis)
    for tick in axis.minor:
        date = dt.date.fromordinal(int(tick.day))
        assert date.day == 1
        assert tick.label == MONTHS_SHORT[date.month - 1]
    assert [t.label for t in axis.major] == ["2024", "2025"]
    assert [t.day for t in axis.major] == [day(2024), day(2025)]


def test_a_month_across_1500_px_is_labelled_in_days_under_months():
    view = fit((day(2024, 2, 20), day(2024, 3, 21)), 1500)
    axis = axis_ticks(view)
    assert axis.unit == "day"
    assert axis.step == 1
    check_ticks(view, axis)
    assert [t.label for t in axis.minor][:3] == ["20", "21", "22"]
    assert "29" in [t.label for t in axis.minor]
    assert [t.label for t in axis.major] == ["Mar 2024"]
    assert axis.major[0].day == day(2024, 3, 1)


def test_french_ticks_use_french_month_names():
    french = catalogue_words("fr")
    months = axis_ticks(fit((day(2023, 7), day(2025, 7)), 1500), french)
    assert {t.label for t in months.minor} <= {month_name(m, french) for m in range(1, 13)}
    assert "févr." in {t.label for t in months.minor}
    days = axis_ticks(fit((day(2024, 7, 20), day(2024, 8, 19)), 1500), french)
    assert [t.label for t in days.major] == ["août 2024"]


@pytest.mark.parametrize(
    "px_per_day", [0.01, 0.05, 0.2, 0.5, 1.0, 2.5, 4.0, 8.0, 20.0, 60.0, 300.0]
)
def test_ticks_are_inside_the_view_and_increasing_at_every_zoom(px_per_day):
    view = Viewport(day(2023, 11, 17) + 0.3, px_per_day, 1400)
    axis = axis_ticks(view)
    check_ticks(view, axis)
    assert axis.minor, "every zoom level labels its axis"
    assert axis.unit in ("year", "month", "day")


def test_zooming_in_never_coarsens_the_unit():
    order = {"year": 0, "month": 1, "day": 2}
    units = [
        axis_ticks(Viewport(day(2020), ppd, 1400)).unit
        for ppd in (0.01, 0.1, 0.5, 1, 2, 3, 5, 10, 50, 200)
    ]
    assert [order[u] for u in units] == sorted(order[u] for u in units)


@pytest.mark.parametrize("start", [day(2023, 1, 1), day(2024, 1, 1)])
@pytest.mark.parametrize("px_per_day", [7.7, 9.0, 12.0, 19.0, 25.0, 40.0])
def test_day_labels_have_room_across_month_ends(start, px_per_day):
    # 2023 and 2024 cover a short and a leap February.
    view = Viewport(float(start), px_per_day, 1500 * 3)
    axis = axis_ticks(view)
    assert axis.unit == "day"
    gaps = [(b.day - a.day) * px_per_day for a, b in pairwise(axis.minor)]
    assert min(gaps) >= _LABEL_PX["day"]


def test_ticks_at_the_start_of_the_calendar():
    view = Viewport(1.0, 0.01, 1000)
    axis = axis_ticks(view)
    check_ticks(view, axis)
    assert all(int(t.label) >= 1 for t in axis.minor)


def test_ticks_at_the_end_of_the_calendar():
    last = dt.date.max.toordinal()
    view = Viewport(last - 400.0, 2.0, 1000)
    axis = axis_ticks(view)
    assert axis.minor
    assert all(t.day <= last + 1 for t in axis.minor)


def test_period_label_names_the_period_at_the_left_edge():
    assert period_label(day(2024, 2, 10), "day") == "Feb 2024"
    assert period_label(day(2024, 2, 10), "day", catalogue_words("fr")) == "févr. 2024"
    assert period_label(day(2024, 2, 10), "month") == "2024"
