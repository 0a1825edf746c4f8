"""Cluster pills drawn once into a shared picture, cut from it for a frame."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPixmap

PILL_HEIGHT = 20.0
"""Height of a cluster pill's picture (the pill and its edge)."""


class PillAtlas:
    """Cluster pills, each party's pill of each count drawn once into one
    shared picture, so that all the pills of a frame are cut from it in one call."""

    COLUMNS = 32
    CELL_PX = 64.0
    """Room for the widest pill (a count of seven digits) and its edge."""

    def __init__(self, draw: Callable[[QPainter, QRectF, int, str], None], dpr: float) -> None:
        self.draw, self.dpr = draw, dpr
        self.where: dict[tuple[int, int], int] = {}
        """(party, count) → its cell."""
        self.pixmap = self._blank(8)

    def _blank(self, rows: int) -> QPixmap:
        dpr = self.dpr
        pixmap = QPixmap(round(self.CELL_PX * dpr) * self.COLUMNS, round(PILL_HEIGHT * dpr) * rows)
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(Qt.GlobalColor.transparent)
        return pixmap

    def cells(self, parties: np.ndarray, counts: np.ndarray, widths: np.ndarray) -> np.ndarray:
        """Where in the picture (its own pixels) each pill is, drawn when new."""
        cell_w, cell_h = round(self.CELL_PX * self.dpr), round(PILL_HEIGHT * self.dpr)
        where = self.where
        cells = np.fromiter(
            (where.get(key, -1) for key in zip(parties.tolist(), counts.tolist(), strict=True)),
            np.int64,
            len(counts),
        )
        for k in np.flatnonzero(cells < 0).tolist():
            cells[k] = self._add(int(parties[k]), int(counts[k]), float(widths[k]))
        found = np.empty((len(counts), 2))
        found[:, 0] = (cells % self.COLUMNS) * cell_w
        found[:, 1] = (cells // self.COLUMNS) * cell_h
        return found

    def _add(self, party: int, count: int, width: float) -> int:
        key = (party, count)
        if key in self.where:
            return self.where[key]
        cell = len(self.where)
        rows = self.pixmap.height() // round(PILL_HEIGHT * self.dpr)
        if cell >= rows * self.COLUMNS:
            if rows >= 64:  # thousands of counts seen: start again
                self.where.clear()
                self.pixmap = self._blank(8)
                cell = 0
            else:
                bigger = self._blank(rows * 2)
                on = QPainter(bigger)
                on.drawPixmap(0, 0, self.pixmap)
                on.end()
                self.pixmap = bigger
        self.where[key] = cell
        left = (cell % self.COLUMNS) * round(self.CELL_PX * self.dpr) / self.dpr
        top = (cell // self.COLUMNS) * round(PILL_HEIGHT * self.dpr) / self.dpr
        on = QPainter(self.pixmap)
        on.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        on.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self.draw(on, QRectF(left + 2, top + 2, width, 16), party, str(count))
        on.end()
        return cell
