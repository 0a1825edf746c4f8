"""`frise export` of a spreadsheet: the whole timeline, which imports back."""

import pytest

from frise.cli import main
from frise.model.loading import load_timeline
from frise.paths import bundled_timeline


def test_spreadsheets_refuse_the_picture_options(tmp_path, contested_file, capsys):
    out = tmp_path / "x.csv"
    assert (
        main(["export", "--data", str(contested_file), "--out", str(out), "--as-of", "2020"]) == 2
    )
    assert "--as-of" in capsys.readouterr().err


def test_a_spreadsheet_export_refuses_picture_filters(tmp_path, good_file, capsys):
    out = tmp_path / "x.csv"
    assert main(["export", "--data", str(good_file), "--out", str(out), "--kind", "filing"]) == 2
    assert "--kind: only for pictures" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_a_spreadsheet_that_imports_back(tmp_path, fmt, capsys):
    sheet = tmp_path / f"musk.{fmt}"
    assert main(["export", "--out", str(sheet)]) == 0
    assert f"({fmt})" in capsys.readouterr().out
    back = tmp_path / "back.json"
    assert main(["import", str(sheet), "--out", str(back)]) == 0
    assert load_timeline(back).doc == load_timeline(bundled_timeline()).doc


def test_picture_options_on_a_spreadsheet_are_a_usage_error(tmp_path, capsys):
    out = tmp_path / "x.csv"
    assert main(["export", "--out", str(out), "--party", "musk", "--width", "900"]) == 2
    assert "--party, --width: only for pictures" in capsys.readouterr().err
    assert not out.exists()
