"""Reading a timeline file: bytes → JSON → validated document → `Timeline`.

A file is accepted whole or refused whole: every problem found is collected
into one `TimelineError`, each naming where it is (the event id and the field)
and what is wrong, so `frise check` and the window can list them all.
"""

from __future__ import annotations

import dataclasses
import gc
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any, NoReturn, TypeGuard

import pydantic_core
from pydantic import TypeAdapter, ValidationError
from pydantic_core import ErrorDetails

from frise.model import schema
from frise.model.dates import DATE_HINT, DATE_PATTERN, day_span
from frise.model.timeline import Timeline

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_PROBLEMS = 500
CHUNK = 2000
"""Events validated between two progress reports (about 20 ms of work)."""


@dataclass(frozen=True, slots=True)
class Problem:
    where: str
    message: str
    order: int = field(default=-1, compare=False, repr=False)
    """Position in the file, for listing problems in file order: -1 for the
    top level and parties, else the index of the event."""

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class TimelineError(Exception):
    """The file cannot be used; `problems` says every reason found."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = tuple(problems)
        super().__init__("\n".join(map(str, self.problems)))


class LoadCancelled(Exception):
    pass


Progress = Callable[[int, int], None]


def load_timeline(
    path: str | Path, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None
) -> Timeline:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise TimelineError(
                [
                    Problem(
                        "",
                        (
                            f"the file is {size / 2**20:.0f} MB; Frise reads timeline files "
                            f"up to {MAX_FILE_BYTES // 2**20} MB"
                        ),
                    )
                ]
            )
        data = path.read_bytes()
    except OSError as e:
        raise TimelineError([Problem("", f"cannot read the file: {e.strerror or e}")]) from None
    return parse_timeline(data, path, progress, cancelled)


def parse_timeline(
    data: bytes,
    path: Path | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Timeline:
    """Validate a file's bytes into a Timeline, or raise TimelineError.

    A valid file takes the fast path: the whole document validated in one
    pass by pydantic-core, then one pass over the events for the rules that
    need the whole file. A file with any problem takes the detailed path,
    event by event, to say every problem and where it is.
    """
    progress = progress or (lambda done, total: None)
    cancelled = cancelled or (lambda: False)
    # Half a million new containers would trigger many useless full collections.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        data = _readable(data)
        progress(0, 3)
        try:
            doc = _document.validate_json(data)
        except ValidationError:
            doc = None
        if cancelled():
            raise LoadCancelled()
        if doc is not None:
            progress(1, 3)
            if references_hold(doc):
                progress(2, 3)
                timeline = Timeline.build(doc, path)
                progress(3, 3)
                return timeline
        # Something is wrong (or the one-pass validation was stricter than the
        # detailed one, as with 1.0 for 1): look at everything, event by event.
        raw = _parse_json(data)
        return Timeline.build(_validate(raw, progress, cancelled), path)
    finally:
        if gc_was_enabled:
            gc.enable()


def _refuse(message: str) -> NoReturn:
    raise TimelineError([Problem("", message)])


def _readable(data: bytes) -> bytes:
    """The bytes, if they can be UTF-8 JSON text at all (BOM removed)."""
    refuse = _refuse
    if len(data) > MAX_FILE_BYTES:
        refuse(f"the file is larger than {MAX_FILE_BYTES // 2**20} MB")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if not data.strip():
        refuse("the file is empty")
    if b"\x00" in data[:8192]:
        refuse("this is not a text file (it holds binary data); a timeline is UTF-8 JSON")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        line, column = _line_column(data, e.start)
        refuse(
            f"not UTF-8 text: byte 0x{data[e.start]:02X} at line {line}, column {column}"
            " (save the file as UTF-8)"
        )
    return data


def _parse_json(data: bytes) -> dict[str, Any]:
    """The JSON object of a Frise timeline; its syntax, format and version checked."""
    refuse = _refuse
    try:
        raw = pydantic_core.from_json(data, allow_inf_nan=False, cache_strings="all")
    except ValueError as e:
        message = str(e)
        if message.startswith("recursion limit exceeded"):
            message = message.replace(
                "recursion limit exceeded", "nested more than 200 levels deep"
            )
        elif message.startswith("EOF while parsing"):
            message = "the file ends too early (is it cut short?): " + message
        refuse(f"not valid JSON: {message}")
    if not isinstance(raw, dict):
        refuse(f"the file holds a JSON {_json_type(raw)}; a timeline is a JSON object {{…}}")
    if raw.get("format") != schema.FORMAT_NAME:
        refuse(
            f'not a Frise timeline: "format" must be "{schema.FORMAT_NAME}"'
            f" (found {_show(raw.get('format'))})"
        )
    version = raw.get("version")
    if type(version) is int and version > schema.FORMAT_VERSION:
        refuse(
            f"made by a newer Frise: this file is format version {version}, "
            f"this Frise reads version {schema.FORMAT_VERSION}; update Frise to open it"
        )
    return raw


_document = TypeAdapter(schema.TimelineDoc)
_party = TypeAdapter(schema.Party)
_event = TypeAdapter(schema.Event)
_events = TypeAdapter(tuple[schema.Event, ...])


def _validate(
    raw: dict[str, Any], progress: Progress, cancelled: Callable[[], bool]
) -> schema.TimelineDoc:
    """Validate everything, collecting every problem, before refusing the file.

    Events are validated in chunks, so progress can be reported and a load
    cancelled; a chunk that fails is validated again event by event. The rules
    that need the whole file are then checked on every event as written, valid
    or not, so one problem never hides another.
    """
    problems: list[Problem] = []
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
            progress(min(begin + CHUNK, total), total)
            if len(problems) > MAX_PROBLEMS:
                break
    elif "events" in raw:
        problems.append(Problem("events", f"must be a list (found {_show(raw_events)})"))
    else:
        problems.append(Problem("events", "is required but missing"))

    problems += _whole_file_problems(raw.get("parties"), raw_events)
    if doc is None and not problems:
        problems.append(Problem("", "the file is not a timeline of this format"))
    if problems:
        problems.sort(key=lambda p: p.order)
        raise TimelineError(_capped(problems))
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
                noun = "party" if section == "parties" else "event"
                yield Problem(
                    _item_where(section, index, item),
                    f"this id is used by another {noun} too",
                    -1 if section == "parties" else index,
                )
            seen.add(item_id)
    for index, item in enumerate(_list(raw_events)):
        if isinstance(item, dict):
            yield from _event_problems(index, item, party_ids, event_ids)


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
    return all(
        _span(d, spans) is not None
        for d in {s.date for e in events for s in e.sources if s.date is not None}
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

    def at(field: str) -> str:  # named only for an event with a problem: quoting costs
        return f"{_item_where('events', order, event)} › {field}"

    event_id = event.get("id")
    start = None
    for name in ("date", "end", "revealed"):
        value = event.get(name)
        if not _is_date_text(value):
            continue
        try:
            first, end, _ = day_span(value)
        except ValueError as e:
            yield Problem(at(name), str(e), order)
            continue
        if name == "date":
            start = first
        elif start is not None and end <= start:
            yield Problem(
                at(name),
                f'"{value}" is before the date "{event["date"]}"'
                + (
                    ""
                    if name == "end"
                    else "; it says when the event became public, which cannot be "
                    "before it happened"
                ),
                order,
            )
    for name in ("parties", "claimed_by"):
        seen: set[str] = set()
        for i, party in enumerate(_list(event.get(name))):
            if not isinstance(party, str):
                continue
            if party not in party_ids:
                yield Problem(at(f"{name}[{i}]"), f"no party has the id {_quote(party)}", order)
            elif party in seen:
                yield Problem(at(f"{name}[{i}]"), f"{_quote(party)} is listed twice", order)
            seen.add(party)
    for i, link in enumerate(_list(event.get("related"))):
        target = link.get("event") if isinstance(link, dict) else None
        if not isinstance(target, str):
            continue
        if target not in event_ids:
            yield Problem(at(f"related[{i}].event"), f"no event has the id {_quote(target)}", order)
        elif target == event_id:
            yield Problem(at(f"related[{i}].event"), "an event cannot relate to itself", order)
    count = len(_list(event.get("sources")))
    for i, quote in enumerate(_list(event.get("quotes"))):
        source = quote.get("source") if isinstance(quote, dict) else None
        if type(source) is int and source >= max(count, 0) and source >= 0:
            yield Problem(
                at(f"quotes[{i}].source"),
                f"source {source} does not exist (the event has "
                f"{count} source{'s' if count != 1 else ''}, numbered from 0)",
                order,
            )
    for i, source in enumerate(_list(event.get("sources"))):
        if not isinstance(source, dict):
            continue
        if _unplaced(source.get("url"), source.get("publisher"), source.get("title")):
            yield Problem(
                at(f"sources[{i}]"),
                'must give at least its "url", its "publisher" or its "title"',
                order,
            )
        value = source.get("date")
        if _is_date_text(value):
            try:
                day_span(value)
            except ValueError as e:
                yield Problem(at(f"sources[{i}].date"), str(e), order)


def _list(value: object) -> list[Any] | tuple[Any, ...]:
    return value if isinstance(value, (list, tuple)) else ()


_DATE = re.compile(DATE_PATTERN)


def _is_date_text(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and _DATE.fullmatch(value) is not None


def _capped(problems: list[Problem]) -> list[Problem]:
    if len(problems) <= MAX_PROBLEMS:
        return problems
    more = Problem("", f"… and more: only the first {MAX_PROBLEMS} problems are listed")
    return [*problems[:MAX_PROBLEMS], more]


def _quote(text: str) -> str:
    """A string from the file, quoted on one line: escapes keep a problem on one line."""
    shown = json.dumps(text, ensure_ascii=False)
    # Also escape what JSON leaves as is but a terminal may break a line on.
    shown = "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in shown)
    return shown if len(shown) <= 80 else shown[:76] + '…"'


# --- pydantic errors → readable problems ----------------------------------

Loc = tuple[int | str, ...]
"""Where an error is, as pydantic says it: keys and list indices."""

_PATTERN_HINTS: dict[str | None, str] = {
    DATE_PATTERN: DATE_HINT,
    schema.ID_PATTERN: "must be lowercase letters, digits and hyphens, not starting with a hyphen",
    schema.LANG_PATTERN: 'must be a language code such as "en" or "fr"',
    schema.URL_PATTERN: "must be an http:// or https:// address",
    schema.COLOR_PATTERN: 'must be a colour written "#RRGGBB"',
}


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
                    (f'the key {_show(loc[-2])} must be a language code such as "en" or "fr"'),
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
                    (
                        "must be a string or an object of translations such as "
                        '{"en": "…", "fr": "…"}'
                        f" (found {_show(value)})"
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


def _where(loc: Loc, raw: dict[str, Any]) -> str:
    if len(loc) >= 2 and loc[0] in ("events", "parties") and isinstance(loc[1], int):
        items = raw.get(loc[0])
        item = items[loc[1]] if isinstance(items, list) and loc[1] < len(items) else None
        head = _item_where(loc[0], loc[1], item)
        return " › ".join([head, *filter(None, [_path(loc[2:])])])
    return _path(loc) or "file"


def _item_where(section: str, index: int, item: object) -> str:
    """`event "its-id"`, or `events[3]` when it has no usable id."""
    item_id = item.get("id") if isinstance(item, dict) else None
    noun = "event" if section == "events" else "party"
    return (
        f"{noun} {_quote(item_id)}"
        if isinstance(item_id, str) and item_id
        else f"{section}[{index}]"
    )


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


def _message(item: ErrorDetails, value: Any) -> str:
    kind = item["type"]
    ctx = item.get("ctx") or {}
    if item["loc"] == ("version",) and kind != "missing":
        return f"must be 1, the format version Frise reads (found {_show(value)})"
    if kind == "missing":
        return "is required but missing"
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        return "is not a field of the format (a typo?)"
    if kind == "string_pattern_mismatch":
        hint = _PATTERN_HINTS.get(ctx.get("pattern"), "has the wrong form")
        return f"{hint} (found {_show(value)})"
    if kind == "string_too_long":
        return (
            f"is {len(value):,} characters long; the limit is "
            f"{ctx.get('max_length', schema.MAX_TEXT):,} characters"
        )
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "too_short":
        return "must list at least one item"
    if kind == "literal_error":
        return f"must be {ctx.get('expected', '')} (found {_show(value)})"
    if kind in ("string_type", "int_type", "int_from_float", "int_parsing"):
        wanted = "a string" if kind == "string_type" else "a whole number"
        return f"must be {wanted} (found {_show(value)})"
    if kind == "greater_than_equal":
        return f"must be {ctx.get('ge')} or more (found {_show(value)})"
    if kind in ("tuple_type", "list_type"):
        return f"must be a list (found {_show(value)})"
    if kind in ("dict_type", "dataclass_type", "model_type", "dataclass_exact_type"):
        return f"must be an object {{…}} (found {_show(value)})"
    return item["msg"]


def _json_type(value: object) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}.get(
        type(value), "number"
    )


def _show(value: object) -> str:
    if isinstance(value, str):
        return _quote(value if len(value) <= 60 else value[:57] + "…")
    if isinstance(value, (dict, list)):
        return f"a JSON {_json_type(value)}"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _line_column(data: bytes, offset: int) -> tuple[int, int]:
    line = data.count(b"\n", 0, offset) + 1
    column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    return line, column
