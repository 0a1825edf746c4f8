"""Live reload: the open file is read again each time it is saved, however the
editor saves it, keeping the zoom, the filters and the selected event; a save
that breaks the file leaves the last good view and says what is wrong."""

from __future__ import annotations

import json
import os

import pytest
from PySide6.QtWidgets import QMessageBox

from frise.model.filters import Filter
from tests.helpers.timelines import write
from tests.ui.conftest import quoted_timeline

WAIT_MS = 10_000  # a ceiling for slow machines, not a measure


def rename_save(path, doc) -> None:
    """Save as many editors do: write a new file beside it, rename it over."""
    temporary = path.with_name(f".{path.name}.swp")
    temporary.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    os.replace(temporary, path)


def titled(title: str) -> dict:
    doc = quoted_timeline()
    doc["events"][0]["title"] = title
    return doc


def first_title(window) -> str:
    return window.timeline.events[0].title


def test_rename_saves_reload_keeping_zoom_filter_and_selection(window, timeline_file, qtbot):
    window.set_filter(Filter(parties=frozenset({"alpha", "courts"})))
    window.select_event(window.timeline.event_index["suit"])
    window.view.zoom_by(2.0)
    view = window.view.view

    rename_save(timeline_file, titled("Saved once"))
    qtbot.waitUntil(lambda: first_title(window) == "Saved once", timeout=WAIT_MS)
    assert window.timeline.events[window.selected].id == "suit"
    assert window.filter.parties == frozenset({"alpha", "courts"})
    assert (window.view.view.day0, window.view.view.day1) == pytest.approx((view.day0, view.day1))
    # The rename replaced the watched file: the new one is watched in its turn.
    rename_save(timeline_file, titled("Saved twice"))
    qtbot.waitUntil(lambda: first_title(window) == "Saved twice", timeout=WAIT_MS)
    # An editor that writes in place is seen too.
    timeline_file.write_text(json.dumps(titled("Saved in place")), encoding="utf-8")
    qtbot.waitUntil(lambda: first_title(window) == "Saved in place", timeout=WAIT_MS)
    assert window.timeline.events[window.selected].id == "suit"


def test_a_broken_save_keeps_the_last_good_view_and_says_why(window, timeline_file, qtbot):
    shown = window.timeline
    broken = titled("Broken")
    broken["events"][1]["date"] = "2018-13"
    rename_save(timeline_file, broken)
    qtbot.waitUntil(window.problem_bar.isVisible, timeout=WAIT_MS)
    assert window.timeline is shown  # nothing half-loaded, nothing lost
    assert "has a problem" in window.problem_bar.label.text()
    assert 'event "exit" › date' in window.problem_bar.label.text()
    assert window.findChild(QMessageBox, "problems") is None  # no dialog steals the focus

    window.problem_bar.details_button.click()
    box = window.findChild(QMessageBox, "problems")
    assert box is not None and "2018-13" in box.detailedText()
    box.close()

    rename_save(timeline_file, titled("Fixed"))
    qtbot.waitUntil(lambda: first_title(window) == "Fixed", timeout=WAIT_MS)
    assert not window.problem_bar.isVisible()


def test_reload_on_change_can_be_turned_off_and_is_remembered(window, timeline_file, qtbot):
    assert window.reload_on_change_action.isChecked()
    window.reload_on_change_action.trigger()
    assert window.settings.reload_on_change is False
    rename_save(timeline_file, titled("Not reloaded"))
    qtbot.wait(1000)
    assert first_title(window) != "Not reloaded"

    window.reload_on_change_action.trigger()
    rename_save(timeline_file, titled("Reloaded"))
    qtbot.waitUntil(lambda: first_title(window) == "Reloaded", timeout=WAIT_MS)


def test_reload_on_change_off_survives_a_restart(window, private_dirs):
    from frise.settings import load_settings

    window.reload_on_change_action.trigger()
    window.close()
    assert load_settings(private_dirs[0] / "settings.json").reload_on_change is False


def test_a_deleted_file_leaves_the_view_and_a_recreated_one_reloads(window, timeline_file, qtbot):
    shown = window.timeline
    timeline_file.unlink()
    qtbot.waitUntil(lambda: "removed" in window.statusBar().currentMessage(), timeout=WAIT_MS)
    assert window.timeline is shown
    write(timeline_file.parent, titled("Back again"), timeline_file.name)
    qtbot.waitUntil(lambda: first_title(window) == "Back again", timeout=WAIT_MS)


def test_a_spreadsheet_open_in_the_window_reloads_too(window, tmp_path, qtbot):
    from tests.helpers.sheets import write_csv

    rows = [["date", "parties", "title"], ["2020", "Acme", "First"]]
    sheet = write_csv(tmp_path / "story.csv", rows)
    window.open_file(sheet)
    assert first_title(window) == "First"
    temporary = tmp_path / "story.csv~"
    write_csv(temporary, [*rows, ["2021", "Acme", "Second"]])
    os.replace(temporary, sheet)
    qtbot.waitUntil(lambda: len(window.timeline.events) == 2, timeout=WAIT_MS)
