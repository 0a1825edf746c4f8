"""Fonts for drawing: the system's, then the bundled fallbacks.

Titles may be in any script. The system font comes first; the fallback fonts
in `resources/fonts/` (CJK, Hangul, Devanagari, Bengali, Tamil, Thai, monochrome
emoji, symbols) follow, so a machine without those scripts still draws text
rather than empty boxes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from PySide6.QtCore import QLoggingCategory
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo

from frise.paths import resources_dir


@cache
def fallback_families() -> tuple[str, ...]:
    """Register the bundled fonts (once) and return their family names."""
    # Qt notes each fallback font it tries that lacks a script; that is expected.
    QLoggingCategory.setFilterRules("qt.text.font.db=false")
    families: list[str] = []
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += [
                f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families
            ]
    return tuple(families)


def font(pixels: int, bold: bool = False) -> QFont:
    result = QFont()
    # The family the system font resolves to: a generic alias such as "Sans
    # Serif" is not looked up inside a list of families.
    result.setFamilies([QFontInfo(result).family(), *fallback_families()])
    result.setPixelSize(pixels)
    result.setBold(bold)
    return result


@dataclass(frozen=True, eq=False)
class Fonts:
    """The fonts of a picture, made once per renderer."""

    label: QFont = field(default_factory=lambda: font(12))
    name: QFont = field(default_factory=lambda: font(12, bold=True))
    axis: QFont = field(default_factory=lambda: font(11))
    major: QFont = field(default_factory=lambda: font(11, bold=True))
    title: QFont = field(default_factory=lambda: font(15, bold=True))
    count: QFont = field(default_factory=lambda: font(10, bold=True))
