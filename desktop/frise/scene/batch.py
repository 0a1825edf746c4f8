"""Drawing many alike things in one call to Qt, from numpy arrays.

A Python loop calling QPainter once per marker costs a few microseconds a
call: thousands of marks take a frame's whole budget. Qt draws arrays of
pixmap fragments, lines and rectangles in one call; here the arrays are made
with numpy and handed to Qt as they are, through their address (Qt's structs
of doubles are laid out as numpy's rows of doubles). Each array lives until
its call returns.

Only for painting on pixels (the window, a PNG): SVG, PDF and print draw
every mark as shapes and text.
"""

from __future__ import annotations

from typing import cast

import numpy as np
import shiboken6
from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QPainter, QPixmap


def draw_parts(
    painter: QPainter,
    pixmap: QPixmap,
    left: np.ndarray,
    top: np.ndarray,
    source_x: np.ndarray | float,
    source_y: np.ndarray | float,
    width: np.ndarray | float,
    height: np.ndarray | float,
    opacity: np.ndarray | float = 1.0,
) -> None:
    """Parts of `pixmap` drawn at many places: part k is its rectangle
    (`source_x[k]`, `source_y[k]`, `width[k]`, `height[k]`; or one width and
    height for all), in the pixmap's own pixels, drawn with its top-left
    corner at (`left[k]`, `top[k]`)."""
    count = len(left)
    if not count:
        return
    scale = 1.0 / pixmap.devicePixelRatio()
    # QPainter::PixmapFragment: x, y (the centre), sourceLeft, sourceTop,
    # width, height, scaleX, scaleY, rotation, opacity.
    parts = np.empty((count, 10))
    parts[:, 0] = left + width * scale / 2
    parts[:, 1] = top + height * scale / 2
    parts[:, 2] = source_x
    parts[:, 3] = source_y
    parts[:, 4] = width
    parts[:, 5] = height
    parts[:, 6] = scale
    parts[:, 7] = scale
    parts[:, 8] = 0.0
    parts[:, 9] = opacity
    first = cast(
        QPainter.PixmapFragment, shiboken6.wrapInstance(parts.ctypes.data, QPainter.PixmapFragment)
    )
    painter.drawPixmapFragments(first, count, pixmap)


def draw_lines(
    painter: QPainter, x0: np.ndarray, y0: np.ndarray, x1: np.ndarray, y1: np.ndarray
) -> None:
    """Lines from (x0[k], y0[k]) to (x1[k], y1[k]), with the painter's pen."""
    count = len(x0)
    if not count:
        return
    lines = np.empty((count, 4))
    lines[:, 0], lines[:, 1], lines[:, 2], lines[:, 3] = x0, y0, x1, y1
    first = shiboken6.wrapInstance(lines.ctypes.data, QLineF)
    painter.drawLines(first, count)  # type: ignore[call-overload]  # an array, from its first


def draw_rects(
    painter: QPainter, left: np.ndarray, top: np.ndarray, width: np.ndarray, height: np.ndarray
) -> None:
    """Rectangles, with the painter's pen and brush."""
    count = len(left)
    if not count:
        return
    rects = np.empty((count, 4))
    rects[:, 0], rects[:, 1], rects[:, 2], rects[:, 3] = left, top, width, height
    first = shiboken6.wrapInstance(rects.ctypes.data, QRectF)
    painter.drawRects(first, count)  # type: ignore[call-overload]  # an array, from its first
