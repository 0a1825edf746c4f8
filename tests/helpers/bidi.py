"""Whether Frise's own words read the right way round once laid out, with
whatever the file's text around them: Qt's own bidirectional layout says."""

from __future__ import annotations

import itertools

from PySide6.QtGui import QFont, QTextLayout


def reads_left_to_right(text: str, part: str) -> bool:
    """Whether `part` (in `text`) is laid out left to right, letter after letter."""
    layout = QTextLayout(text, QFont())
    layout.beginLayout()
    while True:  # a line separator (U+2028, a <br> in rich text) starts a line
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(1e6)
    layout.endLayout()
    start = text.index(part)
    positions = range(start, start + len(part))
    xs = [layout.lineForTextPosition(i).cursorToX(i)[0] for i in positions]
    return all(a < b for a, b in itertools.pairwise(xs))
