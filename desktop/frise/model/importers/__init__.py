"""Timelines from other files, into the same validated `Timeline` the loader
builds from a Frise file.

Read: spreadsheets in Frise's own layout or in TimelineJS's template (CSV,
XLSX, ODS), and TimelineJS JSON files. Written: spreadsheets in Frise's
layout (CSV, XLSX), which read back as the same timeline.

- `import_file(path)`: the timeline, notes on what was not carried over, and
  what the file was read as; a `TimelineError` lists every problem at its
  place in the source (sheet, row and column, or the path in a JSON file).
  The drafted document goes through the loader's own validation: an imported
  timeline keeps every rule a Frise file keeps, and nothing is half-imported.
- `read_timeline(path)`: a Frise file through the loader, any other kind
  through its importer (the window, `frise check` and `frise export` use it).
- `sheet_bytes(doc, fmt)`: a timeline as a spreadsheet file in Frise's layout.

No Qt.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from frise.fileio import ReadRefused, read_regular_file, regular_file_blocks
from frise.model import schema
from frise.model.i18n import QT_TRANSLATE_NOOP, Message
from frise.model.importers.common import FRISE_LAYOUT, Draft, Imported, finish
from frise.model.importers.tables import (
    Table,
    TableError,
    read_csv,
    read_ods,
    read_xlsx,
    write_csv,
    write_xlsx,
)
from frise.model.loading import (
    MAX_FILE_BYTES,
    Progress,
    TimelineError,
    load_timeline,
    parse_timeline,
)
from frise.model.problems import NOWHERE, Problem, problem
from frise.model.timeline import Timeline

__all__ = [
    "IMPORT_SUFFIXES",
    "SHEET_FORMATS",
    "Imported",
    "import_file",
    "read_timeline",
    "sheet_bytes",
]

SHEET_FORMATS = ("csv", "xlsx")
"""Spreadsheet files Frise writes (it reads ODS too)."""
SHEET_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".ods")
IMPORT_SUFFIXES = (*SHEET_SUFFIXES, ".json")
_HEAD = 65536


def import_file(path: str | Path) -> Imported:
    """Read a spreadsheet or TimelineJS file (or a Frise file) into a timeline."""
    path = Path(path)
    data = _read(path)
    return import_data(data, kind_of(path, data[:_HEAD]), path)


def read_timeline(
    path: str | Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Timeline:
    """A Frise file through the loader (with progress and cancel), any other
    kind of timeline file through its importer."""
    path = Path(path)
    head = b""  # unreadable: the loader says what is wrong with the file
    with contextlib.suppress(ReadRefused), regular_file_blocks(path, MAX_FILE_BYTES) as blocks:
        head = next(blocks, b"")[:_HEAD]
    if kind_of(path, head) == "frise":
        return load_timeline(path, progress, cancelled)
    return import_file(path).timeline


def kind_of(path: Path, head: bytes) -> str:
    """ "frise", "json" (TimelineJS, likely), "xlsx", "ods", "xls" or "csv"."""
    suffix = path.suffix.lower()
    if head.startswith(b"PK\x03\x04"):
        is_ods = b"application/vnd.oasis.opendocument.spreadsheet" in head[:200]
        return "ods" if is_ods or suffix == ".ods" else "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if suffix == ".json" or text[:1] in (b"{", b"["):
        return "json" if b'"events"' in head and b'"format"' not in head else "frise"
    return "csv" if suffix in (".csv", ".tsv", ".txt") else "frise"


def import_data(data: bytes, kind: str, path: Path | None = None) -> Imported:
    # Read here, not at start-up: a window opening a Frise file needs neither.
    from frise.model.importers import spreadsheet

    hint = _stem(path) if path is not None else ""
    if kind in ("frise", "json"):
        return _import_json(data, path, hint)
    if kind == "xls":
        _refuse(
            problem(
                QT_TRANSLATE_NOOP(
                    "words",
                    "this is an old Excel file (.xls): save it as .xlsx (or CSV) and import that",
                    "a problem in a file",
                )
            )
        )
    try:
        if kind == "xlsx":
            table = read_xlsx(data, preferred=spreadsheet.SHEET_NAME.lower())
        elif kind == "ods":
            table = read_ods(data, preferred=spreadsheet.SHEET_NAME.lower())
        else:
            table = read_csv(data)
    except TableError as e:
        _refuse(e.what)
    return finish(_draft(table, hint), path)


def _draft(table: Table, hint: str) -> Draft:
    from frise.model.importers import spreadsheet, timelinejs

    if not table.rows:
        if table.name:
            _refuse(
                problem(
                    QT_TRANSLATE_NOOP(
                        "words", "the sheet is empty ({name})", "a problem in a file"
                    ),
                    name=table.name,
                )
            )
        _refuse(problem(QT_TRANSLATE_NOOP("words", "the sheet is empty", "a problem in a file")))
    header = table.rows[0]
    if timelinejs.is_layout(header):
        return timelinejs.read_table(table, hint)
    if spreadsheet.is_layout(header):
        return spreadsheet.read(table, hint)
    names = [str(c) for c in header if c is not None][:6]
    if names:
        _refuse(
            problem(
                QT_TRANSLATE_NOOP(
                    "words",
                    "row 1 names neither the columns of Frise's layout (date, parties, title, …) "
                    "nor those of the TimelineJS template (Year, Month, Day, …, Headline, Text, …)"
                    "; it has: {names}",
                    "a problem in a file",
                ),
                names=", ".join(names),
            )
        )
    _refuse(
        problem(
            QT_TRANSLATE_NOOP(
                "words",
                "row 1 names neither the columns of Frise's layout (date, parties, title, …) "
                "nor those of the TimelineJS template (Year, Month, Day, …, Headline, Text, …)",
                "a problem in a file",
            )
        )
    )


def _import_json(data: bytes, path: Path | None, hint: str) -> Imported:
    from frise.model.importers import timelinejs

    try:
        raw = json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        raw = None  # the loader says what is wrong, as precisely as it can
    if isinstance(raw, dict) and "format" not in raw and isinstance(raw.get("events"), list):
        return finish(timelinejs.read_json(raw, hint), path)
    if isinstance(raw, dict) and "format" not in raw:
        _refuse(
            problem(
                QT_TRANSLATE_NOOP(
                    "words",
                    'neither a Frise timeline (its "format" is "frise-timeline") nor a TimelineJS '
                    'file (an object with a list of "events")',
                    "a problem in a file",
                )
            )
        )
    return Imported(parse_timeline(data, path), (), FRISE_LAYOUT)


def sheet_bytes(doc: schema.TimelineDoc, fmt: str) -> bytes:
    """The timeline as a spreadsheet in Frise's layout; `fmt` is "csv" or "xlsx".

    Raises TableError when XLSX cannot hold a text (a control character).
    """
    from frise.model.importers import spreadsheet

    rows = spreadsheet.rows_of(doc)
    if fmt == "csv":
        return write_csv(rows)
    if fmt == "xlsx":
        return write_xlsx(rows, spreadsheet.SHEET_NAME)
    raise ValueError(f"no spreadsheet format {fmt!r}")


def _read(path: Path) -> bytes:
    """The file's bytes: a regular file only, up to the loader's size limit."""
    try:
        data = read_regular_file(path, MAX_FILE_BYTES)
    except ReadRefused as e:
        _refuse(e.what)
    if not data.strip():
        _refuse(problem(QT_TRANSLATE_NOOP("words", "the file is empty", "a problem in a file")))
    return data


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (".frise.json", *IMPORT_SUFFIXES):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def _refuse(what: Message) -> NoReturn:
    raise TimelineError([Problem(NOWHERE, what)])
