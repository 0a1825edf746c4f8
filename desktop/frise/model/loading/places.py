"""How a problem points into the file: the item and field it is about, the
line and column of a byte, and a value from the file as the problem shows it.
Imports no Qt."""

from __future__ import annotations

import re

from frise.model.i18n import QT_TRANSLATE_NOOP, Value
from frise.model.problems import InFile, problem, quoted

Loc = tuple[int | str, ...]
"""Where an error is, as pydantic says it: keys and list indices."""


def item_where(section: str, index: int, item: object) -> InFile:
    """`event "its-id"`, or `events[3]` when it has no usable id."""
    item_id = item.get("id") if isinstance(item, dict) else None
    usable = item_id if isinstance(item_id, str) and item_id else None
    return InFile(section, index, usable)


def path_text(loc: Loc) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            name = str(part)
            if not re.fullmatch(r"[A-Za-z_()][A-Za-z0-9_()-]*", name):
                name = quoted(name)  # a key from the file: shown quoted, on one line
            out += ("." if out else "") + name
    return out


def json_type(value: object) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}.get(
        type(value), "number"
    )


JSON_KINDS = {
    "object": QT_TRANSLATE_NOOP("words", "a JSON object", "a problem in a file"),
    "array": QT_TRANSLATE_NOOP("words", "a JSON array", "a problem in a file"),
    "string": QT_TRANSLATE_NOOP("words", "a JSON string", "a problem in a file"),
    "boolean": QT_TRANSLATE_NOOP("words", "a JSON boolean", "a problem in a file"),
    "null": QT_TRANSLATE_NOOP("words", "a JSON null", "a problem in a file"),
    "number": QT_TRANSLATE_NOOP("words", "a JSON number", "a problem in a file"),
}
"""Messages' sources: what a JSON value is."""


def show(value: object) -> Value:
    """A value from the file as a problem shows it: quoted text, a number or
    a JSON word as written; an object or a list by what it is."""
    if isinstance(value, str):
        return quoted(value if len(value) <= 60 else value[:57] + "…")
    if isinstance(value, (dict, list)):
        return problem(JSON_KINDS[json_type(value)])
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def line_column(data: bytes, offset: int) -> tuple[int, int]:
    """Line and column (in characters) of a byte offset, both from 1."""
    line = data.count(b"\n", 0, offset) + 1
    start = data.rfind(b"\n", 0, offset) + 1
    return line, len(data[start:offset].decode("utf-8", "replace")) + 1
