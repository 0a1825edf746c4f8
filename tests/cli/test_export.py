"""`frise export` of a picture: usage errors (exit code 2), bad data (1), real
runs, the window's filters as flags, hostile files and places."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from frise.cli import main
from frise.cli.errors import UsageError
from frise.cli.export import EXPORT_FORMATS, export_format
from tests.helpers.builders import event, party, timeline_dict, to_bytes
from tests.helpers.cli import (
    PNG_SIGNATURE,
    ROOT,
    ROWS,
    run_frise,
    usage_exit,
)
from tests.helpers.files import fifo
from tests.helpers.sheets import write_csv


def test_export_without_out_is_a_usage_error(good_file):
    assert usage_exit(["export", "--data", str(good_file)]) == 2


def test_export_with_an_unknown_option_is_a_usage_error(tmp_path):
    assert usage_exit(["export", "--out", str(tmp_path / "x.png"), "--dpi", "300"]) == 2


def test_export_with_a_language_we_do_not_have_is_a_usage_error(tmp_path):
    assert usage_exit(["export", "--out", str(tmp_path / "x.png"), "--lang", "de"]) == 2


def test_export_with_a_width_that_is_not_a_number_is_a_usage_error(tmp_path):
    assert usage_exit(["export", "--out", str(tmp_path / "x.png"), "--width", "wide"]) == 2


@pytest.mark.parametrize(
    "args",
    [
        ["--width", "50"],
        ["--width", "100000"],
        ["--height", "10"],
        ["--from", "2020", "--to", "2019"],
        ["--from", "0"],
        ["--to", "10000"],
    ],
)
def test_export_with_values_out_of_range_is_a_usage_error(tmp_path, good_file, capsys, args):
    out = tmp_path / "x.png"
    assert main(["export", "--data", str(good_file), "--out", str(out), *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("frise: ")
    assert len(err.splitlines()) == 1
    assert not out.exists()


def test_export_to_a_file_of_an_unknown_kind_is_a_usage_error(tmp_path, good_file, capsys):
    out = tmp_path / "x.jpg"
    assert main(["export", "--data", str(good_file), "--out", str(out)]) == 2
    assert ".png" in capsys.readouterr().err
    assert not out.exists()


def test_export_of_an_unknown_party_is_a_usage_error(tmp_path, good_file, capsys):
    out = tmp_path / "x.png"
    code = main(["export", "--data", str(good_file), "--out", str(out), "--party", "xai"])
    assert code == 2
    err = capsys.readouterr().err
    assert "'xai'" in err
    assert "musk" in err  # says which parties there are
    assert not out.exists()


def test_export_of_a_bad_file_is_bad_data(tmp_path, bad_file, capsys):
    out = tmp_path / "x.png"
    assert main(["export", "--data", str(bad_file), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert 'event "e1" › date' in err
    assert "Traceback" not in err
    assert not out.exists()


def test_export_of_a_missing_file_is_bad_data(tmp_path, capsys):
    out = tmp_path / "x.png"
    assert main(["export", "--data", str(tmp_path / "nope.json"), "--out", str(out)]) == 1
    assert "Traceback" not in capsys.readouterr().err
    assert not out.exists()


def test_export_writes_a_png_of_the_width_asked(tmp_path, good_file):
    out = tmp_path / "frise.png"
    result = run_frise(
        "export",
        "--data",
        good_file,
        "--out",
        out,
        "--width",
        "900",
        "--party",
        "musk",
        "--from",
        "2015",
        "--to",
        "2024",
        "--lang",
        "fr",
    )
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data.startswith(PNG_SIGNATURE)
    assert data[12:16] == b"IHDR"
    assert int.from_bytes(data[16:20], "big") == 900
    assert int.from_bytes(data[20:24], "big") > 0
    assert "Traceback" not in result.stderr
    assert [p.name for p in tmp_path.iterdir() if p.suffix != ".json"] == ["frise.png"]


def test_export_into_a_folder_that_does_not_exist_fails_cleanly(tmp_path, good_file):
    out = tmp_path / "missing" / "frise.png"
    result = run_frise("export", "--data", good_file, "--out", out, "--width", "800")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert not out.exists()
    assert not (tmp_path / "missing").exists()


def test_export_of_an_empty_selection_is_refused_with_a_clear_message(tmp_path, good_file):
    out = tmp_path / "x.png"
    result = run_frise("export", "--data", good_file, "--out", out, "--from", "2030")
    assert result.returncode == 1
    assert result.stderr.strip() == "frise: nothing to export: no event from 2030"
    assert not out.exists()


@pytest.mark.parametrize(
    ("name", "fmt", "start"),
    [("t.svg", None, b"<?xml"), ("t.pdf", None, b"%PDF"), ("t.bin", "svg", b"<?xml")],
)
def test_export_writes_svg_and_pdf_from_the_extension_or_format(
    tmp_path, good_file, name, fmt, start
):
    out = tmp_path / name
    args = ["export", "--data", good_file, "--out", out, "--width", "900"]
    result = run_frise(*args, *(["--format", fmt] if fmt else []))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(start)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--as-of", "2024-02-30"], "not a real calendar date"),
        (["--as-of", "yesterday"], "must be"),
        (["--ghosts"], "--as-of"),
        (["--min-sources", "-1"], "0 or more"),
        (["--told-by", "nobody"], "no party 'nobody'"),
    ],
)
def test_contested_story_options_misused_are_usage_errors(
    tmp_path, contested_file, capsys, args, message
):
    out = tmp_path / "x.png"
    assert main(["export", "--data", str(contested_file), "--out", str(out), *args]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_export_as_of_a_day_before_anything_was_public_is_bad_data(
    tmp_path, contested_file, capsys
):
    out = tmp_path / "x.png"
    assert (
        main(["export", "--data", str(contested_file), "--out", str(out), "--as-of", "2010"]) == 1
    )
    assert "no event public by 31 Dec 2010" in capsys.readouterr().err


def test_export_as_of_with_ghosts_and_the_claims_view(tmp_path, contested_file):
    out = tmp_path / "asof.png"
    result = run_frise(
        "export",
        "--data",
        contested_file,
        "--out",
        out,
        "--as-of",
        "2024-03-05",
        "--ghosts",
        "--claims",
        "--min-sources",
        "1",
    )
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 1000


def test_export_kind_and_certainty_draw_what_the_window_shows(tmp_path, kinds_file):
    from PySide6.QtGui import QImage

    from frise.model.filters import CONFIRMED_ONLY, Filter, apply_filter
    from frise.model.loading import load_timeline
    from frise.scene.export import layout_picture, render_image

    out = tmp_path / "filings.png"
    args = ["--kind", "filing", "--kind", "ruling", "--certainty", "confirmed"]
    assert (
        main(["export", "--data", str(kinds_file), "--out", str(out), "--width", "900", *args]) == 0
    )
    window_filter = Filter(kinds=frozenset({"filing", "ruling"}), certainties=CONFIRMED_ONLY)
    filtered = apply_filter(load_timeline(kinds_file), window_filter)
    assert [filtered.timeline.events[i].id for i in filtered.events] == ["suit", "ruling"]
    expected = render_image(layout_picture(filtered, 900))
    written = QImage(str(out)).convertToFormat(expected.format())
    assert written == expected
    everything = render_image(
        layout_picture(apply_filter(load_timeline(kinds_file), Filter()), 900)
    )
    assert written != everything.convertToFormat(expected.format())


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--kind", "lawsuit"], "invalid choice: 'lawsuit'"),
        (["--certainty", "sure"], "invalid choice: 'sure'"),
    ],
)
def test_export_of_an_unknown_kind_or_certainty_is_a_usage_error(
    tmp_path, good_file, capsys, args, words
):
    out = tmp_path / "x.png"
    assert usage_exit(["export", "--data", str(good_file), "--out", str(out), *args]) == 2
    assert words in capsys.readouterr().err
    assert not out.exists()


def colour_pixels(image, color, tolerance=30) -> int:
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(160, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - color.red()) < tolerance
                and abs(pixel.green() - color.green()) < tolerance
                and abs(pixel.blue() - color.blue()) < tolerance
            ):
                count += 1
    return count


def test_export_search_marks_what_it_finds_as_the_window_does(tmp_path, kinds_file, capsys):
    from PySide6.QtGui import QImage

    from frise.scene.theme import LIGHT

    out = tmp_path / "found.png"
    args = ["export", "--data", str(kinds_file), "--out", str(out), "--width", "900"]
    assert main([*args, "--search", "RUMOUR"]) == 0
    assert capsys.readouterr().out.endswith("; 1 event matches 'RUMOUR'\n")
    found = colour_pixels(QImage(str(out)), LIGHT.match)
    assert found > 20
    assert main([*args]) == 0
    assert colour_pixels(QImage(str(out)), LIGHT.match) == 0
    capsys.readouterr()
    # Found, but hidden by the filters: the message says so.
    assert main([*args, "--search", "rumour", "--kind", "founding"]) == 0
    assert capsys.readouterr().out.endswith(
        "; 1 event matches 'rumour', none shown with these filters\n"
    )


def test_export_thread_shows_it_alone_with_its_arcs(tmp_path):
    from PySide6.QtGui import QImage

    from frise.model.filters import Filter, apply_filter
    from frise.model.loading import load_timeline
    from frise.scene.theme import LIGHT

    path = tmp_path / "thread.json"
    path.write_bytes(
        to_bytes(
            timeline_dict(
                parties=[party("musk"), party("openai")],
                events=[
                    event("suit", "2024-02-29", ["musk"]),
                    event(
                        "reply",
                        "2024-03-05",
                        ["openai"],
                        related=[{"event": "suit", "relation": "responds-to"}],
                    ),
                    event("aside", "2024-04-01", ["openai"]),
                ],
            )
        )
    )
    out = tmp_path / "thread.png"
    assert main(["export", "--data", str(path), "--out", str(out), "--thread", "reply"]) == 0
    assert colour_pixels(QImage(str(out)), LIGHT.arc) > 20
    # Only the thread is drawn: the same as the window's filter for it.
    shown = apply_filter(load_timeline(path), Filter(thread=frozenset({"suit", "reply"})))
    assert len(shown.events) == 2
    assert main(["export", "--data", str(path), "--out", str(out), "--thread", "nope"]) == 2


def test_export_from_a_named_pipe_says_so_instead_of_waiting(tmp_path):
    with fifo(tmp_path) as pipe:
        result = run_frise("export", "--data", pipe, "--out", tmp_path / "x.png")
    assert result.returncode == 1
    assert "named pipe (FIFO)" in result.stderr
    assert not (tmp_path / "x.png").exists()


def export_in_process(*args) -> tuple[int, str]:
    """`frise export` in this process (the tests' QApplication draws)."""
    return main(["export", *map(str, args)])


def test_export_over_a_read_only_file_is_refused_and_leaves_it(qapp, tmp_path, good_file, capsys):
    out = tmp_path / "victim.png"
    out.write_bytes(b"precious")
    out.chmod(0o444)
    assert export_in_process("--data", good_file, "--out", out, "--width", "800") == 1
    assert "read-only" in capsys.readouterr().err
    assert out.read_bytes() == b"precious"
    assert out.stat().st_mode & 0o777 == 0o444


def test_export_through_a_symlink_replaces_its_target_and_keeps_the_link(qapp, tmp_path, good_file):
    target = tmp_path / "pictures" / "story.png"
    target.parent.mkdir()
    target.write_bytes(b"old")
    link = tmp_path / "story.png"
    link.symlink_to(target)
    assert export_in_process("--data", good_file, "--out", link, "--width", "800") == 0
    assert link.is_symlink()
    assert target.read_bytes().startswith(PNG_SIGNATURE)


def test_export_to_a_name_as_long_as_the_file_system_allows(qapp, tmp_path, good_file):
    limit = os.pathconf(tmp_path, "PC_NAME_MAX")
    out = tmp_path / ("x" * (limit - 4) + ".png")
    assert export_in_process("--data", good_file, "--out", out, "--width", "800") == 0
    assert out.read_bytes().startswith(PNG_SIGNATURE)


KILL_DURING_WRITE = """
import os, signal, sys
os.replace = lambda *a: os.kill(os.getpid(), signal.SIGKILL)
from frise.cli import main
main(sys.argv[1:])
"""


def test_an_export_killed_while_writing_leaves_nothing_once_the_next_one_is_done(
    qapp, tmp_path, good_file
):
    out = tmp_path / "out" / "story.png"
    out.parent.mkdir()
    args = ["export", "--data", str(good_file), "--out", str(out), "--width", "800"]
    killed = subprocess.run(
        [sys.executable, "-c", KILL_DURING_WRITE, *args],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert killed.returncode == -9
    assert export_in_process(*args[1:]) == 0
    assert os.listdir(out.parent) == ["story.png"]


def test_an_export_terminated_while_writing_leaves_nothing_at_once(
    qapp, tmp_path, good_file, monkeypatch
):
    """SIGTERM (`kill`, a logout) unwinds the export: its temporary file is
    removed at once. In this process: a handler of the test's own takes the
    signal if Frise has none, so the test fails instead of ending the run."""
    out = tmp_path / "out" / "story.png"
    out.parent.mkdir()
    replace = os.replace

    def terminated_first(*args):
        os.kill(os.getpid(), signal.SIGTERM)
        replace(*args)

    reached = []
    previous = signal.signal(signal.SIGTERM, lambda *args: reached.append("the test's handler"))
    monkeypatch.setattr(os, "replace", terminated_first)
    try:
        with pytest.raises(SystemExit) as exited:
            main(["export", "--data", str(good_file), "--out", str(out), "--width", "800"])
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert exited.value.code == 128 + signal.SIGTERM
    assert reached == []
    assert os.listdir(out.parent) == []


def test_export_of_too_many_parties_for_any_picture_says_so(qapp, tmp_path, capsys):
    # 1,000 lanes: the picture once grew to 100,074 px (956 MB); now it stops at the limit.
    parties = [party(f"p{i}") for i in range(1000)]
    events = [event(f"e{i}", "2020", [f"p{i}"]) for i in range(1000)]
    data = tmp_path / "many.json"
    data.write_bytes(to_bytes(timeline_dict(parties=parties, events=events)))
    out = tmp_path / "many.png"
    assert export_in_process("--data", data, "--out", out, "--width", "800") == 1
    assert "show fewer parties" in capsys.readouterr().err
    assert not out.exists()


def test_a_sharp_export_as_wide_and_tall_as_allowed_is_refused_before_drawing(
    qapp, tmp_path, good_file, capsys
):
    out = tmp_path / "huge.png"
    args = ["--data", good_file, "--out", out, "--width", "16000", "--height", "16000"]
    assert export_in_process(*args) == 1
    assert "too large" in capsys.readouterr().err
    assert not out.exists()


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


def test_export_png_of_a_spreadsheet(tmp_path):
    sheet = write_csv(tmp_path / "s.csv", ROWS)
    out = tmp_path / "s.png"
    assert main(["export", "--data", str(sheet), "--out", str(out), "--width", "800"]) == 0
    assert out.read_bytes().startswith(b"\x89PNG")
