"""`frise import`: a spreadsheet or a TimelineJS file made a Frise timeline,
problems at their row and column."""

import json

import pytest

from frise.cli import main
from frise.model.loading import load_timeline
from tests.helpers.cli import (
    ROWS,
)
from tests.helpers.sheets import write_csv, write_xlsx


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
