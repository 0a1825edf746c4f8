"""Small timeline documents for the model tests, built as dicts and serialised.

Each test states what it changes; everything else is the smallest valid file.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from frise.model.loading import parse_timeline
from frise.model.timeline import Timeline


def party(party_id: str, **fields: Any) -> dict:
    return {"id": party_id, "name": fields.pop("name", party_id.upper()), **fields}


def event(
    event_id: str, date: str, parties: tuple[str, ...] | list[str] = ("a",), **fields: Any
) -> dict:
    return {
        "id": event_id,
        "date": date,
        "parties": list(parties),
        "title": fields.pop("title", f"Event {event_id}"),
        **fields,
    }


def timeline_dict(
    parties: list[dict] | None = None, events: list[dict] | None = None, **top: Any
) -> dict:
    """A valid document: parties "a" and "b", events "e1" (in a) and "e2" (in b)."""
    doc = {
        "format": "frise-timeline",
        "version": 1,
        "title": "Test timeline",
        "parties": parties if parties is not None else [party("a"), party("b")],
        "events": events
        if events is not None
        else [
            event("e1", "2024-01-15", ["a"]),
            event("e2", "2024-02-01", ["b"]),
        ],
    }
    doc.update(top)
    return doc


def with_event(index: int = 1, **fields: Any) -> dict:
    """The default document with fields of event `index` replaced (None deletes)."""
    doc = copy.deepcopy(timeline_dict())
    target = doc["events"][index]
    for key, value in fields.items():
        if value is None:
            target.pop(key, None)
        else:
            target[key] = value
    return doc


def to_bytes(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def timeline_bytes(**overrides: Any) -> bytes:
    return to_bytes(timeline_dict(**overrides))


def build(events: list[dict], parties: list[dict] | None = None) -> Timeline:
    return parse_timeline(to_bytes(timeline_dict(parties=parties, events=events)))
