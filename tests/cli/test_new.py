"""`frise new`: a starter timeline, never over an existing file."""

from frise.cli import main
from frise.model.loading import load_timeline


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
