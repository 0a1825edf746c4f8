"""Titles in any script draw as text: the bundled fallbacks cover what the
system fonts may lack."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter, QRawFont

from frise.scene.fonts import fallback_families, font

System = QFontDatabase.WritingSystem
SCRIPTS = [
    System.Japanese,
    System.SimplifiedChinese,
    System.TraditionalChinese,
    System.Korean,
    System.Devanagari,
    System.Bengali,
    System.Tamil,
    System.Thai,
    System.Arabic,
    System.Hebrew,
    System.Cyrillic,
    System.Greek,
]


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda s: s.name)
def test_some_family_of_the_drawing_font_writes_the_script(qapp, script):
    families = font(12).families()
    assert families[0] not in ("Sans Serif", "sans-serif"), "a real family comes first"
    assert any(script in QFontDatabase.writingSystems(f) for f in families)


def test_the_fallbacks_are_registered_once(qapp):
    first = fallback_families()
    assert first == fallback_families()
    assert "Droid Sans Fallback" in first
    assert set(first) <= set(QFontDatabase.families())


@pytest.mark.parametrize("char", ["🚀", "⚖", "✓", "★", "☎", "🤝", "💰", "🏛", "📄", "⚠"])
def test_some_family_of_the_drawing_font_draws_emoji_and_symbols(qapp, char):
    families = font(12).families()
    # Without the bundled emoji font, none would (this machine has none of its own).
    assert "Noto Emoji" in families
    assert any(QRawFont.fromFont(QFont(f)).supportsCharacter(ord(char)) for f in families)


def test_an_emoji_draws_as_a_glyph_not_an_empty_box(qapp):
    """The emoji's pixels differ from those of a character no font has."""

    def drawn(text: str) -> bytes:
        image = QImage(40, 40, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setFont(font(24))
        painter.drawText(QPointF(4, 32), text)
        painter.end()
        return bytes(image.constBits())

    blank = drawn(" ")
    assert drawn("🚀") != blank
    assert drawn("🚀") != drawn("\U000f0000")  # a private-use character: a box, if anything
