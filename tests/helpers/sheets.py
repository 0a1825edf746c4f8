"""Spreadsheet files made by the tests, as a spreadsheet program would save them:
CSV (any separator, encoding), XLSX (openpyxl, with real date cells when
asked) and ODS (odfpy, with repeated empty cells as LibreOffice writes)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path


def csv_bytes(rows: list[list], delimiter: str = ",", encoding: str = "utf-8") -> bytes:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(
        [["" if c is None else c for c in row] for row in rows]
    )
    return out.getvalue().encode(encoding)


def write_csv(path: Path, rows: list[list], **options) -> Path:
    path.write_bytes(csv_bytes(rows, **options))
    return path


def write_xlsx(
    path: Path,
    rows: list[list],
    sheet: str = "Sheet1",
    formats: dict | None = None,
    extra_first=None,
) -> Path:
    """Cells as given (str, int, float, date); `formats` maps (row, column),
    1-based, to a number format, as a user formatting a date cell would."""
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    if extra_first is not None:
        first.title = extra_first
        first["A1"] = "notes"
        target = book.create_sheet(sheet)
    else:
        first.title = sheet
        target = first
    for r, row in enumerate(rows, 1):
        for c, value in enumerate(row, 1):
            if value is not None and value != "":
                cell = target.cell(row=r, column=c, value=value)
                if isinstance(value, str):
                    cell.data_type = "s"
                if (r, c) in (formats or {}):
                    cell.number_format = formats[(r, c)]
    book.save(path)
    return path


def write_ods(path: Path, rows: list[list], sheet: str = "Sheet1") -> Path:
    """An ODS file; numbers as float cells, dates as date cells, the rest as
    text, and each row padded with a repeated empty cell, as LibreOffice does."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    table = Table(name=sheet)
    for row in rows:
        table_row = TableRow()
        for value in row:
            if value is None or value == "":
                table_row.addElement(TableCell())
                continue
            if isinstance(value, bool | str):
                cell = TableCell(valuetype="string")
                for line in str(value).split("\n"):
                    cell.addElement(P(text=line))
            elif isinstance(value, dt.date):
                cell = TableCell(valuetype="date", datevalue=value.isoformat())
                cell.addElement(P(text=value.strftime("%d/%m/%Y")))
            else:
                cell = TableCell(valuetype="float", value=str(value))
                cell.addElement(P(text=str(value)))
            table_row.addElement(cell)
        table_row.addElement(TableCell(numbercolumnsrepeated=1000))
        table.addElement(table_row)
    tail = TableRow(numberrowsrepeated=1048000)
    tail.addElement(TableCell(numbercolumnsrepeated=1024))
    table.addElement(tail)
    document.spreadsheet.addElement(table)
    document.save(str(path))
    return path
