"""Titles in any script draw as text: the bundled fallbacks cover what the
system fonts may lack."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontDatabase

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
