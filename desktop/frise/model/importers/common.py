"""What every importer shares: ids made from titles, cells as text, and the
last step, where a drafted document goes through the loader's own validation
and each problem found there is told at its place in the source (sheet, row
and column, or a path in a TimelineJS file).

No Qt.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from frise.model.loader import Problem, TimelineError, parse_timeline
from frise.model.timeline import Timeline

__all__ = ["Draft", "IdMaker", "Imported", "Problem", "Raw", "cell_text", "cell_word", "finish"]

Raw = dict[str, Any]
"""A document, or a part of one, as a Frise file holds it (parsed JSON)."""

Place = Callable[[str, int, str], tuple[str, int]]
"""(section, index, field) → (where, order): `section` is "events", "parties"
or "top"; `field` a path in the Frise format such as "sources[0].url"."""

MAX_ID_LENGTH = 60


@dataclass(frozen=True)
class Imported:
    timeline: Timeline
    notes: tuple[Problem, ...]
    """What was not carried over, or was made up (ids, a title); not errors."""
    layout: str
    """What the file was read as, in words: "TimelineJS spreadsheet", …"""


@dataclass
class Draft:
    """A document as a Frise file would hold it, before validation."""

    doc: Raw
    layout: str
    place: Place
    problems: list[Problem] = field(default_factory=list)
    """Cells that could not be read at all, already told at their place."""
    notes: list[Problem] = field(default_factory=list)


def finish(draft: Draft, path: Path | None = None) -> Imported:
    """Validate the draft as the loader validates a file; refuse it whole, with
    every problem at its place in the source, or return the timeline."""
    problems = list(draft.problems)
    if not draft.doc:
        raise TimelineError(problems)
    timeline = None
    try:
        timeline = parse_timeline(json.dumps(draft.doc, ensure_ascii=False).encode("utf-8"), path)
    except TimelineError as e:
        # A cell already reported was left out of the draft; what the loader
        # then says of the same place would only repeat it.
        known = {p.where for p in problems}
        for problem in e.problems:
            where, order = locate(problem, draft)
            if where not in known:
                problems.append(Problem(where, problem.message, order))
    if problems or timeline is None:
        problems.sort(key=lambda p: p.order)
        raise TimelineError(problems)
    return Imported(timeline, tuple(draft.notes), draft.layout)


_WHERE = re.compile(
    r'^(?:(?P<noun>event|party) (?P<id>".*?")|(?P<section>events|parties)\[(?P<index>\d+)\])'
    r"(?: › (?P<field>.*))?$"
)


def locate(problem: Problem, draft: Draft) -> tuple[str, int]:
    """Where a problem the loader found is in the source the draft came from."""
    match = _WHERE.match(problem.where)
    if match is None:
        if not problem.where:
            return "", 1 << 30
        return draft.place("top", -1, problem.where)
    field_path = match["field"] or ""
    if match["noun"] == "event" or match["section"] == "events":
        index = problem.order if problem.order >= 0 else int(match["index"] or 0)
        return draft.place("events", index, field_path)
    if match["index"] is not None:
        return draft.place("parties", int(match["index"]), field_path)
    try:
        party_id = json.loads(match["id"])
    except ValueError:
        party_id = None
    ids = [p.get("id") for p in draft.doc.get("parties", ())]
    index = ids.index(party_id) if party_id in ids else -1
    return draft.place("parties", index, field_path)


def slug(text: str, fallback: str = "event") -> str:
    """An id made of `text`: lowercase ASCII letters, digits and hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    made = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(made) > MAX_ID_LENGTH:
        made = made[:MAX_ID_LENGTH].rsplit("-", 1)[0] or made[:MAX_ID_LENGTH]
    return made or fallback


class IdMaker:
    """Unique ids made from titles: the same sheet gives the same ids.

    A title used twice is told apart by its date ("talks-2017-09"), which
    survives adding rows above it; only the same title on the same date gets
    a number ("talks-2017-09-2").
    """

    def __init__(self, taken: Iterable[str] = ()):
        self.taken = set(taken)

    def make(self, text: str, qualifier: str = "", fallback: str = "event") -> str:
        base = slug(text, fallback)
        candidates = [base]
        if qualifier:
            candidates.append(f"{base}-{slug(qualifier, '')}".rstrip("-"))
        for candidate in candidates:
            if candidate not in self.taken:
                self.taken.add(candidate)
                return candidate
        number = 2
        while f"{candidates[-1]}-{number}" in self.taken:
            number += 1
        self.taken.add(f"{candidates[-1]}-{number}")
        return f"{candidates[-1]}-{number}"


def cell_text(cell: object) -> str:
    """A cell as text: "" when empty or blank, numbers without a needless ".0",
    line breaks as LF. Text is otherwise kept as written."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, float):
        return str(int(cell)) if cell.is_integer() else repr(cell)
    if isinstance(cell, int):
        return str(cell)
    text = str(cell).replace("\r\n", "\n").replace("\r", "\n")
    return text if text.strip() else ""


def cell_word(cell: object) -> str:
    """A cell that holds a word, a date or an id: its text, trimmed."""
    return cell_text(cell).strip()


def first_text(text: object) -> str:
    """The English text of a TEXT value, else its first language, else ""."""
    if isinstance(text, dict):
        return str(text.get("en") or next(iter(text.values()), ""))
    return str(text or "")


def grouped_rows(rows: Iterable[int]) -> str:
    """ "rows 3, 5 and 8", for notes that name a few rows (and count the rest)."""
    rows = list(rows)
    shown = ", ".join(map(str, rows[:8]))
    more = f" and {len(rows) - 8} more" if len(rows) > 8 else ""
    return f"row{'s' if len(rows) > 1 else ''} {shown}{more}"


def shown(value: object, limit: int = 60) -> str:
    """A text from the source, quoted on one line and never too long, for a message."""
    text = "".join(c if c.isprintable() else " " for c in str(value if value is not None else ""))
    return f'"{text if len(text) <= limit else text[: limit - 1] + "…"}"'


def title_from_name(name: str) -> str:
    """A title from a file's name, for a source that gives none: "my-story" → "My story"."""
    words = re.sub(r"[-_.]+", " ", name).strip()
    return (words[:1].upper() + words[1:]) if words else "Timeline"
