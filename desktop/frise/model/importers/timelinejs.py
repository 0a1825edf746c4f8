"""TimelineJS stories, as its users keep them, into Frise drafts.

Two sources, read the way TimelineJS3 itself reads them (its ConfigFactory
and its "JSON format" and "Using spreadsheets" pages):
- the spreadsheet template (Google Sheets → File → Download as CSV or XLSX):
  row 1 names the columns Year, Month, Day, Time, End Year, End Month, End
  Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media
  Caption, Media Thumbnail, Type, Group, Background (and Alt Text); older
  sheets say Tag for Group and Start Date / End Date for the date columns;
- a TimelineJS JSON file: {"title": slide, "events": [slide, …], "eras": [era, …]}.

What becomes what: Group → a lane (events without one share a last lane);
eras → ranges in an "Eras" lane at the top; the title row → the timeline's
title and description; Headline / Text → title / summary, their HTML turned
into plain text; an http(s) Media address → a source (Media Caption its
title, Media Credit its publisher). Dates keep the precision given. Times,
display dates and presentation columns have no place in Frise and are listed
in the notes. No Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from frise.model import schema
from frise.model.i18n import QT_TRANSLATE_NOOP, Message
from frise.model.importers.common import (
    Draft,
    IdMaker,
    Problem,
    Raw,
    and_more,
    cell_text,
    cell_word,
    first_text,
    grouped_rows,
    problem,
    shown,
    title_from_name,
)
from frise.model.importers.html_text import plain_text
from frise.model.importers.spreadsheet import NO_ROWS
from frise.model.importers.tables import Cell, Table
from frise.model.problems import NOWHERE, WHOLE_FILE, InFile, InSheet, Listed, Place

SHEET_LAYOUT = QT_TRANSLATE_NOOP(
    "words", "TimelineJS spreadsheet", "what an imported file was read as"
)
JSON_LAYOUT = QT_TRANSLATE_NOOP(
    "words", "TimelineJS JSON file", "what an imported file was read as"
)
START = ("year", "month", "day")
END = ("end year", "end month", "end day")
KNOWN = {
    *START,
    *END,
    "time",
    "end time",
    "display date",
    "headline",
    "text",
    "media",
    "media credit",
    "media caption",
    "media thumbnail",
    "alt text",
    "type",
    "group",
    "tag",
    "background",
    "start date",
    "end date",
}
UNUSED = ("media thumbnail", "alt text", "background")
"""Presentation only: nothing in Frise shows them."""
TITLE_FROM_TEXT = 100
"""Characters of the Text used as a title when a row has no Headline."""
Text = str | dict[str, str]
ERAS_NAME: Text = {"en": "Eras", "fr": "Périodes"}
OTHER_NAME: Text = {"en": "Other", "fr": "Autres"}
EVENTS_NAME: Text = {"en": "Events", "fr": "Événements"}
_ID = re.compile(schema.ID_PATTERN)
_WEB = re.compile(r"^https?://", re.IGNORECASE)

# Where each value of a slide sits in a TimelineJS JSON file.
_JSON_PATHS = {
    "year": "start_date.year",
    "month": "start_date.month",
    "day": "start_date.day",
    "time": "start_date",
    "end year": "end_date.year",
    "end month": "end_date.month",
    "end day": "end_date.day",
    "end time": "end_date",
    "display date": "display_date",
    "headline": "text.headline",
    "text": "text.text",
    "media": "media.url",
    "media credit": "media.credit",
    "media caption": "media.caption",
    "media thumbnail": "media.thumbnail",
    "alt text": "media.alt",
    "group": "group",
    "background": "background",
    "unique_id": "unique_id",
    "type": "",
}


def is_layout(header: list[Cell]) -> bool:
    """Whether row 1 is TimelineJS's template (a Headline and a date column)."""
    names = {cell_word(c).lower() for c in header}
    return "headline" in names and ("year" in names or "start date" in names)


@dataclass
class _Slide:
    """One row of the sheet or one slide of the JSON file, as found."""

    kind: str
    """ "event", "title" or "era"."""
    values: dict[str, object]
    """By the template's column name in lowercase ("end year", "media")."""
    where: Callable[[str | None], Place]
    order: int
    """The row number (or the slide's index): problems are listed in this order."""
    fields: dict[str, str] = field(default_factory=dict)
    """Frise field → the value it came from, to tell the loader's problems there."""


class _Converter:
    def __init__(self, layout: str, title_hint: str):
        self.layout = layout
        self.title_hint = title_hint
        self.problems: list[Problem] = []
        self.notes: dict[Message, list[Place]] = {}
        self.events: list[Raw] = []
        self.slides: list[_Slide] = []
        self.title_slide: _Slide | None = None
        self.lanes: dict[str, tuple[Text, _Slide]] = {}
        """Lane key → (name, first slide): "eras", then each group, then "other"."""

    def problem(self, slide: _Slide, key: str | None, what: Message) -> None:
        self.problems.append(Problem(slide.where(key), what, _rank(slide, key)))

    def note(self, what: Message, slide: _Slide) -> None:
        self.notes.setdefault(what, []).append(slide.where(None))

    def add(self, slide: _Slide) -> None:
        for key in UNUSED:
            if _given(slide.values.get(key)):
                self.note(
                    problem(
                        QT_TRANSLATE_NOOP(
                            "words",
                            "{column} is not used by Frise (presentation only)",
                            "a problem in a file",
                        ),
                        column=key.title(),
                    ),
                    slide,
                )
        if slide.kind == "title" and self.title_slide is None:
            self.title_slide = slide
            return
        if slide.kind == "title":
            self.note(
                problem(
                    QT_TRANSLATE_NOOP(
                        "words",
                        "a second title row is shown as an event, as TimelineJS does",
                        "a problem in a file",
                    )
                ),
                slide,
            )
        event: Raw = {}
        date, slide.fields["date"] = self.date(slide, START)
        if date:
            event["date"] = date
        elif not any(_given(slide.values.get(k)) for k in START):
            self.problem(
                slide,
                "year",
                problem(
                    QT_TRANSLATE_NOOP(
                        "words",
                        "a Year is required (on every row but the title row)",
                        "a problem in a file",
                    )
                ),
            )
        end, slide.fields["end"] = self.date(slide, END)
        if end:
            event["end"] = end
        elif slide.kind == "era":
            self.problem(
                slide,
                "end year",
                problem(
                    QT_TRANSLATE_NOOP("words", "an era needs an End Year", "a problem in a file")
                ),
            )
        for key in ("time", "end time"):
            if _given(slide.values.get(key)):
                self.note(
                    problem(
                        QT_TRANSLATE_NOOP(
                            "words",
                            "times are not kept: Frise dates go down to the day",
                            "a problem in a file",
                        )
                    ),
                    slide,
                )
        if _given(slide.values.get("display date")):
            self.note(
                problem(
                    QT_TRANSLATE_NOOP(
                        "words",
                        "display dates are not kept: Frise shows each date at its precision",
                        "a problem in a file",
                    )
                ),
                slide,
            )

        title, summary = self.texts(slide)
        if title:
            event["title"] = title
        if summary:
            event["summary"] = summary
        source = self.media(slide, event)
        if source:
            event["sources"] = [source]
        unique_id = cell_word(slide.values.get("unique_id"))
        if unique_id:
            event["id"] = unique_id if _ID.match(unique_id) else IdMaker().make(unique_id)
            slide.fields["id"] = "unique_id"
        else:
            slide.fields["id"] = slide.fields.get("title", "headline")
        if slide.kind == "era":
            lane = "eras"
            self.lanes.setdefault(lane, (ERAS_NAME, slide))
        else:
            group = plain_text(cell_text(slide.values.get("group")), one_line=True)
            lane = f"group:{group.casefold()}" if group else "other"
            self.lanes.setdefault(lane, (group or OTHER_NAME, slide))
        slide.fields["parties"] = "group"
        event["parties"] = [lane]  # replaced by the lane's id once all are known
        self.events.append(event)
        self.slides.append(slide)

    def date(self, slide: _Slide, keys: tuple[str, str, str]) -> tuple[str | None, str]:
        """The Frise date of a Year/Month/Day triple, and the key of its most
        precise part (where a problem with the date is told)."""
        numbers: list[int | None] = []
        last = keys[0]
        for key, (low, high) in zip(keys, ((1, 9999), (1, 12), (1, 31)), strict=True):
            raw = slide.values.get(key)
            if not _given(raw):
                numbers.append(None)
                continue
            last = key
            number = _integer(raw)
            if number is None:
                self.problem(
                    slide,
                    key,
                    problem(
                        QT_TRANSLATE_NOOP(
                            "words", "must be a whole number (found {found})", "a problem in a file"
                        ),
                        found=shown(raw),
                    ),
                )
                return None, last
            if not low <= number <= high:
                rule = _RANGES[keys.index(key)]
                self.problem(slide, key, problem(rule, found=number))
                return None, last
            numbers.append(number)
        year, month, day = numbers
        if year is None:
            if month is not None or day is not None:
                self.problem(
                    slide,
                    keys[1] if month is not None else keys[2],
                    problem(QT_TRANSLATE_NOOP("words", "needs a Year", "a problem in a file")),
                )
            return None, last
        if day is not None and month is None:
            self.problem(
                slide,
                keys[2],
                problem(QT_TRANSLATE_NOOP("words", "a Day needs a Month", "a problem in a file")),
            )
            return None, last
        text = f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day else "")
        return text, last

    def texts(self, slide: _Slide) -> tuple[str, str]:
        headline = plain_text(cell_text(slide.values.get("headline")), one_line=True)
        text = plain_text(cell_text(slide.values.get("text")))
        slide.fields["title"], slide.fields["summary"] = "headline", "text"
        if headline or slide.kind == "title":
            return headline, text
        if not text:
            self.problem(
                slide,
                "headline",
                problem(
                    QT_TRANSLATE_NOOP(
                        "words",
                        "needs a Headline (or a Text to take a title from)",
                        "a problem in a file",
                    )
                ),
            )
            return "", ""
        self.note(
            problem(
                QT_TRANSLATE_NOOP(
                    "words",
                    "no Headline: the title is the start of the Text",
                    "a problem in a file",
                )
            ),
            slide,
        )
        slide.fields["title"] = "text"
        return _shortened(text), text

    def media(self, slide: _Slide, event: Raw) -> Raw | None:
        """A source for an http(s) Media address; a blockquote in Media is
        added to the summary, anything else is noted as not kept."""
        media = cell_word(slide.values.get("media"))
        if not media:
            return None
        url = "https:" + media if media.startswith("//") else media
        if _WEB.match(url):
            credit = plain_text(cell_text(slide.values.get("media credit")), one_line=True)
            # A caption describes the picture; a source's title is the page's own
            # headline, which the sheet does not give: the caption is noted, not kept.
            if _given(slide.values.get("media caption")):
                self.note(
                    problem(
                        QT_TRANSLATE_NOOP(
                            "words",
                            "Media Caption is not kept (it is not the page's own title)",
                            "a problem in a file",
                        )
                    ),
                    slide,
                )
            source: Raw = {"url": url}
            if credit:
                source["publisher"] = credit
            slide.fields |= {"sources[0].url": "media", "sources[0].publisher": "media credit"}
            return source
        if media.lower().startswith("<blockquote"):
            quoted = plain_text(media)
            if quoted:
                event["summary"] = "\n\n".join(filter(None, [event.get("summary"), quoted]))
                self.note(
                    problem(
                        QT_TRANSLATE_NOOP(
                            "words",
                            "a blockquote in Media is added to the summary, as plain text",
                            "a problem in a file",
                        )
                    ),
                    slide,
                )
            return None
        self.note(
            problem(
                QT_TRANSLATE_NOOP(
                    "words",
                    "Media that is not a web address (an embed or a local file) is not kept",
                    "a problem in a file",
                )
            ),
            slide,
        )
        return None

    def draft(self) -> Draft:
        parties, lane_ids = self.parties()
        for event in self.events:
            event["parties"] = [lane_ids[event["parties"][0]]]
        ids = IdMaker(e["id"] for e in self.events if "id" in e)
        made = 0
        for event in self.events:
            if "id" not in event:
                made += 1
                event["id"] = ids.make(first_text(event.get("title", "")), event.get("date", ""))
        doc = {"format": schema.FORMAT_NAME, "version": schema.FORMAT_VERSION}
        title = ""
        if self.title_slide is not None:
            title, description = self.texts(self.title_slide)
            if description:
                doc["description"] = description
        if not title:
            title = title_from_name(self.title_hint)
            self.notes.setdefault(
                problem(
                    QT_TRANSLATE_NOOP(
                        "words",
                        "no title row: the title {title} comes from the file name",
                        "a problem in a file",
                    ),
                    title=shown(title),
                ),
                [],
            )
        doc["title"] = title
        doc["parties"] = parties
        doc["events"] = self.events
        notes = [
            Problem(
                NOWHERE, problem(_WHERE_NOTED, note=note, places=_rows(places)) if places else note
            )
            for note, places in self.notes.items()
        ]
        if made:
            notes.append(
                Problem(
                    NOWHERE,
                    problem(
                        QT_TRANSLATE_NOOP(
                            "words",
                            "ids made from the titles for %n events",
                            "a problem in a file",
                            1,
                        ),
                        made,
                    ),
                )
            )
        return Draft(doc, self.layout, self.place, self.problems, notes)

    def parties(self) -> tuple[list[Raw], dict[str, str]]:
        ids = IdMaker()
        order = sorted(self.lanes, key=lambda k: (k != "eras", k == "other"))
        parties, lane_ids, self.party_slides = [], {}, []
        groups = any(k.startswith("group:") for k in self.lanes)
        for key in order:
            name, slide = self.lanes[key]
            if key == "other" and not groups:
                name = EVENTS_NAME
            lane_ids[key] = ids.make(first_text(name), fallback="group")
            parties.append({"id": lane_ids[key], "name": name})
            self.party_slides.append(slide)
        return parties, lane_ids

    def place(self, section: str, index: int, path: str) -> tuple[Place, int]:
        if section == "events" and 0 <= index < len(self.slides):
            slide = self.slides[index]
            path = path or "id"  # a problem of the whole event: its id is taken
            key = slide.fields.get(path)
            if key is None:
                base = re.sub(r"\[\d+\]$", "", path.split(".")[0])
                key = slide.fields.get(base)
            return slide.where(key), _rank(slide, key)
        if section == "parties" and 0 <= index < len(self.party_slides):
            slide = self.party_slides[index]
            return slide.where("group"), _rank(slide, "group")
        title = self.title_slide
        if (
            section == "top"
            and title is not None
            and path.split(".")[0] in ("title", "description")
        ):
            key = "headline" if path.startswith("title") else "text"
            return title.where(key), _rank(title, key)
        return (InFile(path=path) if path else WHOLE_FILE), 0


# --- the spreadsheet template -------------------------------------------------


def read_table(table: Table, title_hint: str = "") -> Draft:
    header = [cell_word(c).lower() for c in (table.rows[0] if table.rows else [])]
    columns: dict[str, int] = {}
    for index, name in enumerate(header):
        if name in KNOWN and name not in columns:
            columns[name] = index
    if "group" not in columns and "tag" in columns:
        columns["group"] = columns["tag"]  # the older templates' name
    sheet = table.name or None

    def where_in(row: int) -> Callable[[str | None], Place]:
        def where(key: str | None) -> Place:
            column = columns.get(key) if key else None
            if column is None:
                return InSheet(sheet, row)
            return InSheet(sheet, row, column, str(table.rows[0][column]))

        return where

    converter = _Converter(SHEET_LAYOUT, title_hint)
    unknown = [str(table.rows[0][i]) for i, name in enumerate(header) if name and name not in KNOWN]
    if unknown:
        converter.notes[
            problem(
                QT_TRANSLATE_NOOP(
                    "words",
                    "columns not in the TimelineJS template are left out: {columns}",
                    "a problem in a file",
                ),
                columns=", ".join(unknown),
            )
        ] = []
    for number, cells in enumerate(table.rows[1:], 2):
        values: dict[str, object] = {
            name: cells[index] for name, index in columns.items() if index < len(cells)
        }
        if not any(_given(v) for v in values.values()):
            continue
        slide = _Slide(_kind(values.get("type")), values, where_in(number), number)
        if "start date" in columns or "end date" in columns:
            _split_dates(slide, converter)
        converter.add(slide)
    if not converter.slides and not converter.problems:
        converter.problems.append(Problem(InSheet(sheet, 2), problem(NO_ROWS), 2))
    return converter.draft()


def _split_dates(slide: _Slide, converter: _Converter) -> None:
    """The older templates' Start Date / End Date into Year, Month and Day,
    as TimelineJS reads them ("1815", "1815-12-10", "12/10/1815", "12/1815")."""
    for key, parts in (("start date", START), ("end date", END)):
        text = cell_word(slide.values.get(key))
        if not text:
            continue
        found = _parse_date(text)
        if found is None:
            converter.problem(
                slide,
                key,
                problem(
                    QT_TRANSLATE_NOOP(
                        "words",
                        "must be a date such as 1815, 1815-12-10 or 12/10/1815 (found {found})",
                        "a problem in a file",
                    ),
                    found=shown(text),
                ),
            )
            continue
        slide.values.update(dict(zip(parts, found, strict=True)))


def _parse_date(text: str) -> tuple[str, str, str] | None:
    if match := re.fullmatch(r"(-?\d+)(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:T.*)?", text):
        return match[1], match[2] or "", match[3] or ""
    if match := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(-?\d+)", text):
        return match[3], match[1], match[2]
    if match := re.fullmatch(r"(\d{1,2})/(-?\d+)", text):
        return match[2], match[1], ""
    return None


# --- the JSON file ----------------------------------------------------------------


def read_json(raw: Raw, title_hint: str = "") -> Draft:
    converter = _Converter(JSON_LAYOUT, title_hint)
    events = raw.get("events")
    if not isinstance(events, list):
        converter.problems.append(
            Problem(
                InFile(path="events"),
                problem(
                    QT_TRANSLATE_NOOP(
                        "words",
                        "must be a list of slides (TimelineJS's format)",
                        "a problem in a file",
                    )
                ),
                0,
            )
        )
        events = []
    slides = []
    if raw.get("title") is not None:
        slides.append(("title", "title", raw["title"], -1))
    slides += [("event", f"events[{i}]", item, i) for i, item in enumerate(events)]
    eras = raw.get("eras") or []
    if not isinstance(eras, list):
        rank = (len(events) + 1) * 100
        converter.problems.append(
            Problem(
                InFile(path="eras"),
                problem(
                    QT_TRANSLATE_NOOP("words", "must be a list of eras", "a problem in a file")
                ),
                rank,
            )
        )
        eras = []
    slides += [("era", f"eras[{i}]", item, len(events) + i) for i, item in enumerate(eras)]
    for kind, path, item, order in slides:
        if not isinstance(item, dict):
            converter.problems.append(
                Problem(InFile(path=path), problem(_OBJECT), (order + 1) * 100)
            )
            continue
        values = _json_values(item, path, converter, order)
        converter.add(_Slide(kind, values, _json_where(path), order))
    if not converter.slides and not converter.problems:
        converter.problems.append(
            Problem(
                InFile(path="events"),
                problem(
                    QT_TRANSLATE_NOOP("words", "the file has no events", "a problem in a file")
                ),
                0,
            )
        )
    return converter.draft()


def _json_values(item: Raw, path: str, converter: _Converter, order: int) -> dict[str, object]:
    """A slide's values under the template's column names."""
    parts = {}
    for parent in ("start_date", "end_date", "text", "media"):
        value = item.get(parent)
        if value is not None and not isinstance(value, dict):
            converter.problems.append(
                Problem(InFile(path=f"{path}.{parent}"), problem(_OBJECT), (order + 1) * 100)
            )
            value = None
        parts[parent] = value or {}
    values: dict[str, object] = {}
    for key, inner in _JSON_PATHS.items():
        parent, _, name = inner.partition(".")
        if name:
            values[key] = parts[parent].get(name)
        elif parent and parent not in parts:
            values[key] = item.get(parent)
    for parent, time, display in (
        ("start_date", "time", "display date"),
        ("end_date", "end time", ""),
    ):
        date = parts[parent]
        if any(_given(date.get(k)) for k in ("hour", "minute", "second", "millisecond")):
            values[time] = "given"
        if display and _given(date.get("display_date")):
            values[display] = date["display_date"]
    if item.get("background"):
        values["background"] = "given"  # an object {url, color}: presentation only
    for key, value in values.items():
        if value is not None and not isinstance(value, str | int | float):
            converter.problems.append(
                Problem(
                    _json_where(path)(key),
                    problem(
                        QT_TRANSLATE_NOOP(
                            "words", "must be text or a number", "a problem in a file"
                        )
                    ),
                    (order + 1) * 100,
                )
            )
            values[key] = None
    return values


def _json_where(path: str) -> Callable[[str | None], Place]:
    def where(key: str | None) -> Place:
        inner = _JSON_PATHS.get(key, "") if key else ""
        return InFile(path=f"{path}.{inner}" if inner else path)

    return where


_OBJECT = QT_TRANSLATE_NOOP("words", "must be an object {…}", "a problem in a file")
_WHERE_NOTED = QT_TRANSLATE_NOOP("words", "{note} ({places})", "a problem in a file")
_RANGES = (
    QT_TRANSLATE_NOOP(
        "words", "Frise dates run from year 1 to 9999 (found {found})", "a problem in a file"
    ),
    QT_TRANSLATE_NOOP(
        "words", "must be a month from 1 to 12 (found {found})", "a problem in a file"
    ),
    QT_TRANSLATE_NOOP(
        "words", "must be a day of the month from 1 to 31 (found {found})", "a problem in a file"
    ),
)
"""What a year, a month or a day must be (their ranges are those of `_Converter.date`)."""


# --- small helpers ---------------------------------------------------------------------


def _rank(slide: _Slide, key: str | None) -> int:
    """Problems in order of rows (or slides), then of the template's columns."""
    order = list(_JSON_PATHS)
    return (slide.order + 1) * 100 + (order.index(key) if key in order else 99)


def _kind(value: object) -> str:
    kind = cell_word(value).lower()
    return kind if kind in ("title", "era") else "event"


def _given(value: object) -> bool:
    return value is not None and (not isinstance(value, str) or bool(value.strip()))


def _integer(value: object) -> int | None:
    """A whole number as TimelineJS reads one: "1,815" and " 1815 " are 1815."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = re.sub(r"[\s,]+", "", str(value))
    return int(text) if re.fullmatch(r"-?\d{1,9}", text) else None


def _shortened(text: str) -> str:
    line = text.split("\n", 1)[0]
    if len(line) <= TITLE_FROM_TEXT:
        return line
    return line[:TITLE_FROM_TEXT].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _rows(places: list[Place]) -> Message | Listed:
    """The rows (or slides) a note is about, named once each."""
    numbers = [p.row for p in places if isinstance(p, InSheet) and p.row is not None]
    if numbers and len(numbers) == len(places):
        return grouped_rows(dict.fromkeys(numbers))
    named = list(dict.fromkeys(places))
    if len(named) > 8:
        return and_more(Listed(tuple(named[:8])), len(named) - 8)
    return Listed(tuple(named))
