"""View → Theme: the picture, the details and the widgets in light or dark."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from frise.scene.theme import DARK, LIGHT, contrast
from frise.settings import load_settings
from frise.ui import themes


def window_color() -> object:
    return QApplication.palette().color(QPalette.ColorRole.Window)


def test_dark_theme_for_the_picture_the_details_and_the_widgets(window, qtbot):
    assert not themes.system_is_dark(QApplication.instance())  # the test platform is light
    assert window.view.renderer.theme is LIGHT
    window.select_event(window.timeline.event_index["suit"])
    window.set_theme("dark")
    assert window.view.renderer.theme is DARK
    assert window.details.theme is DARK
    assert window.details.palette().color(QPalette.ColorRole.Base) == DARK.paper
    assert window_color().lightness() < 60
    image = window.view.grab().toImage()
    assert image.pixelColor(image.width() - 30, 3) == DARK.paper
    # The details' grey words stay readable on the dark paper.
    assert contrast(window.details.theme.muted, DARK.paper) >= 4.5
    assert window.settings.theme == "dark"
    window.set_theme("system")
    assert window.view.renderer.theme is LIGHT
    assert window_color().lightness() > 180


def test_view_theme_menu_remembers_the_choice(window, qtbot, private_dirs):
    config, _ = private_dirs
    dark = next(a for a in window.theme_actions.actions() if a.data() == "dark")
    dark.trigger()
    assert dark.isChecked()
    window.close()
    assert load_settings(config / "settings.json").theme == "dark"
