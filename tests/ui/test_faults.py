"""Faults in the window: broken files dropped or reloaded, a load in the
background cancelled, an export that cannot be written, an unexpected error."""

from __future__ import annotations

import gc
import json
import logging
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from frise import app as app_module
from frise.model import state as state_module
from frise.settings import SavedFilter, load_settings
from frise.ui import export_dialog, loading, main_window
from tests.bench.synthetic import synthetic_timeline
from tests.helpers.dialogs import save_as
from tests.helpers.files import fifo
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
    save_as(monkeypatch, target)
    shown = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.text()))
    window.export()
    assert shown and "cannot write" in shown[0]
    assert not target.parent.exists()


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_is_logged_shown_and_survived(
    window, private_dirs, monkeypatch, qtbot, capfd
):
    _, logs = private_dirs
    log_file = app_module.setup_logging()
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
        # A real dialog, shown over the window, still there once the hook has returned.
        qtbot.waitUntil(lambda: window.findChild(QMessageBox, "unexpected-error") is not None)
        box = window.findChild(QMessageBox, "unexpected-error")
        qtbot.waitUntil(box.isVisible)
        assert "a bug of ours" in box.text()
        assert box.parent() is window
        box.accept()
    finally:
        sys.excepthook = old_hook
        for handler in logging.getLogger().handlers[:]:
            if getattr(handler, "baseFilename", "").startswith(str(logs)):
                logging.getLogger().removeHandler(handler)
                handler.close()
    assert "RuntimeError: a bug of ours" in (logs / "frise.log").read_text()
    assert "RuntimeError: a bug of ours" in capfd.readouterr().err
    window.zoom_in_action.trigger()  # still running and responding
    assert window.isVisible()


# --- only regular files, wherever a file comes from ---------------------------------


def drop(window, path) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    window.dropEvent(
        QDropEvent(
            QPointF(200, 200),
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )


def open_recent(window, path) -> None:
    window.settings.recent_files = [str(path)]
    window._fill_recent()
    window.recent_menu.actions()[0].trigger()


@pytest.mark.parametrize("how", ["open", "recent", "drop"])
def test_a_named_pipe_is_refused_wherever_it_comes_from(window, tmp_path, qtbot, how):
    before = window.timeline
    with fifo(tmp_path) as pipe:
        {
            "open": window.open_file,
            "recent": lambda p: open_recent(window, p),
            "drop": lambda p: drop(window, p),
        }[how](pipe)
        qtbot.waitUntil(lambda: problems_box(window) is not None, timeout=10000)
    assert "named pipe (FIFO)" in problems_box(window).text()
    assert window.timeline is before


def test_a_device_is_refused_not_read(window, qtbot):
    before = window.timeline
    window.open_file(Path("/dev/null"))  # says it is empty; /dev/zero would never end
    assert "a device" in problems_box(window).text()
    assert window.timeline is before


# --- opening a file changes the window only once its view is built -------------------


def test_a_failure_while_building_the_new_view_leaves_everything_as_it_was(window, tmp_path, qtbot):
    before, shown_before = window.timeline, window.filtered
    status, title = window.status.text(), window.windowTitle()
    other = write(tmp_path, synthetic_timeline(40, n_parties=3), "other.json")
    # A saved filter no settings file can hold any more (they are checked on
    # load), standing for any fault on the way: the year -5 does not exist.
    window.settings.filters[str(other.resolve())] = SavedFilter.model_construct(
        parties=None, year_from=-5, year_to=None, kinds=None, certainties=None
    )
    window.open_file(other)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "not-shown") is not None)
    assert window.timeline is before and window.filtered is shown_before
    assert window.view.filtered is shown_before
    assert window.status.text() == status and window.windowTitle() == title
    window.select_event(0)
    assert window.details.event_index == 0
    assert window.timeline.events[0].id in {e.id for e in before.events}


def test_a_settings_file_of_values_out_of_range_still_opens_the_window_on_its_file(
    qtbot, tmp_path, private_dirs, timeline_file
):
    """A saved filter from the year -5 to 5,000,000,000 once stopped Frise on
    every start (exit 1, no window, nothing said); each bad value is now
    reset alone and the window opens the file with the rest."""
    config, _ = private_dirs
    config.mkdir(parents=True)
    path = config / "settings.json"
    saved = {"parties": ["alpha"], "year_from": -5, "year_to": 5_000_000_000}
    broken = {
        "version": 1,
        "lang": "en",
        "theme": "purple",
        "geometry": "not a layout",
        "export_width": -5,
        "export_scale": 1e308,
        "reload_on_change": "yes",
        "recent_files": [str(timeline_file), 7, "/" + "x" * 10_000],
        "filters": {str(timeline_file.resolve()): saved},
    }
    path.write_text(json.dumps(broken), encoding="utf-8")
    window = main_window.MainWindow(load_settings(path), path)
    qtbot.addWidget(window)
    window.open_file(timeline_file)
    window.show()
    qtbot.waitExposed(window)
    assert window.timeline.path == timeline_file
    assert window.filter.parties == {"alpha"}
    assert (window.filter.year_from, window.filter.year_to) == (None, None)
    assert window.settings.recent_files[0] == str(timeline_file.resolve())
    window.close()
    kept = json.loads(path.read_text(encoding="utf-8"))  # saved again, every value valid
    assert (kept["theme"], kept["export_width"], kept["export_scale"]) == ("system", 2000, 2.0)
    assert kept["filters"][str(timeline_file.resolve())]["parties"] == ["alpha"]


def test_the_problem_count_says_more_when_the_list_was_cut(window, tmp_path, qtbot):
    doc = synthetic_timeline(600, n_parties=3)
    for item in doc["events"]:
        item["date"] = "2023-02-29"
    window.open_file(write(tmp_path, doc, "bad.json"))
    qtbot.waitUntil(lambda: problems_box(window) is not None, timeout=20000)
    assert "more than 500 problems" in problems_box(window).text()


# --- the heavy part of a load off the window's thread; quit waits for it ---------------


def test_a_background_load_builds_the_state_and_quote_rows_off_the_windows_thread(
    window, big_file, qtbot, monkeypatch
):
    threads = []

    def recorded(function):
        def record(*args, **kwargs):
            threads.append(threading.current_thread())
            return function(*args, **kwargs)

        return record

    monkeypatch.setattr(loading, "quote_rows", recorded(loading.quote_rows))
    monkeypatch.setattr(main_window, "opened", recorded(state_module.opened))
    window.open_file(big_file)
    qtbot.waitUntil(lambda: window.timeline.path == big_file, timeout=20000)
    assert len(threads) == 2 and threading.main_thread() not in threads


def test_a_background_load_prepares_with_garbage_collection_off_then_turns_it_back_on(
    window, big_file, qtbot, monkeypatch
):
    collecting = []

    def recorded(*args, **kwargs):
        collecting.append(gc.isenabled())
        return quote_rows(*args, **kwargs)

    quote_rows = loading.quote_rows
    monkeypatch.setattr(loading, "quote_rows", recorded)
    window.open_file(big_file)
    qtbot.waitUntil(lambda: window.timeline.path == big_file, timeout=20000)
    assert collecting == [False]
    assert gc.isenabled()


def test_quitting_during_a_load_waits_for_its_thread(window, big_file, qtbot, monkeypatch):
    """A thread destroyed while it runs aborts the whole process (SIGABRT)."""

    def slow_run(job):
        time.sleep(2.5)  # a step that cannot be cancelled, longer than any fixed wait

    monkeypatch.setattr(loading.LoadJob, "run", slow_run)
    window.open_file(big_file)
    job = window._job
    window.close()
    assert job.isFinished()
