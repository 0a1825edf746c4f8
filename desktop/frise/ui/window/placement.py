"""Where the main window goes on the screen: pure geometry, no Qt.

The window decides its place before it is shown, when the window manager's
frame (title bar, borders) is not known yet, so a margin for it is kept
free: a window as large as the screen's available area would have its
title bar pushed off the top. When the window wants more than the screen
has room for, it is shown maximised instead, and the window manager fits
frame and window to the screen. `MainWindow._place` applies the decision.

Rectangles are the window's inside (what `QWidget.geometry()` gives), in
the desktop's pixels; this module must never import Qt.
"""

from __future__ import annotations

from typing import NamedTuple


class Rect(NamedTuple):
    x: int
    y: int
    width: int
    height: int


class Placement(NamedTuple):
    rect: Rect
    """The window's inside when not maximised."""
    maximised: bool


FRAME_LEFT = FRAME_RIGHT = FRAME_BOTTOM = 8
FRAME_TOP = 40
"""Room kept for a window manager's frame: generous for a title bar (Windows,
GNOME, KDE and openbox draw 20 to 37 pixels) and thin borders."""

LAPTOP_WIDTH = 1920
"""Screens up to this wide get the whole of their area at first start."""

SMALLEST = Rect(0, 0, 1400, 850)
"""The size a first start asks for at least when it is not maximised."""


def _room(available: Rect) -> Rect:
    """The largest inside whose frame fits `available`."""
    return Rect(
        available.x + FRAME_LEFT,
        available.y + FRAME_TOP,
        max(1, available.width - FRAME_LEFT - FRAME_RIGHT),
        max(1, available.height - FRAME_TOP - FRAME_BOTTOM),
    )


def _centred(width: int, height: int, room: Rect) -> Rect:
    return Rect(
        room.x + (room.width - width) // 2, room.y + (room.height - height) // 2, width, height
    )


def first_start(available: Rect) -> Placement:
    """No saved place: the whole of a laptop's screen (maximised, so the
    frame fits), most of a larger one, centred."""
    room = _room(available)
    if available.width <= LAPTOP_WIDTH:
        return Placement(room, maximised=True)
    width = max(SMALLEST.width, int(available.width * 0.8))
    height = max(SMALLEST.height, int(available.height * 0.85))
    if width > room.width or height > room.height:
        return Placement(room, maximised=True)
    return Placement(_centred(width, height, room), maximised=False)


def restored(saved: Rect, maximised: bool, available: Rect) -> Placement:
    """A saved place on the screen there is now: a window too large for it
    (saved on a larger monitor) is maximised, with a normal size that fits;
    one partly or wholly off the screen is brought back onto it. A window
    wholly on the screen stays where the user put it."""
    room = _room(available)
    too_large = saved.width > room.width or saved.height > room.height
    on_screen = (
        available.x <= saved.x
        and available.y <= saved.y
        and saved.x + saved.width <= available.x + available.width
        and saved.y + saved.height <= available.y + available.height
    )
    if on_screen and not too_large:
        return Placement(saved, maximised)
    width = min(saved.width, room.width)
    height = min(saved.height, room.height)
    x = min(max(saved.x, room.x), room.x + room.width - width)
    y = min(max(saved.y, room.y), room.y + room.height - height)
    return Placement(Rect(x, y, width, height), maximised=maximised or too_large)
