"""The detailed validation: a file's parsed JSON checked against the format
(`frise.model.schema`) and the rules of the whole file, every problem
collected before the file is refused. Imports no Qt."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from pydantic import TypeAdapter, ValidationError

from frise.model import schema
from frise.model.i18n import QT_TRANSLATE_NOOP
from frise.model.loading.errors import MAX_PROBLEMS, LoadCancelled, TimelineError, refuse
from frise.model.loading.places import show
from frise.model.loading.progress import CHUNK, PROGRESS_TOTAL, ProgressReport
from frise.model.loading.schema_problems import LIST, MISSING, problems_of
from frise.model.loading.whole_file import whole_file_problems
from frise.model.problems import NOWHERE, InFile, Problem, problem

DOCUMENT = TypeAdapter(schema.TimelineDoc)
EVENT = TypeAdapter(schema.Event)
EVENTS = TypeAdapter(tuple[schema.Event, ...])


def check_format(raw: dict[str, Any]) -> None:
    """Refuse a JSON object that is not a Frise timeline, or one too new."""
    if raw.get("format") != schema.FORMAT_NAME:
        refuse(
            problem(
                QT_TRANSLATE_NOOP(
                    "words",
                    'not a Frise timeline: "format" must be "{name}" (found {found})',
                    "a problem in a file",
                ),
                name=schema.FORMAT_NAME,
                found=show(raw.get("format")),
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


def validate(
    raw: dict[str, Any],
    report: ProgressReport,
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
        doc = DOCUMENT.validate_python({**raw, "events": ()})
    except ValidationError as e:
        doc = None
        problems += problems_of(e, raw)

    raw_events = raw.get("events")
    events: list[schema.Event] = []
    if isinstance(raw_events, list):
        total = len(raw_events)
        for begin in range(0, total, CHUNK):
            if cancelled():
                raise LoadCancelled()
            chunk = raw_events[begin : begin + CHUNK]
            try:
                events += EVENTS.validate_python(chunk)
            except ValidationError:
                for index, item in enumerate(chunk, begin):
                    try:
                        events.append(EVENT.validate_python(item))
                    except ValidationError as e:
                        problems += problems_of(e, raw, ("events", index))
            report(PROGRESS_TOTAL - 50 - (total - begin) * 400 // total)
            if len(problems) > MAX_PROBLEMS:
                break
    elif "events" in raw:
        problems.append(Problem(InFile(path="events"), problem(LIST, found=show(raw_events))))
    else:
        problems.append(Problem(InFile(path="events"), problem(MISSING)))

    problems += whole_file_problems(raw.get("parties"), raw_events)
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
