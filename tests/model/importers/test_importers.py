"""Which reader a file goes to, and what every file gets whatever its kind."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from frise.model.importers import import_file, kind_of, read_timeline
from frise.model.loading import TimelineError
from frise.paths import bundled_timeline
from tests.helpers.files import fifo
from tests.helpers.sheets import write_csv, write_ods, write_xlsx


@pytest.mark.parametrize(
    ("name", "head", "kind"),
    [
        ("a.json", b'{"format": "frise-timeline", "events": []}', "frise"),
        ("a.json", b'{"events": [{"start_date": {}}]}', "json"),
        ("a.txt", b'\xef\xbb\xbf  {"title": {}, "events": []}', "json"),
        ("a.json", b"", "frise"),
        ("a.xlsx", b"PK\x03\x04...", "xlsx"),
        ("a", b"PK\x03\x04\x14\x00mimetypeapplication/vnd.oasis.opendocument.spreadsheet", "ods"),
        ("a.xls", b"\xd0\xcf\x11\xe0rest", "xls"),
        ("a.csv", b"date,title", "csv"),
        ("a.frise", b"garbage", "frise"),
    ],
)
def test_kind_of(name, head, kind):
    assert kind_of(Path(name), head) == kind


def test_read_timeline_takes_frise_files_to_the_loader_and_others_to_importers(tmp_path):
    assert len(read_timeline(bundled_timeline()).events) > 10
    rows = [["date", "parties", "title"], ["2020", "Acme", "Hello"]]
    for path in (
        write_csv(tmp_path / "s.csv", rows),
        write_xlsx(tmp_path / "s.xlsx", rows),
        write_ods(tmp_path / "s.ods", rows),
    ):
        timeline = read_timeline(path)
        assert timeline.events[0].title == "Hello" and timeline.path == path


def test_a_frise_file_through_import_is_itself(tmp_path):
    result = import_file(bundled_timeline())
    assert result.layout == "Frise timeline" and result.notes == ()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.csv", b"", "the file is empty"),
        ("old.xls", b"\xd0\xcf\x11\xe0" + b"\0" * 100, "save it as .xlsx"),
        ("other.csv", b"name,age\nx,3\n", "row 1 names neither"),
        ("header.csv", b"date,parties,title\n", "no rows"),
    ],
)
def test_files_that_are_not_timelines(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(TimelineError) as caught:
        import_file(path)
    assert message in str(caught.value)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "story.csv"
    os.mkfifo(fifo)
    with pytest.raises(TimelineError, match="not a regular file"):
        import_file(fifo)
    with pytest.raises(TimelineError, match="not a regular file"):
        read_timeline(fifo)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_path_swapped_for_a_pipe_after_a_check_is_still_refused(tmp_path, monkeypatch):
    # What is opened is checked, not what the name was a moment before.
    regular = tmp_path / "regular.csv"
    regular.write_text("date,parties,title\n", encoding="utf-8")
    stat_then = regular.stat()
    monkeypatch.setattr(Path, "stat", lambda self, **kw: stat_then)
    with fifo(tmp_path, "story.csv") as pipe:
        with pytest.raises(TimelineError, match="not a regular file"):
            import_file(pipe)
        with pytest.raises(TimelineError, match="not a regular file"):
            read_timeline(pipe)


def test_a_missing_file(tmp_path):
    with pytest.raises(TimelineError, match="cannot read the file"):
        import_file(tmp_path / "nope.csv")


def test_problems_never_half_import(tmp_path):
    rows = [["date", "parties", "title"], ["2020", "A", "Good"], ["2020-13", "A", "Bad"]]
    with pytest.raises(TimelineError) as caught:
        import_file(write_csv(tmp_path / "s.csv", rows))
    assert [str(p) for p in caught.value.problems] == [
        'row 3, column A ("date"): "2020-13": there is no month 13'
    ]
    json.dumps([str(p) for p in caught.value.problems])
