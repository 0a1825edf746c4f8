"""`frise import`, `frise new`, spreadsheets from `frise export`, and `frise check`
on a spreadsheet: exit codes 0 / 1 / 2, problems at their row and column."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from frise.cli import EXPORT_FORMATS, UsageError, export_format, main
from frise.model.loading import load_timeline
from frise.paths import bundled_timeline
from tests.helpers.sheets import write_csv, write_xlsx

ROWS = [["date", "parties", "title"], ["2020-05", "Acme", "Hello"], ["2021", "Beta", "Again"]]


def usage_exit(argv):
    with pytest.raises(SystemExit) as caught:
        main(argv)
    return caught.value.code


def test_import_writes_a_frise_file_that_loads(tmp_path, capsys):
    source = write_xlsx(tmp_path / "story.xlsx", ROWS)
    out = tmp_path / "story.frise.json"
    assert main(["import", str(source), "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert "2 events in 2 lanes" in captured.out and "Frise spreadsheet" in captured.out
    assert "note:" in captured.err  # ids and lanes were made from the sheet
    assert [e.title for e in load_timeline(out).events] == ["Hello", "Again"]


def test_import_of_a_bad_sheet_lists_problems_and_writes_nothing(tmp_path, capsys):
    source = write_csv(tmp_path / "story.csv", [*ROWS, ["2021-02-30", "Acme", "Bad"]])
    out = tmp_path / "story.frise.json"
    assert main(["import", str(source), "--out", str(out)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f'{source}: row 4, column A ("date"): "2021-02-30" is not a real calendar date',
        f"{source}: 1 problem; nothing was written",
    ]
    assert not out.exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["import", "in.csv"],
        ["import", "--out", "x.json"],
        ["import", "in.csv", "--out", "x.png"],
        ["new"],
        ["new", "starter.txt"],
    ],
)
def test_import_and_new_usage_errors(tmp_path, monkeypatch, argv):
    monkeypatch.chdir(tmp_path)
    try:
        code = main(argv)
    except SystemExit as e:
        code = e.code
    assert code == 2


def test_import_never_writes_over_its_input(tmp_path, capsys):
    source = tmp_path / "story.json"
    source.write_text('{"events": [{"start_date": {"year": 2020}, "text": {"headline": "A"}}]}')
    assert main(["import", str(source), "--out", str(source)]) == 2
    assert "headline" in source.read_text()


def test_new_writes_a_valid_starter_and_never_overwrites(tmp_path, capsys):
    out = tmp_path / "mine.frise.json"
    assert main(["new", str(out)]) == 0
    assert len(load_timeline(out).events) == 3
    assert f"frise check {out}" in capsys.readouterr().out
    out.write_text("my own work")
    assert main(["new", str(out)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert out.read_text() == "my own work"


def test_new_into_a_missing_folder_fails_cleanly(tmp_path, capsys):
    assert main(["new", str(tmp_path / "nope" / "x.json")]) == 1
    assert "cannot write" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_a_spreadsheet_that_imports_back(tmp_path, fmt, capsys):
    sheet = tmp_path / f"musk.{fmt}"
    assert main(["export", "--out", str(sheet)]) == 0
    assert f"({fmt})" in capsys.readouterr().out
    back = tmp_path / "back.json"
    assert main(["import", str(sheet), "--out", str(back)]) == 0
    assert load_timeline(back).doc == load_timeline(bundled_timeline()).doc


def test_export_format_option_overrides_the_extension(tmp_path):
    out = tmp_path / "story.txt"
    assert main(["export", "--out", str(out), "--format", "csv"]) == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbfrecord,id,date")


def test_export_format_follows_the_extension():
    assert export_format(Path("a.PNG"), None) == "png"
    assert export_format(Path("a.xlsx"), None) == "xlsx"
    assert export_format(Path("a.png"), "csv") == "csv"
    assert export_format(Path("a.svg"), None) == "svg"
    assert export_format(Path("a.Pdf"), None) == "pdf"
    assert set(EXPORT_FORMATS.values()) >= {"png", "svg", "pdf", "csv", "xlsx"}
    with pytest.raises(UsageError, match=r"\.png, \.svg, \.pdf, \.csv, \.xlsx"):
        export_format(Path("a.gif"), None)


def test_picture_options_on_a_spreadsheet_are_a_usage_error(tmp_path, capsys):
    out = tmp_path / "x.csv"
    assert main(["export", "--out", str(out), "--party", "musk", "--width", "900"]) == 2
    assert "--party, --width: only for pictures" in capsys.readouterr().err
    assert not out.exists()


def test_check_reads_spreadsheets_too(tmp_path, capsys):
    good = write_csv(tmp_path / "good.csv", ROWS)
    assert main(["check", str(good)]) == 0
    bad = write_csv(tmp_path / "bad.csv", [ROWS[0], ["2020", "", "No party"]])
    assert main(["check", str(bad)]) == 1
    err = capsys.readouterr().err
    assert f'{bad}: row 2, column B ("parties"): is required but missing' in err


def test_export_png_of_a_spreadsheet(tmp_path):
    sheet = write_csv(tmp_path / "s.csv", ROWS)
    out = tmp_path / "s.png"
    assert main(["export", "--data", str(sheet), "--out", str(out), "--width", "800"]) == 0
    assert out.read_bytes().startswith(b"\x89PNG")


def test_import_a_timelinejs_json_file(tmp_path, capsys):
    source = tmp_path / "tl.json"
    source.write_text(
        json.dumps(
            {
                "title": {"text": {"headline": "Sample"}},
                "events": [{"start_date": {"year": "1999"}, "text": {"headline": "A"}}],
            }
        )
    )
    out = tmp_path / "tl.frise.json"
    assert main(["import", str(source), "--out", str(out)]) == 0
    assert load_timeline(out).doc.title == "Sample"
