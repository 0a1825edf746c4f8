"""Reading a timeline file into a `Timeline`, or refusing it with every problem.

A valid file takes the fast path: validated a run of events at a time as its
blocks are read, then checked against the rules of the whole file at once. A
file with any problem takes the detailed path (`encoding`, `json_walk`,
`validation`), which says every problem and where it is. Imports no Qt.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from pydantic import ValidationError

from frise.fileio import (
    READ_CHUNK,
    ReadRefused,
    cannot_read,
    read_regular_file,
    regular_file_blocks,
)
from frise.model import schema
from frise.model.i18n import QT_TRANSLATE_NOOP
from frise.model.loading.duplicate_keys import no_key_twice
from frise.model.loading.encoding import MAX_FILE_BYTES, UTF8_BOM, readable
from frise.model.loading.errors import LoadCancelled, TimelineError
from frise.model.loading.json_walk import Walk
from frise.model.loading.progress import (
    PROGRESS_TOTAL,
    Progress,
    ProgressReport,
    not_cancelled,
)
from frise.model.loading.validation import DOCUMENT, EVENTS, check_format, validate
from frise.model.loading.whole_file import event_index_if_valid
from frise.model.problems import NOWHERE, Problem
from frise.model.streaming import EventRuns, NotPlain
from frise.model.timeline import Timeline

RUN_EVENTS = 200
"""Events validated at once on the fast path: a few milliseconds of work,
so a window reading a file in the background keeps painting."""


def load_timeline(
    path: str | Path, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None
) -> Timeline:
    """Read and validate a timeline file; only a regular file, at most
    MAX_FILE_BYTES, is read (a FIFO or a device is refused, not waited on).

    A valid file is validated as its blocks are read (see `parse_timeline`),
    so its bytes are never all held; a file with a problem is then read
    whole, and the detailed path says what is wrong."""
    path = Path(path)
    report = ProgressReport(progress)
    cancelled = cancelled or not_cancelled
    try:
        with collecting_later():
            with regular_file_blocks(path, MAX_FILE_BYTES, _TIMELINE_FILES) as blocks:
                size = path.stat().st_size
                read = _in_runs(blocks, size, report, cancelled)
            if read is not None:
                timeline = Timeline.build(*read, path=path)
                report(PROGRESS_TOTAL)
                return timeline
        data = read_regular_file(path, MAX_FILE_BYTES, _TIMELINE_FILES)
    except (ReadRefused, OSError) as e:
        what = e.what if isinstance(e, ReadRefused) else cannot_read(e)
        raise TimelineError([Problem(NOWHERE, what)]) from None
    return _parse_in_detail(data, path, report, cancelled)


def parse_timeline(
    data: bytes,
    path: Path | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Timeline:
    """Validate a file's bytes into a Timeline, or raise TimelineError.

    A valid file takes the fast path: its events cut into runs of whole
    events (`frise.model.streaming`), each validated in one pass by
    pydantic-core (and looked over for keys given twice), so no step holds
    the interpreter long enough to freeze a window; then a few passes over
    all events at once for the rules that need the whole file. A file with
    any problem takes the detailed path, in steps of CHUNK events, to say
    every problem and where it is.
    """
    report = ProgressReport(progress)
    cancelled = cancelled or not_cancelled
    if len(data) <= MAX_FILE_BYTES:
        with collecting_later():
            blocks = (data[k : k + READ_CHUNK] for k in range(0, len(data), READ_CHUNK))
            read = _in_runs(blocks, len(data), report, cancelled)
            if read is not None:
                timeline = Timeline.build(*read, path=path)
                report(PROGRESS_TOTAL)
                return timeline
    return _parse_in_detail(data, path, report, cancelled)


def _parse_in_detail(
    data: bytes, path: Path | None, report: ProgressReport, cancelled: Callable[[], bool]
) -> Timeline:
    """The detailed path: the file's JSON walked in steps, then validated
    event by event, every problem collected (a file that comes here is
    usually refused)."""
    with collecting_later():
        data = readable(data)
        walk = Walk(data, report, cancelled, keep_raw=True)
        raw = walk.raw()
        check_format(raw)
        doc = validate(raw, report, cancelled, walk.duplicates)
        timeline = Timeline.build(doc, path=path)
        report(PROGRESS_TOTAL)
        return timeline


_TIMELINE_FILES = QT_TRANSLATE_NOOP("words", "timeline files", "a problem in a file")


@contextmanager
def collecting_later() -> Iterator[None]:
    """No garbage collection while a file is read: a million new containers
    would trigger many useless full collections. What a read made is then
    left out of later collections (`gc.freeze`): it lives as long as the
    timeline, and walking it again would stall the window for a second.
    Nested, only the outermost one freezes and turns collection back on, so a caller can
    keep what it makes of the timeline (indexes, rows) out of collections too."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.freeze()
            gc.enable()


def _in_runs(
    blocks: Iterable[bytes], size: int, report: ProgressReport, cancelled: Callable[[], bool]
) -> tuple[schema.TimelineDoc, dict[str, int]] | None:
    """The document, validated a run of RUN_EVENTS events at a time as its
    bytes come, and its events' id index; None when a piece is refused or
    the file cannot be cut (the detailed path then says what is wrong), or a
    rule of the whole file is broken."""
    runs = EventRuns(RUN_EVENTS)
    events: list[schema.Event] = []
    first, done = True, 0
    scale = (PROGRESS_TOTAL - 100) / max(size, 1)
    try:
        for block in blocks:
            if first and block.startswith(UTF8_BOM):
                block = block[len(UTF8_BOM) :]
            first = False
            for run in runs.feed(block):
                events += EVENTS.validate_json(run)
                no_key_twice(run)
                done += len(run)
                report(int(done * scale))
                if cancelled():
                    raise LoadCancelled()
        head = runs.finish()
        doc = DOCUMENT.validate_json(head)
        no_key_twice(head)
    except (NotPlain, ValidationError, ValueError):
        return None
    # The events are valid already, run by run: handed to the document's
    # constructor (`dataclasses.replace`), they would all be checked again in
    # one call that holds the interpreter (80 ms at a million events).
    object.__setattr__(doc, "events", tuple(events))
    index = event_index_if_valid(doc)
    return None if index is None else (doc, index)
