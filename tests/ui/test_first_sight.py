"""The bundled story at first sight: every lane, the whole title, the plot
taking most of the window, at the screen sizes of common laptops."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetricsF

from frise import paths
from frise.settings import Settings
from frise.ui.main_window import MainWindow


@pytest.fixture
def first_start(qtbot, private_dirs):
    def open_at(width: int, height: int) -> MainWindow:
        config, _ = private_dirs
        window = MainWindow(Settings(lang="en"), config / "settings.json")
        qtbot.addWidget(window)
        # What the first start does on a screen this size (see MainWindow._place).
        window.resize(width, height)
        window.open_file(paths.bundled_timeline())
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.view.viewport().height() > 300)
        return window

    return open_at


def lanes_in_full(window: MainWindow) -> int:
    frame = window.view.layout_frame()
    bottom = window.view.viewport().height()
    return sum(1 for lane in frame.lanes if lane.top + lane.box.height <= bottom + 0.5)


def test_at_1600_by_900_every_lane_the_whole_title_and_most_of_the_window(first_start):
    window = first_start(1600, 900)
    assert lanes_in_full(window) == len(window.timeline.parties) == 9
    assert window.view.verticalScrollBar().maximum() == 0
    frame = window.view.layout_frame()
    header = window.view.renderer.header
    title = window.timeline.title("en")
    assert QFontMetricsF(header.fonts.title).horizontalAdvance(title) <= header.title_room(frame)
    plot = window.view.width() * window.view.height()
    assert plot >= 2 / 3 * window.width() * window.height()


def test_at_1280_by_720_the_six_principal_lanes_at_least(first_start):
    window = first_start(1280, 720)
    assert lanes_in_full(window) >= 6
    frame = window.view.layout_frame()
    header = window.view.renderer.header
    title = window.timeline.title("en")
    assert QFontMetricsF(header.fonts.title).horizontalAdvance(title) <= header.title_room(frame)


def test_panels_start_as_tabs_and_choosing_an_event_shows_its_details(first_start):
    window = first_start(1600, 900)
    tabs = window.tabifiedDockWidgets(window.filter_dock)
    assert window.details_dock in tabs and window.quotes_dock in tabs
    assert not window.filter_dock.visibleRegion().isEmpty()
    assert window.quotes_dock.visibleRegion().isEmpty()  # one click away
    window.select_event(0)
    assert not window.details_dock.visibleRegion().isEmpty()
