"""Where the main window goes: the pure decision, then the window applying it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QRect, Qt
from PySide6.QtGui import QScreen

from frise.settings import Settings
from frise.ui.main_window import MainWindow
from frise.ui.window import placement
from frise.ui.window.placement import FRAME_BOTTOM, FRAME_LEFT, FRAME_RIGHT, FRAME_TOP, Rect


def frame_fits(rect: Rect, available: Rect) -> bool:
    """Whether `rect`, with a window manager's frame around it, is inside `available`."""
    return (
        rect.x - FRAME_LEFT >= available.x
        and rect.y - FRAME_TOP >= available.y
        and rect.x + rect.width + FRAME_RIGHT <= available.x + available.width
        and rect.y + rect.height + FRAME_BOTTOM <= available.y + available.height
    )


@pytest.mark.parametrize(
    "available", [Rect(0, 0, 1280, 720), Rect(0, 0, 1366, 768), Rect(0, 27, 1600, 873)]
)
def test_a_first_start_on_a_laptop_screen_is_maximised_and_fits_unmaximised_too(available):
    found = placement.first_start(available)
    assert found.maximised
    assert frame_fits(found.rect, available)


def test_a_first_start_on_a_large_screen_is_most_of_it_centred_frame_included():
    available = Rect(0, 0, 2560, 1440)
    found = placement.first_start(available)
    assert not found.maximised
    assert found.rect == Rect(256, 124, 2048, 1224)
    assert frame_fits(found.rect, available)


def test_a_saved_place_that_fits_stays_where_the_user_put_it():
    available = Rect(0, 0, 1280, 720)
    saved = Rect(30, 20, 900, 600)
    assert placement.restored(saved, False, available) == (saved, False)
    assert placement.restored(saved, True, available) == (saved, True)


def test_a_window_saved_on_a_larger_monitor_is_maximised_with_a_normal_size_that_fits():
    available = Rect(0, 0, 1280, 720)
    found = placement.restored(Rect(8, 40, 1904, 1032), False, available)
    assert found.maximised
    assert frame_fits(found.rect, available)


@pytest.mark.parametrize(
    "saved", [Rect(3000, 200, 800, 500), Rect(-900, -700, 800, 500), Rect(900, 500, 800, 500)]
)
def test_a_window_saved_off_the_screen_is_brought_back_whole(saved):
    available = Rect(0, 0, 1280, 720)
    found = placement.restored(saved, False, available)
    assert not found.maximised
    assert (found.rect.width, found.rect.height) == (800, 500)
    assert frame_fits(found.rect, available)


# Qt's offscreen screen is 800 by 600 pixels: the saved windows below fit it,
# so that Qt's own checks on restoring leave them as they are.
def saved_geometry(qtbot, private_dirs, rect: QRect, maximised: bool = False) -> Settings:
    config, _ = private_dirs
    window = MainWindow(Settings(lang="en"), config / "settings.json")
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.setGeometry(rect)
    if maximised:
        window.setWindowState(Qt.WindowState.WindowMaximized)
    geometry = bytes(window.saveGeometry().toBase64().data()).decode()
    return Settings(lang="en", geometry=geometry)


def test_the_window_saved_off_the_screen_opens_on_it(qtbot, private_dirs, monkeypatch):
    monkeypatch.setattr(QScreen, "availableGeometry", lambda screen: QRect(0, 0, 1280, 720))
    settings = saved_geometry(qtbot, private_dirs, QRect(5000, 3000, 500, 350))
    window = MainWindow(settings, private_dirs[0] / "settings.json")
    qtbot.addWidget(window)
    assert not window.isMaximized()
    assert QRect(0, 0, 1280, 720).contains(window.geometry())
    assert window.size().toTuple() == (500, 350)


def test_a_maximised_window_opens_maximised_again(qtbot, private_dirs, monkeypatch):
    monkeypatch.setattr(QScreen, "availableGeometry", lambda screen: QRect(0, 0, 1280, 720))
    settings = saved_geometry(qtbot, private_dirs, QRect(100, 100, 500, 350), maximised=True)
    assert QByteArray.fromBase64(settings.geometry.encode())
    window = MainWindow(settings, private_dirs[0] / "settings.json")
    qtbot.addWidget(window)
    assert window.isMaximized()
    assert window.normalGeometry() == QRect(100, 100, 500, 350)
