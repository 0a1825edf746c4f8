"""Frise's own spreadsheet layout, both ways: a sheet → a draft document, and
a document → rows of a sheet (for `frise export --out story.csv`).

One sheet, row 1 names the columns (any order, any case), one row per event.
Optional rows say what the timeline is called and what its parties are
(`record` = `timeline` or `party`); without party rows, the names written in
`parties` become the lanes. Sources and quotes sit in numbered columns
(`source_1_url`, `quote_2_text`, …). docs/spreadsheet.md is the user's guide;
this module is its contract. No Qt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from frise.model import schema
from frise.model.i18n import QT_TRANSLATE_NOOP, Message
from frise.model.importers.common import (
    Draft,
    IdMaker,
    Problem,
    Raw,
    cell_text,
    cell_word,
    first_text,
    problem,
    shown,
    title_from_name,
)
from frise.model.importers.tables import MAX_COLUMNS, Cell, Table, is_empty
from frise.model.problems import NOWHERE, InSheet, column_letter, either

LAYOUT = QT_TRANSLATE_NOOP("words", "Frise spreadsheet", "what an imported file was read as")
SHEET_NAME = "Timeline"
SEPARATOR = ";"
FIELDS = (
    "record",
    "id",
    "date",
    "end",
    "revealed",
    "parties",
    "claimed_by",
    "kind",
    "certainty",
    "color",
    "related",
)
SOURCE_PARTS = ("title", "url", "publisher", "date", "type", "original")
QUOTE_PARTS = ("speaker", "text", "lang", "translation", "source")
REQUIRED = ("date", "parties", "title")
RECORDS = ("event", "party", "timeline")
ALLOWED = {
    "timeline": {"record", "title", "summary"},
    "party": {"record", "id", "title", "summary", "color"},
    "event": set(FIELDS) - {"color"} | {"title", "summary", "source", "quote"},
}
"""Columns each kind of row may fill (by field, text base or group)."""

Text = str | dict[str, str]
Values = dict["Column", Cell]
"""The filled cells of one row, by column."""

_COLUMN = re.compile(
    r"^(?:(?P<field>" + "|".join(FIELDS) + r")"
    r"|(?P<text>title|summary)(?:_(?P<text_lang>.+))?"
    r"|source_(?P<source>\d{1,4})_(?P<source_part>" + "|".join(SOURCE_PARTS) + ")"
    r"|quote_(?P<quote>\d{1,4})_(?:(?P<quote_part>speaker|text|lang|source)"
    r"|translation(?:_(?P<quote_lang>.+))?))$",
    re.IGNORECASE,
)
_LANG = re.compile(schema.LANG_PATTERN)
_HEX = re.compile(r"^[0-9A-Fa-f]{6}$")
_LINK = re.compile(r"^\s*([^:]+?)\s*:\s*(\S+)\s*$")


@dataclass(frozen=True, eq=False)
class Column:
    index: int
    header: str
    """As written in row 1."""
    group: str
    """A field name, "title" or "summary", "source" or "quote"."""
    part: str = ""
    """Of a source or a quote: "url", "translation", …"""
    number: int = 0
    """Of a source or a quote: its number in the header (source_2_… is 2)."""
    lang: str | None = None
    """Of a text or a quote's translation: the language it is in, if named."""

    @property
    def key(self) -> str:
        """The column's name as this module writes it ("source_2_url", "title_fr")."""
        if self.group in ("source", "quote"):
            name = f"{self.group}_{self.number}_{self.part}"
        else:
            name = self.group
        return f"{name}_{self.lang}" if self.lang else name


def is_layout(header: list[Cell]) -> bool:
    """Whether row 1 reads as Frise's layout (it names a date and a title)."""
    names = {_normal(cell_word(c)).lower() for c in header}
    return "date" in names and any(n == "title" or n.startswith("title_") for n in names)


def _normal(header: str) -> str:
    return re.sub(r"\s+", "_", header.strip())


# --- reading ------------------------------------------------------------------


@dataclass
class _EventInfo:
    """Where an event's fields came from, to tell the loader's problems there."""

    row: int
    source_numbers: list[int] = field(default_factory=list)
    quote_numbers: list[int] = field(default_factory=list)


class _Reader:
    def __init__(self, table: Table, title_hint: str):
        self.table = table
        self.title_hint = title_hint
        self.problems: list[Problem] = []
        self.notes: list[Problem] = []
        self.sheet = table.name or None
        self.columns: list[Column] = []
        self.by_key: dict[str, Column] = {}
        self.events: list[Raw] = []
        self.event_info: list[_EventInfo] = []
        self.parties: list[Raw] = []
        self.party_rows: list[int] = []
        self.timeline: Raw = {}
        self.timeline_row: int | None = None
        self.made_parties: set[int] = set()
        """Parties made from names in the parties column, not from party rows."""

    # where problems are -----------------------------------------------------

    def where(self, row: int | None, key: str | None = None) -> InSheet:
        return self.locate(row, key)[0]

    def locate(self, row: int | None, key: str | None = None) -> tuple[InSheet, int]:
        """Where a cell is, and its rank among problems (by row, then column)."""
        column = self.by_key.get(key) if key else None
        if column is None and key and "_" in key:
            column = self.by_key.get(key.split("_", 1)[0])  # title_en told at "title"
        rank = (row or 0) * (MAX_COLUMNS + 1) + (column.index if column else MAX_COLUMNS)
        if column is not None:
            return InSheet(self.sheet, row, column.index, column.header), rank
        return InSheet(self.sheet, row, key=key or ""), rank

    def problem(self, row: int | None, key: str | None, what: Message) -> None:
        where, rank = self.locate(row, key)
        self.problems.append(Problem(where, what, rank))

    def place(self, section: str, index: int, path: str) -> tuple[InSheet, int]:
        if section == "events" and 0 <= index < len(self.event_info):
            info = self.event_info[index]
            return self.locate(info.row, _event_key(path, info))
        if section == "parties" and 0 <= index < len(self.party_rows):
            row = self.party_rows[index]
            return self.locate(row, "parties" if index in self.made_parties else _party_key(path))
        if section == "top" and path.split(".")[0] in ("title", "description"):
            return self.locate(self.timeline_row, _party_key(path))
        if section == "top" and path == "parties":
            return self.locate(None, "parties")
        return InSheet(self.sheet, path=path), 0

    # the header ---------------------------------------------------------------

    def read_header(self) -> bool:
        header = self.table.rows[0] if self.table.rows else []
        seen: dict[str, Column] = {}
        for index, cell in enumerate(header):
            text = cell_word(cell)
            if not text:
                if any(
                    not is_empty(self.table.cell(r, index)) for r in range(1, len(self.table.rows))
                ):
                    self.problems.append(
                        Problem(
                            InSheet(self.sheet, 1, index),
                            problem(
                                QT_TRANSLATE_NOOP(
                                    "words",
                                    "this column holds data but has no name in row 1",
                                    "a problem in a file",
                                )
                            ),
                            1,
                        )
                    )
                continue
            column = _column(index, text)
            where = InSheet(self.sheet, 1, index, text)
            rank = MAX_COLUMNS + 1 + index
            if isinstance(column, Message):
                self.problems.append(Problem(where, column, rank))
                continue
            twin = seen.get(column.key)
            if twin is not None:
                self.problems.append(
                    Problem(
                        where,
                        problem(
                            QT_TRANSLATE_NOOP(
                                "words", "column {letter} has the same name", "a problem in a file"
                            ),
                            letter=column_letter(twin.index),
                        ),
                        rank,
                    )
                )
                continue
            seen[column.key] = column
            self.columns.append(column)
        self.by_key = seen
        groups = {c.group for c in self.columns}
        missing = [name for name in REQUIRED if name not in groups]
        if missing:
            self.problems.append(
                Problem(
                    self.where(1),
                    problem(
                        QT_TRANSLATE_NOOP(
                            "words",
                            "the sheet has no {names} column "
                            "(Frise's layout needs date, parties and title)",
                            "a problem in a file",
                        ),
                        names=either([f'"{name}"' for name in missing]),
                    ),
                    1,
                )
            )
        return not missing

    # the rows -----------------------------------------------------------------

    def read_rows(self) -> None:
        pending: list[tuple[int, Raw, dict[str, list[str]]]] = []
        for number, cells in enumerate(self.table.rows[1:], 2):
            values = {
                c: cells[c.index]
                for c in self.columns
                if c.index < len(cells) and not is_empty(cells[c.index])
            }
            if not values:
                continue
            record = self.word(values, "record").lower() or "event"
            if record not in RECORDS:
                self.problem(
                    number,
                    "record",
                    problem(
                        QT_TRANSLATE_NOOP(
                            "words",
                            'must be empty (an event), "party" or "timeline" (found {found})',
                            "a problem in a file",
                        ),
                        found=shown(record),
                    ),
                )
                continue
            for column in values:
                group = column.group
                if group not in ALLOWED[record]:
                    self.problem(number, column.key, problem(_NOT_USED[record]))
            if record == "timeline":
                self.read_timeline(number, values)
            elif record == "party":
                self.read_party(number, values)
            else:
                event, names = self.read_event(number, values)
                self.events.append(event)
                pending.append((number, event, names))
        self.resolve_parties(pending)

    def text(
        self, number: int, values: Values, group: str, part: str = "", num: int = 0
    ) -> Text | None:
        """A TEXT from the columns of one group: "title" alone is a plain
        string; with "title_fr" and others it is the English one."""
        plain, langs, plain_key = None, {}, None
        for column, value in values.items():
            if column.group != group or column.part != part or column.number != num:
                continue
            text = cell_text(value)
            if not text:
                continue
            if column.lang is None:
                plain, plain_key = text, column.key
            else:
                langs[column.lang] = text
        if plain is not None and langs:
            if "en" in langs:
                self.problem(
                    number,
                    plain_key,
                    problem(
                        QT_TRANSLATE_NOOP(
                            "words",
                            'both this column and "{key}_en" are filled: '
                            '"{key}" is English when other languages are given; keep one',
                            "a problem in a file",
                        ),
                        key=plain_key or "",
                    ),
                )
                return langs
            return {"en": plain, **langs}
        return langs or plain

    def word(self, values: Values, key: str) -> str:
        column = self.by_key.get(key)
        return cell_word(values.get(column)) if column is not None else ""

    def read_timeline(self, number: int, values: Values) -> None:
        if self.timeline_row is not None:
            self.problem(
                number,
                "record",
                problem(
                    QT_TRANSLATE_NOOP(
                        "words",
                        "the timeline is already described on row {row}",
                        "a problem in a file",
                    ),
                    row=self.timeline_row,
                ),
            )
            return
        self.timeline_row = number
        title = self.text(number, values, "title")
        description = self.text(number, values, "summary")
        self.timeline = {"title": title} if title else {}
        if description:
            self.timeline["description"] = description

    def read_party(self, number: int, values: Values) -> None:
        party: Raw = {}
        if party_id := self.word(values, "id"):
            party["id"] = party_id
        if name := self.text(number, values, "title"):
            party["name"] = name
        if description := self.text(number, values, "summary"):
            party["description"] = description
        if color := self.word(values, "color"):
            party["color"] = "#" + color if _HEX.match(color) else color
        self.parties.append(party)
        self.party_rows.append(number)

    def read_event(self, number: int, values: Values) -> tuple[Raw, dict[str, list[str]]]:
        info = _EventInfo(number)
        event: Raw = {}
        for key in ("id", "date", "end", "revealed"):
            if value := self.word(values, key):
                event[key] = value
        for key in ("kind", "certainty"):
            if value := self.word(values, key):
                event[key] = value.lower()
        names = {key: _split(self.word(values, key)) for key in ("parties", "claimed_by")}
        if title := self.text(number, values, "title"):
            event["title"] = title
        if summary := self.text(number, values, "summary"):
            event["summary"] = summary
        sources = self.read_sources(number, values, info)
        quotes = self.read_quotes(number, values, info)
        if sources:
            event["sources"] = sources
        if quotes:
            event["quotes"] = quotes
        if related := self.word(values, "related"):
            links = []
            for part in _split(related):
                match = _LINK.match(part)
                if match is None:
                    self.problem(
                        number,
                        "related",
                        problem(
                            QT_TRANSLATE_NOOP(
                                "words",
                                'write each link as "relation: event-id", e.g. '
                                '"follows: founding" (found {found})',
                                "a problem in a file",
                            ),
                            found=shown(part),
                        ),
                    )
                    continue
                links.append({"relation": match[1].lower(), "event": match[2]})
            if links:
                event["related"] = links
        self.event_info.append(info)
        return event, names

    def numbers(self, values: Values, group: str) -> list[int]:
        return sorted({c.number for c in values if c.group == group})

    def read_sources(self, number: int, values: Values, info: _EventInfo) -> list[Raw]:
        sources = []
        for num in self.numbers(values, "source"):
            source = {}
            for part in SOURCE_PARTS:
                column = self.by_key.get(f"source_{num}_{part}")
                value = values.get(column) if column else None
                text = cell_word(value) if part in ("url", "date", "type") else cell_text(value)
                if text:
                    source[part] = text.lower() if part == "type" else text
            sources.append(source)
            info.source_numbers.append(num)
        return sources

    def read_quotes(self, number: int, values: Values, info: _EventInfo) -> list[Raw]:
        quotes = []
        for num in self.numbers(values, "quote"):
            quote: Raw = {}
            for part in ("speaker", "text", "lang"):
                column = self.by_key.get(f"quote_{num}_{part}")
                value = values.get(column) if column else None
                text = cell_word(value) if part in ("speaker", "lang") else cell_text(value)
                if text:
                    quote[part] = text
            if translation := self.text(number, values, "quote", "translation", num):
                quote["translation"] = translation
            if reference := self.word(values, f"quote_{num}_source"):
                key = f"quote_{num}_source"
                try:
                    wanted = int(float(reference))
                except ValueError:
                    wanted = None
                if wanted is None or wanted != float(reference):
                    self.problem(
                        number,
                        key,
                        problem(
                            QT_TRANSLATE_NOOP(
                                "words",
                                "must be a source number (found {found})",
                                "a problem in a file",
                            ),
                            found=shown(reference),
                        ),
                    )
                elif wanted not in info.source_numbers:
                    have = ", ".join(map(str, info.source_numbers))
                    self.problem(
                        number,
                        key,
                        problem(
                            QT_TRANSLATE_NOOP(
                                "words",
                                "this row has no source {wanted} (its sources: {have})",
                                "a problem in a file",
                            ),
                            wanted=wanted,
                            have=have
                            or problem(QT_TRANSLATE_NOOP("words", "none", "a problem in a file")),
                        ),
                    )
                else:
                    quote["source"] = info.source_numbers.index(wanted)
            quotes.append(quote)
            info.quote_numbers.append(num)
        return quotes

    def resolve_parties(self, pending: list[tuple[int, Raw, dict[str, list[str]]]]) -> None:
        """Turn the names in `parties` and `claimed_by` into party ids: those of
        the party rows when there are any (an unknown name is then a problem),
        else new parties, one per name, in order of first use."""
        declared = bool(self.parties)
        ids = IdMaker(p["id"] for p in self.parties if "id" in p)
        for party in self.parties:
            if "id" not in party:
                party["id"] = ids.make(first_text(party.get("name", "")), fallback="party")
        lookup: dict[str, str] = {}
        for party in self.parties:
            name = party.get("name")
            for text in name.values() if isinstance(name, dict) else [name or ""]:
                lookup.setdefault(text.casefold(), party["id"])
        for party in self.parties:
            lookup[party["id"].casefold()] = party["id"]
        made_rows: dict[str, int] = {}
        for number, event, names in pending:
            for key in ("parties", "claimed_by"):
                resolved = []
                for name in names[key]:
                    party_id = lookup.get(name.casefold())
                    if party_id is None and declared:
                        self.problem(
                            number,
                            key,
                            problem(
                                QT_TRANSLATE_NOOP(
                                    "words",
                                    "no party row has the id or name {name}",
                                    "a problem in a file",
                                ),
                                name=shown(name),
                            ),
                        )
                        continue
                    if party_id is None:
                        party_id = ids.make(name, fallback="party")
                        lookup[name.casefold()] = party_id
                        self.made_parties.add(len(self.parties))
                        self.parties.append({"id": party_id, "name": name})
                        made_rows[party_id] = number
                    resolved.append(party_id)
                if resolved:
                    event[key] = resolved
        self.party_rows += [made_rows[p["id"]] for p in self.parties[len(self.party_rows) :]]
        if made_rows:
            self.notes.append(
                Problem(
                    NOWHERE,
                    problem(
                        QT_TRANSLATE_NOOP(
                            "words",
                            "no party rows: the %n lanes are the names written "
                            "in the parties column, in the order they first appear",
                            "a problem in a file",
                            1,
                        ),
                        len(made_rows),
                    ),
                )
            )

    def make_ids(self) -> None:
        ids = IdMaker(e["id"] for e in self.events if "id" in e)
        made = 0
        for event in self.events:
            if "id" not in event:
                event["id"] = ids.make(first_text(event.get("title", "")), event.get("date", ""))
                made += 1
        if made:
            self.notes.append(
                Problem(
                    NOWHERE,
                    problem(
                        QT_TRANSLATE_NOOP(
                            "words",
                            "%n event(s) without an id: "
                            "ids made from the titles (fill the id column to keep them fixed)",
                            "a problem in a file",
                            1,
                        ),
                        made,
                    ),
                )
            )

    def document(self) -> Raw:
        title = self.timeline.get("title")
        if not title:
            title = title_from_name(self.title_hint)
            self.notes.append(
                Problem(
                    NOWHERE,
                    problem(
                        QT_TRANSLATE_NOOP(
                            "words",
                            "no timeline row: the title {title} comes from the file name",
                            "a problem in a file",
                        ),
                        title=shown(title),
                    ),
                )
            )
        doc = {"format": schema.FORMAT_NAME, "version": schema.FORMAT_VERSION, "title": title}
        if "description" in self.timeline:
            doc["description"] = self.timeline["description"]
        doc["parties"] = self.parties
        doc["events"] = self.events
        return doc


def read(table: Table, title_hint: str = "") -> Draft:
    """A draft document from a sheet in Frise's layout.

    `title_hint` (the file's name) gives the title when no row does.
    """
    reader = _Reader(table, title_hint)
    if not reader.read_header():
        return Draft({}, LAYOUT, reader.place, reader.problems, reader.notes)
    reader.read_rows()
    if not reader.events and not reader.parties and not reader.problems:
        reader.problem(2, None, problem(NO_ROWS))
        return Draft({}, LAYOUT, reader.place, reader.problems, reader.notes)
    reader.make_ids()
    return Draft(reader.document(), LAYOUT, reader.place, reader.problems, reader.notes)


NO_ROWS = QT_TRANSLATE_NOOP(
    "words", "the sheet has no rows below its header", "a problem in a file"
)
_NOT_USED = {
    "event": QT_TRANSLATE_NOOP(
        "words", "is not used on an event row; leave it empty", "a problem in a file"
    ),
    "party": QT_TRANSLATE_NOOP(
        "words", "is not used on a party row; leave it empty", "a problem in a file"
    ),
    "timeline": QT_TRANSLATE_NOOP(
        "words", "is not used on a timeline row; leave it empty", "a problem in a file"
    ),
}
_NOT_A_LANGUAGE = QT_TRANSLATE_NOOP(
    "words", '"{lang}" after "{prefix}" must be a language code such as fr', "a problem in a file"
)


def _column(index: int, header: str) -> Column | Message:
    """The column a header names, or why it names none."""
    match = _COLUMN.match(_normal(header))
    if match is None:
        return problem(
            QT_TRANSLATE_NOOP(
                "words", "is not a column of Frise's layout (a typo?)", "a problem in a file"
            )
        )
    if match["field"]:
        return Column(index, header, match["field"].lower())
    if match["text"]:
        lang = match["text_lang"]
        if lang is not None and not _LANG.match(lang):
            return problem(_NOT_A_LANGUAGE, lang=lang, prefix=f"{match['text'].lower()}_")
        return Column(index, header, match["text"].lower(), lang=lang)
    if match["source"]:
        return Column(index, header, "source", match["source_part"].lower(), int(match["source"]))
    lang = match["quote_lang"]
    if lang is not None and not _LANG.match(lang):
        return problem(_NOT_A_LANGUAGE, lang=lang, prefix="translation_")
    part = (match["quote_part"] or "translation").lower()
    return Column(index, header, "quote", part, int(match["quote"]), lang)


def _split(cell: str) -> list[str]:
    return [part.strip() for part in re.split(r"[;\n]", cell) if part.strip()]


def _event_key(path: str, info: _EventInfo) -> str | None:
    """The column that holds a field of an event ("sources[1].url" → "source_3_url");
    a problem of the whole event (its id is taken) is told at its id."""
    if not path:
        return "id"
    match = re.match(r"^(sources|quotes)\[(\d+)\](?:\.([a-z_]+))?(?:\.(.+))?", path)
    if match:
        group = "source" if match[1] == "sources" else "quote"
        numbers = info.source_numbers if group == "source" else info.quote_numbers
        index = int(match[2])
        number = numbers[index] if index < len(numbers) else index + 1
        part = match[3] or ("url" if group == "source" else "text")
        key = f"{group}_{number}_{part}"
        return f"{key}_{match[4]}" if match[4] and part == "translation" else key
    base, _, rest = path.partition(".")
    base = re.sub(r"\[\d+\]$", "", base)
    if base in ("title", "summary") and rest:
        return f"{base}_{rest}"
    return base


def _party_key(path: str) -> str:
    base, _, rest = path.partition(".")
    base = {"name": "title", "description": "summary"}.get(base, base)
    return f"{base}_{rest}" if rest and base in ("title", "summary") else base


# --- writing ------------------------------------------------------------------


def rows_of(doc: schema.TimelineDoc) -> list[list[str]]:
    """The document as rows of Frise's layout; reading them back gives the
    same document."""
    events, parties = doc.events, doc.parties
    texts: dict[str, list[schema.Text | None]] = {
        "title": [doc.title, *(p.name for p in parties), *(e.title for e in events)],
        "summary": [
            doc.description,
            *(p.description for p in parties),
            *(e.summary for e in events),
        ],
    }
    header = [
        "record",
        "id",
        "date",
        "end",
        "revealed",
        "parties",
        "claimed_by",
        "kind",
        "certainty",
    ]
    for base, found in texts.items():
        header += [f"{base}_{lang}" if lang else base for lang in _languages(found)]
    if any(p.color for p in parties):
        header.append("color")
    if any(e.related for e in events):
        header.append("related")
    for number in range(1, max((len(e.sources) for e in events), default=0) + 1):
        header += [f"source_{number}_{part}" for part in SOURCE_PARTS]
    for number in range(1, max((len(e.quotes) for e in events), default=0) + 1):
        translations = _languages(
            q.translation for e in events for q in e.quotes[number - 1 : number]
        )
        header += [f"quote_{number}_{part}" for part in ("speaker", "text", "lang")]
        header += [
            f"quote_{number}_translation" + (f"_{lang}" if lang else "") for lang in translations
        ]
        header.append(f"quote_{number}_source")
    position = {name: i for i, name in enumerate(header)}

    def row(values: dict[str, str]) -> list[str]:
        cells = [""] * len(header)
        for name, value in values.items():
            cells[position[name]] = value
        return cells

    rows = [
        header,
        row(
            {
                "record": "timeline",
                **_texts("title", doc.title),
                **_texts("summary", doc.description),
            }
        ),
    ]
    for party in parties:
        values = {"record": "party", "id": party.id, **_texts("title", party.name)}
        values |= _texts("summary", party.description)
        if party.color:
            values["color"] = party.color
        rows.append(row(values))
    for event in events:
        values = {
            "id": event.id,
            "date": event.date,
            "end": event.end or "",
            "revealed": event.revealed or "",
            "parties": f"{SEPARATOR} ".join(event.parties),
            "claimed_by": f"{SEPARATOR} ".join(event.claimed_by),
            "kind": event.kind or "",
            "certainty": event.certainty,
            **_texts("title", event.title),
            **_texts("summary", event.summary),
        }
        if event.related:
            values["related"] = f"{SEPARATOR} ".join(
                f"{r.relation}: {r.event}" for r in event.related
            )
        for number, source in enumerate(event.sources, 1):
            for part in SOURCE_PARTS:
                values[f"source_{number}_{part}"] = getattr(source, part) or ""
        for number, quote in enumerate(event.quotes, 1):
            values[f"quote_{number}_speaker"] = quote.speaker
            values[f"quote_{number}_text"] = quote.text
            values[f"quote_{number}_lang"] = quote.lang
            values |= _texts(f"quote_{number}_translation", quote.translation)
            if quote.source is not None:
                values[f"quote_{number}_source"] = str(quote.source + 1)
        rows.append(row(values))
    return rows


def _languages(values: Iterable[object]) -> list[str | None]:
    """The text columns a set of TEXT values needs: None for plain strings,
    then each language in order of first use."""
    found: dict[str | None, None] = {}
    for value in values:
        if isinstance(value, str):
            found.setdefault(None)
        elif isinstance(value, dict):
            for lang in value:
                found.setdefault(lang)
    return list(found)


def _texts(name: str, value: schema.Text | None) -> dict[str, str]:
    if value is None:
        return {}
    if isinstance(value, str):
        return {name: value}
    return {f"{name}_{lang}": text for lang, text in value.items()}
