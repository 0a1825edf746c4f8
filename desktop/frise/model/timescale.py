"""Time ↔ pixels: the viewport, its zoom and pan, folds, and the axis ticks.

A `Viewport` says which day is at the left edge of the plot and how many
pixels a day takes. Its `TimeScale` may fold quiet stretches of time: a fold
shows many days in a few pixels (a piecewise-linear map from days to "shown
days", `u`), and the viewport is linear in `u`. So panning moves everything by
the same number of pixels, folds included, and zooming keeps the day under the
cursor in place, inside a fold or not. A fold widens faster than the rest as
one zooms in, and is gone (unfolded) once it would be as wide as its days.

Zoom and pan are pure functions returning a new viewport, kept inside the
domain: never wider than the whole range, never narrower than
`MIN_VISIBLE_DAYS`. `axis_ticks` picks the finest calendar unit (years,
months or days) whose labels still have room at the current zoom, and leaves
room around folds for their dates.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import math
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import Any

import numpy as np

from frise.model.dates import date_of_day, first_day_of_month, month_label, month_name
from frise.model.i18n import SOURCE_WORDS, Words

MIN_VISIBLE_DAYS = 3.0
LAST_DAY = dt.date.max.toordinal() + 1
FOLD_PX = 28.0
"""Width of a fold in the view that fits the whole range."""


@dataclass(frozen=True)
class Fold:
    first: float
    """First day folded."""
    last: float
    """Day after the last day folded."""

    @property
    def days(self) -> float:
        return self.last - self.first


@dataclass(frozen=True)
class TimeScale:
    """Where time is folded. At `base_ppd` pixels per day a fold takes
    `fold_px` pixels; at k times that zoom it takes `fold_px`·k² pixels, until
    that is as wide as its days would be: then it is unfolded."""

    folds: tuple[Fold, ...] = ()
    base_ppd: float = 1.0
    fold_px: float = FOLD_PX

    def shown_days(self, px_per_day: float) -> tuple[float, ...]:
        """How many days of plain time each fold takes at this zoom."""
        room = self.fold_px * px_per_day / self.base_ppd**2
        return tuple(min(fold.days, room) for fold in self.folds)

    def folded(self, px_per_day: float) -> tuple[Fold, ...]:
        """The folds still folded at this zoom (narrower than their days)."""
        return tuple(
            fold
            for fold, shown in zip(self.folds, self.shown_days(px_per_day), strict=True)
            if shown < fold.days * 0.999
        )


LINEAR = TimeScale()


@lru_cache(maxsize=64)
def _knots(scale: TimeScale, px_per_day: float) -> tuple[np.ndarray, np.ndarray]:
    """Days and shown days at each fold's edges: the map is linear between them,
    and has slope 1 before the first and after the last."""
    days, shown = [], []
    saved = 0.0
    for fold, length in zip(scale.folds, scale.shown_days(px_per_day), strict=True):
        days += [fold.first, fold.last]
        shown += [fold.first - saved, fold.first - saved + length]
        saved += fold.days - length
    return np.array(days), np.array(shown)


@lru_cache(maxsize=64)
def _knot_lists(scale: TimeScale, px_per_day: float) -> tuple[list[float], list[float]]:
    days, shown = _knots(scale, px_per_day)
    return days.tolist(), shown.tolist()


def _along(value: Any, known: np.ndarray, wanted: np.ndarray) -> Any:
    """Piecewise-linear through (known, wanted), slope 1 outside them."""
    edge = np.clip(value, known[0], known[-1])
    return np.interp(value, known, wanted) + (value - edge)


def _along_one(value: float, known: list[float], wanted: list[float]) -> float:
    """`_along` of one number, without numpy's cost per call (it runs for
    every tick and mark of a repaint)."""
    k = bisect.bisect_right(known, value)
    if k == 0:
        return wanted[0] + (value - known[0])
    if k == len(known):
        return wanted[-1] + (value - known[-1])
    a, b = known[k - 1], known[k]
    share = (value - a) / (b - a) if b > a else 0.0
    return wanted[k - 1] + share * (wanted[k] - wanted[k - 1])


def to_shown(scale: TimeScale, px_per_day: float, day: Any) -> Any:
    """Day (a number or an array) → shown day `u`."""
    if not scale.folds:
        return day
    if isinstance(day, np.ndarray):
        days, shown = _knots(scale, px_per_day)
        return _along(day, days, shown)
    known, wanted = _knot_lists(scale, px_per_day)
    return _along_one(float(day), known, wanted)


def from_shown(scale: TimeScale, px_per_day: float, u: Any) -> Any:
    """Shown day `u` → day."""
    if not scale.folds:
        return u
    if isinstance(u, np.ndarray):
        days, shown = _knots(scale, px_per_day)
        return _along(u, shown, days)
    known, wanted = _knot_lists(scale, px_per_day)
    return _along_one(float(u), wanted, known)


@dataclass(frozen=True)
class Viewport:
    day0: float
    """Day ordinal at the left edge of the plot."""
    px_per_day: float
    """Pixels per day outside folds."""
    width: float
    """Width of the plot in pixels."""
    scale: TimeScale = field(default=LINEAR)

    @cached_property
    def u0(self) -> float:
        return float(to_shown(self.scale, self.px_per_day, self.day0))

    @property
    def day1(self) -> float:
        return self.day(self.width)

    @property
    def span(self) -> float:
        """Days shown, folded ones included."""
        return self.day1 - self.day0

    def u(self, day: float) -> float:
        return float(to_shown(self.scale, self.px_per_day, day))

    def day_of_u(self, u: float) -> float:
        return float(from_shown(self.scale, self.px_per_day, u))

    def x(self, day: float) -> float:
        if not self.scale.folds:
            return (day - self.day0) * self.px_per_day
        return (self.u(day) - self.u0) * self.px_per_day

    def xs(self, days: np.ndarray) -> np.ndarray:
        """`x` of many days at once."""
        return np.asarray((to_shown(self.scale, self.px_per_day, days) - self.u0) * self.px_per_day)

    def day(self, x: float) -> float:
        if not self.scale.folds:
            return self.day0 + x / self.px_per_day
        return self.day_of_u(self.u0 + x / self.px_per_day)

    def folded(self) -> tuple[Fold, ...]:
        """The folds still folded at this zoom that touch the plot."""
        first, last = self.day0, self.day1
        return tuple(
            f for f in self.scale.folded(self.px_per_day) if f.last > first and f.first < last
        )

    def at(self, day0: float, px_per_day: float | None = None) -> Viewport:
        return Viewport(
            day0, self.px_per_day if px_per_day is None else px_per_day, self.width, self.scale
        )


Domain = tuple[float, float]


@lru_cache(maxsize=256)
def _fit_ppd(scale: TimeScale, first: float, last: float, width: float) -> float:
    """Pixels per day at which [first, last) is exactly `width` pixels wide."""
    if not scale.folds:
        return width / (last - first)
    low, high = (
        width / (last - first),
        width / max(last - first - sum(f.days for f in scale.folds), MIN_VISIBLE_DAYS),
    )
    high = max(high, low)

    def wide(p: float) -> float:
        return float(to_shown(scale, p, last) - to_shown(scale, p, first)) * p

    for _ in range(60):
        middle = math.sqrt(low * high)
        if wide(middle) < width:
            low = middle
        else:
            high = middle
    return high


def _least_ppd(scale: TimeScale, domain: Domain, width: float) -> float:
    first, last = domain
    return _fit_ppd(scale, first, max(last, first + MIN_VISIBLE_DAYS), width)


def fit(domain: Domain, width: float, scale: TimeScale = LINEAR) -> Viewport:
    width = max(width, 1.0)
    return Viewport(domain[0], _least_ppd(scale, domain, width), width, scale)


def clamp(view: Viewport, domain: Domain) -> Viewport:
    """Keep the view inside the domain and its zoom within bounds."""
    first, last = domain
    width = max(view.width, 1.0)
    px_per_day = min(
        max(view.px_per_day, _least_ppd(view.scale, domain, width)), width / MIN_VISIBLE_DAYS
    )
    moved = Viewport(view.day0, px_per_day, width, view.scale)
    u_first, u_last = moved.u(first), moved.u(last)
    u0 = min(max(moved.u0, u_first), max(u_first, u_last - width / px_per_day))
    return moved.at(moved.day_of_u(u0))


def zoom(view: Viewport, factor: float, anchor_x: float, domain: Domain) -> Viewport:
    """Zoom by `factor` (>1 zooms in) keeping the day under `anchor_x` in place."""
    anchor = view.day(anchor_x)
    width = view.width
    px_per_day = min(
        max(view.px_per_day * factor, _least_ppd(view.scale, domain, width)),
        width / MIN_VISIBLE_DAYS,
    )
    zoomed = view.at(anchor, px_per_day)
    return clamp(zoomed.at(zoomed.day_of_u(zoomed.u0 - anchor_x / px_per_day)), domain)


def pan(view: Viewport, dx: float, domain: Domain) -> Viewport:
    """Move the content by `dx` pixels (positive moves it right, showing earlier days)."""
    return clamp(view.at(view.day_of_u(view.u0 - dx / view.px_per_day)), domain)


def show_range(
    first: float,
    last: float,
    width: float,
    domain: Domain,
    margin: float = 0.1,
    scale: TimeScale = LINEAR,
) -> Viewport:
    """A view that shows [first, last) with a margin on each side."""
    width = max(width, 1.0)
    middle = (first + last) / 2
    half = max(last - first, MIN_VISIBLE_DAYS) / 2
    px_per_day = _fit_ppd(scale, middle - half, middle + half, width / (1 + 2 * margin))
    view = Viewport(middle, px_per_day, width, scale)
    centre = (view.u(middle - half) + view.u(middle + half)) / 2
    return clamp(view.at(view.day_of_u(centre - width / 2 / px_per_day)), domain)


def center_on(view: Viewport, day: float, domain: Domain) -> Viewport:
    return clamp(view.at(view.day_of_u(view.u(day) - view.width / 2 / view.px_per_day)), domain)


def resize(view: Viewport, width: float, domain: Domain) -> Viewport:
    """The same days per pixel in a plot of another width, clamped."""
    return clamp(replace(view, width=max(width, 1.0)), domain)


def is_fitted(view: Viewport, domain: Domain) -> bool:
    return view.px_per_day <= _least_ppd(view.scale, domain, view.width) * 1.001


def scroll_extent(view: Viewport, domain: Domain) -> tuple[float, float]:
    """For a scroll bar: how far right the view is from the domain's start, and
    how far it could go, in pixels (folds count at their shown width)."""
    start = view.u(domain[0])
    return (view.u0 - start) * view.px_per_day, (
        view.u(domain[1]) - start
    ) * view.px_per_day - view.width


def scrolled(view: Viewport, position: float, domain: Domain) -> Viewport:
    """The view `position` pixels right of the domain's start."""
    return clamp(view.at(view.day_of_u(view.u(domain[0]) + position / view.px_per_day)), domain)


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
    folds: tuple[Fold, ...] = ()
    """Folds in view, each drawn as a break with its dates."""


_YEAR_STEPS = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000)
_MONTH_STEPS = (1, 2, 3, 6)
_DAY_STEPS = (1, 2, 5)
"""Days 1, 11, 21 would be too sparse to read: months are chosen before."""
_DAYS_IN = {"year": 365.2425, "month": 30.436875, "day": 1.0}
_LABEL_PX = {"year": 44.0, "month": 44.0, "day": 26.0}
"""Room a minor label needs: "2024", "sept.", "29"."""
_MAJOR_LABEL_PX = {"year": 44.0, "month": 44.0, "day": 76.0}
"""Room a major label needs: "2024" above months, "sept. 2024" above days."""
FOLD_LABEL_PX = 64.0
"""Room the dates of a fold take, centred on it ("Aug 2019" over "Oct 2022")."""


def choose_unit(px_per_day: float) -> tuple[str, int]:
    """The finest unit and step whose ticks are at least a label apart."""
    for unit, steps in (("day", _DAY_STEPS), ("month", _MONTH_STEPS), ("year", _YEAR_STEPS)):
        for step in steps:
            if step * _DAYS_IN[unit] * px_per_day >= _LABEL_PX[unit] * 1.4:
                return unit, step
    return "year", _YEAR_STEPS[-1] * 5


def axis_ticks(view: Viewport, words: Words = SOURCE_WORDS) -> Axis:
    """Ticks of the days in view, none inside a fold, and none so near a fold
    that its label would run into the fold's dates."""
    unit, step = choose_unit(view.px_per_day)
    months = tuple(month_name(m, words) for m in range(1, 13))
    first, last = max(view.day0, 1.0), min(view.day1, LAST_DAY - 1)
    folds = view.folded()
    minor: list[Tick] = []
    major: list[Tick] = []
    edges = [first, *(d for f in folds for d in (f.first, f.last)), last]
    for start, stop in zip(edges[::2], edges[1::2], strict=True):
        if stop > start:
            ticks = _ticks(unit, step, max(start, first), min(stop, last), months, words)
            minor += ticks[0]
            major += ticks[1]
    if folds:
        blocked = []
        for fold in folds:
            x0, x1 = view.x(fold.first), view.x(fold.last)
            middle = (x0 + x1) / 2
            blocked.append(
                (min(x0, middle - FOLD_LABEL_PX / 2), max(x1, middle + FOLD_LABEL_PX / 2))
            )

        def clear(ticks: list[Tick], room: float) -> list[Tick]:
            kept = []
            for tick in ticks:
                x = view.x(tick.day)
                if not any(a - room - 4 < x < b + 2 for a, b in blocked):
                    kept.append(tick)
            return kept

        minor = clear(minor, _LABEL_PX[unit])
        major = clear(major, _MAJOR_LABEL_PX[unit])
    return Axis(unit, step, tuple(minor), tuple(major), folds)


def _ticks(
    unit: str, step: int, first: float, last: float, months: tuple[str, ...], words: Words
) -> tuple[list[Tick], list[Tick]]:
    """Minor and major ticks of the days [first, last)."""
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
            Tick(day, month_label(date_of_day(day).year, date_of_day(day).month, words))
            for day in _month_starts(first, last)
        ]
    return minor, major


def fold_dates(fold: Fold, words: Words = SOURCE_WORDS) -> tuple[str, str]:
    """The first and last month a fold hides: ("Aug 2019", "Oct 2022")."""
    first, last = date_of_day(fold.first), date_of_day(fold.last - 1)
    return month_label(first.year, first.month, words), month_label(last.year, last.month, words)


def period_label(day: float, unit: str, words: Words = SOURCE_WORDS) -> str:
    """The major period containing `day`, shown pinned at the axis' left edge."""
    date = date_of_day(day)
    if unit == "day":
        return month_label(date.year, date.month, words)
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
