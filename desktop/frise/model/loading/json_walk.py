"""The detailed path's pass over a file's JSON, in steps.

Events are parsed a step at a time, so that no single call holds the
interpreter for long. A step's end is guessed (the first "}" followed by ","
after some bytes, where braces balance) and confirmed by parsing the step with
pydantic-core: a prefix of the events that parses whole ends between two
events. Where no guess works (braces in strings, a syntax error, the end of
the list), Python's JSON decoder reads the events one by one and says where
anything is wrong. Keys given twice, which JSON parsers merge without a word,
are found by counting keys on the text and in what was parsed
(`duplicate_keys`). Imports no Qt.
"""

from __future__ import annotations

import dataclasses
import json
import json.scanner
import re
from collections.abc import Callable
from typing import Any, NoReturn

import pydantic_core
from pydantic import ValidationError

from frise.fileio import READ_CHUNK
from frise.model.i18n import QT_TRANSLATE_NOOP
from frise.model.loading.duplicate_keys import (
    count_keys,
    keys_given_twice,
    keys_in,
    twice_message,
    with_pairs,
)
from frise.model.loading.encoding import skip
from frise.model.loading.errors import LoadCancelled, refuse
from frise.model.loading.json_problems import (
    CUT_SHORT,
    NOT_JSON_AT,
    check_text,
    json_reason,
    not_an_object,
)
from frise.model.loading.places import Loc, item_where, line_column, path_text
from frise.model.loading.progress import CHUNK, PROGRESS_TOTAL, ProgressReport
from frise.model.loading.validation import EVENTS
from frise.model.problems import WHOLE_FILE, InFile, Problem, problem

_WS = re.compile(r"[ \t\r\n]*+")
_KEY = re.compile(rb'"(?:[^"\\]++|\\.)*+"', re.S)
_ARRAYS = ("events", "parties")
STEP_BYTES = 256 * 1024
"""Bytes of events parsed and validated in one step when the step's end can
be guessed (about 10 ms of work)."""


def _no_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not a JSON number")


_SCAN: Callable[[str, int], tuple[Any, int]] = json.scanner.make_scanner(
    json.JSONDecoder(parse_constant=_no_constant)  # type: ignore[arg-type]
)


def _skip_text(text: str, pos: int) -> int:
    return _WS.match(text, pos).end()  # type: ignore[union-attr]  # matches ""


class Walk:
    """One pass over a file's JSON: the top-level values, and the events in
    steps. With `keep_raw`, events are kept as parsed (for the detailed
    path, which says every problem); without, each step is validated at once
    and the pass stops at the first problem found."""

    def __init__(
        self, data: bytes, report: ProgressReport, cancelled: Callable[[], bool], keep_raw: bool
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
        return skip(self.data, pos)

    def _char(self, pos: int) -> bytes:
        return self.data[pos : pos + 1]

    # --- the walk -------------------------------------------------------

    def _walk(self) -> None:
        data = self.data
        pos = self._skip(0)
        if self._char(pos) != b"{":
            not_an_object(data)
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
                    self.duplicates.append(Problem(WHOLE_FILE, twice_message(key), -2))
                if key in _ARRAYS and self._char(pos) == b"[":
                    pos = self._array(key, pos + 1)
                    if self.failed and not self.keep_raw:
                        return
                else:
                    (value,), pos, text = self._values(pos, 1)
                    self.top[key] = value
                    if keys_in(text) != count_keys([value]):
                        self._name_duplicates(next(iter(with_pairs(text)), None), (key,), None, -2)
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
                    refuse(problem(CUT_SHORT, reason=json_reason(message)))
                self._refuse_at(pos + len(text[: e.pos].encode("utf-8")), message)
            except RecursionError:
                refuse(
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
                check_text(data[pos:stop])
            return values, stop, data[pos:stop]

    def _refuse_at(self, pos: int, message: str) -> NoReturn:
        """Refuse the file for what a JSON parser said (`message`) at `pos`."""
        reason = json_reason(message)
        if self._skip(pos) >= len(self.data):
            refuse(problem(CUT_SHORT, reason=reason))
        line, column = line_column(self.data, pos)
        refuse(problem(NOT_JSON_AT, reason=reason, line=line, column=column))

    def _keep(self, key: str, items: list[Any], text: bytes) -> None:
        """Take a step's items (`text`: theirs, comma-separated): parties as
        parsed; events validated (or kept as parsed on the detailed path);
        keys given twice found either way."""
        kept = self.top.setdefault(key, []) if key == "parties" else self.events
        if keys_in(text) != count_keys(items):
            trees = with_pairs(text)
            for k, (item, tree) in enumerate(zip(items, trees, strict=False)):
                index = len(kept) + k
                order = index if key == "events" else -1
                self._name_duplicates(tree, (), item_where(key, index, item), order)
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
            self.events.extend(EVENTS.validate_python(items))
        except ValidationError:
            self.failed = True

    def _name_duplicates(self, tree: object, path: Loc, item: InFile | None, order: int) -> None:
        """A problem for each key given twice in `tree` (a value parsed with
        with_pairs; `item` the event or party it is, None at the top level)."""
        for inner, key in keys_given_twice(tree):
            field_path = path_text(path + inner)
            if item is not None:
                place = dataclasses.replace(item, path=field_path)
            else:
                place = InFile(path=field_path) if field_path else WHOLE_FILE
            self.duplicates.append(Problem(place, twice_message(key), order))


class _WindowTooSmall(Exception):
    pass
