"""The main window: the one place where widgets are wired together.

It keeps what the window shows as one `ViewState` (frise.model.state: the
timeline shown, the filter, the view mode, the languages, the selected event,
and the filtered timeline they make), swapped whole on every change, and
hands each widget what it needs to draw. Opening a file builds the next state
completely first (off this thread for a big file): a failure leaves the
window as it was. Widgets report what the user did through signals connected
here, and never change each other directly.

What the window does when a signal comes is in its parts (`frise.ui.window`:
menus, keys, files, exports, reading, finding, selecting), each a small
object holding the window; this module makes the widgets, the actions and
the parts, wires them, and keeps the state, the languages and the colours.

Languages: `lang` is the interface's (menus, and Frise's words on the plot),
installed as Qt translators, so every widget retranslates itself on
LanguageChange; the data is shown in `lang` too unless a data language is
chosen (`data_lang`: a file may have languages Frise itself does not speak).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, Qt, QThread, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from frise import paths, translations
from frise.model.claims import ViewMode
from frise.model.filters import Filter, FilteredTimeline
from frise.model.i18n import LANGUAGES, system_language
from frise.model.importers import read_timeline
from frise.model.loading import TimelineError
from frise.model.search import SearchIndex, SearchState
from frise.model.state import Languages, Selection, ViewState, opened
from frise.model.text import isolate, one_line
from frise.model.timeline import Timeline
from frise.scene.view import TimelineView
from frise.settings import SavedFilter, Settings, save_settings
from frise.ui import themes
from frise.ui.asof_bar import AsOfBar
from frise.ui.column import PanelScroll
from frise.ui.details import DetailsPanel
from frise.ui.file_watch import FileWatch
from frise.ui.filters import FilterPanel
from frise.ui.loading import LoadJob, Prepared, prepare_timeline
from frise.ui.problem_bar import ProblemBar
from frise.ui.quotes import QuotePanel
from frise.ui.search import INDEX_IN_BACKGROUND, IndexJob, SearchField, SearchPanel
from frise.ui.window import placement
from frise.ui.window.exports import Exports
from frise.ui.window.files import Files, shown_name
from frise.ui.window.finding import Finding
from frise.ui.window.keys import Keys
from frise.ui.window.menus import Menus
from frise.ui.window.reading import Reading
from frise.ui.window.selecting import Selecting

log = logging.getLogger(__name__)
SYNC_LOAD_BYTES = 2_000_000
"""Files smaller than this are read at once; larger ones in the background."""
PANEL_PX = 300
"""Width of the column of panels on first start: the timeline keeps the rest."""


class MainWindow(QMainWindow):
    refused = Signal(Path, object)
    """A file could not be opened: its path and the TimelineError."""

    # Made by Menus.build (frise.ui.window.menus).
    file_menu: QMenu
    recent_menu: QMenu
    edit_menu: QMenu
    go_menu: QMenu
    view_menu: QMenu
    lang_menu: QMenu
    data_lang_menu: QMenu
    theme_menu: QMenu
    help_menu: QMenu
    toolbar: QToolBar

    def __init__(self, settings: Settings, settings_path: Path | None = None):
        super().__init__()
        self.settings = settings
        self.settings_path = settings_path
        lang = settings.lang if settings.lang in LANGUAGES else system_language()
        self.state = ViewState(languages=Languages(lang, settings.data_lang))
        translations.use_language(self.lang)
        self.shown_party: str | None = None
        """The party whose details are shown (a lane's name was clicked), by id."""

        self.view = TimelineView()
        self.problem_bar = ProblemBar()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.problem_bar)
        column.addWidget(self.view, 1)
        self.as_of_bar = AsOfBar()
        column.addWidget(self.as_of_bar)
        self.setCentralWidget(central)
        self.watch = FileWatch(self)
        self.filters = FilterPanel()
        self.details = DetailsPanel()
        self.details.setAccessibleName(self.tr("Event details"))
        # One column of tabs on the right, so the timeline keeps most of the
        # window and each panel the column's whole height: filters first, the
        # details raised when an event is chosen, the quote explorer beside them.
        right = Qt.DockWidgetArea.RightDockWidgetArea
        # The filters scroll inside their tab rather than hold the window tall.
        self.filter_dock = self._dock(PanelScroll(self.filters), "filters", right)
        self.details_dock = self._dock(self.details, "details", right)
        self.quotes = QuotePanel()
        # Its search row would hold the whole column wide; it may shrink, and
        # the tab can be pulled out of the column to read the quotes at length.
        self.quotes.setMinimumWidth(PANEL_PX - 60)
        self.quotes_dock = self._dock(self.quotes, "quotes", right)
        self.results = SearchPanel()
        self.results.setMinimumWidth(PANEL_PX - 60)
        self.results_dock = self._dock(self.results, "results", right)
        self.tabifyDockWidget(self.filter_dock, self.details_dock)
        self.tabifyDockWidget(self.details_dock, self.quotes_dock)
        self.tabifyDockWidget(self.quotes_dock, self.results_dock)
        self.filter_dock.raise_()
        self.search_field = SearchField()
        self.search_state = SearchState()
        self._search_index: SearchIndex | None = None
        self._index_job: IndexJob | None = None
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)

        # What the window does, a part per job (frise.ui.window).
        self.menus = Menus(self)
        self.keys = Keys(self)
        self.files = Files(self)
        self.exports = Exports(self)
        self.reading = Reading(self)
        self.finding = Finding(self)
        self.selecting = Selecting(self)
        self._build_actions()
        self.menus.build()
        self.retranslate()
        self._wire()
        self.setAcceptDrops(True)
        self._place(settings)
        # The view has the languages and the colours before its first frame.
        self._show_languages()
        self.set_theme(settings.theme)
        QGuiApplication.styleHints().colorSchemeChanged.connect(
            lambda _scheme: self.set_theme(self.settings.theme)
        )

    # --- the state, one value swapped whole ----------------------------------

    @property
    def timeline(self) -> Timeline | None:
        return self.state.timeline

    @property
    def filtered(self) -> FilteredTimeline | None:
        return self.state.filtered

    @property
    def filter(self) -> Filter:
        return self.state.filter

    @filter.setter
    def filter(self, value: Filter) -> None:
        self.state = self.state.but(filter=value)

    @property
    def mode(self) -> ViewMode:
        return self.state.mode

    @mode.setter
    def mode(self, value: ViewMode) -> None:
        self.state = self.state.but(mode=value)

    @property
    def selected(self) -> int | None:
        return self.state.selection.event

    @selected.setter
    def selected(self, value: int | None) -> None:
        self.state = self.state.but(selection=Selection(value))

    @property
    def lang(self) -> str:
        """The interface's language."""
        return self.state.languages.interface

    @lang.setter
    def lang(self, value: str) -> None:
        self.state = self.state.but(languages=replace(self.state.languages, interface=value))

    @property
    def data_lang(self) -> str | None:
        return self.state.languages.data

    @data_lang.setter
    def data_lang(self, value: str | None) -> None:
        self.state = self.state.but(languages=replace(self.state.languages, data=value))

    # --- construction -------------------------------------------------------

    def _place(self, settings: Settings) -> None:
        """The saved geometry and docks, brought back onto the screen there is
        now; on first start, the whole of a laptop screen (most of a larger
        one), with one slim column of panels (`ui/window/placement.py`)."""
        restored = bool(settings.geometry) and self.restoreGeometry(
            QByteArray.fromBase64(settings.geometry.encode())
        )
        if restored:
            saved = self.normalGeometry() if self.isMaximized() else self.geometry()
            screen = QGuiApplication.screenAt(saved.center()) or self.screen()
        else:
            screen = self.screen()
        if screen is None:
            if not restored:
                self.resize(1400, 850)
        else:
            area = screen.availableGeometry()
            available = placement.Rect(area.x(), area.y(), area.width(), area.height())
            if restored:
                rect = placement.Rect(saved.x(), saved.y(), saved.width(), saved.height())
                found = placement.restored(rect, self.isMaximized(), available)
            else:
                found = placement.first_start(available)
            # The normal geometry is set unmaximised, so that leaving the
            # maximised state later gives a window that fits too.
            maximised = Qt.WindowState.WindowMaximized
            self.setWindowState(self.windowState() & ~maximised)
            self.setGeometry(*found.rect)
            if found.maximised:
                self.setWindowState(self.windowState() | maximised)
        if not (
            settings.window_state
            and self.restoreState(QByteArray.fromBase64(settings.window_state.encode()))
        ):
            self.resizeDocks([self.filter_dock], [PANEL_PX], Qt.Orientation.Horizontal)

    def _dock(self, widget, name: str, area) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(area, dock)
        return dock

    def _action(self, slot, shortcut=None) -> QAction:
        """An action wired to `slot`; its words are set by `Menus.retranslate`."""
        action = QAction(self)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        """Every action of the window, with its keys, wired to what it does
        (Menus puts them in the menus and the toolbar, and names them)."""
        key, standard = QKeySequence, QKeySequence.StandardKey
        files, exports, finding = self.files, self.exports, self.finding
        selecting, keys, view, bar = self.selecting, self.keys, self.view, self.as_of_bar
        self.open_action = self._action(files.choose_file, key(standard.Open))
        self.bundled_action = self._action(lambda: self.open_file(paths.bundled_timeline()))
        self.reload_action = self._action(files.reload, key(standard.Refresh))
        self.import_action = self._action(files.choose_import, key("Ctrl+I"))
        self.save_as_action = self._action(files.save_as, key(standard.SaveAs))
        self.reload_on_change_action = self._action(files.set_reload_on_change)
        self.reload_on_change_action.setCheckable(True)
        self.reload_on_change_action.setChecked(self.settings.reload_on_change)
        self.export_action = self._action(exports.export, key("Ctrl+E"))
        self.print_action = self._action(exports.print_timeline, key(standard.Print))
        self.copy_action = self._action(exports.copy_image, key("Ctrl+Shift+C"))
        self.quit_action = self._action(self.close, key(standard.Quit))
        self.zoom_in_action = self._action(view.zoom_in, [key("+"), key("="), key(standard.ZoomIn)])
        self.zoom_out_action = self._action(view.zoom_out, [key("-"), key(standard.ZoomOut)])
        self.fit_action = self._action(view.fit, [key("0"), key("F")])
        self.fold_action = QAction(self, checkable=True)
        self.fold_action.setChecked(view.folded)
        self.fold_action.toggled.connect(view.set_folded)
        self.about_action = self._action(self.about)
        self.find_action = self._action(finding.focus_search, key(standard.Find))
        self.find_next_action = self._action(lambda: finding.step_result(1), key(standard.FindNext))
        self.find_previous_action = self._action(
            lambda: finding.step_result(-1), key(standard.FindPrevious)
        )
        self.go_to_date_action = self._action(finding.ask_go_to_date, key("Ctrl+G"))
        # ← / → on the plot; Ctrl+← / Ctrl+→ from anywhere (a text field keeps
        # them for its words).
        self.next_event_action = self._action(lambda: view.step(1), key("Ctrl+Right"))
        self.previous_event_action = self._action(lambda: view.step(-1), key("Ctrl+Left"))
        self.thread_next_action = self._action(lambda: selecting.walk_thread(1), key("Alt+Right"))
        self.thread_previous_action = self._action(
            lambda: selecting.walk_thread(-1), key("Alt+Left")
        )
        self.thread_only_action = self._action(selecting.show_thread_only, key("Ctrl+T"))
        self.thread_only_action.setCheckable(True)
        self.party_action = self._action(selecting.show_party_details, key("Ctrl+D"))
        # Zoom keys work from anywhere in the window; a text field keeps the
        # characters typed in it (Qt lets it take them first).
        self.next_pane_action = self._action(lambda: keys.cycle_panes(1), key("F6"))
        self.previous_pane_action = self._action(lambda: keys.cycle_panes(-1), key("Shift+F6"))
        self.shortcuts_action = self._action(keys.show_shortcuts, key(standard.HelpContents))

        # View → As known on…, the replay's steps, ghosts, claims view, source meter.
        self.as_of_action = self._action(self.reading.choose_as_of, key("Ctrl+K"))
        self.as_of_action.setCheckable(True)
        # Alt+arrows walk a thread (Go menu); revelations are paged through.
        self.previous_revelation_action = self._action(lambda: bar.step(-1), key("Alt+PgUp"))
        self.next_revelation_action = self._action(lambda: bar.step(1), key("Alt+PgDown"))
        self.month_back_action = self._action(lambda: bar.step_days(-30), key("Alt+Shift+Left"))
        self.month_on_action = self._action(lambda: bar.step_days(30), key("Alt+Shift+Right"))
        self.play_action = self._action(bar.toggle_play, key("Ctrl+Shift+P"))
        self.ghosts_action = QAction(self, checkable=True)
        self.ghosts_action.toggled.connect(self.reading.set_ghosts)
        self.claims_action = QAction(self, checkable=True)
        self.claims_action.setShortcut(key("Ctrl+L"))
        self.claims_action.toggled.connect(lambda on: self.set_mode("claims" if on else "timeline"))
        self.meter_action = QAction(self, checkable=True)
        self.meter_action.setChecked(True)
        self.meter_action.toggled.connect(view.set_meter)

        # Each language by its own name, so a reader lost in the other one finds it.
        self.lang_actions = QActionGroup(self)
        for code, name in (("en", "English"), ("fr", "Français")):
            action = QAction(name, self, checkable=True)
            action.setData(code)
            self.lang_actions.addAction(action)
        self.lang_actions.triggered.connect(lambda a: self.set_lang(a.data()))
        self.theme_actions = QActionGroup(self)
        for choice in themes.CHOICES:
            action = QAction(self, checkable=True)
            action.setData(choice)
            action.setChecked(choice == self.settings.theme)
            self.theme_actions.addAction(action)
        self.theme_actions.triggered.connect(lambda a: self.set_theme(a.data()))

    def retranslate(self) -> None:
        """Every word of the window in the interface's language: at start, and
        on each LanguageChange (View → Language)."""
        self.menus.retranslate()
        self.filter_dock.setWindowTitle(self.tr("Filters"))
        self.details_dock.setWindowTitle(self.tr("Details"))
        self.quotes_dock.setWindowTitle(self.tr("Quotes"))
        self.results_dock.setWindowTitle(self.tr("Found"))
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _wire(self) -> None:
        """What each widget reports, to the part that acts on it."""
        selecting, files, finding = self.selecting, self.files, self.finding
        self.view.eventActivated.connect(self.select_event)
        self.view.selectionCleared.connect(selecting.clear_selection)
        self.view.partyActivated.connect(selecting.show_party)
        self.view.viewChanged.connect(self._show_status)
        self.filters.filterChanged.connect(self.set_filter)
        self.details.eventRequested.connect(selecting.select_event_id)
        self.details.partyRequested.connect(selecting.show_party_id)
        self.quotes.quoteActivated.connect(self.show_event)
        self.details.linkActivated.connect(self.open_link)
        self.details.addressHovered.connect(selecting.address_hovered)
        self.watch.changed.connect(files.file_saved)
        self.watch.vanished.connect(
            lambda path: self.statusBar().showMessage(
                self.tr("{name} was removed; the last version stays shown").format(
                    name=shown_name(path)
                ),
                10000,
            )
        )
        self.problem_bar.detailsRequested.connect(files.show_reload_problems)
        self.as_of_bar.dayChanged.connect(self.set_as_of)
        self.as_of_bar.ghostsToggled.connect(self.reading.set_ghosts)
        self.search_field.textChanged.connect(finding.find_events)
        self.search_field.stepped.connect(finding.step_result)
        self.search_field.cleared.connect(finding.clear_search)
        self.search_field.toResults.connect(finding.focus_results)
        self.results.resultActivated.connect(finding.go_to_result)
        self.recent_menu.aboutToShow.connect(self.menus.fill_recent)
        self.data_lang_menu.aboutToShow.connect(self.menus.fill_data_languages)

    # --- what the parts do, as the window's own (tests, app.py, the bench) -------

    def select_event(self, index: int | None, reveal: bool = True, centre: bool = False) -> None:
        self.selecting.select_event(index, reveal, centre)

    def show_event(self, index: int) -> None:
        self.selecting.show_event(index)

    def show_thread_only(self, checked: bool | None = None) -> None:
        self.selecting.show_thread_only(checked)

    def open_link(self, url: str | QUrl) -> None:
        self.selecting.open_link(url)

    def set_as_of(self, day: int | None) -> None:
        self.reading.set_as_of(day)

    def set_mode(self, mode: ViewMode) -> None:
        self.reading.set_mode(mode)

    def import_path(self, path: Path) -> None:
        self.files.import_path(path)

    def cancel_load(self) -> None:
        self.files.cancel_load()

    def export(self) -> None:
        self.exports.export()

    def copy_image(self) -> None:
        self.exports.copy_image()

    def panes(self) -> list[QWidget]:
        return self.keys.panes()

    def shortcut_rows(self) -> list[tuple[str, str]]:
        return self.keys.shortcut_rows()

    def _fill_recent(self) -> None:
        self.menus.fill_recent()

    def _fill_data_languages(self) -> None:
        self.menus.fill_data_languages()

    @property
    def _job(self) -> LoadJob | None:
        """The background read under way, if any."""
        return self.files.job

    @property
    def _progress(self) -> QProgressDialog | None:
        return self.files.progress

    # --- opening: at once, or on a thread ---------------------------------------

    def open_file(self, path: Path, keep_view: bool = False) -> None:
        """Open a file; if it is broken, say why and keep what is shown."""
        path = Path(path)
        try:
            small = path.stat().st_size < SYNC_LOAD_BYTES
        except OSError:
            small = True
        if small:
            try:
                timeline = read_timeline(path)
            except TimelineError as e:
                self.files.refuse(path, e)
                return
            self.set_timeline(timeline, keep_view=keep_view)
            return
        self.files.start_job(path, keep_view)

    def preparer(self, keep_view: bool):
        """What a background load does once the file is read, still off this
        thread: what showing it takes a pass over every event for, then the
        whole next state, from the state and settings of now."""
        previous, filters = self.state, dict(self.settings.filters)
        lang, words = self.shown_lang, self.words

        def prepare(timeline: Timeline) -> Prepared:
            prepare_timeline(timeline, lang, words)
            saved = filters.get(str(timeline.path.resolve())) if timeline.path else None
            chosen = saved.to_filter(set(timeline.party_index)) if saved else None
            return Prepared(opened(previous, timeline, chosen, keep_view), previous)

        return prepare

    def search_index(self, timeline: Timeline) -> SearchIndex | None:
        """The search index of `timeline`: a small one's built now; a big
        one's on a thread of its own (None until then: the query typed is
        searched when it is ready)."""
        index = self._search_index
        if index is not None and index.timeline is timeline:
            return index
        if len(timeline.events) <= INDEX_IN_BACKGROUND:
            self._search_index = SearchIndex.build(timeline)
            return self._search_index
        if self._index_job is None or self._index_job.timeline is not timeline:
            job = self._index_job = IndexJob(timeline, self)
            job.built.connect(self._indexed)
            job.finished.connect(job.deleteLater)
            job.start()
        return None

    def _indexed(self, timeline: Timeline, index: SearchIndex) -> None:
        self._index_job = None
        if timeline is self.timeline:
            self._search_index = index
            self.finding.find_events(self.search_field.text())

    def stop_jobs(self) -> None:
        """Cancel every load still running (cancelled ones included) and wait
        for every thread of ours to end: a thread destroyed while it runs
        aborts the whole process."""
        for job in self.findChildren(QThread):
            if isinstance(job, LoadJob):
                job.cancel()
        for job in self.findChildren(QThread):
            job.wait()

    # --- state changes ----------------------------------------------------------

    def set_timeline(
        self, timeline: Timeline, keep_view: bool = False, state: ViewState | None = None
    ) -> None:
        """Show `timeline`. Its whole state is built first (or was, off this
        thread: `state`), then swapped in: if building it fails, nothing
        changes and the window says why."""
        if state is None:
            try:
                state = self._opened(timeline, keep_view)
            except Exception as e:  # a bug of ours: the window must not be left half-switched
                log.exception("cannot show %s", timeline.path)
                self.files.not_shown(timeline, e)
                return
        self.state = state
        self.files.reload_error = None
        self.problem_bar.hide()
        self.watch.watch(timeline.path if self.settings.reload_on_change else None)
        if timeline.path is not None:
            self.settings.remember_file(timeline.path)
        if not keep_view:
            self.shown_party = None
        self._search_index = None
        self.search_state = SearchState()
        self.quotes.set_timeline(timeline, self.shown_lang, self.words)
        self.as_of_bar.set_timeline(timeline)
        self.show_filtered(fit=not keep_view)
        # A kept selection stays where the user left the view, even out of sight.
        self.select_event(self.selected, reveal=False)
        self._show_title()
        if self.search_field.text().strip():
            self.finding.find_events(self.search_field.text())

    def _opened(self, timeline: Timeline, keep_view: bool) -> ViewState:
        saved = self.settings.filters.get(str(timeline.path.resolve())) if timeline.path else None
        chosen = saved.to_filter(set(timeline.party_index)) if saved is not None else None
        return opened(self.state, timeline, chosen, keep_view)

    def _show_title(self) -> None:
        """The file's title, isolated so it cannot turn Frise's words around, and
        "[*]" in it kept (Qt would read it as the placeholder of a modified mark)."""
        if self.timeline is None:
            return
        title = isolate(one_line(self.timeline.title(self.shown_lang)))
        self.setWindowTitle(title.replace("[*]", "[*][*]") + " — Frise")

    def set_filter(self, view_filter: Filter) -> None:
        """Show what `view_filter` lets through; the view stays where it is if
        it still lies inside what is shown, else it fits the whole of it."""
        self.filter = view_filter
        self.show_filtered(fit=None)
        if self.timeline is not None and self.timeline.path is not None:
            self.settings.remember_filter(self.timeline.path, SavedFilter.of(view_filter))

    def show_filtered(self, fit: bool | None) -> None:
        """Hand every widget what the filter now lets through."""
        filtered = self.filtered
        assert filtered is not None  # filters apply to a loaded timeline
        self.view.set_filtered(filtered, fit=fit)
        if self.selected is not None and self.view.selected is None:
            self.select_event(None)
        elif self.selected is not None:
            self.select_event(self.selected, reveal=False)  # its sources as known now
        elif self.shown_party is not None:
            self.select_event(None, reveal=False)  # its replies as known now
        self.filters.set_state(filtered, self.shown_lang)
        self.quotes.set_shown(filtered.shown, self.filter.as_of)
        self.as_of_bar.set_day(self.filter.as_of)
        self.as_of_action.setChecked(self.filter.as_of is not None)
        self.ghosts_action.setChecked(self.filter.ghosts)
        self.as_of_bar.set_ghosts(self.filter.ghosts)
        self.thread_only_action.setChecked(self.filter.thread is not None)
        self.finding.show_search(self.search_state.with_shown(filtered.shown))
        self.selecting.show_arcs()
        self._show_status()

    # --- colours -------------------------------------------------------------------

    def set_theme(self, choice: str) -> None:
        """View → Theme: the system's, light or dark, for the picture and the widgets."""
        self.settings.theme = choice  # type: ignore[assignment]  # one of themes.CHOICES
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        theme = themes.apply(app, choice)
        for action in self.theme_actions.actions():
            action.setChecked(action.data() == choice)
        self.view.set_theme(theme)
        self.details.set_theme(theme)
        self.select_event(self.selected, reveal=False)

    # --- languages ----------------------------------------------------------------

    @property
    def shown_lang(self) -> str:
        """The language the data is shown in."""
        return self.data_lang or self.lang

    @property
    def words(self) -> translations.Words:
        """Frise's words beside the data (dates, kinds, legend), in the interface's language."""
        return translations.words(self.lang)

    def set_lang(self, lang: str) -> None:
        """Speak `lang`: the interface, and the data with it (View → Language)."""
        self.lang = self.settings.lang = lang
        self.data_lang = self.settings.data_lang = None
        translations.use_language(lang)
        self._show_languages()

    def set_data_lang(self, lang: str | None) -> None:
        """Show the data in `lang` (None: the interface's), the interface staying as it is."""
        self.data_lang = self.settings.data_lang = lang
        self._show_languages()

    def data_languages(self) -> list[str]:
        """The languages the open file's texts are given in, most used first."""
        return self.timeline.languages if self.timeline is not None else []

    def _show_languages(self) -> None:
        for action in self.lang_actions.actions():
            action.setChecked(action.data() == self.lang)
        shown = self.shown_lang
        self.view.set_lang(shown, self.lang)
        if self.timeline is not None and self.filtered is not None:
            self.filters.set_state(self.filtered, shown)
            self.quotes.set_timeline(self.timeline, shown, self.words)
            self._show_title()
            self.results.show_state(self.search_state, self.timeline, shown, self.words)
        self.select_event(self.selected, reveal=False)

    # --- the rest of the window ----------------------------------------------------

    def _show_status(self) -> None:
        if self.filtered is None or self.timeline is None:
            return
        shown = len(self.filtered.events)
        total = len(self.timeline.events)
        lanes = len(self.filtered.lanes)
        self.status.setText(
            self.tr("{shown} of %Ln event(s)", "", total).format(shown=translations.count(shown))
            + " · "
            + self.tr("%Ln lane(s)", "", lanes)
        )

    def about(self) -> None:
        from frise import __version__

        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("About Frise"),
            self.tr(
                "Frise {version}\nA timeline viewer for long, tangled "
                "stories, with every claim sourced."
            ).format(version=__version__),
            parent=self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()

    def keyPressEvent(self, event) -> None:
        """Keys the focused widget leaves unused reach the window: the plot's
        own (stepping, panning, Home / End) then work from there too."""
        if self.view.handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        dropped = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if dropped:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.open_file(Path(dropped[0])))

    def closeEvent(self, event) -> None:
        self.settings.geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        self.settings.window_state = bytes(self.saveState().toBase64().data()).decode()
        if self.settings_path is not None:
            save_settings(self.settings, self.settings_path)
        self.hide()
        self.stop_jobs()
        super().closeEvent(event)
