"""The window's colours: the system's, or light or dark as chosen (View → Theme).

"system" follows the desktop: the picture is drawn in `DARK` when the
system's palette is dark (Qt's colour scheme, else the window colour's
lightness), in `LIGHT` otherwise, and the widgets keep the system's palette.
Choosing the other one than the system's also gives the widgets a palette
made from the theme (with the Fusion style, which follows palettes
everywhere), so the menus, panels and picture agree.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from frise.scene.theme import DARK, LIGHT, Theme, text_on

CHOICES = ("system", "light", "dark")

_system: tuple[QPalette, str] | None = None
"""The system's palette and style, kept before Frise changes them."""


def _remember(app: QApplication) -> tuple[QPalette, str]:
    global _system
    if _system is None:
        style = app.style()
        _system = (QPalette(app.palette()), style.name() if style is not None else "")
    return _system


def system_is_dark(app: QApplication) -> bool:
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme != Qt.ColorScheme.Unknown:
        return scheme == Qt.ColorScheme.Dark
    palette = _remember(app)[0]
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def theme_for(app: QApplication, choice: str) -> Theme:
    if choice == "dark" or (choice == "system" and system_is_dark(app)):
        return DARK
    return LIGHT


def palette_of(theme: Theme) -> QPalette:
    """A widget palette in the theme's colours."""
    palette = QPalette()
    window = theme.names
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: theme.ink,
        QPalette.ColorRole.Base: theme.paper,
        QPalette.ColorRole.AlternateBase: theme.lanes[1],
        QPalette.ColorRole.Text: theme.ink,
        QPalette.ColorRole.Button: theme.lanes[1] if theme.dark else window,
        QPalette.ColorRole.ButtonText: theme.ink,
        QPalette.ColorRole.BrightText: QColor("#FFFFFF"),
        QPalette.ColorRole.Highlight: theme.select,
        QPalette.ColorRole.HighlightedText: text_on(theme.select),
        QPalette.ColorRole.ToolTipBase: theme.names,
        QPalette.ColorRole.ToolTipText: theme.ink,
        QPalette.ColorRole.PlaceholderText: theme.muted,
        QPalette.ColorRole.Link: theme.select,
        QPalette.ColorRole.LinkVisited: theme.select,
        QPalette.ColorRole.Light: theme.grid_major.lighter(130),
        QPalette.ColorRole.Midlight: theme.grid_major,
        # Lines, and the words of what counts nothing (a filter's "(0)").
        QPalette.ColorRole.Mid: theme.fold_edge if not theme.dark else theme.meter,
        QPalette.ColorRole.Dark: theme.grid_major.darker(130),
        QPalette.ColorRole.Shadow: QColor("#000000"),
    }
    for role, color in roles.items():
        palette.setColor(role, color)
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(disabled, role, theme.fold_edge)
    return palette


def apply(app: QApplication, choice: str) -> Theme:
    """Use the theme chosen ("system", "light" or "dark"); returns the
    picture's theme. The widgets get the system's palette back, or, for the
    other theme than the system's, one made from it."""
    palette, style = _remember(app)
    theme = theme_for(app, choice)
    if (theme is DARK) == system_is_dark(app):
        app.setPalette(palette)
        if style and app.style() is not None and app.style().name() != style:
            app.setStyle(style)
    else:
        app.setStyle("Fusion")
        app.setPalette(palette_of(theme))
    return theme
