"""View → Theme: the picture, the details and the widgets in light or dark."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from frise.scene.theme import DARK, LIGHT, contrast
from frise.settings import Settings, load_settings
from frise.ui import themes
from frise.ui.main_window import MainWindow


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


def item_colours(check_list) -> set[str]:
    items = (check_list.list.item(k) for k in range(check_list.list.count()))
    return {item.foreground().color().name() for item in items}


def test_the_filter_lists_are_written_in_the_themes_ink(qtbot, timeline_file, private_dirs):
    # Started dark: the lists were filled before the dark palette reached them
    # (it does when they are first shown), and were black on the dark paper.
    config, _ = private_dirs
    window = MainWindow(Settings(lang="en", theme="dark"), config / "settings.json")
    qtbot.addWidget(window)
    window.open_file(timeline_file)
    window.show()
    qtbot.waitExposed(window)
    parties = window.filters.party_box
    # The new palette reaches the widgets through the event loop.
    qtbot.waitUntil(lambda: parties.palette().color(QPalette.ColorRole.Window) == DARK.names)
    ink = parties.palette().color(QPalette.ColorRole.Text)
    assert contrast(ink, DARK.paper) >= 4.5
    assert item_colours(parties) == {ink.name()}
    window.set_theme("light")
    qtbot.waitUntil(lambda: parties.palette().color(QPalette.ColorRole.Window) != DARK.names)
    light_ink = parties.palette().color(QPalette.ColorRole.Text)
    assert item_colours(parties) == {light_ink.name()} != {ink.name()}
