"""Event titles as the marks' labels: how wide each is (for the layout) and
its laid-out text (for painting), written once on shared pages so that a
frame's titles are drawn in a call per page.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPixmap,
    QStaticText,
)

from frise.model.layout import TitleWidths
from frise.model.schema import text_in
from frise.model.text import isolate
from frise.scene.batch import draw_parts, draw_rects
from frise.scene.cache import plain_static
from frise.scene.fonts import Fonts
from frise.scene.frame import Scene

MAX_LABELS = 20_000
PAGE_PX = 1024.0
MAX_PAGES = 4
"""Titles are written on pages this wide and tall, at most this many at once
(started again when they are full)."""


class Labels:
    """Event titles: their widths (for the layout) and their laid-out texts
    (for painting), kept per timeline and language."""

    def __init__(self, fonts: Fonts) -> None:
        self.font = fonts.label
        self.metrics = QFontMetricsF(self.font)
        self._widths = TitleWidths(0, lambda i: 0.0)
        self.texts: dict[tuple[int, int], QStaticText] = {}
        self.advances: dict[int, list[float]] = {}
        self._char_width: dict[str, float] = {}
        self.ellipsis_width = self.metrics.horizontalAdvance("…")
        self._line = math.ceil(self.metrics.height()) + 2
        self._pages: list[QPixmap] = []
        self._found: dict[tuple[int, int], tuple[int, float, float, float]] = {}
        self._pages_key: tuple[float, int] | None = None
        self._x = self._y = 0.0
        self._key: tuple | None = None
        self._writing: dict[int, QPainter] = {}
        """While titles are written, the painter of each page written on."""
        self._generation = 0
        """Counts the times the pages were started again."""

    def width_of(self, scene: Scene) -> TitleWidths:
        """The width, in pixels, of each event's title (called with `i`)."""
        timeline = scene.filtered.timeline
        key = (timeline, scene.lang, scene.filtered.mode)
        if key != self._key:
            title = title_of(scene)
            advance = self.metrics.horizontalAdvance
            self._widths = TitleWidths(len(timeline.events), lambda i: advance(title(i)) + 2)
            self.texts, self._key = {}, key
            self.advances = {}
            self._clear_pages()
        return self._widths

    def draw_many(
        self,
        painter: QPainter,
        events: list[int],
        xs: list[float],
        tops: list[float],
        widths: list[float],
        title: Callable[[int], str],
        ink: QColor,
        background: QColor | None = None,
    ) -> None:
        """Draw many titles as `draw` does, on pixels, from pictures of them
        kept on a few shared pages: one call to Qt per page, and a title is
        written (into a page) only the first time it is drawn so cut. With
        `background`, each title is over a band of it (as the search marks
        what it finds), all the bands in one call."""
        dpr = painter.device().devicePixelRatioF()
        if self._pages_key != (dpr, ink.rgba()):
            self._clear_pages()
            self._pages_key = (dpr, ink.rgba())
        cells = self._cells(events, widths, title, dpr, ink)
        if cells is None:
            # The pages filled up and were started again while these were
            # written: the cells found before are gone; once more, on fresh pages.
            cells = self._cells(events, widths, title, dpr, ink) or [None] * len(events)
        shown = [k for k, cell in enumerate(cells) if cell is not None]
        if not shown:
            return
        # Per title shown: its page, and where it is there (x, y, width).
        table = np.array([cells[k] for k in shown], float)
        left = np.asarray(xs, float)[shown]
        top = np.asarray(tops, float)[shown]
        if background is not None:
            # A cell is as wide as its text and 3 px, rounded up to a pixel.
            text_top = self.metrics.height() / 2
            painter.save()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(background)
            draw_rects(
                painter,
                left - 3,
                top - 1,
                table[:, 3] / dpr - 3 + 6,
                np.full(len(shown), 2 * text_top + 2),
            )
            painter.restore()
        height = self._line * dpr
        for page, pixmap in enumerate(self._pages):
            on = table[:, 0] == page
            if not on.any():
                continue
            draw_parts(
                painter,
                pixmap,
                left[on] - 1,
                top[on],
                table[on, 1],
                table[on, 2],
                table[on, 3],
                height,
            )

    def _cells(
        self,
        events: list[int],
        widths: list[float],
        title: Callable[[int], str],
        dpr: float,
        ink: QColor,
    ) -> list[tuple[int, float, float, float] | None] | None:
        """Where each title, cut to its width, is on the pages (None: it
        does not fit at all), writing those not written yet, each page with
        one painter; None if the pages had to be started again meanwhile."""
        found = self._found
        whole = (np.asarray(widths) >= self._widths.of(np.asarray(events, np.int64)) - 0.5).tolist()
        cells: list[tuple[int, float, float, float] | None] = []
        started = self._generation
        try:
            for event, width, fits in zip(events, widths, whole, strict=True):
                count = -1
                if not fits:
                    count = self._fitting(event, title(event), width)
                    if count <= 0:
                        cells.append(None)
                        continue
                cell = found.get((event, count))
                if cell is None:
                    cell = self._write(event, count, title(event), dpr, ink)
                    found = self._found
                cells.append(cell)
        finally:
            self._end_writing()
        return cells if self._generation == started else None

    def _end_writing(self) -> None:
        for on in self._writing.values():
            on.end()
        self._writing = {}

    def _write(
        self, event: int, count: int, title: str, dpr: float, ink: QColor
    ) -> tuple[int, float, float, float]:
        """Write a title (whole, or its first `count` characters and "…") on
        a page; where it is: (page, x, y, width), in the page's own pixels."""
        text = title if count < 0 else title[:count] + "…"
        advance = (self._widths(event) - 2) if count < 0 else self._advance_of(event, count)
        width = advance + 3
        if self._x + width > PAGE_PX:
            self._x, self._y = 0.0, self._y + self._line
        if not self._pages or self._y + self._line > PAGE_PX:
            if len(self._pages) >= MAX_PAGES:
                self._clear_pages()
            page = QPixmap(round(PAGE_PX * dpr), round(PAGE_PX * dpr))
            page.setDevicePixelRatio(dpr)
            page.fill(Qt.GlobalColor.transparent)
            self._pages.append(page)
            self._x = self._y = 0.0
        page_index = len(self._pages) - 1
        on = self._writing.get(page_index)
        if on is None:
            # Kept open while a frame's titles are written (see `_cells`).
            on = self._writing[page_index] = QPainter(self._pages[-1])
            on.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            on.setFont(self.font)
            on.setPen(ink)
        on.drawText(QPointF(self._x + 1, self._y + self.metrics.ascent()), text)
        cell = (len(self._pages) - 1, self._x * dpr, self._y * dpr, math.ceil(width * dpr))
        self._found[(event, count)] = cell
        self._x += math.ceil(width) + 1
        return cell

    def _advance_of(self, event: int, count: int) -> float:
        return self.advances[event][count - 1] + self.ellipsis_width

    def _clear_pages(self) -> None:
        self._end_writing()
        self._pages, self._found = [], {}
        self._x = self._y = 0.0
        self._generation += 1

    def _fitting(self, event: int, title: str, width: float) -> int:
        """How many characters of the title fit in `width` with "…" after
        them, a space not being the last (its characters' advances, summed
        once per title)."""
        found = self.advances.get(event)
        if found is None:
            if len(self.advances) > MAX_LABELS:
                self.advances.clear()
            ends, total = [], 0.0
            for c in title:
                total += self._advance(c)
                ends.append(total)
            self.advances[event] = found = ends
        count = bisect.bisect_right(found, width - self.ellipsis_width - 1)
        while count > 0 and title[count - 1].isspace():
            count -= 1
        return count

    def _advance(self, c: str) -> float:
        found = self._char_width.get(c)
        if found is None:
            found = self._char_width[c] = self.metrics.horizontalAdvance(c)
        return found

    def get(self, event: int, title: str, width: float) -> QStaticText:
        """The title laid out once for a given width (shortened with "…" when it
        does not fit), kept for the next repaints: panning redraws the same."""
        key = (event, int(width))
        label = self.texts.get(key)
        if label is None:
            if len(self.texts) > MAX_LABELS:
                self.texts.clear()
            if width < self._widths(event):
                title = self.metrics.elidedText(title, Qt.TextElideMode.ElideRight, width)
            label = plain_static(title)
            label.prepare(font=self.font)
            self.texts[key] = label
        return label


LABEL_CHARS = 300
"""Characters of a title a label may hold: more never fits beside a mark,
and measuring a title of 20,000 characters at each layout costs."""


def label_text(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[:LABEL_CHARS] + "…"


def title_of(scene: Scene) -> Callable[[int], str]:
    """What the label of event `i` says: its title, and in the claims view, a
    claim's title after the name of who claims it ("OpenAI: …") unless the
    title begins with that name."""
    timeline, lang, words = scene.filtered.timeline, scene.lang, scene.words
    events = timeline.events
    if scene.filtered.mode != "claims":
        return lambda i: label_text(text_in(events[i].title, lang))
    claims = timeline.claims

    def title(i: int) -> str:
        text = label_text(text_in(events[i].title, lang))
        if not claims[i]:
            return text
        claimed_by = events[i].claimed_by
        names = ", ".join(
            isolate(label_text(timeline.party_name(p, lang))) for p in claimed_by
        ) or words.tr("unnamed", "who claims it, when the file does not say")
        if text.startswith(names):
            return text  # the title names who claims it already
        return words.tr("{claimant}: {title}", "a claim's label").format(
            claimant=names, title=isolate(text)
        )

    return title
