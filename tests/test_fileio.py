import os
import stat

import pytest

from frise.fileio import write_atomically


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
