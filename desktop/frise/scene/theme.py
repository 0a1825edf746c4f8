"""The colours the renderer draws with, in one object it is given.

Every colour of the picture that is not a party's own comes from a `Theme`,
so the window and every export agree, and a second palette is a second
instance rather than a second code path: `LIGHT` and `DARK`.

A party's colour is the file's; on a background it cannot be seen against
(yellow on white, black on near-black), its marks are edged with the same
hue made darker or lighter (`Theme.edge`) until they stand at 3:1 against
every lane, the least contrast WCAG 2.1 asks of graphics. Text keeps 4.5:1.
tests/scene/test_theme.py computes both for both themes and every bundled colour.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QColor

MARK_CONTRAST = 3.0
"""Least contrast of a mark's edge against a lane (WCAG 2.1, non-text)."""
TEXT_CONTRAST = 4.5
"""Least contrast of text against what it is drawn on (WCAG 2.1 AA)."""


def luminance(color: QColor) -> float:
    """Relative luminance of an opaque colour, as WCAG defines it."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in (color.redF(), color.greenF(), color.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two opaque colours, from 1 to 21."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@dataclass(frozen=True, eq=False)
class Theme:
    name: str
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
    match: QColor
    """Behind the label and marker of an event the search finds."""
    arc: QColor
    """A relation drawn as an arc between two events."""
    dark: bool = False
    _edges: dict[int, QColor] = field(default_factory=dict, repr=False)

    def edge(self, color: QColor) -> QColor:
        """The colour to edge a mark of `color` with: `color` itself if it
        stands out at 3:1 against every lane and the paper, else the same hue
        made darker (light theme) or lighter (dark theme) until it does."""
        key = color.rgb()
        found = self._edges.get(key)
        if found is None:
            found = self._edges[key] = self._reach(QColor(color))
        return found

    def _reach(self, color: QColor) -> QColor:
        grounds = (*self.lanes, self.paper)
        hue, saturation = color.hslHueF(), color.hslSaturationF()
        lightness = color.lightnessF()
        step = 0.01 if self.dark else -0.01
        # A little beyond 3:1, so rounding to 8-bit channels cannot fall short.
        while min(contrast(color, g) for g in grounds) < MARK_CONTRAST + 0.05:
            lightness += step
            if not 0.0 <= lightness <= 1.0:
                return QColor("#FFFFFF" if self.dark else "#000000")
            color = QColor.fromHslF(max(hue, 0.0), saturation, lightness)
        return color


LIGHT = Theme(
    name="light",
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
    ghost=QColor(0, 0, 0, 118),
    fresh=QColor("#BF3989"),
    claims=QColor(0, 0, 0, 28),
    meter=QColor("#8C959F"),
    meter_primary=QColor("#1F2328"),
    meter_weak=QColor("#CF222E"),
    match=QColor("#FFD33D"),
    arc=QColor("#8250DF"),
)

DARK = Theme(
    name="dark",
    dark=True,
    paper=QColor("#0D1117"),
    ink=QColor("#E6EDF3"),
    muted=QColor("#9DA7B3"),
    grid=QColor("#1C2128"),
    grid_major=QColor("#30363D"),
    lanes=(QColor("#0D1117"), QColor("#151A21")),
    names=QColor("#161B22"),
    select=QColor("#58A6FF"),
    select_background=QColor("#1F3A5F"),
    outline=QColor(255, 255, 255, 120),
    link=QColor(255, 255, 255, 46),
    sample=QColor("#9DA7B3"),
    fold=QColor("#1E242C"),
    fold_edge=QColor("#545D68"),
    as_of=QColor("#DB61A2"),
    after_as_of=QColor(0, 0, 0, 70),
    ghost=QColor(255, 255, 255, 90),
    fresh=QColor("#DB61A2"),
    claims=QColor(255, 255, 255, 34),
    meter=QColor("#6E7681"),
    meter_primary=QColor("#E6EDF3"),
    meter_weak=QColor("#F85149"),
    match=QColor("#7D5E00"),
    arc=QColor("#A371F7"),
)

THEMES = {theme.name: theme for theme in (LIGHT, DARK)}


def blend(color: QColor, amount: float, under: QColor) -> QColor:
    """`color` laid over `under` at `amount` opacity, as an opaque colour."""
    return QColor(
        round(under.red() + (color.red() - under.red()) * amount),
        round(under.green() + (color.green() - under.green()) * amount),
        round(under.blue() + (color.blue() - under.blue()) * amount),
    )


def text_on(color: QColor) -> QColor:
    """Black or white, whichever stands out more on `color` (at least 4.58:1
    on any colour: the two meet at that ratio)."""
    black, white = QColor("#000000"), QColor("#FFFFFF")
    return black if contrast(black, color) >= contrast(white, color) else white
