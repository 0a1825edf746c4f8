"""Small timelines written for tests: a dict in the file format, and helpers
to turn it into bytes, a file, or a loaded `Timeline`."""

from __future__ import annotations

import json
from pathlib import Path


def timeline_dict(events=None, parties=None, **top) -> dict:
    doc = {
        "format": "frise-timeline",
        "version": 1,
        "title": {"en": "Test timeline", "fr": "Frise de test"},
        "parties": parties
        if parties is not None
        else [
            {"id": "alpha", "name": "Alpha", "color": "#D55E00"},
            {"id": "beta", "name": {"en": "Beta", "fr": "Bêta"}, "color": "#0072B2"},
        ],
        "events": events
        if events is not None
        else [
            event("founding", "2015-12-11", ["alpha", "beta"], "Alpha and Beta found it"),
            event("talks", "2017-09", ["alpha"], "Talks about control"),
            event("suit", "2024-02-29", ["alpha", "beta"], "Alpha sues Beta"),
        ],
    }
    doc.update(top)
    return doc


def event(event_id: str, date: str, parties: list[str], title, **fields) -> dict:
    return {"id": event_id, "date": date, "parties": parties, "title": title, **fields}


def write(tmp_path: Path, doc: dict, name: str = "timeline.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def load(doc: dict):
    from frise.model.loading import parse_timeline

    return parse_timeline(json.dumps(doc, ensure_ascii=False).encode())
