"""How a load reports how far it is and learns it was cancelled: it works in
steps, and between two steps it reports progress and checks whether to stop.
Imports no Qt."""

from __future__ import annotations

from collections.abc import Callable

CHUNK = 2000
"""Events in one step where a step's end cannot be guessed, and in one step
of the detailed validation (about 20 ms of work): between two steps a load
can be cancelled, and the window's thread gets its turn."""
PROGRESS_TOTAL = 1000

Progress = Callable[[int, int], None]


def not_cancelled() -> bool:
    return False


class ProgressReport:
    """Reports progress out of PROGRESS_TOTAL, never backwards."""

    def __init__(self, progress: Progress | None):
        self.progress = progress or (lambda done, total: None)
        self.done = -1

    def __call__(self, done: int) -> None:
        done = min(max(done, self.done), PROGRESS_TOTAL)
        if done != self.done:
            self.done = done
            self.progress(done, PROGRESS_TOTAL)
