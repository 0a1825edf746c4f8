"""Spreadsheet files as plain tables of cells: CSV, XLSX and ODS in, CSV and XLSX out.

A `Table` is one sheet: its name (None for a CSV file) and its rows, where
`rows[0]` is the sheet's row 1. Cells are `str`, `int`, `float`, `bool` or
None (empty). A date cell becomes an ISO date string at the precision the
sheet shows it ("2018-03" for a cell formatted as a month), so a date typed
in a spreadsheet reads the way its author sees it.

Readers: the standard `csv` module, `openpyxl` for XLSX and `odfpy` for ODS,
both imported only when such a file is read or written. No Qt.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from frise.model.dates import DATE_PATTERN
from frise.model.i18n import QT_TRANSLATE_NOOP, Message
from frise.model.problems import column_letter, problem

__all__ = [
    "MAX_COLUMNS",
    "Cell",
    "Table",
    "TableError",
    "column_letter",
    "is_empty",
    "read_csv",
    "read_ods",
    "read_xlsx",
    "write_csv",
    "write_xlsx",
]

Cell = str | int | float | bool | None

MAX_UNZIPPED_BYTES = 500 * 1024 * 1024
"""An XLSX or ODS file is a zip: refuse one that would unpack past this."""
MAX_COLUMNS = 16384
"""Excel's own limit; an ODS file's repeated empty cells stop here."""
_FORMULA_START = re.compile(r"^'*[=+\-@\t\r]")
_ESCAPED_FORMULA = re.compile(r"^'+[=+\-@\t\r]")
_DATE = re.compile(DATE_PATTERN)


class TableError(Exception):
    """The file cannot be read as a table; `what` says why, in one line of
    Frise's words (`str()`: in English)."""

    def __init__(self, what: Message) -> None:
        super().__init__(str(what))
        self.what = what


@dataclass(frozen=True)
class Table:
    name: str | None
    """The sheet's name; None for a CSV file, which has one unnamed sheet."""
    rows: list[list[Cell]] = field(default_factory=list)

    def cell(self, row: int, column: int) -> Cell:
        """The cell at 0-based `row` and `column`, None past the edges."""
        if row >= len(self.rows):
            return None
        cells = self.rows[row]
        return cells[column] if column < len(cells) else None


def is_empty(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


# --- reading ------------------------------------------------------------------


def read_csv(data: bytes) -> Table:
    """A CSV (or tab-separated) file: UTF-8 (with or without BOM) or UTF-16
    with BOM; the separator is whichever of , ; or tab the first line uses most
    (Excel writes ; where the decimal mark is a comma)."""
    text = _decode(data)
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count) if any(c in first for c in ",;\t") else ","
    rows: list[list[Cell]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for cells in reader:
            rows.append([_unescape(c) if c else None for c in cells])
    except csv.Error as e:
        raise TableError(
            problem(
                QT_TRANSLATE_NOOP(
                    "words", "row {row}: not valid CSV: {reason}", "a problem in a file"
                ),
                row=len(rows) + 1,
                reason=str(e),
            )
        ) from None
    return Table(None, _trimmed(rows))


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise TableError(
                problem(
                    QT_TRANSLATE_NOOP(
                        "words",
                        "the file claims to be UTF-16 text but is not",
                        "a problem in a file",
                    )
                )
            ) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        raise TableError(
            problem(
                QT_TRANSLATE_NOOP(
                    "words",
                    "not UTF-8 text: byte 0x{byte} on line {line} "
                    "(save the sheet as “CSV UTF-8”, or as XLSX or ODS)",
                    "a problem in a file",
                ),
                byte=f"{data[e.start]:02X}",
                line=line,
            )
        ) from None


def _unescape(cell: str) -> str:
    """Undo the quote `write_csv` puts before text a spreadsheet would take
    for a formula."""
    return cell[1:] if _ESCAPED_FORMULA.match(cell) else cell


def read_xlsx(data: bytes, preferred: str = "") -> Table:
    """The sheet named `preferred` (any case) if there is one, else the first."""
    _check_zip(data, "XLSX")
    import openpyxl  # imported here: only spreadsheet users pay for it

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises many kinds on a damaged file
        raise TableError(
            problem(
                QT_TRANSLATE_NOOP(
                    "words", "not a readable XLSX workbook ({reason})", "a problem in a file"
                ),
                reason=_reason(e),
            )
        ) from None
    try:
        sheets = book.worksheets
        if not sheets:
            raise TableError(
                problem(
                    QT_TRANSLATE_NOOP("words", "the workbook has no sheets", "a problem in a file")
                )
            )
        sheet = next((s for s in sheets if s.title.lower() == preferred), sheets[0])
        rows: list[list[Cell]] = []
        try:
            for cells in sheet.iter_rows():
                rows.append([_xlsx_value(c) for c in cells[:MAX_COLUMNS]])
        except Exception as e:
            raise TableError(
                problem(
                    QT_TRANSLATE_NOOP(
                        "words",
                        "sheet {name} cannot be read past row {row} ({reason})",
                        "a problem in a file",
                    ),
                    name=repr(sheet.title),
                    row=len(rows),
                    reason=_reason(e),
                )
            ) from None
        return Table(sheet.title, _trimmed(rows))
    finally:
        book.close()


def _xlsx_value(cell: Any) -> Cell:
    value = getattr(cell, "value", None)
    if isinstance(value, dt.datetime | dt.date):
        return _date_text(value, _format_precision(getattr(cell, "number_format", "")))
    if isinstance(value, dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    return value


def _format_precision(number_format: str) -> int:
    """How much of a date a number format shows: 10 (a day), 7 (a month) or 4
    (a year), by the letters outside its quoted and bracketed parts."""
    code = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", (number_format or "").lower())
    if "d" in code or "y" not in code:
        return 10
    return 7 if "m" in code else 4


def _date_text(value: dt.date, precision: int) -> str:
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"[:precision]


def read_ods(data: bytes, preferred: str = "") -> Table:
    """The sheet named `preferred` (any case) if there is one, else the first."""
    _check_zip(data, "ODS")
    try:
        from odf.opendocument import load
        from odf.table import Table as OdfTable
    except ImportError:  # pragma: no cover - a core dependency; said plainly if missing
        raise TableError(
            problem(
                QT_TRANSLATE_NOOP(
                    "words",
                    "reading ODS files needs odfpy: pip install odfpy "
                    "(or save the sheet as XLSX or CSV)",
                    "a problem in a file",
                )
            )
        ) from None
    try:
        document = load(io.BytesIO(data))
        sheets = document.spreadsheet.getElementsByType(OdfTable)
    except Exception as e:
        raise TableError(
            problem(
                QT_TRANSLATE_NOOP(
                    "words", "not a readable ODS spreadsheet ({reason})", "a problem in a file"
                ),
                reason=_reason(e),
            )
        ) from None
    if not sheets:
        raise TableError(
            problem(
                QT_TRANSLATE_NOOP("words", "the spreadsheet has no sheets", "a problem in a file")
            )
        )
    sheet = next(
        (s for s in sheets if str(s.getAttribute("name") or "").lower() == preferred), sheets[0]
    )
    return Table(str(sheet.getAttribute("name") or ""), _trimmed(list(_ods_rows(sheet))))


def _ods_rows(sheet: Any) -> Iterable[list[Cell]]:
    from odf.table import TableRow

    blank_rows = 0
    for row in sheet.getElementsByType(TableRow):
        cells = _ods_cells(row)
        repeat = int(row.getAttribute("numberrowsrepeated") or 1)
        if not cells:
            # A sheet ends with a million repeated empty rows: count them,
            # and write them out only if a row with content follows.
            blank_rows += repeat
            continue
        yield from ([] for _ in range(blank_rows))
        blank_rows = 0
        yield from (list(cells) for _ in range(min(repeat, 1000)))


def _ods_cells(row: Any) -> list[Cell]:
    cells: list[Cell] = []
    blanks = 0
    for node in row.childNodes:
        if getattr(node, "qname", (None, None))[1] not in ("table-cell", "covered-table-cell"):
            continue
        repeat = int(node.getAttribute("numbercolumnsrepeated") or 1)
        value = _ods_value(node)
        if value is None:
            blanks += repeat
            continue
        if len(cells) + blanks >= MAX_COLUMNS:
            break
        cells.extend([None] * blanks)
        blanks = 0
        cells.extend([value] * min(repeat, MAX_COLUMNS - len(cells)))
    return cells


def _ods_value(node: Any) -> Cell:
    from odf import teletype
    from odf.text import P

    kind = node.getAttribute("valuetype")
    shown = "\n".join(teletype.extractText(p) for p in node.getElementsByType(P))
    if kind in ("float", "percentage", "currency"):
        number = float(node.getAttribute("value"))
        return int(number) if number.is_integer() else number
    if kind == "date":
        value = str(node.getAttribute("datevalue") or "")
        if _DATE.fullmatch(shown.strip()):
            return shown.strip()  # shown as "2018-03": keep that precision
        return value[:10]
    return shown or None


def _check_zip(data: bytes, kind: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        raise TableError(
            problem(
                QT_TRANSLATE_NOOP(
                    "words",
                    "not a readable {kind} file (its zip container is damaged)",
                    "a problem in a file",
                ),
                kind=kind,
            )
        ) from None
    if unpacked > MAX_UNZIPPED_BYTES:
        raise TableError(
            problem(
                QT_TRANSLATE_NOOP(
                    "words",
                    "the {kind} file unpacks to {size} MB; "
                    "Frise reads spreadsheets up to {limit} MB unpacked",
                    "a problem in a file",
                ),
                kind=kind,
                size=f"{unpacked / 2**20:.0f}",
                limit=MAX_UNZIPPED_BYTES // 2**20,
            )
        )


def _reason(error: Exception) -> str:
    return str(error).splitlines()[0][:200] if str(error) else type(error).__name__


def _trimmed(rows: list[list[Cell]]) -> list[list[Cell]]:
    """Rows without their trailing empty cells, and no trailing empty rows."""
    for cells in rows:
        while cells and is_empty(cells[-1]):
            cells.pop()
    while rows and not rows[-1]:
        rows.pop()
    return rows


# --- writing ------------------------------------------------------------------


def write_csv(rows: list[list[str]]) -> bytes:
    """UTF-8 with a BOM (so Excel reads it as UTF-8), comma-separated, CRLF.

    Text a spreadsheet would run as a formula (=, +, -, @ first) gets a quote
    before it, which `read_csv` removes again.
    """
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    for cells in rows:
        writer.writerow(["'" + c if _FORMULA_START.match(c) else c for c in cells])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def write_xlsx(rows: list[list[str]], sheet_name: str) -> bytes:
    """One sheet, every cell text (never a formula), the header bold and frozen.

    Every column is formatted as text, so a date typed later in a new row stays
    "2018-03" instead of becoming a day.
    """
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    for number, cells in enumerate(rows, 1):
        for column, text in enumerate(cells):
            if ILLEGAL_CHARACTERS_RE.search(text):
                raise TableError(
                    problem(
                        QT_TRANSLATE_NOOP(
                            "words",
                            "row {row}, column {column}: this text holds a control "
                            "character that XLSX cannot store (write CSV instead)",
                            "a problem in a file",
                        ),
                        row=number,
                        column=column_letter(column),
                    )
                )
    book = Workbook()
    sheet = book.active
    sheet.title = sheet_name
    bold = Font(bold=True)
    widths: dict[int, int] = {}
    for number, cells in enumerate(rows, 1):
        for column, text in enumerate(cells, 1):
            if not text and number > 1:
                continue
            cell = sheet.cell(row=number, column=column)
            cell.value = text
            cell.data_type = "s"  # "=…" is text here, never a formula
            cell.number_format = "@"
            if number == 1:
                cell.font = bold
            longest = max((len(line) for line in text.splitlines()), default=0)
            widths[column] = max(widths.get(column, 6), min(longest + 2, 60))
    for column, width in widths.items():
        dimension = sheet.column_dimensions[column_letter(column - 1)]
        dimension.width = width
        dimension.number_format = "@"
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
