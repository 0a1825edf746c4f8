"""A validated timeline document written back as a Frise file (UTF-8 JSON).

Fields left at their default (an empty list, "confirmed") are left out, as a
person writing the file would; loading the bytes gives the same document.
No Qt.
"""

from __future__ import annotations

from pydantic import TypeAdapter

from frise.model.schema import TimelineDoc

_document = TypeAdapter(TimelineDoc)


def timeline_json(doc: TimelineDoc) -> bytes:
    return _document.dump_json(doc, indent=2, exclude_none=True, exclude_defaults=True) + b"\n"
