"""`frise check`: OK or every problem (exit code 1), and --report."""

import json

from frise.cli import main
from tests.helpers.builders import event, timeline_dict, to_bytes, with_event
from tests.helpers.cli import (
    ROWS,
    run_frise,
    run_limited,
    usage_exit,
)
from tests.helpers.files import fifo
from tests.helpers.sheets import write_csv


def test_check_a_valid_file(good_file, capsys):
    assert main(["check", str(good_file)]) == 0
    out, err = capsys.readouterr()
    assert "OK" in out
    assert len(out.splitlines()) == 1
    assert err == ""


def test_check_counts_one_event_in_one_lane_in_the_singular(tmp_path, capsys):
    path = tmp_path / "one.json"
    doc = timeline_dict(parties=[{"id": "a", "name": "A"}], events=[event("e1", "2020")])
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["check", str(path)]) == 0
    assert capsys.readouterr().out == f"{path}: OK, 1 event in 1 lane\n"


def test_check_a_bad_file_lists_each_problem_on_its_own_line(bad_file, capsys):
    assert main(["check", str(bad_file)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 4  # three problems and a summary
    assert 'event "e1" › date' in lines[0]
    assert 'event "e2" › parties[0]' in lines[1]
    assert 'event "e3" › end' in lines[2]
    assert "3 problems" in lines[3]
    assert "Traceback" not in err


def test_check_prints_one_line_per_problem_whatever_the_ids_hold(tmp_path, capsys):
    path = tmp_path / "bad.json"
    path.write_bytes(to_bytes(with_event(1, id="e2\nOK: all good")))
    assert main(["check", str(path)]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 2  # one problem and a summary


def test_check_a_missing_file(tmp_path, capsys):
    assert main(["check", str(tmp_path / "nope.json")]) == 1
    err = capsys.readouterr().err
    assert "cannot read" in err
    assert "Traceback" not in err


def test_check_a_folder(tmp_path, capsys):
    assert main(["check", str(tmp_path)]) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_check_a_file_that_is_not_json(tmp_path, capsys):
    path = tmp_path / "notes.json"
    path.write_text("Elon Musk sued OpenAI.\n", encoding="utf-8")
    assert main(["check", str(path)]) == 1
    err = capsys.readouterr().err
    assert "not valid JSON" in err


def test_check_without_a_file_is_a_usage_error(capsys):
    assert usage_exit(["check"]) == 2
    assert "usage" in capsys.readouterr().err


def test_check_with_an_unknown_option_is_a_usage_error(good_file):
    assert usage_exit(["check", "--strict", str(good_file)]) == 2


def test_check_as_a_process_exits_1_without_a_traceback(bad_file):
    result = run_frise("check", bad_file)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 4


def test_check_report_lists_events_on_one_source_or_aggregators_only(contested_file, capsys):
    assert main(["check", "--report", str(contested_file)]) == 0
    out = capsys.readouterr().out
    assert "2 events to read with care" in out
    # One source, and that an aggregator: the report says the weaker.
    assert "terms (Sep 2017, Event terms): aggregators only (X)" in out
    assert "copies (6 Mar 2024, Event copies): one source (Reuters)" in out
    assert "founded" not in out


def test_check_without_report_says_nothing_of_sources(contested_file, capsys):
    assert main(["check", str(contested_file)]) == 0
    assert "Sourcing" not in capsys.readouterr().out


def test_check_a_named_pipe_says_so_instead_of_waiting(tmp_path):
    with fifo(tmp_path) as pipe:
        result = run_frise("check", pipe)
    assert result.returncode == 1
    assert "named pipe (FIFO)" in result.stderr


def test_check_a_device_that_never_ends_is_refused_at_once():
    result = run_limited("check", "/dev/zero")
    assert result.returncode == 1
    assert "a device" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_over_the_problem_limit_says_more_not_a_count_one_too_high(tmp_path, capsys):
    events = [event(f"e{i}", "2023-02-29") for i in range(600)]
    path = tmp_path / "bad.json"
    path.write_bytes(to_bytes(timeline_dict(events=events)))
    assert main(["check", str(path)]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 501
    assert lines[-1].endswith(
        "more than 500 problems (the first 500 are listed); the file cannot be opened"
    )


def test_check_a_utf16_file_names_its_encoding(tmp_path, capsys):
    path = tmp_path / "windows.json"
    path.write_bytes(json.dumps(timeline_dict()).encode("utf-16"))
    assert main(["check", str(path)]) == 1
    err = capsys.readouterr().err
    assert "UTF-16 (little-endian)" in err and "UTF-8" in err


def test_check_reads_spreadsheets_too(tmp_path, capsys):
    good = write_csv(tmp_path / "good.csv", ROWS)
    assert main(["check", str(good)]) == 0
    bad = write_csv(tmp_path / "bad.csv", [ROWS[0], ["2020", "", "No party"]])
    assert main(["check", str(bad)]) == 1
    err = capsys.readouterr().err
    assert f'{bad}: row 2, column B ("parties"): is required but missing' in err
