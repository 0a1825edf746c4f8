"""File → Import…: a spreadsheet or TimelineJS file is shown, then offered
for saving as a Frise file, which the window then shows."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

from frise.model.loading import load_timeline
from tests.helpers.sheets import write_xlsx

TEMPLATE = [
    ["Year", "Month", "Day", "Headline", "Text", "Group", "Type"],
    ["", "", "", "Imported story", "<p>From a sheet.</p>", "", "title"],
    ["2019", "3", "", "Something <b>happens</b>", "Plain text", "Side A", ""],
    ["2020", "", "", "Something else", "", "Side B", ""],
]


def test_import_shows_the_story_and_saves_it_as_a_frise_file(window, tmp_path, qtbot, monkeypatch):
    sheet = write_xlsx(tmp_path / "from-sheets.xlsx", TEMPLATE)
    out = tmp_path / "saved.frise.json"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sheet), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))

    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.timeline.title("en") == "Imported story", timeout=10_000)
    assert [e.title for e in window.timeline.events] == ["Something happens", "Something else"]
    box = window.findChild(QMessageBox, "offer-save")
    assert box is not None and "TimelineJS spreadsheet" in box.text()
    assert "2 events in 2 lanes" in box.text()

    box.button(QMessageBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: window.timeline.path == out, timeout=10_000)
    assert load_timeline(out).doc == window.timeline.doc
    assert window.watch.path == out.resolve()


def test_an_import_with_problems_keeps_what_was_shown(window, tmp_path, qtbot, monkeypatch):
    shown = window.timeline
    rows = [TEMPLATE[0], ["2019", "13", "", "Bad month", "", "", ""]]
    sheet = write_xlsx(tmp_path / "bad.xlsx", rows)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sheet), ""))
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "problems") is not None, timeout=10_000)
    box = window.findChild(QMessageBox, "problems")
    assert 'row 2, column B ("Month")' in box.text()
    assert window.timeline is shown


def test_a_new_file_clears_the_selection_it_cannot_keep(window, tmp_path):
    window.select_event(1)
    sheet = write_xlsx(tmp_path / "other.xlsx", TEMPLATE)
    window.open_file(sheet)
    assert window.selected is None and window.view.selected is None
