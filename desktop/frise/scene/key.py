"""The numbered key of a picture: the events it could not draw apart.

A picture cannot be clicked, so a cluster there would hide its events. Each
cluster left in an exported picture carries a number instead of a count, and
the key under the lanes lists its events under that number: date, title and
lane. Only pictures have a key; the window lets one click a cluster instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen

from frise.model.dates import format_span
from frise.model.marks import Mark
from frise.model.schema import text_in
from frise.model.text import isolate
from frise.scene.fonts import Fonts
from frise.scene.frame import Frame
from frise.scene.theme import Theme

KEY_LINE_PX = 18.0
KEY_TOP_PX = 34.0
"""Room above the first line: a rule and the heading."""


@dataclass(frozen=True)
class KeyLine:
    number: int
    text: str


@dataclass
class Key:
    numbers: dict[int, int]
    """id() of each numbered mark → its number."""
    lines: list[KeyLine]
    left_out: int = 0
    """Events not listed for want of room."""

    @property
    def height(self) -> float:
        if not self.lines and not self.left_out:
            return 0.0
        return KEY_TOP_PX + KEY_LINE_PX * (len(self.lines) + (1 if self.left_out else 0)) + 8

    def trim(self, room: float) -> None:
        """Keep as many lines as fit in `room` pixels, counting the rest."""
        while self.lines and self.height > room:
            self.left_out += 1
            self.lines.pop()


def build_key(frame: Frame) -> Key:
    """Number the clusters of a laid-out picture, lanes top to bottom and
    left to right, and list their events."""
    timeline, lang, words = frame.timeline, frame.scene.lang, frame.scene.words
    numbers: dict[int, int] = {}
    lines: list[KeyLine] = []
    ghost = frame.scene.filtered.ghost
    for lane in frame.lanes:
        name = text_in(timeline.parties[lane.party].name, lang)
        clusters: list[Mark] = [m for m in lane.marks if m.kind == "cluster"]
        for mark in clusters:
            if mark.x1 < 0 or mark.x0 > frame.scene.view.width:
                continue
            number = numbers[id(mark)] = len(numbers) + 1
            for i in sorted(mark.events.tolist(), key=lambda i: timeline.start[i]):
                event = timeline.events[i]
                span = format_span(event.date, event.end, words)
                # A ghost stays untitled here too: it was not yet known.
                title = (
                    words.tr("not yet known", "legend: a faint mark, as known on a day")
                    if ghost is not None and ghost[i]
                    else text_in(event.title, lang)
                )
                lines.append(
                    KeyLine(number, f"{span} — {isolate(title[:300])} ({isolate(name[:100])})")
                )
    return Key(numbers, lines)


class KeyPainter:
    def __init__(self, fonts: Fonts, theme: Theme) -> None:
        self.fonts, self.theme = fonts, theme

    def paint(self, painter: QPainter, frame: Frame, key: Key, top: float) -> None:
        theme, fonts, words = self.theme, self.fonts, frame.scene.words
        painter.fillRect(QRectF(0, top, frame.width, frame.height - top), theme.paper)
        painter.setPen(QPen(theme.grid_major, 1))
        painter.drawLine(QPointF(0, top + 0.5), QPointF(frame.width, top + 0.5))
        painter.setFont(fonts.major)
        painter.setPen(theme.ink)
        painter.drawText(
            QRectF(10, top + 6, frame.width - 20, KEY_TOP_PX - 10),
            Qt.AlignmentFlag.AlignVCenter,
            words.tr("Events too close to tell apart, by their number on the picture"),
        )
        metrics = QFontMetricsF(fonts.label)
        y = top + KEY_TOP_PX
        previous = None
        for line in key.lines:
            if line.number != previous:
                self._number(painter, 10, y + KEY_LINE_PX / 2, line.number)
                previous = line.number
            painter.setFont(fonts.label)
            painter.setPen(theme.ink)
            room = frame.width - 60
            text = metrics.elidedText(line.text, Qt.TextElideMode.ElideRight, room)
            painter.drawText(QRectF(44, y, room, KEY_LINE_PX), Qt.AlignmentFlag.AlignVCenter, text)
            y += KEY_LINE_PX
        if key.left_out:
            painter.setFont(fonts.label)
            painter.setPen(theme.muted)
            more = words.tr("… and %n more", "events left out of the key", key.left_out)
            painter.drawText(
                QRectF(44, y, frame.width - 60, KEY_LINE_PX), Qt.AlignmentFlag.AlignVCenter, more
            )

    def _number(self, painter: QPainter, x: float, y: float, number: int) -> None:
        painter.setFont(self.fonts.count)
        text = str(number)
        width = max(18.0, 8 + QFontMetricsF(self.fonts.count).horizontalAdvance(text))
        rect = QRectF(x, y - 8, width, 16)
        painter.setPen(QPen(self.theme.outline, 1))
        painter.setBrush(self.theme.sample)
        painter.drawRoundedRect(rect, 8, 8)
        painter.setPen(self.theme.paper)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
