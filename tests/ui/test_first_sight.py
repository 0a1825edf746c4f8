"""The bundled story at first sight: every lane, the whole title, the plot
taking most of the window, at the screen sizes of common laptops."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetricsF, QScreen
from PySide6.QtWidgets import QApplication, QWidget

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


def inside(window: MainWindow, widget: QWidget) -> bool:
    """Whether `widget` shows, whole, within the window's own rectangle."""
    box = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    return widget.isVisible() and window.rect().contains(box)


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize(("width", "height"), [(1280, 720), (1366, 768), (1600, 900)])
def test_the_first_start_fits_the_screen_with_every_lane_in_sight(
    qtbot, private_dirs, monkeypatch, lang, width, height
):
    # The first start fills a laptop's screen, maximised so that the window
    # manager fits its frame (MainWindow._place): on one this size, the
    # window asks for no more than it, and shows every lane, the as-of bar
    # and the status bar whole, without scrolling.
    monkeypatch.setattr(QScreen, "availableGeometry", lambda screen: QRect(0, 0, width, height))
    config, _ = private_dirs
    window = MainWindow(Settings(lang=lang), config / "settings.json")
    qtbot.addWidget(window)
    assert window.isMaximized()
    # What the window manager does with a maximised window (Qt's offscreen
    # screen is smaller than these), less a title bar.
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.setGeometry(0, 0, width, height - 30)
    window.open_file(paths.bundled_timeline())
    window.show()
    qtbot.waitExposed(window)
    hint = window.minimumSizeHint()
    assert hint.width() <= width and hint.height() <= height - 30
    assert (window.width(), window.height()) == (width, height - 30)
    qtbot.waitUntil(lambda: window.view.viewport().height() > 300)
    assert lanes_in_full(window) == len(window.timeline.parties) == 9
    assert window.view.verticalScrollBar().maximum() == 0
    assert inside(window, window.as_of_bar)
    assert inside(window, window.statusBar())
    assert inside(window, window.search_field)
    window.as_of_action.trigger()  # As known on… (Ctrl+K): the bar's controls show
    assert window.minimumSizeHint().height() <= height
    assert inside(window, window.as_of_bar.date) and inside(window, window.as_of_bar.ghosts)


def test_the_filters_scroll_inside_their_tab_rather_than_hold_the_window_tall(first_start, qtbot):
    window = first_start(1280, 720)
    scroll = window.filter_dock.widget()
    assert window.filters.minimumSizeHint().height() > scroll.viewport().height()
    assert window.filter_dock.minimumSizeHint().height() < 300
    assert scroll.horizontalScrollBar().maximum() == 0  # never sideways
    # Tab to the last control scrolls it into sight.
    with qtbot.waitActive(window):
        window.activateWindow()
    window.filters.told_by.setFocus()
    assert QApplication.focusWidget() is window.filters.told_by
    qtbot.keyClick(window.filters.told_by, Qt.Key.Key_Tab)
    last = window.filters.min_sources
    assert QApplication.focusWidget() is last
    box = QRect(last.mapTo(scroll.viewport(), last.rect().topLeft()), last.size())
    assert scroll.viewport().rect().contains(box)


def test_at_1280_by_720_every_lane_and_the_whole_title(first_start):
    window = first_start(1280, 720)
    assert lanes_in_full(window) == 9
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
