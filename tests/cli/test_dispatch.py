"""`frise` itself: the window's arguments and Qt's, and the exit codes
when the output cannot be written."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from frise.cli import main
from frise.cli.dispatch import split_qt_options
from tests.helpers.cli import (
    ROOT,
    run_limited,
)
from tests.helpers.files import fifo


def test_the_window_without_a_display_says_so_instead_of_crashing(monkeypatch, capsys):
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert main([]) == 1
    assert "no display" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "ours", "qt"),
    [
        (["-style", "Fusion"], [], ["-style", "Fusion"]),
        (["--style=Fusion", "story.json"], ["story.json"], ["--style=Fusion"]),
        (["-reverse", "--lang", "fr"], ["--lang", "fr"], ["-reverse"]),
        (
            ["-platform", "xcb", "-style", "Fusion", "a.json"],
            ["a.json"],
            ["-platform", "xcb", "-style", "Fusion"],
        ),
        (["--", "-style"], ["--", "-style"], []),
    ],
)
def test_qt_standard_options_are_told_from_frises(argv, ours, qt):
    assert split_qt_options(argv) == (ours, qt)


def test_the_window_gets_qt_options_and_frise_its_own(monkeypatch, tmp_path):
    seen = {}

    def run_gui(file, lang=None, qt_args=None):
        seen.update(file=file, lang=lang, qt_args=qt_args)
        return 0

    import frise.app

    monkeypatch.setattr(frise.app, "run_gui", run_gui)
    assert main(["-style", "Fusion", "--lang", "fr", "story.json", "-reverse"]) == 0
    assert seen == {
        "file": Path("story.json"),
        "lang": "fr",
        "qt_args": ["-style", "Fusion", "-reverse"],
    }


def test_a_qt_option_without_its_value_is_a_usage_error(capsys):
    assert main(["-style"]) == 2
    assert "-style needs a value" in capsys.readouterr().err


def test_the_window_on_a_named_pipe_says_so_and_shows_the_bundled_timeline(tmp_path):
    with fifo(tmp_path) as pipe:
        child = subprocess.Popen(
            [sys.executable, "-m", "frise", str(pipe)],
            cwd=ROOT,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        try:
            line = ""  # the refusal, printed as the window opens, after Qt's own notes
            while not line.startswith(str(pipe)):
                line = child.stderr.readline()
                if not line and child.poll() is not None:
                    break
        finally:
            child.kill()
            child.wait(10)
    assert "named pipe (FIFO)" in line


def test_output_to_a_full_disk_is_one_line_and_exit_1():
    with open("/dev/full", "w") as full:
        result = run_limited("schema", stdout=full)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr  # nor "Exception ignored" at exit
    assert result.stderr.strip().splitlines() == [
        "frise: cannot write the output: No space left on device"
    ]


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["check", "--help"]])
def test_help_and_version_to_a_full_disk_say_so(args):
    with open("/dev/full", "w") as full:
        result = run_limited(*args, stdout=full)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "frise: cannot write the output: No space left on device"
    ]


@pytest.mark.parametrize("command", ["check", "export"])
def test_check_and_export_to_a_full_disk_say_so(
    qapp, tmp_path, good_file, monkeypatch, capsys, command
):
    args = ["check", str(good_file)]
    if command == "export":
        args = ["export", "--data", str(good_file), "--out", str(tmp_path / "x.png")]
    full = open("/dev/full", "w")  # noqa: SIM115  # closed below, after main() dup2s over it
    monkeypatch.setattr(sys, "stdout", full)
    try:
        assert main(args) == 1
    finally:
        full.close()
    assert capsys.readouterr().err == "frise: cannot write the output: No space left on device\n"
