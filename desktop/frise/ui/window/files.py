"""Files in and out of the window: File → Open…, Reload, Import… and Save
as Frise timeline…; a large file read on a thread of its own, with a
progress dialog and Cancel; why a file cannot be opened (a dialog) or
reloaded after a save (the bar over the plot); reloading when the file is
saved.

The main window decides whether a file is read at once or in the
background (`MainWindow.open_file`) and builds the state a read timeline is
shown with; this part runs the background reads and says what went wrong.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QProgressDialog

from frise import paths, translations
from frise.fileio import write_atomically
from frise.model.importers import Imported, import_file, read_timeline
from frise.model.loading import TimelineError
from frise.model.text import isolate, one_line
from frise.model.timeline import Timeline
from frise.model.writer import timeline_json
from frise.ui import importing
from frise.ui.loading import LoadJob, Prepared
from frise.ui.problems import problem_lines

if TYPE_CHECKING:
    from frise.ui.main_window import MainWindow

log = logging.getLogger(__name__)
MAX_PROBLEMS_SHOWN = 40


def shown_name(path: Path) -> str:
    """A file's name among Frise's words: on one line, isolated."""
    return isolate(one_line(path.name))


class Files(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.job: LoadJob | None = None
        """The background read under way, if any."""
        self.progress: QProgressDialog | None = None
        self.reload_error: TimelineError | None = None
        """Why the last reload after a save was refused (the bar's details)."""

    def choose_file(self) -> None:
        """File → Open…"""
        w = self.window
        start = w.timeline.path.parent if w.timeline and w.timeline.path else Path.home()
        name, _ = QFileDialog.getOpenFileName(
            w,
            self.tr("Open a timeline"),
            str(start),
            self.tr("Timelines (*.json);;All files (*)"),
        )
        if name:
            w.open_file(Path(name))

    def reload(self) -> None:
        w = self.window
        if w.timeline is not None and w.timeline.path is not None:
            w.open_file(w.timeline.path, keep_view=True)

    def refuse(self, path: Path, error: TimelineError) -> None:
        """Say why a file cannot be opened; with nothing shown yet, show the
        bundled timeline rather than an empty window."""
        w = self.window
        w.refused.emit(path, error)
        self.show_problems(path, error)
        if w.timeline is None:
            w.open_file(paths.bundled_timeline())

    def start_job(
        self, path: Path, keep_view: bool, quiet: bool = False, read=read_timeline, done=None
    ) -> None:
        """Read `path` in the background, then prepare what was read there too.
        `quiet` (a reload after a save): no progress dialog, and problems go
        to the bar. `done` takes the result (default: show it)."""
        w = self.window
        if self.job is not None:
            self.job.cancel()
            self._close_progress()
        prepare = w.preparer(keep_view) if read is read_timeline else None
        job = self.job = LoadJob(path, w, read, prepare)
        job.loaded.connect(lambda value: self._job_done(job, value, None, keep_view, quiet, done))
        job.failed.connect(lambda error: self._job_done(job, None, error, keep_view, quiet, done))
        job.finished.connect(job.deleteLater)
        if quiet:
            job.start()
            return
        # Busy until the loader says how far it is.
        progress = self.progress = QProgressDialog("", self.tr("Cancel"), 0, 0, w)
        label = QLabel(self.tr("Reading {name}…").format(name=shown_name(path)))
        label.setTextFormat(Qt.TextFormat.PlainText)
        progress.setLabel(label)
        progress.setWindowTitle(self.tr("Opening a timeline"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.canceled.connect(self.cancel_load)
        # Shown only if reading takes a while; a busy dialog gets no setValue
        # calls, so its own minimum duration would never fire.
        QTimer.singleShot(300, lambda: progress.show() if job is self.job else None)
        job.progressed.connect(lambda count, total: self._progressed(job, count, total))
        job.start()

    def _progressed(self, job: LoadJob, done: int, total: int) -> None:
        if job is self.job and self.progress is not None:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def cancel_load(self) -> None:
        """Stop the load under way; the timeline shown stays."""
        w = self.window
        if self.job is None:
            return
        self.job.cancel()
        self.job = None
        self._close_progress()
        w.statusBar().showMessage(self.tr("Opening cancelled"), 5000)
        if w.timeline is None:
            w.open_file(paths.bundled_timeline())

    def _close_progress(self) -> None:
        progress, self.progress = self.progress, None
        if progress is not None:
            progress.canceled.disconnect(self.cancel_load)  # closing it says "canceled"
            progress.close()
            progress.deleteLater()

    def _job_done(self, job: LoadJob, value, error, keep_view: bool, quiet: bool, done) -> None:
        w = self.window
        if job is not self.job:
            return
        self.job = None
        self._close_progress()
        if error is not None and quiet:
            self._reload_failed(job.path, error)
        elif error is not None:
            self.refuse(job.path, error)
        elif done is not None:
            done(value)
        elif isinstance(value, Prepared):
            # Built from the state as it was: if it changed meanwhile, build again.
            state = value.state if value.previous is w.state else None
            timeline = value.state.timeline
            assert timeline is not None  # a prepared state has its timeline
            w.set_timeline(timeline, keep_view, state)
        else:
            w.set_timeline(value, keep_view=keep_view)

    def show_problems(self, path: Path, error: TimelineError) -> None:
        """The "cannot open" dialog: the problems, the first ones in full."""
        problems = problem_lines(error.problems)
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Cannot open the timeline"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        count = len(problems)
        name = shown_name(path)
        heading = (
            self.tr("{name} cannot be opened: more than {count} problems.").format(
                name=name, count=translations.count(count)
            )
            if error.truncated
            else self.tr("{name} cannot be opened: %Ln problem(s).", "", count).format(name=name)
        )
        box.setText(
            heading
            + "\n\n"
            + "\n".join(problems[:MAX_PROBLEMS_SHOWN])
            + ("\n…" if count > MAX_PROBLEMS_SHOWN else "")
        )
        box.setInformativeText(self.tr("The timeline shown before is kept."))
        box.setDetailedText("\n".join(problems))
        box.setObjectName("problems")
        log.info("refused %s: %d problems", path, count)
        box.open()

    def not_shown(self, timeline: Timeline, error: Exception) -> None:
        """A timeline read but not shown (a bug of ours): say so."""
        w = self.window
        name = timeline.path.name if timeline.path else timeline.title(w.shown_lang)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Cannot show the timeline"),
            self.tr("{name} cannot be shown: {error}").format(
                name=isolate(one_line(name)), error=error
            ),
            parent=w,
        )
        box.setInformativeText(self.tr("The timeline shown before is kept."))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setObjectName("not-shown")
        box.open()

    # --- reloading when the file is saved ---------------------------------------

    def set_reload_on_change(self, on: bool) -> None:
        w = self.window
        w.settings.reload_on_change = on
        w.reload_on_change_action.setChecked(on)
        w.watch.watch(w.timeline.path if on and w.timeline is not None else None)

    def file_saved(self, path: Path) -> None:
        """The open file was saved: read it again in the background, keeping
        the zoom, the filters and the selected event."""
        w = self.window
        shown = w.timeline.path if w.timeline is not None else None
        if shown is not None and shown.resolve() == path and w.settings.reload_on_change:
            self.start_job(shown, keep_view=True, quiet=True)

    def show_reload_problems(self) -> None:
        watched = self.window.watch.path
        if self.reload_error is not None and watched is not None:
            self.show_problems(watched, self.reload_error)

    def _reload_failed(self, path: Path, error: TimelineError) -> None:
        self.reload_error = error
        first = error.problems[0] if error.problems else None
        self.window.problem_bar.show_problems(path.name, len(error.problems), first)
        log.info("reload of %s refused: %d problems", path, len(error.problems))

    # --- import and save ------------------------------------------------------------

    def choose_import(self) -> None:
        w = self.window
        start = w.timeline.path.parent if w.timeline and w.timeline.path else Path.home()
        path = importing.ask_import_path(w, start)
        if path is not None:
            self.import_path(path)

    def import_path(self, path: Path) -> None:
        """Read a spreadsheet or TimelineJS file in the background, show it,
        and offer to save it as a Frise file."""
        self.start_job(
            path,
            keep_view=False,
            read=lambda source, progress, cancelled: import_file(source),
            done=self._imported,
        )

    def _imported(self, result: Imported) -> None:
        self.window.set_timeline(result.timeline)
        importing.offer_save(self.window, result, self.save_as)

    def save_as(self) -> None:
        w = self.window
        if w.timeline is not None:
            path = importing.ask_save_path(w, w.timeline.path)
            if path is not None:
                self.save_to(path)

    def save_to(self, path: Path) -> None:
        """Write the timeline shown as a Frise file, then show that file."""
        w = self.window
        if w.timeline is None:
            return
        try:
            write_atomically(path, timeline_json(w.timeline.doc))
        except OSError as e:
            importing.say_not_saved(w, path, e)
            return
        w.open_file(path, keep_view=True)
        w.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 10000)
