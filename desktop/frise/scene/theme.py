"""The colours the renderer draws with, in one object it is given.

Every colour of the picture that is not a party's own comes from a `Theme`,
so the window and every export agree, and a second palette is a second
instance rather than a second code path.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor


@dataclass(frozen=True, eq=False)
class Theme:
    paper: QColor
    """Background of the header, the axis band and the inside of hollow markers."""
    ink: QColor
    """Titles, labels, lane names."""
    muted: QColor
    """Secondary text: minor axis labels, the legend, the shown range."""
    grid: QColor
    grid_major: QColor
    """Minor and major tick lines across the lanes; lane and band borders."""
    lanes: tuple[QColor, QColor]
    """Backgrounds of even and odd lanes."""
    names: QColor
    """Background of the lane-name column."""
    select: QColor
    """Selection and hover: rings, outlines, strong links."""
    select_background: QColor
    """Behind the selected event's label."""
    outline: QColor
    """Around markers and cluster pills, so light colours stand out."""
    link: QColor
    """The faint line joining an event's marks across lanes."""
    sample: QColor
    """The neutral colour of the legend's sample markers."""
    fold: QColor
    """Over the lanes where quiet time is folded."""
    fold_edge: QColor
    """The zig-zag edges of a fold."""
    as_of: QColor
    """The line and flag marking the day a story is shown as known on."""
    after_as_of: QColor
    """Over the days after that one."""
    ghost: QColor
    """The outline of an event not yet known on that day."""
    fresh: QColor
    """The halo of an event that has just become public."""
    claims: QColor
    """The hatching of a sub-lane holding one party's account."""
    meter: QColor
    """A source meter's ticks: an independent source each."""
    meter_primary: QColor
    """A tick standing for a primary source (a filing, a party's own post)."""
    meter_weak: QColor
    """The tick of an event resting on one source, or the outline of one with none."""


LIGHT = Theme(
    paper=QColor("#FFFFFF"),
    ink=QColor("#1F2328"),
    muted=QColor("#57606A"),
    grid=QColor("#ECEEF0"),
    grid_major=QColor("#D0D7DE"),
    lanes=(QColor("#FFFFFF"), QColor("#F6F8FA")),
    names=QColor("#F0F2F4"),
    select=QColor("#0969DA"),
    select_background=QColor("#DDF4FF"),
    outline=QColor(0, 0, 0, 150),
    link=QColor(0, 0, 0, 40),
    sample=QColor("#57606A"),
    fold=QColor("#E4E7EB"),
    fold_edge=QColor("#8C959F"),
    as_of=QColor("#BF3989"),
    after_as_of=QColor(0, 0, 0, 14),
    ghost=QColor(0, 0, 0, 70),
    fresh=QColor("#BF3989"),
    claims=QColor(0, 0, 0, 28),
    meter=QColor("#8C959F"),
    meter_primary=QColor("#1F2328"),
    meter_weak=QColor("#CF222E"),
)


def blend(color: QColor, amount: float, under: QColor) -> QColor:
    """`color` laid over `under` at `amount` opacity, as an opaque colour."""
    return QColor(
        round(under.red() + (color.red() - under.red()) * amount),
        round(under.green() + (color.green() - under.green()) * amount),
        round(under.blue() + (color.blue() - under.blue()) * amount),
    )


def text_on(color: QColor) -> QColor:
    """Black or white, whichever reads better on `color`."""
    luminance = 0.2126 * color.redF() + 0.7152 * color.greenF() + 0.0722 * color.blueF()
    return QColor("#000000") if luminance > 0.45 else QColor("#FFFFFF")
