"""Reading and writing spreadsheet files as tables of cells."""

from __future__ import annotations

import io
import zipfile

import pytest

from frise.model.importers import tables
from frise.model.importers.tables import (
    TableError,
    column_letter,
    read_csv,
    read_ods,
    read_xlsx,
    write_csv,
    write_xlsx,
)
from tests.helpers.sheets import csv_bytes, write_ods
from tests.helpers.sheets import write_xlsx as make_xlsx


def test_column_letters():
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == [
        "A", "Z", "AA", "AB", "ZZ", "AAA",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("data", "delimiter"),
    [
        (csv_bytes([["a", "b"], ["1", "2"]]), ","),
        (csv_bytes([["a", "b"], ["1", "2"]], delimiter=";", encoding="utf-8-sig"), ";"),
        (csv_bytes([["a", "b"], ["1", "2"]], delimiter="\t", encoding="utf-16"), "\t"),
    ],
)
def test_csv_separators_and_encodings(data, delimiter):
    assert read_csv(data).rows == [["a", "b"], ["1", "2"]]


def test_csv_keeps_line_breaks_inside_cells_and_drops_trailing_blanks():
    table = read_csv(b'a,b,,\r\n"two\nlines",x,,\r\n,,,\r\n')
    assert table.rows == [["a", "b"], ["two\nlines", "x"]]


def test_csv_not_utf8_says_how_to_save_it():
    with pytest.raises(TableError, match="CSV UTF-8"):
        read_csv("date,titre\n2020,été\n".encode("cp1252"))


def test_csv_formula_guard_round_trips():
    cells = ["=SUM(A1)", "+1", "-x", "@me", "'=quoted", "'plain", "plain", "a=b"]
    data = write_csv([cells])
    assert b"'=SUM(A1)" in data
    assert read_csv(data).rows == [cells]


def test_xlsx_cells_are_text_never_formulas(tmp_path):
    data = write_xlsx([["title"], ["=1+1"]], "Timeline")
    import openpyxl

    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    assert sheet["A2"].data_type == "s" and sheet["A2"].value == "=1+1"
    assert read_xlsx(data).rows == [["title"], ["=1+1"]]


def test_xlsx_refuses_control_characters():
    with pytest.raises(TableError, match=r"row 2, column A: .*control character"):
        write_xlsx([["title"], ["bell\x07"]], "Timeline")


def test_ods_repeated_cells_and_rows(tmp_path):
    path = write_ods(tmp_path / "t.ods", [["a", None, "c"], [1, 2.5, "x\ny"]])
    table = read_ods(path.read_bytes())
    assert table.name == "Sheet1"
    assert table.rows == [["a", None, "c"], [1, 2.5, "x\ny"]]


def test_damaged_and_oversized_zip_files(monkeypatch, tmp_path):
    with pytest.raises(TableError, match="damaged"):
        read_xlsx(b"PK\x03\x04 not really a zip")
    path = make_xlsx(tmp_path / "big.xlsx", [["a"] * 50] * 50)
    monkeypatch.setattr(tables, "MAX_UNZIPPED_BYTES", 1000)
    with pytest.raises(TableError, match="unpacks to"):
        read_xlsx(path.read_bytes())


def test_a_zip_that_is_no_workbook(tmp_path):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(TableError, match="not a readable XLSX"):
        read_xlsx(out.getvalue())
    with pytest.raises(TableError, match="not a readable ODS"):
        read_ods(out.getvalue())
