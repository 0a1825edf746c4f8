"""The axis band as drawn: the range shown above the lane names, at every zoom."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QImage, QPainter

from frise.model.filters import Filter, apply_filter
from frise.model.timescale import Viewport
from frise.scene.frame import Scene, plot_width
from frise.scene.renderer import Renderer
from tests.helpers.timelines import event, load, timeline_dict


class RecordingPainter(QPainter):
    """A painter that keeps every text drawn through drawText."""

    def __init__(self, device):
        super().__init__(device)
        self.texts: list[str] = []

    def drawText(self, *args):
        self.texts.append(next(a for a in args if isinstance(a, str)))
        return super().drawText(*args)


def day(text: str) -> float:
    return float(dt.date.fromisoformat(text).toordinal())


@pytest.mark.parametrize(
    ("first", "last", "lang", "expected"),
    [
        ("2021-06-03", "2021-06-18", "en", "3 – 17 Jun 2021"),  # day zoom
        ("2021-06-03", "2021-06-18", "fr", "3 – 17 juin 2021"),
        ("2021-05-20", "2021-06-18", "en", "20 May – 17 Jun 2021"),
        ("2021-02-01", "2021-07-01", "en", "Feb – Jun 2021"),
        ("2020-11-01", "2022-03-01", "en", "Nov 2020 – Feb 2022"),
    ],
)
def test_the_range_shown_tells_its_ends_apart_at_every_zoom(qapp, first, last, lang, expected):
    timeline = load(timeline_dict(events=[event("e", "2021-06-10", ["alpha"], "E")]))
    filtered = apply_filter(timeline, Filter())
    width = 1200
    span = day(last) - day(first)
    view = Viewport(day(first), plot_width(width) / span, plot_width(width))
    scene = Scene(filtered, view, lang, domain=(day("2019-01-01"), day("2024-01-01")))
    renderer = Renderer()
    frame = renderer.layout(scene, width, 400)
    image = QImage(width, 400, QImage.Format.Format_ARGB32_Premultiplied)
    painter = RecordingPainter(image)
    renderer.paint(painter, frame)
    painter.end()
    assert expected in painter.texts
