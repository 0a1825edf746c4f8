"""Reading a timeline file: bytes → JSON → validated document → `Timeline`.

A file is accepted whole or refused whole: every problem found is collected
into one `TimelineError`, each naming where it is (the event id and the field)
and what is wrong, so `frise check` and the window can list them all. A
problem says it in Frise's words, which the window says in its language
(`frise.model.problems`); they are made only for a file that is refused.
"""

from __future__ import annotations

import codecs
import dataclasses
import gc
import json
import json.scanner
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import chain
from pathlib import Path
from typing import Any, NoReturn, TypeGuard

import jiter
import pydantic_core
from pydantic import TypeAdapter, ValidationError
from pydantic_core import ErrorDetails

from frise.fileio import (
    READ_CHUNK,
    ReadRefused,
    cannot_read,
    read_regular_file,
    regular_file_blocks,
)
from frise.model import schema
from frise.model.dates import DATE_HINT, DATE_PATTERN, BadDate, day_span
from frise.model.i18n import QT_TRANSLATE_NOOP, Grouped, Message, Value
from frise.model.problems import (
    NOWHERE,
    WHOLE_FILE,
    InFile,
    Problem,
    as_is,
    problem,
    quoted,
)
from frise.model.streaming import EventRuns, NotPlain
from frise.model.text import url_problem
from frise.model.timeline import Timeline

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_PROBLEMS",
    "LoadCancelled",
    "Problem",
    "Progress",
    "TimelineError",
    "load_timeline",
    "parse_timeline",
]

MAX_FILE_BYTES = 512 * 1024 * 1024
"""The largest file read: a million events with titles in two languages, a
summary, a source and now and then a quote take about 380 MB."""
MAX_PROBLEMS = 500
CHUNK = 2000
"""Events in one step where a step's end cannot be guessed, and in one step
of the detailed validation (about 20 ms of work): between two steps a load
can be cancelled, and the window's thread gets its turn."""
PROGRESS_TOTAL = 1000
RUN_EVENTS = 500
"""Events validated at once on the fast path: a few milliseconds of work,
so a window reading a file in the background keeps painting."""


class TimelineError(Exception):
    """The file cannot be used; `problems` says every reason found (at most
    MAX_PROBLEMS of them; `truncated` when there were more). `str()` and
    `summary()` are English, for the command line."""

    def __init__(self, problems: Iterable[Problem], truncated: bool = False):
        self.problems = tuple(problems)
        self.truncated = truncated
        super().__init__("\n".join(map(str, self.problems)))

    def summary(self) -> str:
        """ "3 problems", or "more than 500 problems" when the list was cut."""
        if self.truncated:
            return f"more than {MAX_PROBLEMS} problems (the first {MAX_PROBLEMS} are listed)"
        count = len(self.problems)
        return f"{count} problem{'s' if count != 1 else ''}"


class LoadCancelled(Exception):
    pass


Progress = Callable[[int, int], None]


def load_timeline(
    path: str | Path, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None
) -> Timeline:
    """Read and validate a timeline file; only a regular file, at most
    MAX_FILE_BYTES, is read (a FIFO or a device is refused, not waited on).

    A valid file is validated as its blocks are read (see `parse_timeline`),
    so its bytes are never all held; a file with a problem is then read
    whole, and the detailed path says what is wrong."""
    path = Path(path)
    report = _Progress(progress)
    cancelled = cancelled or _not_cancelled
    try:
        with _collecting_later():
            with regular_file_blocks(path, MAX_FILE_BYTES, _TIMELINE_FILES) as blocks:
                size = path.stat().st_size
                doc = _in_runs(blocks, size, report, cancelled)
            if doc is not None:
                timeline = Timeline.build(doc, path)
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
    report = _Progress(progress)
    cancelled = cancelled or _not_cancelled
    if len(data) <= MAX_FILE_BYTES:
        with _collecting_later():
            blocks = (data[k : k + READ_CHUNK] for k in range(0, len(data), READ_CHUNK))
            doc = _in_runs(blocks, len(data), report, cancelled)
            if doc is not None:
                timeline = Timeline.build(doc, path)
                report(PROGRESS_TOTAL)
                return timeline
    return _parse_in_detail(data, path, report, cancelled)


def _parse_in_detail(
    data: bytes, path: Path | None, report: _Progress, cancelled: Callable[[], bool]
) -> Timeline:
    """The detailed path: the file's JSON walked in steps, then validated
    event by event, every problem collected (a file that comes here is
    usually refused)."""
    with _collecting_later():
        data = _readable(data)
        walk = _Walk(data, report, cancelled, keep_raw=True)
        raw = walk.raw()
        _check_format(raw)
        doc = _validate(raw, report, cancelled, walk.duplicates)
        timeline = Timeline.build(doc, path)
        report(PROGRESS_TOTAL)
        return timeline


_TIMELINE_FILES = QT_TRANSLATE_NOOP("words", "timeline files", "a problem in a file")


def _not_cancelled() -> bool:
    return False


@contextmanager
def _collecting_later() -> Iterator[None]:
    """No garbage collection while a file is read: a million new containers
    would trigger many useless full collections. What a read made is then
    left out of later collections (`gc.freeze`): it lives as long as the
    timeline, and walking it again would stall the window for a second."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.freeze()
            gc.enable()


def _in_runs(
    blocks: Iterable[bytes], size: int, report: _Progress, cancelled: Callable[[], bool]
) -> schema.TimelineDoc | None:
    """The document, validated a run of RUN_EVENTS events at a time as its
    bytes come; None when a piece is refused or the file cannot be cut (the
    detailed path then says what is wrong), or a rule of the whole file is broken."""
    runs = EventRuns(RUN_EVENTS)
    events: list[schema.Event] = []
    first, done = True, 0
    scale = (PROGRESS_TOTAL - 100) / max(size, 1)
    try:
        for block in blocks:
            if first and block.startswith(_UTF8_BOM):
                block = block[len(_UTF8_BOM) :]
            first = False
            for run in runs.feed(block):
                events += _events.validate_json(run)
                _no_key_twice(run)
                done += len(run)
                report(int(done * scale))
                if cancelled():
                    raise LoadCancelled()
        head = runs.finish()
        doc = _document.validate_json(head)
        _no_key_twice(head)
    except (NotPlain, ValidationError, ValueError):
        return None
    doc = dataclasses.replace(doc, events=tuple(events))
    return doc if references_hold(doc) else None


def _no_key_twice(text: bytes) -> None:
    """Raise ValueError if an object of the JSON `text` gives a key twice
    (a JSON parser keeps the last one without a word; jiter, pydantic's
    own parser, says so)."""
    jiter.from_json(text, catch_duplicate_keys=True, cache_mode="keys")


class _Progress:
    """Reports progress out of PROGRESS_TOTAL, never backwards."""

    def __init__(self, progress: Progress | None):
        self.progress = progress or (lambda done, total: None)
        self.done = -1

    def __call__(self, done: int) -> None:
        done = min(max(done, self.done), PROGRESS_TOTAL)
        if done != self.done:
            self.done = done
            self.progress(done, PROGRESS_TOTAL)


def _refuse(what: Message) -> NoReturn:
    raise TimelineError([Problem(NOWHERE, what)])


_UTF8_BOM = b"\xef\xbb\xbf"
_UTF32_LE = QT_TRANSLATE_NOOP("words", "UTF-32 (little-endian)", "a problem in a file")
_UTF32_BE = QT_TRANSLATE_NOOP("words", "UTF-32 (big-endian)", "a problem in a file")
_UTF16_LE = QT_TRANSLATE_NOOP("words", "UTF-16 (little-endian)", "a problem in a file")
_UTF16_BE = QT_TRANSLATE_NOOP("words", "UTF-16 (big-endian)", "a problem in a file")
_OTHER_ENCODINGS = (
    (b"\xff\xfe\x00\x00", _UTF32_LE),
    (b"\x00\x00\xfe\xff", _UTF32_BE),
    (b"\xff\xfe", _UTF16_LE),
    (b"\xfe\xff", _UTF16_BE),
)


def _readable(data: bytes) -> bytes:
    """The bytes, if they can be UTF-8 JSON text at all (BOM removed)."""
    refuse = _refuse
    if len(data) > MAX_FILE_BYTES:
        refuse(
            problem(
                QT_TRANSLATE_NOOP(
                    "words", "the file is larger than {size} MB", "a problem in a file"
                ),
                size=MAX_FILE_BYTES // 2**20,
            )
        )
    encoding = _other_encoding(data)
    if encoding:
        refuse(
            problem(
                QT_TRANSLATE_NOOP(
                    "words",
                    "this file is {encoding} text; Frise reads timeline files in UTF-8 only "
                    "(save it as UTF-8)",
                    "a problem in a file",
                ),
                encoding=problem(encoding),
            )
        )
    if data.startswith(_UTF8_BOM):
        data = data[3:]
    if _skip(data, 0) == len(data):
        refuse(problem(_EMPTY))
    if b"\x00" in data[:8192]:
        refuse(
            problem(
                QT_TRANSLATE_NOOP(
                    "words",
                    "this is not a text file (it holds binary data); a timeline is UTF-8 JSON",
                    "a problem in a file",
                )
            )
        )
    # In slices cut between characters, so no single step takes long.
    begin = 0
    while begin < len(data):
        end = min(begin + READ_CHUNK, len(data))
        while end < len(data) and data[end] & 0xC0 == 0x80:
            end -= 1
        try:
            codecs.utf_8_decode(data[begin:end], "strict", True)
        except UnicodeDecodeError as e:
            offset = begin + e.start
            line, column = _line_column(data, offset)
            refuse(
                problem(
                    QT_TRANSLATE_NOOP(
                        "words",
                        "not UTF-8 text: byte 0x{byte} at line {line}, column {column}"
                        " (save the file as UTF-8)",
                        "a problem in a file",
                    ),
                    byte=f"{data[offset]:02X}",
                    line=line,
                    column=column,
                )
            )
        begin = end
    return data


_EMPTY = QT_TRANSLATE_NOOP("words", "the file is empty", "a problem in a file")


def _other_encoding(data: bytes) -> str | None:
    """The name of a Unicode encoding other than UTF-8 the file is in, if any
    (a message's source):
    by its byte-order mark, else by where JSON's ASCII characters put zero bytes."""
    for bom, name in _OTHER_ENCODINGS:
        if data.startswith(bom):
            return name
    head = data[:4]
    if len(head) < 4 or b"\x00" not in head:
        return None
    zeros = "".join("0" if b == 0 else "x" for b in head)
    return {"x000": _UTF32_LE, "000x": _UTF32_BE, "x0x0": _UTF16_LE, "0x0x": _UTF16_BE}.get(zeros)


def _check_format(raw: dict[str, Any]) -> None:
    """Refuse a JSON object that is not a Frise timeline, or one too new."""
    refuse = _refuse
    if raw.get("format") != schema.FORMAT_NAME:
        refuse(
            problem(
                QT_TRANSLATE_NOOP(
                    "words",
                    'not a Frise timeline: "format" must be "{name}" (found {found})',
                    "a problem in a file",
                ),
                name=schema.FORMAT_NAME,
                found=_show(raw.get("format")),
            )
        )
    version = raw.get("version")
    if type(version) is int and version > schema.FORMAT_VERSION:
        refuse(
            problem(
                QT_TRANSLATE_NOOP(
                    "words",
                    "made by a newer Frise: this file is format version {version}, "
                    "this Frise reads version {readable}; update Frise to open it",
                    "a problem in a file",
                ),
                version=version,
                readable=schema.FORMAT_VERSION,
            )
        )


# --- the JSON, in steps ------------------------------------------------------------
#
# Events are parsed and validated a step at a time, so that no single call
# holds the interpreter for long. A step's end is guessed (the first "}"
# followed by "," after some bytes, where braces balance) and confirmed by
# parsing the step with pydantic-core: a prefix of the events that parses
# whole ends between two events. Where no guess works (braces in strings, a
# syntax error, the end of the list), Python's JSON decoder reads the events
# one by one and says where anything is wrong. Keys given twice, which JSON
# parsers merge without a word, are found by counting keys on the text and
# in what was parsed.

_WHITESPACE = re.compile(rb"[ \t\r\n]*+")
_WS = re.compile(r"[ \t\r\n]*+")
_KEY = re.compile(rb'"(?:[^"\\]++|\\.)*+"', re.S)
_SPACED_KEY = re.compile(rb'"[ \t\r\n]+:')
_ESCAPED_SPACED_KEY = re.compile(rb'\\"[ \t\r\n]+:')
_ARRAYS = ("events", "parties")
STEP_BYTES = 256 * 1024
"""Bytes of events parsed and validated in one step when the step's end can
be guessed (about 10 ms of work)."""


def _no_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not a JSON number")


def _json_reason(text: str) -> Message | str:
    """What a JSON parser said is wrong, in Frise's words when they have it
    (else as the parser said it)."""
    found = _JSON_REASONS.get(text)
    if found is not None:
        return found
    if text.endswith(" is not a JSON number"):
        return problem(
            QT_TRANSLATE_NOOP("words", "{name} is not a JSON number", "a problem in a file"),
            name=text.removesuffix(" is not a JSON number"),
        )
    return text


_EXPECTING_EITHER = QT_TRANSLATE_NOOP(
    "words", "Expecting {first} or {second}", "a problem in a file"
)
_EXPECTED_EITHER = QT_TRANSLATE_NOOP("words", "expected {first} or {second}", "a problem in a file")
_JSON_REASONS: dict[str, Message] = {
    # Python's JSON decoder (the walk; " at" and " starting at" cut off) …
    "Expecting value": problem(
        QT_TRANSLATE_NOOP("words", "Expecting value", "a problem in a file")
    ),
    "Expecting property name enclosed in double quotes": problem(
        QT_TRANSLATE_NOOP(
            "words", "Expecting property name enclosed in double quotes", "a problem in a file"
        )
    ),
    "Expecting ':' delimiter": problem(
        QT_TRANSLATE_NOOP("words", "Expecting ':' delimiter", "a problem in a file")
    ),
    "Expecting ',' delimiter": problem(
        QT_TRANSLATE_NOOP("words", "Expecting ',' delimiter", "a problem in a file")
    ),
    "Unterminated string": problem(
        QT_TRANSLATE_NOOP("words", "Unterminated string", "a problem in a file")
    ),
    "Invalid control character": problem(
        QT_TRANSLATE_NOOP("words", "Invalid control character", "a problem in a file")
    ),
    "Invalid \\escape": problem(
        QT_TRANSLATE_NOOP("words", "Invalid \\escape", "a problem in a file")
    ),
    "Invalid \\uXXXX escape": problem(
        QT_TRANSLATE_NOOP("words", "Invalid \\uXXXX escape", "a problem in a file")
    ),
    "Extra data": problem(QT_TRANSLATE_NOOP("words", "Extra data", "a problem in a file")),
    "Illegal trailing comma before end of object": problem(
        QT_TRANSLATE_NOOP(
            "words", "Illegal trailing comma before end of object", "a problem in a file"
        )
    ),
    "Illegal trailing comma before end of array": problem(
        QT_TRANSLATE_NOOP(
            "words", "Illegal trailing comma before end of array", "a problem in a file"
        )
    ),
    # … the walk's own …
    "Expecting a key in double quotes": problem(
        QT_TRANSLATE_NOOP("words", "Expecting a key in double quotes", "a problem in a file")
    ),
    "Expecting ':' after a key": problem(
        QT_TRANSLATE_NOOP("words", "Expecting ':' after a key", "a problem in a file")
    ),
    "Expecting ',' or '}'": problem(_EXPECTING_EITHER, first="','", second="'}'"),
    "Expecting ',' or ']'": problem(_EXPECTING_EITHER, first="','", second="']'"),
    "more after the end of the timeline's object": problem(
        QT_TRANSLATE_NOOP(
            "words", "more after the end of the timeline's object", "a problem in a file"
        )
    ),
    # … and pydantic-core's (a small file that is not a JSON object).
    "expected value": problem(QT_TRANSLATE_NOOP("words", "expected value", "a problem in a file")),
    "expected ident": problem(QT_TRANSLATE_NOOP("words", "expected ident", "a problem in a file")),
    "expected `:`": problem(QT_TRANSLATE_NOOP("words", "expected `:`", "a problem in a file")),
    "expected `,` or `]`": problem(_EXPECTED_EITHER, first="`,`", second="`]`"),
    "expected `,` or `}`": problem(_EXPECTED_EITHER, first="`,`", second="`}`"),
    "key must be a string": problem(
        QT_TRANSLATE_NOOP("words", "key must be a string", "a problem in a file")
    ),
    "trailing comma": problem(QT_TRANSLATE_NOOP("words", "trailing comma", "a problem in a file")),
    "trailing characters": problem(
        QT_TRANSLATE_NOOP("words", "trailing characters", "a problem in a file")
    ),
    "invalid escape": problem(QT_TRANSLATE_NOOP("words", "invalid escape", "a problem in a file")),
    "invalid number": problem(QT_TRANSLATE_NOOP("words", "invalid number", "a problem in a file")),
    "unexpected end of hex escape": problem(
        QT_TRANSLATE_NOOP("words", "unexpected end of hex escape", "a problem in a file")
    ),
    "EOF while parsing a value": problem(
        QT_TRANSLATE_NOOP("words", "EOF while parsing a value", "a problem in a file")
    ),
    "EOF while parsing an object": problem(
        QT_TRANSLATE_NOOP("words", "EOF while parsing an object", "a problem in a file")
    ),
    "EOF while parsing a list": problem(
        QT_TRANSLATE_NOOP("words", "EOF while parsing a list", "a problem in a file")
    ),
    "EOF while parsing a string": problem(
        QT_TRANSLATE_NOOP("words", "EOF while parsing a string", "a problem in a file")
    ),
    "control character (\\u0000-\\u001F) found while parsing a string": problem(
        QT_TRANSLATE_NOOP(
            "words",
            "control character (\\u0000-\\u001F) found while parsing a string",
            "a problem in a file",
        )
    ),
}
_NOT_JSON = QT_TRANSLATE_NOOP("words", "not valid JSON: {reason}", "a problem in a file")
_NOT_JSON_AT = QT_TRANSLATE_NOOP(
    "words", "not valid JSON: {reason} at line {line}, column {column}", "a problem in a file"
)
_CUT_SHORT = QT_TRANSLATE_NOOP(
    "words",
    "not valid JSON: the file ends too early (is it cut short?): {reason}",
    "a problem in a file",
)


_SCAN: Callable[[str, int], tuple[Any, int]] = json.scanner.make_scanner(
    json.JSONDecoder(parse_constant=_no_constant)  # type: ignore[arg-type]
)


def _skip(data: bytes, pos: int) -> int:
    """Past the JSON whitespace at `pos`."""
    return _WHITESPACE.match(data, pos).end()  # type: ignore[union-attr]  # matches ""


def _skip_text(text: str, pos: int) -> int:
    return _WS.match(text, pos).end()  # type: ignore[union-attr]  # matches ""


class _Walk:
    """One pass over a file's JSON: the top-level values, and the events in
    steps. With `keep_raw`, events are kept as parsed (for the detailed
    path, which says every problem); without, each step is validated at once
    and the pass stops at the first problem found."""

    def __init__(
        self, data: bytes, report: _Progress, cancelled: Callable[[], bool], keep_raw: bool
    ):
        self.data, self.report, self.cancelled, self.keep_raw = data, report, cancelled, keep_raw
        self.top: dict[str, Any] = {}
        self.events: list[Any] = []
        self.duplicates: list[Problem] = []
        self.failed = False
        # Progress: the first pass up to 900 of 1000; the detailed one, 450 to 550.
        self.scale = (100 if keep_raw else PROGRESS_TOTAL - 100) / max(len(data), 1)
        self.offset = PROGRESS_TOTAL // 2 - 50 if keep_raw else 0

    def raw(self) -> dict[str, Any]:
        """The file's JSON object as parsed, events included."""
        self._walk()
        return self.top

    def _skip(self, pos: int) -> int:
        return _skip(self.data, pos)

    def _char(self, pos: int) -> bytes:
        return self.data[pos : pos + 1]

    # --- the walk -------------------------------------------------------

    def _walk(self) -> None:
        data = self.data
        pos = self._skip(0)
        if self._char(pos) != b"{":
            _not_an_object(data)
        pos = self._skip(pos + 1)
        if self._char(pos) == b"}":
            pos += 1
        else:
            while True:
                match = _KEY.match(data, pos)
                try:
                    key = json.loads(match.group()) if match else None
                except ValueError:
                    key = None
                if match is None or not isinstance(key, str):  # say what is wrong there
                    self._values(pos, 1)
                    self._refuse_at(pos, "Expecting a key in double quotes")
                pos = self._skip(match.end())
                if self._char(pos) != b":":
                    self._refuse_at(pos, "Expecting ':' after a key")
                pos = self._skip(pos + 1)
                if key in self.top:
                    self.duplicates.append(Problem(WHOLE_FILE, _twice(key), -2))
                if key in _ARRAYS and self._char(pos) == b"[":
                    pos = self._array(key, pos + 1)
                    if self.failed and not self.keep_raw:
                        return
                else:
                    (value,), pos, text = self._values(pos, 1)
                    self.top[key] = value
                    if _keys_in(text) != _count_keys([value]):
                        self._name_duplicates(next(iter(_with_pairs(text)), None), (key,), None, -2)
                pos = self._skip(pos)
                separator = self._char(pos)
                if separator == b",":
                    pos = self._skip(pos + 1)
                    continue
                if separator == b"}":
                    pos += 1
                    break
                self._refuse_at(pos, "Expecting ',' or '}'")
        pos = self._skip(pos)
        if pos < len(data):
            self._refuse_at(pos, "more after the end of the timeline's object")

    def _array(self, key: str, pos: int) -> int:
        """Read the items of "events" or "parties" from just after "[", a step
        at a time; returns the position after "]"."""
        pos = self._skip(pos)
        if self._char(pos) == b"]":
            self._keep(key, [], b"")
            return pos + 1
        while True:
            if self.cancelled():
                raise LoadCancelled()
            step = self._guess(pos)
            items, pos, text = step if step is not None else self._values(pos, CHUNK)
            self._keep(key, items, text)
            if self.failed and not self.keep_raw:
                return pos
            self.report(self.offset + int(pos * self.scale))
            pos = self._skip(pos)
            separator = self._char(pos)
            if separator == b"]":
                return pos + 1
            if separator != b",":
                self._refuse_at(pos, "Expecting ',' or ']'")
            pos = self._skip(pos + 1)

    def _guess(self, pos: int) -> tuple[list[Any], int, bytes] | None:
        """The items of a step from `pos`, parsed by pydantic-core, when its
        end can be guessed: (items, position after them, their text); else None."""
        data = self.data
        cut = data.find(b"}", pos + STEP_BYTES)
        for _ in range(16):
            if cut < 0:
                return None
            after = data[self._skip(cut + 1) : self._skip(cut + 1) + 1]
            if after in (b",", b"]"):
                piece = data[pos : cut + 1]
                if piece.count(b"{") == piece.count(b"}"):  # a cheap first test
                    try:
                        items = pydantic_core.from_json(
                            b"[" + piece + b"]", allow_inf_nan=False, cache_strings="all"
                        )
                    except ValueError:
                        return None  # a wrong guess, or an error: the careful way says
                    return items, cut + 1, piece
            cut = data.find(b"}", cut + 1)
        return None

    def _values(self, pos: int, limit: int) -> tuple[list[Any], int, bytes]:
        """Up to `limit` comma-separated JSON values from `pos`, read by
        Python's decoder from a window of text grown as needed: (values, the
        position after the last one, their text). Refuses the file, saying
        where, at the first syntax error."""
        data, size = self.data, READ_CHUNK
        while True:
            end = min(len(data), pos + size)
            while end < len(data) and data[end] & 0xC0 == 0x80:  # not inside a character
                end -= 1
            text = data[pos:end].decode("utf-8")
            whole = end == len(data)
            values: list[Any] = []
            i = 0
            try:
                while True:
                    try:
                        value, i = _SCAN(text, i)
                    except StopIteration:
                        raise json.JSONDecodeError("Expecting value", text, i) from None
                    if i >= len(text) and not whole:  # a number the window may have cut
                        raise _WindowTooSmall
                    values.append(value)
                    after = _skip_text(text, i)
                    if after >= len(text) and not whole:
                        raise _WindowTooSmall
                    if len(values) >= limit or text[after : after + 1] != ",":
                        break
                    i = _skip_text(text, after + 1)
            except _WindowTooSmall:
                size *= 4
                continue
            except json.JSONDecodeError as e:
                cut = e.pos >= len(text) - 1 or e.msg.startswith("Unterminated string")
                if cut and not whole:
                    size *= 4
                    continue
                message = e.msg.removesuffix(" starting at").removesuffix(" at")
                if cut:
                    _refuse(problem(_CUT_SHORT, reason=_json_reason(message)))
                self._refuse_at(pos + len(text[: e.pos].encode("utf-8")), message)
            except RecursionError:
                _refuse(
                    problem(
                        QT_TRANSLATE_NOOP(
                            "words",
                            "not valid JSON: nested too deep (more than a few hundred levels)",
                            "a problem in a file",
                        )
                    )
                )
            except ValueError as e:  # NaN, Infinity, a number too long
                self._refuse_at(pos + len(text[:i].encode("utf-8")), str(e))
            shown = text[:i]
            stop = pos + len(shown.encode("utf-8"))
            if "\\u" in shown:
                _check_text(data[pos:stop])
            return values, stop, data[pos:stop]

    def _refuse_at(self, pos: int, message: str) -> NoReturn:
        """Refuse the file for what a JSON parser said (`message`) at `pos`."""
        reason = _json_reason(message)
        if self._skip(pos) >= len(self.data):
            _refuse(problem(_CUT_SHORT, reason=reason))
        line, column = _line_column(self.data, pos)
        _refuse(problem(_NOT_JSON_AT, reason=reason, line=line, column=column))

    def _keep(self, key: str, items: list[Any], text: bytes) -> None:
        """Take a step's items (`text`: theirs, comma-separated): parties as
        parsed; events validated (or kept as parsed on the detailed path);
        keys given twice found either way."""
        kept = self.top.setdefault(key, []) if key == "parties" else self.events
        if _keys_in(text) != _count_keys(items):
            trees = _with_pairs(text)
            for k, (item, tree) in enumerate(zip(items, trees, strict=False)):
                index = len(kept) + k
                order = index if key == "events" else -1
                self._name_duplicates(tree, (), _item_where(key, index, item), order)
            if self.duplicates and not self.keep_raw:
                self.failed = True
        if key == "parties":
            kept.extend(items)
            return
        self.top["events"] = self.events
        if self.keep_raw:
            self.events.extend(items)
            return
        try:
            self.events.extend(_events.validate_python(items))
        except ValidationError:
            self.failed = True

    def _name_duplicates(self, tree: object, path: Loc, item: InFile | None, order: int) -> None:
        """A problem for each key given twice in `tree` (a value parsed with
        _with_pairs; `item` the event or party it is, None at the top level)."""
        for inner, key in _twice_given(tree):
            field_path = _path(path + inner)
            if item is not None:
                place = dataclasses.replace(item, path=field_path)
            else:
                place = InFile(path=field_path) if field_path else WHOLE_FILE
            self.duplicates.append(Problem(place, _twice(key), order))


class _WindowTooSmall(Exception):
    pass


def _not_an_object(data: bytes) -> NoReturn:
    """Refuse a file whose JSON is not an object, saying what it is."""
    if len(data) <= 1 << 20:  # small: say exactly what is wrong with it
        try:
            raw = pydantic_core.from_json(data, allow_inf_nan=False)
        except ValueError as e:
            _refuse(_parser_problem(str(e)))
        kind = _json_type(raw)
    else:
        first = data[_skip(data, 0) :][:1]
        kinds = {b"[": "array", b'"': "string", b"n": "null", b"t": "boolean", b"f": "boolean"}
        kind = kinds.get(first, "number")
    _refuse(
        problem(
            QT_TRANSLATE_NOOP(
                "words",
                "the file holds {kind}; a timeline is a JSON object {…}",
                "a problem in a file",
            ),
            kind=problem(_JSON_KINDS[kind]),
        )
    )


_AT_LINE = re.compile(r"(?P<reason>.*) at line (?P<line>\d+) column (?P<column>\d+)")


def _parser_problem(said: str) -> Message:
    """pydantic-core's complaint ("expected value at line 1 column 1") in Frise's words."""
    found = _AT_LINE.fullmatch(said)
    if found is None:
        return problem(_NOT_JSON, reason=_json_reason(said))
    reason, line, column = found["reason"], found["line"], found["column"]
    if reason == "recursion limit exceeded":
        return problem(
            QT_TRANSLATE_NOOP(
                "words",
                "not valid JSON: nested more than 200 levels deep at line {line} column {column}",
                "a problem in a file",
            ),
            line=line,
            column=column,
        )
    where = problem(
        QT_TRANSLATE_NOOP(
            "words", "{reason} at line {line} column {column}", "a problem in a file"
        ),
        reason=_json_reason(reason),
        line=line,
        column=column,
    )
    if reason.startswith("EOF while parsing"):
        return problem(_CUT_SHORT, reason=where)
    return problem(_NOT_JSON, reason=where)


class _Pairs(list[tuple[str, Any]]):
    """A JSON object as its list of (key, value) pairs, keys given twice kept."""


def _with_pairs(text: bytes) -> list[Any]:
    """The comma-separated values of `text`, parsed again with every object as
    _Pairs: the key count only said "a key is given twice somewhere here"."""
    try:
        values: list[Any] = json.loads(b"[" + text + b"]", object_pairs_hook=_Pairs)
        return values
    except (ValueError, RecursionError):
        return []


def _twice_given(node: object, path: Loc = ()) -> Iterable[tuple[Loc, str]]:
    """(where, key) for every key given twice in one object of `node`."""
    if type(node) is _Pairs:
        seen = set()
        for key, value in node:
            if key in seen:
                yield path, key
            seen.add(key)
            yield from _twice_given(value, (*path, key))
    elif type(node) is list:
        for index, value in enumerate(node):
            yield from _twice_given(value, (*path, index))


def _twice(key: str) -> Message:
    return problem(
        QT_TRANSLATE_NOOP(
            "words",
            "the key {key} is given twice; JSON would keep only the last one "
            "without a word, so Frise refuses it: remove one",
            "a problem in a file",
        ),
        key=quoted(key),
    )


def _keys_in(text: bytes) -> int:
    """How many keys JSON text holds, counted on the text: each is a closing
    quote then a colon (a quote inside a string is always escaped). May count
    a string value that starts with ":" too; never misses a key."""
    count = text.count(b'":') - text.count(b'\\":')
    if b'" ' in text or b'"\n' in text or b'"\r' in text or b'"\t' in text:
        count += len(_SPACED_KEY.findall(text)) - len(_ESCAPED_SPACED_KEY.findall(text))
    return count


def _check_text(text: bytes) -> None:
    """Refuse "\\ud800" alone, as pydantic-core does: no text holds half a
    character (Python's decoder lets it through)."""
    try:
        pydantic_core.from_json(b"[" + text + b"]")
    except ValueError as e:
        _refuse(_parser_problem(str(e)))


_CONTAINERS = (dict, list)


def _count_keys(values: list[Any]) -> int:
    """How many keys the parsed values hold: fewer than the text's when a key
    was given twice in one object, since the last one replaced the first.
    Level by level, with comprehensions: about 3 µs per event."""
    count, level = 0, values
    while level:
        containers = [v for v in level if type(v) in _CONTAINERS]
        objects = [v for v in containers if type(v) is dict]
        count += sum(map(len, objects))
        level = [
            *chain.from_iterable(map(dict.values, objects)),
            *chain.from_iterable([v for v in containers if type(v) is list]),
        ]
    return count


_document = TypeAdapter(schema.TimelineDoc)
_party = TypeAdapter(schema.Party)
_event = TypeAdapter(schema.Event)
_events = TypeAdapter(tuple[schema.Event, ...])


def _validate(
    raw: dict[str, Any],
    report: _Progress,
    cancelled: Callable[[], bool],
    duplicates: list[Problem],
) -> schema.TimelineDoc:
    """Validate everything, collecting every problem, before refusing the file.

    Events are validated in chunks, so progress can be reported and a load
    cancelled; a chunk that fails is validated again event by event. The rules
    that need the whole file are then checked on every event as written, valid
    or not, so one problem never hides another.
    """
    problems: list[Problem] = list(duplicates)
    try:
        doc = _document.validate_python({**raw, "events": ()})
    except ValidationError as e:
        doc = None
        problems += _problems(e, raw)

    raw_events = raw.get("events")
    events: list[schema.Event] = []
    if isinstance(raw_events, list):
        total = len(raw_events)
        for begin in range(0, total, CHUNK):
            if cancelled():
                raise LoadCancelled()
            chunk = raw_events[begin : begin + CHUNK]
            try:
                events += _events.validate_python(chunk)
            except ValidationError:
                for index, item in enumerate(chunk, begin):
                    try:
                        events.append(_event.validate_python(item))
                    except ValidationError as e:
                        problems += _problems(e, raw, ("events", index))
            report(PROGRESS_TOTAL - 50 - (total - begin) * 400 // total)
            if len(problems) > MAX_PROBLEMS:
                break
    elif "events" in raw:
        problems.append(Problem(InFile(path="events"), problem(_LIST, found=_show(raw_events))))
    else:
        problems.append(Problem(InFile(path="events"), problem(_MISSING)))

    problems += _whole_file_problems(raw.get("parties"), raw_events)
    if doc is None and not problems:
        problems.append(
            Problem(
                NOWHERE,
                problem(
                    QT_TRANSLATE_NOOP(
                        "words", "the file is not a timeline of this format", "a problem in a file"
                    )
                ),
            )
        )
    if problems:
        problems.sort(key=lambda p: p.order)
        raise TimelineError(problems[:MAX_PROBLEMS], truncated=len(problems) > MAX_PROBLEMS)
    assert doc is not None  # a refused top level is a problem
    return dataclasses.replace(doc, events=tuple(events))


def _whole_file_problems(raw_parties: object, raw_events: object) -> Iterable[Problem]:
    """Rules that need the whole file (ids, references, real dates, date order),
    on parties and events as written."""
    party_ids, event_ids = _raw_ids(raw_parties), _raw_ids(raw_events)
    for section, items in (("parties", raw_parties), ("events", raw_events)):
        seen: set[str] = set()
        for index, item in enumerate(_list(items)):
            item_id = item.get("id") if isinstance(item, dict) else None
            if not isinstance(item_id, str):
                continue
            if item_id in seen:
                yield Problem(
                    _item_where(section, index, item),
                    problem(_TAKEN_BY_PARTY if section == "parties" else _TAKEN_BY_EVENT),
                    -1 if section == "parties" else index,
                )
            seen.add(item_id)
    for index, item in enumerate(_list(raw_events)):
        if isinstance(item, dict):
            yield from _event_problems(index, item, party_ids, event_ids)


_TAKEN_BY_PARTY = QT_TRANSLATE_NOOP(
    "words", "this id is used by another party too", "a problem in a file"
)
_TAKEN_BY_EVENT = QT_TRANSLATE_NOOP(
    "words", "this id is used by another event too", "a problem in a file"
)


def _raw_ids(items: object) -> set[str]:
    """Ids as written, valid or not, so a reference to a broken event is not
    reported as a second, misleading problem."""
    if not isinstance(items, list):
        return set()
    return {
        item["id"] for item in items if isinstance(item, dict) and isinstance(item.get("id"), str)
    }


def references_hold(doc: schema.TimelineDoc) -> bool:
    """Whether the file keeps every rule that needs the whole file, answered
    with a few passes over all events at once (sets, not one event at a time).
    When it does not, the detailed path says what is wrong, event by event."""
    events = doc.events
    party_ids = {p.id for p in doc.parties}
    event_ids = {e.id for e in events}
    if len(party_ids) != len(doc.parties) or len(event_ids) != len(events):
        return False
    dates = {e.date for e in events}
    spans: dict[str, tuple[int, int, int] | None] = {}
    if any(_span(d, spans) is None for d in dates):
        return False
    for event in events:
        if event.end is not None or event.revealed is not None:
            first = spans[event.date]
            assert first is not None  # every date was checked above
            start = first[0]
            for later in (event.end, event.revealed):
                if later is not None and (
                    (span := _span(later, spans)) is None or span[1] <= start
                ):
                    return False
    if not party_ids.issuperset(chain.from_iterable(e.parties for e in events)):
        return False
    if not party_ids.issuperset(chain.from_iterable(e.claimed_by for e in events)):
        return False
    if any(
        len(set(ids)) != len(ids)
        for e in events
        for ids in (e.parties, e.claimed_by)
        if len(ids) > 1
    ):
        return False
    if any(link.event not in event_ids or link.event == e.id for e in events for link in e.related):
        return False
    if any(
        q.source is not None and q.source >= len(e.sources)
        for e in events
        if e.quotes
        for q in e.quotes
    ):
        return False
    if any(_unplaced(s.url, s.publisher, s.title) for e in events for s in e.sources):
        return False
    if not all(
        _span(d, spans) is not None
        for d in {s.date for e in events for s in e.sources if s.date is not None}
    ):
        return False
    return not any(
        url_problem(s.url) for e in events if e.sources for s in e.sources if s.url is not None
    )


def _unplaced(url: object, publisher: object, title: object) -> bool:
    """A source that says neither where it is nor who published it: the title
    is optional, so nothing else would keep a source from being empty."""
    return url is None and publisher is None and title is None


def _span(text: str, spans: dict[str, tuple[int, int, int] | None]) -> tuple[int, int, int] | None:
    """`day_span` of a date, or None if it is not a real date; remembered in `spans`."""
    try:
        return spans[text]
    except KeyError:
        pass
    try:
        span: tuple[int, int, int] | None = day_span(text)
    except ValueError:
        span = None
    spans[text] = span
    return span


def _event_problems(
    order: int, event: dict[str, Any], party_ids: set[str], event_ids: set[str]
) -> Iterable[Problem]:
    """Every rule of the whole file that one event breaks, each naming the field.

    `event` is the event as a dict, valid or not: fields of the wrong type or
    shape are the schema's to report, and are passed over here.
    """

    def at(field: str) -> InFile:  # made only for an event with a problem
        return dataclasses.replace(_item_where("events", order, event), path=field)

    event_id = event.get("id")
    start = None
    for name in ("date", "end", "revealed"):
        value = event.get(name)
        if not _is_date_text(value):
            continue
        try:
            first, end, _ = day_span(value)
        except ValueError as e:
            yield Problem(at(name), _date_problem(e), order)
            continue
        if name == "date":
            start = first
        elif start is not None and end <= start:
            before = _END_BEFORE if name == "end" else _REVEALED_BEFORE
            yield Problem(
                at(name), problem(before, value=f'"{value}"', date=f'"{event["date"]}"'), order
            )
    for name in ("parties", "claimed_by"):
        seen: set[str] = set()
        for i, party in enumerate(_list(event.get(name))):
            if not isinstance(party, str):
                continue
            if party not in party_ids:
                yield Problem(at(f"{name}[{i}]"), problem(_NO_PARTY, id=quoted(party)), order)
            elif party in seen:
                yield Problem(at(f"{name}[{i}]"), problem(_TWICE, id=quoted(party)), order)
            seen.add(party)
    for i, link in enumerate(_list(event.get("related"))):
        target = link.get("event") if isinstance(link, dict) else None
        if not isinstance(target, str):
            continue
        if target not in event_ids:
            yield Problem(at(f"related[{i}].event"), problem(_NO_EVENT, id=quoted(target)), order)
        elif target == event_id:
            yield Problem(at(f"related[{i}].event"), problem(_ITSELF), order)
    count = len(_list(event.get("sources")))
    for i, quote in enumerate(_list(event.get("quotes"))):
        source = quote.get("source") if isinstance(quote, dict) else None
        if type(source) is int and source >= max(count, 0) and source >= 0:
            yield Problem(
                at(f"quotes[{i}].source"), problem(_NO_SOURCE, count, source=source), order
            )
    for i, source in enumerate(_list(event.get("sources"))):
        if not isinstance(source, dict):
            continue
        if _unplaced(source.get("url"), source.get("publisher"), source.get("title")):
            yield Problem(at(f"sources[{i}]"), problem(_UNPLACED), order)
        value = source.get("date")
        if _is_date_text(value):
            try:
                day_span(value)
            except ValueError as e:
                yield Problem(at(f"sources[{i}].date"), _date_problem(e), order)
        url = source.get("url")
        if isinstance(url, str) and _URL.fullmatch(url) and (wrong := url_problem(url)):
            yield Problem(at(f"sources[{i}].url"), wrong, order)


_END_BEFORE = QT_TRANSLATE_NOOP("words", "{value} is before the date {date}", "a problem in a file")
_REVEALED_BEFORE = QT_TRANSLATE_NOOP(
    "words",
    "{value} is before the date {date}; it says when the event became public, "
    "which cannot be before it happened",
    "a problem in a file",
)
_NO_PARTY = QT_TRANSLATE_NOOP("words", "no party has the id {id}", "a problem in a file")
_TWICE = QT_TRANSLATE_NOOP("words", "{id} is listed twice", "a problem in a file")
_NO_EVENT = QT_TRANSLATE_NOOP("words", "no event has the id {id}", "a problem in a file")
_ITSELF = QT_TRANSLATE_NOOP("words", "an event cannot relate to itself", "a problem in a file")
_NO_SOURCE = QT_TRANSLATE_NOOP(
    "words",
    "source {source} does not exist (the event has %n source(s), numbered from 0)",
    "a problem in a file",
    1,
)
_UNPLACED = QT_TRANSLATE_NOOP(
    "words", 'must give at least its "url", its "publisher" or its "title"', "a problem in a file"
)


def _date_problem(error: ValueError) -> Message:
    """What `day_span` found wrong with a date."""
    return error.what if isinstance(error, BadDate) else as_is(str(error))


def _list(value: object) -> list[Any] | tuple[Any, ...]:
    return value if isinstance(value, (list, tuple)) else ()


_DATE = re.compile(DATE_PATTERN)
_URL = re.compile(schema.URL_PATTERN)


def _is_date_text(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and _DATE.fullmatch(value) is not None


_quote = quoted


# --- pydantic errors → readable problems ----------------------------------

Loc = tuple[int | str, ...]
"""Where an error is, as pydantic says it: keys and list indices."""

_PATTERN_HINTS: dict[str | None, str] = {
    DATE_PATTERN: DATE_HINT,
    schema.ID_PATTERN: QT_TRANSLATE_NOOP(
        "words",
        "must be lowercase letters, digits and hyphens, not starting with a hyphen",
        "a problem in a file",
    ),
    schema.LANG_PATTERN: QT_TRANSLATE_NOOP(
        "words", 'must be a language code such as "en" or "fr"', "a problem in a file"
    ),
    schema.URL_PATTERN: QT_TRANSLATE_NOOP(
        "words", "must be an http:// or https:// address", "a problem in a file"
    ),
    schema.COLOR_PATTERN: QT_TRANSLATE_NOOP(
        "words", 'must be a colour written "#RRGGBB"', "a problem in a file"
    ),
}
"""Messages' sources: what a value of each pattern must look like."""
_WRONG_FORM = QT_TRANSLATE_NOOP("words", "has the wrong form", "a problem in a file")
_FOUND = QT_TRANSLATE_NOOP("words", "{rule} (found {found})", "a problem in a file")
_MISSING = QT_TRANSLATE_NOOP("words", "is required but missing", "a problem in a file")
_LIST = QT_TRANSLATE_NOOP("words", "must be a list (found {found})", "a problem in a file")


def _problems(
    error: ValidationError, raw: dict[str, Any], prefix: tuple[str, int] | tuple[()] = ()
) -> list[Problem]:
    problems: list[Problem] = []
    items = error.errors(include_url=False)
    # pydantic also says a list is too short when its items were all refused.
    refused_items = {
        item["loc"][:-1]
        for item in items
        if len(item["loc"]) > 1 and isinstance(item["loc"][-1], int)
    }
    refused_items |= {
        item["loc"][:i]
        for item in items
        for i in range(1, len(item["loc"]))
        if isinstance(item["loc"][i], int)
    }
    keys = list(raw)
    for item in items:
        if item["type"] == "too_short" and item["loc"] in refused_items:
            continue
        loc, is_union = _clean_loc(prefix + item["loc"])
        if item["type"] in ("extra_forbidden", "unexpected_keyword_argument"):
            # The last part is a key from the file, never a union tag, even
            # when it looks like one ("[key]", "str").
            loc = (*_clean_loc((prefix + item["loc"])[:-1])[0], item["loc"][-1])
        # Events are listed by index; the rest in the order of their key in the file.
        order = (
            prefix[1]
            if prefix
            else (keys.index(loc[0]) if loc and loc[0] in keys else len(keys)) - len(keys) - 1
        )
        if loc and loc[-1] == "(key)":
            problems.append(
                Problem(
                    _where(loc[:-2], raw),
                    problem(
                        QT_TRANSLATE_NOOP(
                            "words",
                            'the key {key} must be a language code such as "en" or "fr"',
                            "a problem in a file",
                        ),
                        key=_show(loc[-2]),
                    ),
                    order,
                )
            )
            continue
        kind, value = item["type"], item.get("input")
        # A TEXT is a string or an object: report only the branch the value chose.
        if is_union and kind == "string_type" and isinstance(value, dict):
            continue
        if is_union and kind == "dict_type" and isinstance(value, str):
            continue
        if is_union and kind == "dict_type":
            problems.append(
                Problem(
                    _where(loc, raw),
                    problem(
                        QT_TRANSLATE_NOOP(
                            "words",
                            "must be a string or an object of translations such as "
                            '{"en": "…", "fr": "…"} (found {found})',
                            "a problem in a file",
                        ),
                        found=_show(value),
                    ),
                    order,
                )
            )
            continue
        if is_union and kind == "string_type":
            continue
        problems.append(Problem(_where(loc, raw), _message(item, value), order))
    return problems


def _clean_loc(loc: Loc) -> tuple[Loc, bool]:
    """Drop the union-branch tags pydantic puts in locations ("constrained-str")."""
    clean: list[int | str] = []
    is_union = False
    for part in loc:
        if isinstance(part, str) and (part.endswith("]") or part.endswith("-str") or part == "str"):
            is_union = True
            if part == "[key]":
                clean.append("(key)")
            continue
        clean.append(part)
    return tuple(clean), is_union


def _where(loc: Loc, raw: dict[str, Any]) -> InFile:
    if len(loc) >= 2 and loc[0] in ("events", "parties") and isinstance(loc[1], int):
        items = raw.get(loc[0])
        item = items[loc[1]] if isinstance(items, list) and loc[1] < len(items) else None
        return dataclasses.replace(_item_where(loc[0], loc[1], item), path=_path(loc[2:]))
    path = _path(loc)
    return InFile(path=path) if path else WHOLE_FILE


def _item_where(section: str, index: int, item: object) -> InFile:
    """`event "its-id"`, or `events[3]` when it has no usable id."""
    item_id = item.get("id") if isinstance(item, dict) else None
    usable = item_id if isinstance(item_id, str) and item_id else None
    return InFile(section, index, usable)


def _path(loc: Loc) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            name = str(part)
            if not re.fullmatch(r"[A-Za-z_()][A-Za-z0-9_()-]*", name):
                name = _quote(name)  # a key from the file: shown quoted, on one line
            out += ("." if out else "") + name
    return out


def _message(item: ErrorDetails, value: Any) -> Message:
    kind = item["type"]
    ctx = item.get("ctx") or {}
    found = _show(value)
    if item["loc"] == ("version",) and kind != "missing":
        return problem(
            QT_TRANSLATE_NOOP(
                "words",
                "must be 1, the format version Frise reads (found {found})",
                "a problem in a file",
            ),
            found=found,
        )
    if kind == "missing":
        return problem(_MISSING)
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        return problem(
            QT_TRANSLATE_NOOP(
                "words", "is not a field of the format (a typo?)", "a problem in a file"
            )
        )
    if kind == "string_pattern_mismatch":
        hint = _PATTERN_HINTS.get(ctx.get("pattern"), _WRONG_FORM)
        return problem(_FOUND, rule=problem(hint), found=found)
    if kind == "string_too_long":
        return problem(
            QT_TRANSLATE_NOOP(
                "words",
                "is {length} characters long; the limit is {limit} characters",
                "a problem in a file",
            ),
            length=Grouped(len(value)),
            limit=Grouped(ctx.get("max_length", schema.MAX_TEXT)),
        )
    if kind == "string_too_short":
        return problem(QT_TRANSLATE_NOOP("words", "must not be empty", "a problem in a file"))
    if kind == "too_short":
        return problem(
            QT_TRANSLATE_NOOP("words", "must list at least one item", "a problem in a file")
        )
    if kind == "literal_error":
        return problem(_FOUND, rule=_one_of(str(ctx.get("expected", ""))), found=found)
    if kind == "string_type":
        return problem(
            QT_TRANSLATE_NOOP("words", "must be a string (found {found})", "a problem in a file"),
            found=found,
        )
    if kind in ("int_type", "int_from_float", "int_parsing"):
        return problem(
            QT_TRANSLATE_NOOP(
                "words", "must be a whole number (found {found})", "a problem in a file"
            ),
            found=found,
        )
    if kind == "greater_than_equal":
        return problem(
            QT_TRANSLATE_NOOP(
                "words", "must be {minimum} or more (found {found})", "a problem in a file"
            ),
            minimum=str(ctx.get("ge")),
            found=found,
        )
    if kind in ("tuple_type", "list_type"):
        return problem(_LIST, found=found)
    if kind in ("dict_type", "dataclass_type", "model_type", "dataclass_exact_type"):
        return problem(
            QT_TRANSLATE_NOOP(
                "words", "must be an object {…} (found {found})", "a problem in a file"
            ),
            found=found,
        )
    return as_is(item["msg"])


_CHOICES = re.compile(r"(?P<choices>.+) or (?P<last>'[^']*')")


def _one_of(expected: str) -> Message:
    """ "must be 'a', 'b' or 'c'", from pydantic's list of a Literal's values."""
    found = _CHOICES.fullmatch(expected)
    if found is None:
        return problem(
            QT_TRANSLATE_NOOP("words", "must be {value}", "a problem in a file"), value=expected
        )
    return problem(
        QT_TRANSLATE_NOOP("words", "must be {choices} or {last}", "a problem in a file"),
        choices=found["choices"],
        last=found["last"],
    )


def _json_type(value: object) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}.get(
        type(value), "number"
    )


_JSON_KINDS = {
    "object": QT_TRANSLATE_NOOP("words", "a JSON object", "a problem in a file"),
    "array": QT_TRANSLATE_NOOP("words", "a JSON array", "a problem in a file"),
    "string": QT_TRANSLATE_NOOP("words", "a JSON string", "a problem in a file"),
    "boolean": QT_TRANSLATE_NOOP("words", "a JSON boolean", "a problem in a file"),
    "null": QT_TRANSLATE_NOOP("words", "a JSON null", "a problem in a file"),
    "number": QT_TRANSLATE_NOOP("words", "a JSON number", "a problem in a file"),
}
"""Messages' sources: what a JSON value is."""


def _show(value: object) -> Value:
    """A value from the file as a problem shows it: quoted text, a number or
    a JSON word as written; an object or a list by what it is."""
    if isinstance(value, str):
        return _quote(value if len(value) <= 60 else value[:57] + "…")
    if isinstance(value, (dict, list)):
        return problem(_JSON_KINDS[_json_type(value)])
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _line_column(data: bytes, offset: int) -> tuple[int, int]:
    """Line and column (in characters) of a byte offset, both from 1."""
    line = data.count(b"\n", 0, offset) + 1
    start = data.rfind(b"\n", 0, offset) + 1
    return line, len(data[start:offset].decode("utf-8", "replace")) + 1
