"""PNG export: the same renderer as the window, at the size asked, written safely."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage

from frise.model.filters import Filter, apply_filter
from frise.scene.export import ExportError, export_png, natural_height, render_image
from frise.scene.frame import AXIS_PX, HEADER_PX, NAME_PX
from tests.helpers.timelines import load, timeline_dict


@pytest.fixture
def timeline():
    return load(timeline_dict())


def test_image_has_the_width_asked_and_a_natural_height(qapp, timeline):
    filtered = apply_filter(timeline, Filter())
    image = render_image(filtered, 1200)
    assert (image.width(), image.height()) == (1200, natural_height(filtered))


def test_each_lane_shows_its_party_colour(qapp, timeline):
    image = render_image(apply_filter(timeline, Filter()), 1200)
    top = HEADER_PX + AXIS_PX
    lane = (image.height() - top) / 2
    assert image.pixelColor(2, int(top + lane / 2)) == QColor("#D55E00")
    assert image.pixelColor(2, int(top + lane * 1.5)) == QColor("#0072B2")


def test_party_filter_leaves_only_that_lane(qapp, timeline):
    image = render_image(apply_filter(timeline, Filter(parties=frozenset({"beta"}))), 1200)
    top = HEADER_PX + AXIS_PX
    assert image.pixelColor(2, int(top + 10)) == QColor("#0072B2")
    assert image.pixelColor(2, image.height() - 3) == QColor("#0072B2")


def test_hidpi_scale_doubles_the_pixels(qapp, timeline):
    image = render_image(apply_filter(timeline, Filter()), 1000, 400, scale=2.0)
    assert (image.width(), image.height()) == (2000, 800)
    assert image.devicePixelRatio() == 2.0


def test_markers_are_drawn_in_their_lane(qapp, timeline):
    """Some pixel of Alpha's colour lies in the plot, inside Alpha's lane."""
    image = render_image(apply_filter(timeline, Filter(parties=frozenset({"alpha"}))), 1200)
    top = int(HEADER_PX + AXIS_PX)
    target = QColor("#D55E00")
    found = any(
        image.pixelColor(x, y) == target
        for x in range(int(NAME_PX) + 1, image.width(), 2)
        for y in range(top, top + 40)
    )
    assert found


def test_too_small_a_height_is_refused_with_the_minimum(qapp, timeline):
    with pytest.raises(ExportError, match="needs at least"):
        render_image(apply_filter(timeline, Filter()), 1200, 100)


def test_export_writes_a_png_and_no_temporary_file(qapp, timeline, tmp_path):
    out = tmp_path / "t.png"
    width, _ = export_png(timeline, Filter(), out, width=900)
    assert out.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert QImage(str(out)).width() == width == 900
    assert [p.name for p in tmp_path.iterdir()] == ["t.png"]


def test_export_into_a_missing_folder_fails_cleanly(qapp, timeline, tmp_path):
    out = tmp_path / "missing" / "t.png"
    with pytest.raises(ExportError, match="cannot write"):
        export_png(timeline, Filter(), out, width=900)
    assert not out.parent.exists()
