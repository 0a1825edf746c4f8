"""The rules that need the whole file: ids used once, references to parties,
events and sources that exist, real dates in order, sources that say where
they are. `event_index_if_valid` answers on a validated document in a few
passes over all events (the fast path); `whole_file_problems` names every broken
rule on the file as written, valid or not (the detailed path). Imports no Qt."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from itertools import chain
from typing import Any, TypeGuard

from frise.model import schema
from frise.model.dates import DATE_PATTERN, BadDate, day_span
from frise.model.i18n import QT_TRANSLATE_NOOP, Message
from frise.model.loading.places import item_where
from frise.model.problems import InFile, Problem, as_is, problem, quoted
from frise.model.text import url_problem


def whole_file_problems(raw_parties: object, raw_events: object) -> Iterable[Problem]:
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
                    item_where(section, index, item),
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


def event_index_if_valid(doc: schema.TimelineDoc) -> dict[str, int] | None:
    """Event id → its index, if the file keeps every rule that needs the
    whole file, else None; answered with a few passes over all events at once
    (sets, not one event at a time). When it does not, the detailed path says
    what is wrong, event by event. The index is the timeline's
    (`Timeline.event_index`): made here, the ids are hashed into a table of a
    million entries once, not twice."""
    events = doc.events
    party_ids = {p.id for p in doc.parties}
    index = {e.id: k for k, e in enumerate(events)}
    if len(party_ids) != len(doc.parties) or len(index) != len(events):
        return None
    dates = {e.date for e in events}
    spans: dict[str, tuple[int, int, int] | None] = {}
    if any(_span(d, spans) is None for d in dates):
        return None
    for event in events:
        if event.end is not None or event.revealed is not None:
            first = spans[event.date]
            assert first is not None  # every date was checked above
            start = first[0]
            for later in (event.end, event.revealed):
                if later is not None and (
                    (span := _span(later, spans)) is None or span[1] <= start
                ):
                    return None
    if not party_ids.issuperset(chain.from_iterable(e.parties for e in events)):
        return None
    if not party_ids.issuperset(chain.from_iterable(e.claimed_by for e in events)):
        return None
    if any(
        len(set(ids)) != len(ids)
        for e in events
        for ids in (e.parties, e.claimed_by)
        if len(ids) > 1
    ):
        return None
    if any(link.event not in index or link.event == e.id for e in events for link in e.related):
        return None
    if any(
        q.source is not None and q.source >= len(e.sources)
        for e in events
        if e.quotes
        for q in e.quotes
    ):
        return None
    if any(_unplaced(s.url, s.publisher, s.title) for e in events for s in e.sources):
        return None
    if not all(
        _span(d, spans) is not None
        for d in {s.date for e in events for s in e.sources if s.date is not None}
    ):
        return None
    if any(url_problem(s.url) for e in events if e.sources for s in e.sources if s.url is not None):
        return None
    return index


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
        return dataclasses.replace(item_where("events", order, event), path=field)

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
