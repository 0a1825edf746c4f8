"""Files the system asks a running Frise to open.

On macOS, a timeline opened from the Finder (double-click, "Open With", a drop
on the Dock icon) reaches the app as a file-open event, not as a command-line
argument; the frozen app declares itself a viewer of JSON files there
(packaging/frise.spec). This filter hands each such file to the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent


class FileOpenFilter(QObject):
    def __init__(self, open_file: Callable[[Path], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_file = open_file

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QFileOpenEvent) and event.file():
            self._open_file(Path(event.file()))
            return True
        return super().eventFilter(watched, event)
