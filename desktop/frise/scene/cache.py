"""What the renderer draws once and keeps: laid-out texts and whole pictures.

Repaints come many times a second while the texts (axis labels, lane names)
and the pictures (header, name column) rarely change; laying them out again
each time would cost most of a frame.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap, QStaticText

MAX_TEXTS = 5000


class StaticTexts:
    """Texts laid out once per font (and wrapping width) and kept.

    Every text is plain text: a string from a file is never read as markup.
    """

    def __init__(self) -> None:
        self.texts: dict[tuple, QStaticText] = {}

    def get(self, text: str, font: QFont, width: float | None = None) -> QStaticText:
        """`text` laid out in `font`, wrapped at `width` if given. Draw it
        with the painter's font set to the same `font`."""
        key = (text, id(font), width)
        static = self.texts.get(key)
        if static is None:
            if len(self.texts) > MAX_TEXTS:
                self.texts.clear()
            static = plain_static(text)
            if width is not None:
                static.setTextWidth(width)
            static.prepare(font=font)
            self.texts[key] = static
        return static


class KeptPictures:
    """Pictures drawn once and kept, one per name, while their key holds.

    Without `keep` (SVG, PDF, print), nothing is kept: `draw` paints straight
    on the painter's own device, so text stays text and shapes stay shapes.
    """

    def __init__(self, keep: bool = True) -> None:
        self.keep = keep
        self.pictures: dict[str, tuple[tuple, QPixmap]] = {}

    def paint(
        self,
        painter: QPainter,
        name: str,
        key: tuple,
        width: float,
        height: float,
        background: QColor,
        draw: Callable[[QPainter], None],
    ) -> None:
        """Draw the picture `name` at the painter's origin (see `get`)."""
        if not self.keep:
            painter.save()
            painter.fillRect(QRectF(0, 0, width, height), background)
            draw(painter)
            painter.restore()
            return
        painter.drawPixmap(
            QPointF(0, 0), self.get(painter, name, key, width, height, background, draw)
        )

    def get(
        self,
        painter: QPainter,
        name: str,
        key: tuple,
        width: float,
        height: float,
        background: QColor,
        draw: Callable[[QPainter], None],
    ) -> QPixmap:
        """The picture `name`, drawn by `draw` on `background` unless the one
        kept was drawn for the same `key`, size and pixel ratio."""
        dpr = painter.device().devicePixelRatioF()
        key = (*key, width, height, dpr)
        kept = self.pictures.get(name)
        if kept is None or kept[0] != key:
            picture = QPixmap(round(width * dpr), round(height * dpr))
            picture.setDevicePixelRatio(dpr)
            picture.fill(background)
            on = QPainter(picture)
            on.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            on.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            draw(on)
            on.end()
            kept = self.pictures[name] = (key, picture)
        return kept[1]


def plain_static(text: str) -> QStaticText:
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    return static
