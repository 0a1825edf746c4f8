"""Loading a timeline file off the GUI thread, with progress and cancel.

`LoadJob` runs `read_timeline` (a Frise file, a spreadsheet or a TimelineJS
file; or another reader it is given) in a QThread and reports back through
signals, which Qt delivers on the GUI thread. A cancelled job stops at the
next chunk of events; its result, if any, is never used.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from frise.model.importers import read_timeline
from frise.model.loader import LoadCancelled, Problem, TimelineError

log = logging.getLogger(__name__)


class LoadJob(QThread):
    progressed = Signal(int, int)
    loaded = Signal(object)
    """What the reader returned (a Timeline), when the file was valid."""
    failed = Signal(object)
    """The TimelineError listing every problem."""

    def __init__(self, path: Path, parent=None, read: Callable[..., object] = read_timeline):
        super().__init__(parent)
        self.path = Path(path)
        self.read = read
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            timeline = self.read(self.path, self.progressed.emit, self._cancel.is_set)
        except LoadCancelled:
            return
        except TimelineError as e:
            if not self.is_cancelled:
                self.failed.emit(e)
            return
        except Exception as e:  # a bug of ours or MemoryError: report, do not hang
            log.exception("loading %s failed", self.path)
            self.failed.emit(TimelineError([Problem("", f"unexpected error while reading: {e}")]))
            return
        if not self.is_cancelled:
            self.loaded.emit(timeline)
