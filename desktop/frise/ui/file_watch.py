"""Watching the open timeline file, to reload it when it is saved.

Editors save in two ways: in place (truncate and write), or by writing a new
file and renaming it over the old one. After a rename, the system no longer
watches the path (the file it watched is gone), so the folder is watched too:
when the path appears again it is watched anew. A burst of changes (an editor
writes, renames, touches) gives one `changed` signal once the file has been
quiet for DEBOUNCE_MS, and only when its size, time or inode really changed.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

DEBOUNCE_MS = 300

Signature = tuple[int, int, int, int]


def signature(path: Path) -> Signature | None:
    """What tells one version of a file from the next, or None if it is not there."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns


class FileWatch(QObject):
    changed = Signal(Path)
    """The file was saved (once per burst of writes)."""
    vanished = Signal(Path)
    """The file is gone and has not come back (deleted, or moved away)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.path: Path | None = None
        self._seen: Signature | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._poke)
        self._watcher.directoryChanged.connect(self._poke)
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(DEBOUNCE_MS)
        self._quiet.timeout.connect(self._settle)

    def watch(self, path: Path | None) -> None:
        """Watch `path` (None: nothing). The version on disk now counts as seen."""
        self._quiet.stop()
        for watched in [*self._watcher.files(), *self._watcher.directories()]:
            self._watcher.removePath(watched)
        self.path = Path(path).resolve() if path is not None else None
        self._seen = None
        if self.path is None:
            return
        self._seen = signature(self.path)
        if self.path.parent.is_dir():
            self._watcher.addPath(str(self.path.parent))
        self._rewatch()

    def _rewatch(self) -> None:
        path = self.path
        if path is not None and str(path) not in self._watcher.files() and path.is_file():
            self._watcher.addPath(str(path))

    def _poke(self, _changed: str) -> None:
        # The folder changes for every file in it: the settled signature tells
        # whether ours did.
        self._rewatch()
        self._quiet.start()

    def _settle(self) -> None:
        if self.path is None:
            return
        self._rewatch()
        now = signature(self.path)
        if now is None:
            if self._seen is not None:
                self._seen = None
                self.vanished.emit(self.path)
            return
        if now != self._seen:
            self._seen = now
            self.changed.emit(self.path)
