import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from frise.fileio import ReadRefused, read_regular_file, write_atomically
from tests.helpers.files import fifo


def test_writes_a_new_file(tmp_path):
    path = tmp_path / "out.bin"
    write_atomically(path, b"\x89PNG\x00data")
    assert path.read_bytes() == b"\x89PNG\x00data"
    assert os.listdir(tmp_path) == ["out.bin"]


def test_replaces_an_existing_file(tmp_path):
    path = tmp_path / "out.json"
    path.write_bytes(b"old content that is longer")
    write_atomically(path, b"new")
    assert path.read_bytes() == b"new"
    assert os.listdir(tmp_path) == ["out.json"]


def test_a_folder_that_does_not_exist_raises_and_creates_nothing(tmp_path):
    path = tmp_path / "missing" / "out.png"
    with pytest.raises(OSError):
        write_atomically(path, b"data")
    assert not (tmp_path / "missing").exists()
    assert os.listdir(tmp_path) == []


def test_a_failed_rename_leaves_no_temporary_file_and_the_old_content(tmp_path, monkeypatch):
    path = tmp_path / "out.json"
    path.write_bytes(b"precious")

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        write_atomically(path, b"half")
    assert path.read_bytes() == b"precious"
    assert os.listdir(tmp_path) == ["out.json"]


def test_a_failed_write_leaves_no_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "out.json"
    path.write_bytes(b"precious")

    def fail(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(OSError):
        write_atomically(path, b"new")
    assert path.read_bytes() == b"precious"
    assert os.listdir(tmp_path) == ["out.json"]


def test_an_interrupted_write_leaves_no_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "out.json"

    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(path, b"new")
    assert os.listdir(tmp_path) == []


def test_the_file_gets_the_usual_permissions_not_the_temporary_files(tmp_path):
    # mkstemp makes 0600 files; the result must be readable like any file written.
    previous = os.umask(0o022)
    try:
        path = tmp_path / "out.json"
        write_atomically(path, b"{}")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


# --- reading: only regular files, never more than asked ----------------------------------


def test_reads_a_regular_file(tmp_path):
    path = tmp_path / "a.json"
    path.write_bytes(b"{}")
    assert read_regular_file(path, 10) == b"{}"


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda folder: folder, "a folder"),
        (lambda folder: Path("/dev/null"), "a device"),
        (lambda folder: folder / "missing.json", "No such file"),
    ],
)
def test_what_is_not_a_regular_file_is_refused(tmp_path, make, words):
    with pytest.raises(ReadRefused) as caught:
        read_regular_file(make(tmp_path), 10)
    assert words in str(caught.value)


def test_a_pipe_is_refused_at_once(tmp_path):
    with fifo(tmp_path) as pipe, pytest.raises(ReadRefused) as caught:
        read_regular_file(pipe, 10)
    assert "named pipe (FIFO)" in str(caught.value)


def test_reading_stops_at_the_limit_whatever_the_file_reports(tmp_path):
    # /proc files report a size of 0 and have more: the limit holds anyway.
    with pytest.raises(ReadRefused) as caught:
        read_regular_file("/proc/self/maps", 16)
    assert "larger than" in str(caught.value)


def test_a_file_over_the_limit_is_refused_with_its_size(tmp_path):
    path = tmp_path / "big.json"
    path.write_bytes(b" " * (3 * 2**20))
    with pytest.raises(ReadRefused) as caught:
        read_regular_file(path, 2**20, "timeline files")
    assert str(caught.value) == "the file is 3 MB; Frise reads timeline files up to 1 MB"


# --- writing: links followed, read-only refused, long names, no stray files -----------


def test_a_symlink_is_followed_and_its_target_replaced(tmp_path):
    target = tmp_path / "real.png"
    target.write_bytes(b"old")
    link = tmp_path / "link.png"
    link.symlink_to(target)
    write_atomically(link, b"new")
    assert link.is_symlink()
    assert target.read_bytes() == b"new"


def test_a_read_only_file_is_refused_and_left_as_it_is(tmp_path):
    path = tmp_path / "out.png"
    path.write_bytes(b"precious")
    path.chmod(0o444)
    with pytest.raises(PermissionError) as caught:
        write_atomically(path, b"new")
    assert "read-only" in str(caught.value)
    assert path.read_bytes() == b"precious"
    assert sorted(os.listdir(tmp_path)) == ["out.png"]


def test_a_replaced_file_keeps_its_permissions(tmp_path):
    path = tmp_path / "private.png"
    path.write_bytes(b"old")
    path.chmod(0o600)
    write_atomically(path, b"new")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_name_as_long_as_the_file_system_allows_is_written(tmp_path):
    path = tmp_path / ("n" * os.pathconf(tmp_path, "PC_NAME_MAX"))
    write_atomically(path, b"data")
    assert path.read_bytes() == b"data"


def test_temporary_files_of_a_killed_frise_are_removed_on_the_next_write(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = tmp_path / f".frise-{dead.pid}-abcd1234.tmp"
    stale.write_bytes(b"half a picture")
    mine = tmp_path / f".frise-{os.getpid()}-abcd1234.tmp"  # being written, perhaps
    mine.write_bytes(b"")
    other = tmp_path / ".out.png.abcd.tmp"  # not Frise's: left alone
    other.write_bytes(b"")
    write_atomically(tmp_path / "out.png", b"data")
    assert sorted(os.listdir(tmp_path)) == sorted(["out.png", mine.name, other.name])


def test_the_temporary_file_is_frises_own_and_short(tmp_path, monkeypatch):
    seen = []
    real_replace = os.replace

    def spy(source, target):
        seen.append(Path(source).name)
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", spy)
    write_atomically(tmp_path / ("long" * 50 + ".png"), b"data")
    assert seen[0].startswith(f".frise-{os.getpid()}-") and seen[0].endswith(".tmp")
    assert len(seen[0]) < 40
