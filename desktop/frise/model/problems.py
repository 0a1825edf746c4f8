"""What is wrong with a file, and where, in words any language can say.

A `Problem` keeps its parts apart: the place (`InFile`: an item of the
timeline and a field path; `InSheet`: a sheet, a row and a column) and what
is wrong (a `Message`: an English template of Frise's words, with the values
from the file as they are to be shown). `str(problem)` is the English the
command line prints; `problem.text(words)` says it in the language of
`words` (the window hands in `frise.translations.words(lang)`). Values from
the file are never translated: only Frise's own words are.

Problems are made only for a file that is refused: a valid file never pays
for any of this.

No Qt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from frise.model.i18n import ENGLISH, QT_TRANSLATE_NOOP, Message, Sayable, Value, Words

PROBLEM = "a problem in a file"
"""The catalogue's comment of every message that says what is wrong."""
PLACE = "where a problem is in a file"
"""The catalogue's comment of the words that say where a problem is."""


def problem(source: str, count: int = -1, /, **values: Value) -> Message:
    """What is wrong: `source` marked with QT_TRANSLATE_NOOP("words", source,
    "a problem in a file") where it is written."""
    return Message(source, PROBLEM, count, **values)


def quoted(text: str) -> str:
    """A string from the file, quoted on one line: escapes keep a problem on one line."""
    shown = json.dumps(text, ensure_ascii=False)
    # Also escape what JSON leaves as is but a terminal may break a line on.
    shown = "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in shown)
    return shown if len(shown) <= 80 else shown[:76] + '…"'


def sheet_text(value: object, limit: int = 60) -> str:
    """A text from a sheet, quoted on one line and never too long, for a message."""
    text = "".join(c if c.isprintable() else " " for c in str(value if value is not None else ""))
    return f'"{text if len(text) <= limit else text[: limit - 1] + "…"}"'


_EVENT = QT_TRANSLATE_NOOP("words", "event {id}", "where a problem is in a file")
_PARTY = QT_TRANSLATE_NOOP("words", "party {id}", "where a problem is in a file")
_FILE = QT_TRANSLATE_NOOP("words", "file", "where a problem is in a file")
_SHEET = QT_TRANSLATE_NOOP("words", "sheet {name}", "where a problem is in a file")
_ROW = QT_TRANSLATE_NOOP("words", "row {row}", "where a problem is in a file")
_COLUMN = QT_TRANSLATE_NOOP("words", "column {letter}", "where a problem is in a file")
_NAMED_COLUMN = QT_TRANSLATE_NOOP(
    "words", "column {letter} ({name})", "where a problem is in a file"
)
_WHOLE_SHEET = QT_TRANSLATE_NOOP("words", "the sheet", "where a problem is in a file")
_AT = QT_TRANSLATE_NOOP("words", "{where}: {what}", "where a problem is in a file")


@dataclass(frozen=True, slots=True)
class InFile:
    """A place in a JSON file: an item of "events" or "parties" (by its id,
    or by its index when it has no usable id) and a field path in it
    ("sources[0].url"); or, at the top level, a path alone ("title"); or the
    whole file. With nothing set: no place (the problem is the file's own)."""

    section: str = ""
    """ "events" or "parties" for one of their items; "" at the top level."""
    index: int = -1
    item_id: str | None = None
    """The item's id as written, when it is a usable one."""
    path: str = ""
    """Keys and indices, as the format names them: never translated."""
    whole: bool = False

    def text(self, words: Words = ENGLISH) -> str:
        if self.section:
            if self.item_id:
                noun = _EVENT if self.section == "events" else _PARTY
                head = Message(noun, PLACE, id=quoted(self.item_id)).text(words)
            else:
                head = f"{self.section}[{self.index}]"
            return f"{head} › {self.path}" if self.path else head
        if self.path:
            return self.path
        return words.tr(_FILE, PLACE) if self.whole else ""

    def __str__(self) -> str:
        return self.text()


WHOLE_FILE = InFile(whole=True)
NOWHERE = InFile()


@dataclass(frozen=True, slots=True)
class InSheet:
    """A place in a spreadsheet: its sheet (when the file names it), a row,
    a column (by its letter, and its name in row 1 when it has one); a
    column of the layout the sheet does not have (`key`); or a field of the
    timeline that no cell holds (`path`)."""

    sheet: str | None = None
    row: int | None = None
    column: int | None = None
    """From 0; shown as its letter (A, B, …, AA)."""
    header: str | None = None
    key: str = ""
    path: str = ""

    def text(self, words: Words = ENGLISH) -> str:
        parts = []
        if self.sheet:
            parts.append(Message(_SHEET, PLACE, name=sheet_text(self.sheet)))
        if self.row is not None:
            parts.append(Message(_ROW, PLACE, row=self.row))
        if self.column is not None:
            letter = column_letter(self.column)
            if self.header is not None:
                name = sheet_text(self.header, 40)
                parts.append(Message(_NAMED_COLUMN, PLACE, letter=letter, name=name))
            else:
                parts.append(Message(_COLUMN, PLACE, letter=letter))
        said = [part.text(words) for part in parts]
        if self.key:
            said.append(self.key)
        where = ", ".join(said) or words.tr(_WHOLE_SHEET, PLACE)
        return Message(_AT, PLACE, where=where, what=self.path).text(words) if self.path else where

    def __str__(self) -> str:
        return self.text()


Place = InFile | InSheet


def column_letter(index: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA"."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@dataclass(frozen=True, slots=True)
class Problem:
    place: Place
    what: Message
    order: int = field(default=-1, compare=False, repr=False)
    """Position in the file, for listing problems in file order: -1 for the
    top level and parties, else the index of the event."""

    @property
    def where(self) -> str:
        """The place, in English."""
        return str(self.place)

    @property
    def message(self) -> str:
        """What is wrong, in English."""
        return str(self.what)

    def text(self, words: Words = ENGLISH) -> str:
        """ "where: what", in the language of `words`."""
        what = self.what.text(words)
        if self.place == NOWHERE:
            return what
        return Message(_AT, PLACE, where=self.place, what=what).text(words)

    def __str__(self) -> str:
        return self.text()


def as_is(text: str) -> Message:
    """What a library said (pydantic, a JSON parser), in its words: shown as
    it is in every language."""
    return Message("{text}", PROBLEM, text=text)


@dataclass(frozen=True, slots=True)
class Listed:
    """Places (or other things said in a language) one after the other: "a, b, c"."""

    items: tuple[Sayable, ...]

    def text(self, words: Words = ENGLISH) -> str:
        return ", ".join(item.text(words) for item in self.items)

    def __str__(self) -> str:
        return self.text()


def either(items: list[str]) -> Value:
    """ "a or b or c": values from the file (or names of the format), as
    alternatives in the reader's language."""
    if len(items) <= 1:
        return items[0] if items else ""
    return Message(_OR, PROBLEM, first=items[0], rest=either(items[1:]))


_OR = QT_TRANSLATE_NOOP("words", "{first} or {rest}", "a problem in a file")
