"""Time ↔ pixels: the viewport, its zoom and pan, and the axis ticks.

A `Viewport` says which day is at the left edge of the plot and how many
pixels a day takes. Zoom and pan are pure functions returning a new viewport,
kept inside the domain: never wider than the whole range, never narrower than
`MIN_VISIBLE_DAYS`. `axis_ticks` picks the finest calendar unit (years,
months or days) whose labels still have room at the current zoom.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from dataclasses import dataclass, replace

from frise.model.dates import MONTHS_SHORT, date_of_day, first_day_of_month

MIN_VISIBLE_DAYS = 3.0
LAST_DAY = dt.date.max.toordinal() + 1


@dataclass(frozen=True)
class Viewport:
    day0: float
    """Day ordinal at the left edge of the plot."""
    px_per_day: float
    width: float
    """Width of the plot in pixels."""

    @property
    def day1(self) -> float:
        return self.day0 + self.width / self.px_per_day

    @property
    def span(self) -> float:
        return self.width / self.px_per_day

    def x(self, day: float) -> float:
        return (day - self.day0) * self.px_per_day

    def day(self, x: float) -> float:
        return self.day0 + x / self.px_per_day


Domain = tuple[float, float]


def fit(domain: Domain, width: float) -> Viewport:
    first, last = domain
    width = max(width, 1.0)
    span = max(last - first, MIN_VISIBLE_DAYS)
    return Viewport(first, width / span, width)


def clamp(view: Viewport, domain: Domain) -> Viewport:
    """Keep the view inside the domain and its zoom within bounds."""
    first, last = domain
    width = max(view.width, 1.0)
    span = max(last - first, MIN_VISIBLE_DAYS)
    px_per_day = min(max(view.px_per_day, width / span), width / MIN_VISIBLE_DAYS)
    visible = width / px_per_day
    day0 = min(max(view.day0, first), max(first, last - visible))
    return Viewport(day0, px_per_day, width)


def zoom(view: Viewport, factor: float, anchor_x: float, domain: Domain) -> Viewport:
    """Zoom by `factor` (>1 zooms in) keeping the day under `anchor_x` in place."""
    anchor = view.day(anchor_x)
    first, last = domain
    span = max(last - first, MIN_VISIBLE_DAYS)
    px_per_day = min(
        max(view.px_per_day * factor, view.width / span), view.width / MIN_VISIBLE_DAYS
    )
    return clamp(Viewport(anchor - anchor_x / px_per_day, px_per_day, view.width), domain)


def pan(view: Viewport, dx: float, domain: Domain) -> Viewport:
    """Move the content by `dx` pixels (positive moves it right, showing earlier days)."""
    return clamp(replace(view, day0=view.day0 - dx / view.px_per_day), domain)


def show_range(
    first: float, last: float, width: float, domain: Domain, margin: float = 0.1
) -> Viewport:
    """A view that shows [first, last) with a margin on each side."""
    span = max(last - first, MIN_VISIBLE_DAYS)
    span_with_margin = span * (1 + 2 * margin)
    middle = (first + last) / 2
    view = Viewport(middle - span_with_margin / 2, max(width, 1.0) / span_with_margin, width)
    return clamp(view, domain)


def center_on(view: Viewport, day: float, domain: Domain) -> Viewport:
    return clamp(replace(view, day0=day - view.span / 2), domain)


def resize(view: Viewport, width: float, domain: Domain) -> Viewport:
    """The same days per pixel in a plot of another width, clamped."""
    return clamp(replace(view, width=max(width, 1.0)), domain)


def is_fitted(view: Viewport, domain: Domain) -> bool:
    return view.span >= (domain[1] - domain[0]) * 0.999


# --- axis ticks ----------------------------------------------------------


@dataclass(frozen=True)
class Tick:
    day: float
    label: str


@dataclass(frozen=True)
class Axis:
    unit: str
    """"year", "month" or "day": what a minor tick marks."""
    step: int
    minor: tuple[Tick, ...]
    major: tuple[Tick, ...]
    """Coarser context ticks: years above months, months above days."""


_YEAR_STEPS = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000)
_MONTH_STEPS = (1, 2, 3, 6)
_DAY_STEPS = (1, 2, 5)
"""Days 1, 11, 21 would be too sparse to read: months are chosen before."""
_DAYS_IN = {"year": 365.2425, "month": 30.436875, "day": 1.0}
_LABEL_PX = {"year": 44.0, "month": 44.0, "day": 26.0}
"""Room a minor label needs: "2024", "sept.", "29"."""


def choose_unit(px_per_day: float) -> tuple[str, int]:
    """The finest unit and step whose ticks are at least a label apart."""
    for unit, steps in (("day", _DAY_STEPS), ("month", _MONTH_STEPS), ("year", _YEAR_STEPS)):
        for step in steps:
            if step * _DAYS_IN[unit] * px_per_day >= _LABEL_PX[unit] * 1.4:
                return unit, step
    return "year", _YEAR_STEPS[-1] * 5


def axis_ticks(view: Viewport, lang: str = "en") -> Axis:
    unit, step = choose_unit(view.px_per_day)
    months = MONTHS_SHORT.get(lang, MONTHS_SHORT["en"])
    first, last = max(view.day0, 1.0), min(view.day1, LAST_DAY - 1)
    start = date_of_day(first)
    minor: list[Tick] = []
    major: list[Tick] = []
    if unit == "year":
        year = start.year - start.year % step
        while True:
            day = first_day_of_month(max(year, 1), 1)
            if day >= last or year > dt.MAXYEAR:
                break
            if day >= first and year >= 1:
                minor.append(Tick(day, str(year)))
            year += step
    elif unit == "month":
        year, month = start.year, start.month - (start.month - 1) % step
        while True:
            day = first_day_of_month(year, month)
            if day >= last or year > dt.MAXYEAR:
                break
            if day >= first:
                minor.append(Tick(day, months[month - 1]))
            month += step
            if month > 12:
                year, month = year + 1, month - 12
        major = [Tick(day, str(date_of_day(day).year)) for day in _year_starts(first, last)]
    else:
        day = math.ceil(first)
        while day < last:
            date = dt.date.fromordinal(day)
            # Every `step` days from the 1st, but not so near the month's end
            # that the label would touch the next month's "1".
            left_in_month = calendar.monthrange(date.year, date.month)[1] - date.day + 1
            if (date.day - 1) % step == 0 and (step == 1 or left_in_month >= 0.7 * step):
                minor.append(Tick(day, str(date.day)))
            day += 1
        major = [
            Tick(day, f"{months[date_of_day(day).month - 1]} {date_of_day(day).year}")
            for day in _month_starts(first, last)
        ]
    return Axis(unit, step, tuple(minor), tuple(major))


def period_label(day: float, unit: str, lang: str = "en") -> str:
    """The major period containing `day`, shown pinned at the axis' left edge."""
    date = date_of_day(day)
    if unit == "day":
        return f"{MONTHS_SHORT.get(lang, MONTHS_SHORT['en'])[date.month - 1]} {date.year}"
    return str(date.year)


def _year_starts(first: float, last: float) -> list[int]:
    year = date_of_day(first).year
    out = []
    while year <= dt.MAXYEAR and (day := first_day_of_month(year, 1)) < last:
        if day >= first:
            out.append(day)
        year += 1
    return out


def _month_starts(first: float, last: float) -> list[int]:
    start = date_of_day(first)
    year, month = start.year, start.month
    out = []
    while year <= dt.MAXYEAR and (day := first_day_of_month(year, month)) < last:
        if day >= first:
            out.append(day)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out
