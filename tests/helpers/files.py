"""Files that are not regular files, made so that a test fails rather than
hangs when Frise wrongly waits on them."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

UNBLOCK_AFTER_S = 3.0


@contextmanager
def fifo(folder: Path, name: str = "pipe.json") -> Iterator[Path]:
    """A named pipe. Opening it to read waits for a writer: if Frise does,
    a writer comes after a few seconds with text that is no timeline, so the
    test fails on what Frise then says instead of hanging."""
    path = folder / name
    os.mkfifo(path)
    done = threading.Event()

    def writer() -> None:
        if done.wait(UNBLOCK_AFTER_S):
            return
        try:
            fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)  # only if a reader waits
        except OSError:
            return
        os.write(fd, b"this is what a pipe said")
        os.close(fd)

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    try:
        yield path
    finally:
        done.set()
        thread.join(UNBLOCK_AFTER_S + 2)
