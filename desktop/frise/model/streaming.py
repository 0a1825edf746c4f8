"""Cutting a timeline file into runs of whole events, a block of bytes at a time.

Validating a large file in one call holds Python's lock for seconds (the
window cannot paint) and keeps the file's bytes and the parser's own copy of
the document in memory beside the result. `EventRuns` reads the file's bytes
block by block and hands back the events array cut into runs of a few
hundred whole events, each a small JSON array of its own, and, at the end,
the rest of the document with an empty events array. Validating those pieces
one by one comes to the same as validating the whole file, a few
milliseconds at a time.

Only structure is read here (strings, escapes, brackets): a file this cannot
cut (a second "events" key, something other than objects in the array, a
bracket out of place) raises `NotPlain`, and the caller validates the file
the long way, which says what is wrong with it. Every byte of the file ends
up in a piece that is validated, or is checked here to be a comma or space
between two events. The scan runs in numpy, a block at a time. Imports no Qt.
"""

from __future__ import annotations

import re

import numpy as np

BLOCK_BYTES = 4 * 1024 * 1024
"""How much of the file is read and scanned at once."""

_QUOTE, _BACKSLASH = 34, 92
_OPEN_OBJECT, _CLOSE_OBJECT, _OPEN_ARRAY, _CLOSE_ARRAY = 123, 125, 91, 93
_STEP = np.zeros(256, np.int8)
_STEP[[_OPEN_OBJECT, _OPEN_ARRAY]] = 1
_STEP[[_CLOSE_OBJECT, _CLOSE_ARRAY]] = -1
_EVENTS_KEY = re.compile(rb'(?:^|[{,\s])"events"\s*:\s*$')
_CONTEXT = 64
"""Bytes kept before a top-level array, to read the key it is the value of."""


class NotPlain(Exception):
    """The file is not laid out so that it can be cut here."""


class EventRuns:
    """Feed the file's bytes in order (`feed`), take the runs of events as
    they complete; `finish` returns the document without its events.

    A run is the bytes of a JSON array of whole events. Depth 1 is inside the
    top-level object, 2 inside one of its arrays, 3 inside an event.
    """

    def __init__(self, per_run: int = 500) -> None:
        self.per_run = per_run
        self._in_string = False
        self._depth = 0
        self._backslashes = 0
        """Backslashes that ended the last block (an odd count escapes what follows)."""
        self._head = bytearray()
        """The document so far, events left out."""
        self._phase = "before"
        """Where the scan is: "before" the events array, "in" it, or "after" it."""
        self._run = bytearray()
        self._count = 0
        """Whole events in `_run`."""
        self._runs = 0
        """Runs handed out so far."""
        self._seen_events = False

    def feed(self, block: bytes) -> list[bytes]:
        """Scan the next block of the file; the runs of events it completes."""
        if not block:
            return []
        positions, steps, depths = self._structure(block)
        # Where a top-level value opens or closes: few; and where an item of a
        # top-level array ends: one per event, cut into runs in numpy.
        top = np.flatnonzero(((steps == 1) & (depths == 2)) | ((steps == -1) & (depths <= 1)))
        ends = positions[(steps == -1) & (depths == 2)]
        runs: list[bytes] = []
        start = 0
        """Bytes of `block` before `start` are placed (in the head or a run)."""
        first_end = 0
        for k in top.tolist():
            position = int(positions[k])
            last_end = int(np.searchsorted(ends, position))
            if self._phase == "in":
                start = self._cut(block, start, ends[first_end:last_end], runs)
            first_end = last_end
            if self._phase != "in" and steps[k] == 1:
                if block[position] == _OPEN_ARRAY and self._is_events_key(block, start, position):
                    if self._seen_events:
                        raise NotPlain("two events keys")
                    self._seen_events = True
                    self._head += block[start : position + 1]
                    start = position + 1
                    self._phase = "in"
            elif self._phase == "in":
                if block[position] != _CLOSE_ARRAY:
                    raise NotPlain("unbalanced brackets")
                self._run += block[start:position]
                start = position
                final = self._take_run(last=True)
                if final:
                    runs.append(final)
                self._phase = "after"
        if self._phase == "in":
            start = self._cut(block, start, ends[first_end:], runs)
            self._run += block[start:]
        else:
            self._head += block[start:]
        return runs

    def _cut(self, block: bytes, start: int, ends: np.ndarray, runs: list[bytes]) -> int:
        """Add the events of `block` from `start` that end at `ends`; every
        run they complete goes to `runs`. Returns where the bytes placed end."""
        if not len(ends):
            return start
        if (np.frombuffer(block, np.uint8)[ends] != _CLOSE_OBJECT).any():
            raise NotPlain("an event that is not an object")
        need = self.per_run - self._count
        cuts = ends[need - 1 :: self.per_run].tolist()
        for cut in cuts:
            self._run += block[start : cut + 1]
            start = cut + 1
            self._count = self.per_run
            runs.append(self._take_run(last=False))
        self._count += len(ends) - (need + (len(cuts) - 1) * self.per_run if cuts else 0)
        return start

    def finish(self) -> bytes:
        """The document with an empty events array, once the whole file is fed."""
        if self._phase != "after" or self._in_string or self._depth != 0:
            raise NotPlain("no events array, or the file ends early")
        return bytes(self._head)

    def _take_run(self, last: bool) -> bytes:
        """The events gathered as a JSON array (the commas between runs checked)."""
        body = bytes(self._run).strip()
        self._run.clear()
        count, self._count = self._count, 0
        if self._runs:
            if not body:
                if last:
                    return b""
                raise NotPlain("an empty run")
            if not body.startswith(b","):
                raise NotPlain("events not separated by a comma")
            body = body[1:].lstrip()
            if not body:
                raise NotPlain("a comma after the last event")
        if last and not count and body:
            raise NotPlain("something after the last event")
        if not body:
            return b""
        self._runs += 1
        return b"[" + body + b"]"

    def _is_events_key(self, block: bytes, start: int, position: int) -> bool:
        """Whether the array opening at `position` is the value of "events"
        (the document before it: the head, then `block` from `start`)."""
        before = bytes(self._head[-_CONTEXT:]) + block[max(start, position - _CONTEXT) : position]
        return _EVENTS_KEY.search(before[-_CONTEXT:]) is not None

    def _structure(self, block: bytes) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The brackets of `block` outside strings: positions, +1 or -1, and
        the depth after each."""
        data = np.frombuffer(block, np.uint8)
        quotes = np.flatnonzero(data == _QUOTE)
        carried = self._backslashes
        if quotes.size and (carried or b"\\" in block):
            # A quote is escaped when an odd run of backslashes comes before it.
            backslash = data == _BACKSLASH
            index = np.arange(len(data), dtype=np.int64)
            last_other = np.maximum.accumulate(np.where(backslash, -1 - carried, index))
            before = quotes - 1
            run = np.where(quotes > 0, before - last_other[np.maximum(before, 0)], carried)
            quotes = quotes[run % 2 == 0]
        trailing = len(block) - len(block.rstrip(b"\\"))
        self._backslashes = trailing + carried if trailing == len(block) else trailing
        # "[" and "]" are "{" and "}" with bit 5 clear: two comparisons find all four.
        folded = data | 0x20
        brackets = np.flatnonzero((folded == _OPEN_OBJECT) | (folded == _CLOSE_OBJECT))
        quotes_before = np.searchsorted(quotes, brackets)
        brackets = brackets[(quotes_before + self._in_string) % 2 == 0]
        steps = _STEP[data[brackets]].astype(np.int64)
        depths = self._depth + np.cumsum(steps)
        if depths.size:
            if depths.min() < 0:
                raise NotPlain("a bracket closes what was not open")
            self._depth = int(depths[-1])
        self._in_string = bool((len(quotes) + self._in_string) % 2)
        return brackets, steps, depths
