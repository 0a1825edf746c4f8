"""Guard for the PySide6 6.12.0 crash on Python 3.11 (design.md, Known pitfalls):
each QPainter.setPen dropped a reference to None, and after ~100,000 calls the
process aborted with "none_dealloc". If a dependency update brings it back,
this test dies instead of the app."""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QImage, QPainter, QPen


def test_two_hundred_thousand_painter_calls_do_not_crash(qapp):
    image = QImage(64, 64, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    none_refs = sys.getrefcount(None)
    painter = QPainter(image)
    pen = QPen(QColor("#0072B2"), 1)
    for _ in range(200_000):
        painter.setPen(pen)
    painter.drawLine(0, 0, 63, 63)
    painter.end()
    assert image.pixelColor(32, 32) == QColor("#0072B2")
    # On Python 3.11, where None is refcounted, a leak would show here first.
    assert sys.getrefcount(None) >= none_refs - 1000
