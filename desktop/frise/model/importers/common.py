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

from frise.model.i18n import QT_TRANSLATE_NOOP, Message, Value, Words
from frise.model.loading import TimelineError, parse_timeline
from frise.model.problems import NOWHERE, PLACE, InFile, Place, Problem, problem, sheet_text
from frise.model.timeline import Timeline

__all__ = [
    "Draft",
    "IdMaker",
    "Imported",
    "Problem",
    "Raw",
    "cell_text",
    "cell_word",
    "finish",
    "problem",
]

Raw = dict[str, Any]
"""A document, or a part of one, as a Frise file holds it (parsed JSON)."""

Placing = Callable[[str, int, str], tuple[Place, int]]
"""(section, index, field) → (place, order): `section` is "events", "parties"
or "top"; `field` a path in the Frise format such as "sources[0].url" ("" for
the whole item, or at the top level for the whole file)."""

MAX_ID_LENGTH = 60


@dataclass(frozen=True)
class Imported:
    timeline: Timeline
    notes: tuple[Problem, ...]
    """What was not carried over, or was made up (ids, a title); not errors."""
    layout: str
    """What the file was read as, in words: "TimelineJS spreadsheet", … (a
    message's source, with the comment LAYOUT)."""


LAYOUT = "what an imported file was read as"
"""The catalogue's comment of the names of what a file was read as."""
FRISE_LAYOUT = QT_TRANSLATE_NOOP("words", "Frise timeline", "what an imported file was read as")


def layout_name(layout: str, words: Words) -> str:
    """What a file was read as (`Imported.layout`) in the language of `words`."""
    return words.tr(layout, LAYOUT)


@dataclass
class Draft:
    """A document as a Frise file would hold it, before validation."""

    doc: Raw
    layout: str
    place: Placing
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
        for found in e.problems:
            place, order = locate(found, draft)
            if str(place) not in known:
                problems.append(Problem(place, found.what, order))
    if problems or timeline is None:
        problems.sort(key=lambda p: p.order)
        raise TimelineError(problems)
    return Imported(timeline, tuple(draft.notes), draft.layout)


def locate(found: Problem, draft: Draft) -> tuple[Place, int]:
    """Where a problem the loader found is in the source the draft came from."""
    place = found.place
    if not isinstance(place, InFile) or place == NOWHERE:
        return NOWHERE, 1 << 30
    if place.section in ("events", "parties"):
        return draft.place(place.section, place.index, place.path)
    return draft.place("top", -1, place.path)


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


def grouped_rows(rows: Iterable[int]) -> Message:
    """ "rows 3, 5, 8", for notes that name a few rows (and count the rest:
    "rows 1, 2, 3, 4, 5, 6, 7, 8 and 4 more")."""
    rows = list(rows)
    listed = ", ".join(map(str, rows[:8]))
    if len(rows) > 8:
        return Message(_ROWS, PLACE, rows=and_more(listed, len(rows) - 8))
    return Message(_ROWS if len(rows) > 1 else _ROW, PLACE, rows=listed)


_ROW = QT_TRANSLATE_NOOP("words", "row {rows}", "where a problem is in a file")
_ROWS = QT_TRANSLATE_NOOP("words", "rows {rows}", "where a problem is in a file")


def and_more(listed: Value, more: int) -> Message:
    """ "3, 5, 8 and 4 more"."""
    return Message(
        QT_TRANSLATE_NOOP("words", "{listed} and %n more", "where a problem is in a file", 1),
        PLACE,
        more,
        listed=listed,
    )


shown = sheet_text


def title_from_name(name: str) -> str:
    """A title from a file's name, for a source that gives none: "my-story" → "My story"."""
    words = re.sub(r"[-_.]+", " ", name).strip()
    return (words[:1].upper() + words[1:]) if words else "Timeline"
