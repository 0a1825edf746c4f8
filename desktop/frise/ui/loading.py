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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThread, Signal

from frise.model.claims import claimant_ids
from frise.model.i18n import QT_TRANSLATE_NOOP, Words
from frise.model.importers import read_timeline
from frise.model.loading import LoadCancelled, TimelineError, collecting_later
from frise.model.problems import NOWHERE, Problem, problem
from frise.model.quotes import quote_rows, speakers
from frise.model.state import ViewState
from frise.model.threads import relation_graph
from frise.model.timeline import Timeline

log = logging.getLogger(__name__)


@dataclass(frozen=True, eq=False)
class Prepared:
    """A file read and made ready to show, off the window's thread."""

    state: ViewState
    """The window's whole next state."""
    previous: ViewState
    """The state it was built from: if the window's changed since, it is built again."""


class LoadJob(QThread):
    progressed = Signal(int, int)
    loaded = Signal(object)
    """What the reader returned (a Timeline), when the file was valid."""
    failed = Signal(object)
    """The TimelineError listing every problem."""

    def __init__(
        self,
        path: Path,
        parent=None,
        read: Callable[..., object] = read_timeline,
        prepare: Callable[[Any], object] | None = None,
    ):
        """`prepare` is given what `read` returned, still in the job's thread:
        the work of showing it that can be done before the window has it; what
        it returns, if not None, is what the job hands over instead."""
        super().__init__(parent)
        self.path = Path(path)
        self.read = read
        self.prepare = prepare
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            # Preparing a million events makes a few million objects more:
            # collected as they come, they set off full collections (200 ms
            # each, holding the interpreter); kept out, like what was read.
            with collecting_later():
                timeline = self.read(self.path, self.progressed.emit, self._cancel.is_set)
                if self.prepare is not None and not self.is_cancelled:
                    prepared = self.prepare(timeline)
                    if prepared is not None:
                        timeline = prepared
        except LoadCancelled:
            return
        except TimelineError as e:
            if not self.is_cancelled:
                self.failed.emit(e)
            return
        except Exception as e:  # a bug of ours or MemoryError: report, do not hang
            log.exception("loading %s failed", self.path)
            unexpected = problem(
                QT_TRANSLATE_NOOP(
                    "words", "unexpected error while reading: {error}", "a problem in a file"
                ),
                error=str(e),
            )
            self.failed.emit(TimelineError([Problem(NOWHERE, unexpected)]))
            return
        if not self.is_cancelled:
            self.loaded.emit(timeline)


def prepare_timeline(timeline: Timeline, lang: str, words: Words) -> None:
    """Compute what showing `timeline` in `lang` (Frise's own words in
    `words`) takes a pass over every event for, kept by the timeline and the
    quote rows: at a million events the window would stop for seconds while
    it takes the timeline."""
    for name in (
        "time_order",
        "kind_codes",
        "certainty_codes",
        "public_day",
        "claims",
        "source_counts",
        "years",
        "event_index",
    ):
        getattr(timeline, name)
    speakers(quote_rows(timeline, lang, words))
    relation_graph(timeline)
    claimant_ids(timeline)
