"""Faults in the window: broken files dropped or reloaded, a load in the
background cancelled, an export that cannot be written, an unexpected error."""

from __future__ import annotations

import json
import logging
import sys

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from frise import app as app_module
from frise.ui import export_dialog, main_window
from tests.bench.synthetic import synthetic_timeline
from tests.helpers.timelines import write


def problems_box(window):
    return window.findChild(QMessageBox, "problems")


def test_dropping_a_broken_file_keeps_the_timeline(window, tmp_path, qtbot):
    before = window.timeline
    broken = tmp_path / "broken.json"
    broken.write_bytes(b'{"format": "frise-timeline", "version": 1, "title": ')
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(broken))])
    drop = QDropEvent(
        QPointF(200, 200),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    qtbot.waitUntil(lambda: problems_box(window) is not None)
    assert "ends too early" in problems_box(window).text()
    assert window.timeline is before


def test_reloading_a_file_broken_since_keeps_the_timeline(window, timeline_file):
    before = window.timeline
    doc = json.loads(timeline_file.read_text())
    doc["events"][0]["date"] = "2015-02-30"
    timeline_file.write_text(json.dumps(doc))
    window.reload_action.trigger()
    assert "2015-02-30" in problems_box(window).text()
    assert window.timeline is before


def test_reload_keeps_the_selection_and_filter(window, timeline_file):
    window.select_event(window.timeline.event_index["suit"])
    window.filters.year_from.setValue(2020)
    window.reload_action.trigger()
    assert window.timeline.events[window.selected].id == "suit"
    assert window.filter.year_from == 2020


@pytest.fixture
def big_file(tmp_path, monkeypatch):
    monkeypatch.setattr(main_window, "SYNC_LOAD_BYTES", 0)  # every file in the background
    return write(tmp_path, synthetic_timeline(3000, n_parties=5), "big.json")


def test_a_background_load_shows_progress_then_the_file(window, big_file, qtbot):
    window.open_file(big_file)
    assert window._progress is not None and window._job is not None
    qtbot.waitUntil(lambda: window.timeline.path == big_file, timeout=20000)
    assert len(window.timeline.events) == 3000
    assert window._job is None and window._progress is None


def test_a_cancelled_load_keeps_the_previous_timeline(window, big_file, qtbot):
    before = window.timeline
    window.open_file(big_file)
    job = window._job
    window.cancel_load()

    def stopped() -> bool:
        try:
            return job.isFinished()
        except RuntimeError:  # already deleted, which happens once it has finished
            return True

    qtbot.waitUntil(stopped, timeout=20000)
    QApplication.processEvents()
    assert window.timeline is before
    assert window._job is None


def test_a_broken_file_in_the_background_lists_its_problems(window, tmp_path, big_file, qtbot):
    doc = synthetic_timeline(2000, n_parties=3)
    doc["events"][1500]["parties"] = ["nobody"]
    broken = write(tmp_path, doc, "broken-big.json")
    before = window.timeline
    window.open_file(broken)
    qtbot.waitUntil(lambda: problems_box(window) is not None, timeout=20000)
    assert 'event "e1500" › parties[0]: no party has the id "nobody"' in problems_box(window).text()
    assert window.timeline is before


def test_an_export_that_cannot_be_written_says_so_and_leaves_nothing(window, tmp_path, monkeypatch):
    target = tmp_path / "missing-folder" / "out.png"
    monkeypatch.setattr(
        export_dialog.ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted
    )
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.text()))
    window.export()
    assert shown and "cannot write" in shown[0]
    assert not target.parent.exists()


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_is_logged_shown_and_survived(window, private_dirs, monkeypatch, qtbot):
    _, logs = private_dirs
    log_file = app_module.setup_logging()
    shown = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.text()))
    old_hook = sys.excepthook
    app_module.install_excepthook(log_file)
    try:

        def broken(*args):
            raise RuntimeError("a bug of ours")

        monkeypatch.setattr(window, "select_event", broken)
        window.view.eventActivated.disconnect()
        window.view.eventActivated.connect(lambda index: window.select_event(index))
        window.view.eventActivated.emit(0)
        QApplication.processEvents()
    finally:
        sys.excepthook = old_hook
        for handler in logging.getLogger().handlers[:]:
            if getattr(handler, "baseFilename", "").startswith(str(logs)):
                logging.getLogger().removeHandler(handler)
                handler.close()
    assert shown and "a bug of ours" in shown[0]
    assert "RuntimeError: a bug of ours" in (logs / "frise.log").read_text()
    window.zoom_in_action.trigger()  # still running and responding
    assert window.isVisible()
