"""Both themes, computed: every mark at 3:1 against every lane, every text at
4.5:1 against what it is drawn on (WCAG 2.1), for every bundled colour."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QColor

from frise.model.starter import starter_document
from frise.model.timeline import DEFAULT_COLORS
from frise.paths import bundled_timeline
from frise.scene.theme import (
    DARK,
    LIGHT,
    MARK_CONTRAST,
    TEXT_CONTRAST,
    THEMES,
    blend,
    contrast,
    text_on,
)

THEME_LIST = [LIGHT, DARK]


def bundled_colors() -> set[str]:
    doc = json.loads(bundled_timeline().read_text(encoding="utf-8"))
    colors = {p["color"].upper() for p in doc["parties"] if p.get("color")}
    colors |= {p["color"].upper() for p in starter_document()["parties"] if p.get("color")}
    return colors | set(DEFAULT_COLORS)


COLORS = sorted(bundled_colors())


def test_the_bundled_colours_are_all_there():
    assert len(COLORS) >= 9
    assert {"#F0E442", "#000000", "#999999"} <= set(COLORS)


def test_contrast_is_the_wcag_ratio():
    assert contrast(QColor("#000000"), QColor("#FFFFFF")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#FFFFFF")) == pytest.approx(4.48, abs=0.01)
    assert contrast(QColor("#123456"), QColor("#123456")) == pytest.approx(1.0)


def grounds(theme):
    """What a mark may stand on: both lane colours and the paper."""
    return (*theme.lanes, theme.paper)


@pytest.mark.parametrize("theme", THEME_LIST, ids=lambda t: t.name)
@pytest.mark.parametrize("color", COLORS)
def test_every_marker_stands_out_at_3_to_1(theme, color):
    edge = theme.edge(QColor(color))
    for ground in grounds(theme):
        assert contrast(edge, ground) >= MARK_CONTRAST, (color, edge.name(), ground.name())


@pytest.mark.parametrize("theme", THEME_LIST, ids=lambda t: t.name)
@pytest.mark.parametrize("color", COLORS)
def test_party_colours_keep_their_hue(theme, color):
    original, edge = QColor(color), theme.edge(QColor(color))
    if original.hslSaturationF() > 0.1:
        difference = abs(original.hslHueF() - edge.hslHueF()) % 1.0
        assert min(difference, 1 - difference) < 0.02, (color, edge.name())
    if min(contrast(original, g) for g in grounds(theme)) >= MARK_CONTRAST + 0.05:
        assert edge.rgb() == original.rgb(), "a colour that stands out is left as it is"


@pytest.mark.parametrize("theme", THEME_LIST, ids=lambda t: t.name)
@pytest.mark.parametrize("color", COLORS)
def test_counts_on_cluster_pills_are_readable(theme, color):
    assert contrast(text_on(QColor(color)), QColor(color)) >= TEXT_CONTRAST


@pytest.mark.parametrize("theme", THEME_LIST, ids=lambda t: t.name)
def test_every_text_reads_at_4_5_to_1(theme):
    backgrounds = {
        "paper": theme.paper,
        "lane": theme.lanes[0],
        "other lane": theme.lanes[1],
        "names": theme.names,
        "fold": theme.fold,
    }
    for text in ("ink", "muted"):
        for where, ground in backgrounds.items():
            ratio = contrast(getattr(theme, text), ground)
            assert ratio >= TEXT_CONTRAST, (theme.name, text, where, ratio)
    # The selected event's label, the as-of flag, the legend's sample pill.
    assert contrast(theme.ink, theme.select_background) >= TEXT_CONTRAST
    assert contrast(theme.ink, theme.match) >= TEXT_CONTRAST  # a label the search found
    assert contrast(text_on(theme.as_of), theme.as_of) >= TEXT_CONTRAST
    assert contrast(text_on(theme.sample), theme.sample) >= TEXT_CONTRAST
    # Links and warnings in the details panel, drawn on the paper.
    assert contrast(theme.select, theme.paper) >= TEXT_CONTRAST
    assert contrast(theme.meter_weak, theme.paper) >= TEXT_CONTRAST


@pytest.mark.parametrize("theme", THEME_LIST, ids=lambda t: t.name)
def test_the_themes_own_marks_stand_out(theme):
    for ground in grounds(theme):
        for name in ("sample", "select", "as_of", "meter_primary", "meter_weak", "arc"):
            ratio = contrast(getattr(theme, name), ground)
            assert ratio >= MARK_CONTRAST, (theme.name, name, ground.name(), ratio)
        # Translucent marks, as they come out on the lane.
        for name in ("outline", "ghost"):
            color = getattr(theme, name)
            shown = blend(color, color.alphaF(), ground)
            assert contrast(shown, ground) >= MARK_CONTRAST, (theme.name, name, ground.name())


def test_a_colour_of_any_hue_gets_an_edge_in_both_themes():
    for hue in range(0, 360, 15):
        for lightness in (0.1, 0.5, 0.9):
            color = QColor.fromHslF(hue / 360, 0.8, lightness)
            for theme in THEME_LIST:
                edge = theme.edge(color)
                assert min(contrast(edge, g) for g in grounds(theme)) >= MARK_CONTRAST


def test_themes_by_name():
    assert THEMES == {"light": LIGHT, "dark": DARK}
    assert DARK.dark and not LIGHT.dark
