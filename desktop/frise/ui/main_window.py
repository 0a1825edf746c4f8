"""The main window: the one place where widgets are wired together.

It keeps what the window shows as one `ViewState` (frise.model.state: the
timeline shown, the filter, the view mode, the languages, the selected event,
and the filtered timeline they make), swapped whole on every change, and
hands each widget what it needs to draw. Opening a file builds the next state
completely first (off this thread for a big file): a failure leaves the
window as it was. Widgets report what the user did through signals connected
here, and never change each other directly.

Languages: `lang` is the interface's (menus, and Frise's words on the plot),
installed as Qt translators, so every widget retranslates itself on
LanguageChange; the data is shown in `lang` too unless a data language is
chosen (`data_lang`: a file may have languages Frise itself does not speak).
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QLocale, Qt, QThread, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QGuiApplication,
    QKeySequence,
    QPageLayout,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from frise import paths, translations
from frise.fileio import write_atomically
from frise.model.asof import newly_public
from frise.model.claims import ViewMode
from frise.model.dates import PartialDate, Precision
from frise.model.filters import Filter, FilteredTimeline
from frise.model.i18n import LANGUAGES, certainty_name, kind_name, system_language
from frise.model.importers import Imported, import_file, read_timeline
from frise.model.loading import TimelineError
from frise.model.search import SearchIndex, SearchState, search
from frise.model.state import Languages, Selection, ViewState, opened
from frise.model.text import isolate, one_line
from frise.model.threads import arcs_to_draw, relation_graph, thread_ids
from frise.model.timeline import CERTAINTIES, KIND_KEYS, Timeline
from frise.model.writer import timeline_json
from frise.scene.view import TimelineView
from frise.settings import SavedFilter, Settings, save_settings
from frise.ui import importing, themes
from frise.ui.asof_bar import AsOfBar
from frise.ui.column import PanelScroll
from frise.ui.details import DetailsPanel
from frise.ui.export_dialog import ask_export
from frise.ui.file_watch import FileWatch
from frise.ui.filters import FilterPanel
from frise.ui.goto import GoToDateDialog
from frise.ui.links import confirm_and_open
from frise.ui.loading import LoadJob, Prepared, prepare_timeline
from frise.ui.problem_bar import ProblemBar
from frise.ui.problems import problem_lines
from frise.ui.quotes import QuotePanel
from frise.ui.search import INDEX_IN_BACKGROUND, IndexJob, SearchField, SearchPanel
from frise.ui.shortcuts import ShortcutsDialog

if TYPE_CHECKING:
    from frise.scene.export import Picture

log = logging.getLogger(__name__)
SYNC_LOAD_BYTES = 2_000_000
"""Files smaller than this are read at once; larger ones in the background."""
MAX_PROBLEMS_SHOWN = 40
PANEL_PX = 300
"""Width of the column of panels on first start: the timeline keeps the rest."""


def shown_name(path: Path) -> str:
    """A file's name among Frise's words: on one line, isolated."""
    return isolate(one_line(path.name))


class MainWindow(QMainWindow):
    refused = Signal(Path, object)
    """A file could not be opened: its path and the TimelineError."""

    def __init__(self, settings: Settings, settings_path: Path | None = None):
        super().__init__()
        self.settings = settings
        self.settings_path = settings_path
        lang = settings.lang if settings.lang in LANGUAGES else system_language()
        self.state = ViewState(languages=Languages(lang, settings.data_lang))
        translations.use_language(self.lang)
        self.shown_party: str | None = None
        """The party whose details are shown (a lane's name was clicked), by id."""
        self._job: LoadJob | None = None
        self._progress: QProgressDialog | None = None

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
        self._reload_error: TimelineError | None = None
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
        self._build_actions()
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
        """The saved geometry and docks; on first start, the whole of a laptop
        screen (most of a larger one), with one slim column of panels."""
        restored = bool(settings.geometry) and self.restoreGeometry(
            QByteArray.fromBase64(settings.geometry.encode())
        )
        if not restored:
            screen = self.screen().availableGeometry() if self.screen() else None
            if screen is None or screen.width() <= 800:
                self.resize(1400, 850)
            elif screen.width() <= 1920:
                self.setGeometry(screen)
            else:
                self.resize(int(screen.width() * 0.8), int(screen.height() * 0.85))
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
        """An action; its words are set by `retranslate`."""
        action = QAction(self)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence
        self.open_action = self._action(self.choose_file, key(key.StandardKey.Open))
        self.bundled_action = self._action(lambda: self.open_file(paths.bundled_timeline()))
        self.reload_action = self._action(self.reload, key(key.StandardKey.Refresh))
        self.import_action = self._action(self.choose_import, key("Ctrl+I"))
        self.save_as_action = self._action(self.save_as, key(key.StandardKey.SaveAs))
        self.reload_on_change_action = self._action(self.set_reload_on_change)
        self.reload_on_change_action.setCheckable(True)
        self.reload_on_change_action.setChecked(self.settings.reload_on_change)
        self.export_action = self._action(self.export, key("Ctrl+E"))
        self.print_action = self._action(self.print_timeline, key(key.StandardKey.Print))
        self.copy_action = self._action(self.copy_image, key("Ctrl+Shift+C"))
        self.quit_action = self._action(self.close, key(key.StandardKey.Quit))
        self.zoom_in_action = self._action(
            self.view.zoom_in, [key("+"), key("="), key(key.StandardKey.ZoomIn)]
        )
        self.zoom_out_action = self._action(
            self.view.zoom_out, [key("-"), key(key.StandardKey.ZoomOut)]
        )
        self.fit_action = self._action(self.view.fit, [key("0"), key("F")])
        self.fold_action = QAction(self, checkable=True)
        self.fold_action.setChecked(self.view.folded)
        self.fold_action.toggled.connect(self.view.set_folded)
        self.about_action = self._action(self.about)
        self.find_action = self._action(self.focus_search, key(key.StandardKey.Find))
        self.find_next_action = self._action(
            lambda: self.step_result(1), key(key.StandardKey.FindNext)
        )
        self.find_previous_action = self._action(
            lambda: self.step_result(-1), key(key.StandardKey.FindPrevious)
        )
        self.go_to_date_action = self._action(self.ask_go_to_date, key("Ctrl+G"))
        # ← / → on the plot; Ctrl+← / Ctrl+→ from anywhere (a text field keeps
        # them for its words).
        self.next_event_action = self._action(lambda: self.view.step(1), key("Ctrl+Right"))
        self.previous_event_action = self._action(lambda: self.view.step(-1), key("Ctrl+Left"))
        self.thread_next_action = self._action(lambda: self.walk_thread(1), key("Alt+Right"))
        self.thread_previous_action = self._action(lambda: self.walk_thread(-1), key("Alt+Left"))
        self.thread_only_action = self._action(self.show_thread_only, key("Ctrl+T"))
        self.thread_only_action.setCheckable(True)
        self.party_action = self._action(self.show_party_details, key("Ctrl+D"))
        # Zoom keys work from anywhere in the window; a text field keeps the
        # characters typed in it (Qt lets it take them first).
        self.next_pane_action = self._action(lambda: self.cycle_panes(1), key("F6"))
        self.previous_pane_action = self._action(lambda: self.cycle_panes(-1), key("Shift+F6"))
        self.shortcuts_action = self._action(self.show_shortcuts, key(key.StandardKey.HelpContents))
        self._build_reading_actions()

        # Each language by its own name, so a reader lost in the other one finds it.
        self.lang_actions = QActionGroup(self)
        for code, name in (("en", "English"), ("fr", "Français")):
            action = QAction(name, self, checkable=True)
            action.setData(code)
            self.lang_actions.addAction(action)
        self.lang_actions.triggered.connect(lambda a: self.set_lang(a.data()))

        self.file_menu = menu = self.menuBar().addMenu("")
        menu.addActions([self.open_action, self.bundled_action])
        self.recent_menu = menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        menu.addActions([self.import_action, self.reload_action])
        menu.addSeparator()
        menu.addAction(self.save_as_action)
        menu.addActions([self.export_action, self.print_action])
        menu.addSeparator()
        menu.addAction(self.quit_action)
        self.edit_menu = self.menuBar().addMenu("")
        self.edit_menu.addAction(self.copy_action)
        self.go_menu = go_menu = self.menuBar().addMenu("")
        go_menu.addActions([self.find_action, self.find_next_action, self.find_previous_action])
        go_menu.addAction(self.go_to_date_action)
        go_menu.addSeparator()
        go_menu.addActions([self.previous_event_action, self.next_event_action])
        go_menu.addSeparator()
        go_menu.addActions(
            [self.thread_previous_action, self.thread_next_action, self.thread_only_action]
        )
        go_menu.addSeparator()
        go_menu.addAction(self.party_action)
        self.view_menu = view_menu = self.menuBar().addMenu("")
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.fit_action])
        view_menu.addAction(self.fold_action)
        view_menu.addSeparator()
        view_menu.addActions(
            [
                self.as_of_action,
                self.previous_revelation_action,
                self.next_revelation_action,
                self.month_back_action,
                self.month_on_action,
                self.play_action,
                self.ghosts_action,
            ]
        )
        view_menu.addSeparator()
        view_menu.addActions([self.claims_action, self.meter_action])
        view_menu.addSeparator()
        view_menu.addAction(self.reload_on_change_action)
        self.lang_menu = view_menu.addMenu("")
        self.lang_menu.addActions(self.lang_actions.actions())
        self.data_lang_menu = view_menu.addMenu("")
        self.data_lang_menu.aboutToShow.connect(self._fill_data_languages)
        self.theme_actions = QActionGroup(self)
        for choice in themes.CHOICES:
            action = QAction(self, checkable=True)
            action.setData(choice)
            action.setChecked(choice == self.settings.theme)
            self.theme_actions.addAction(action)
        self.theme_actions.triggered.connect(lambda a: self.set_theme(a.data()))
        self.theme_menu = view_menu.addMenu("")
        self.theme_menu.addActions(self.theme_actions.actions())
        view_menu.addSeparator()
        view_menu.addActions(
            [
                self.filter_dock.toggleViewAction(),
                self.details_dock.toggleViewAction(),
                self.quotes_dock.toggleViewAction(),
                self.results_dock.toggleViewAction(),
            ]
        )
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.about_action)
        # Keys with no menu of their own still belong to the window.
        self.addActions([self.next_pane_action, self.previous_pane_action])

        self.toolbar = toolbar = self.addToolBar("")
        toolbar.setObjectName("toolbar")
        toolbar.addActions([self.open_action, self.export_action])
        toolbar.addSeparator()
        toolbar.addActions([self.zoom_out_action, self.fit_action, self.zoom_in_action])
        toolbar.addSeparator()
        toolbar.addActions(self.lang_actions.actions())
        toolbar.addSeparator()
        toolbar.addWidget(self.search_field)

    def _build_reading_actions(self) -> None:
        """View → As known on…, the replay's steps, ghosts, claims view, source meter."""
        key = QKeySequence
        bar = self.as_of_bar
        self.as_of_action = self._action(self.choose_as_of, key("Ctrl+K"))
        self.as_of_action.setCheckable(True)
        # Alt+arrows walk a thread (Go menu); revelations are paged through.
        self.previous_revelation_action = self._action(lambda: bar.step(-1), key("Alt+PgUp"))
        self.next_revelation_action = self._action(lambda: bar.step(1), key("Alt+PgDown"))
        self.month_back_action = self._action(lambda: bar.step_days(-30), key("Alt+Shift+Left"))
        self.month_on_action = self._action(lambda: bar.step_days(30), key("Alt+Shift+Right"))
        self.play_action = self._action(bar.toggle_play, key("Ctrl+Shift+P"))
        self.ghosts_action = QAction(self, checkable=True)
        self.ghosts_action.toggled.connect(self.set_ghosts)
        self.claims_action = QAction(self, checkable=True)
        self.claims_action.setShortcut(key("Ctrl+L"))
        self.claims_action.toggled.connect(lambda on: self.set_mode("claims" if on else "timeline"))
        self.meter_action = QAction(self, checkable=True)
        self.meter_action.setChecked(True)
        self.meter_action.toggled.connect(self.view.set_meter)

    def _reading_texts(self) -> list[tuple[QAction, str, str]]:
        return [
            (
                self.as_of_action,
                self.tr("As &known on…"),
                self.tr("Show the story as the public could know it on a day"),
            ),
            (self.previous_revelation_action, self.tr("&Previous revelation"), ""),
            (self.next_revelation_action, self.tr("&Next revelation"), ""),
            (self.month_back_action, self.tr("A month earlier"), ""),
            (self.month_on_action, self.tr("A month later"), ""),
            (
                self.play_action,
                self.tr("P&lay the story"),
                self.tr("Step from revelation to revelation, from the first to the last"),
            ),
            (
                self.ghosts_action,
                self.tr("Show what was not yet &known"),
                self.tr("As known on a day: what had happened but was not yet public, faint"),
            ),
            (
                self.claims_action,
                self.tr("&Claims view"),
                self.tr("What a party alleges or disputes apart, under each lane, by claimant"),
            ),
            (
                self.meter_action,
                self.tr("&Source meter"),
                self.tr("Over each marker, a tick per independent source: dark for a primary one"),
            ),
        ]

    def retranslate(self) -> None:
        """Every word of the window in the interface's language: at start, and
        on each LanguageChange (View → Language)."""
        for action, text, tip in (
            (self.open_action, self.tr("&Open…"), self.tr("Open a timeline file")),
            (self.bundled_action, self.tr("Open the &Musk–OpenAI timeline"), ""),
            (self.reload_action, self.tr("&Reload"), ""),
            (
                self.import_action,
                self.tr("&Import…"),
                self.tr("Open a spreadsheet or a TimelineJS file, and save it as a Frise timeline"),
            ),
            (
                self.save_as_action,
                self.tr("&Save as Frise timeline…"),
                self.tr("Write the timeline shown as a Frise file"),
            ),
            (
                self.reload_on_change_action,
                self.tr("Reload on &change"),
                self.tr("Reload the file each time it is saved"),
            ),
            (
                self.export_action,
                self.tr("&Export…"),
                self.tr("Save the timeline as a picture: PNG, SVG or PDF"),
            ),
            (self.print_action, self.tr("&Print…"), self.tr("Print the timeline and its sources")),
            (self.copy_action, self.tr("&Copy image"), self.tr("Copy the view as a picture")),
            (self.quit_action, self.tr("&Quit"), ""),
            (self.zoom_in_action, self.tr("Zoom &in"), ""),
            (self.zoom_out_action, self.tr("Zoom &out"), ""),
            (self.fit_action, self.tr("&Fit the whole range"), ""),
            (
                self.fold_action,
                self.tr("F&old quiet stretches of time"),
                self.tr(
                    "Show long stretches with no event as narrow breaks, or the plain calendar"
                ),
            ),
            (self.about_action, self.tr("&About Frise"), ""),
            (self.shortcuts_action, self.tr("&Keyboard shortcuts"), ""),
            (self.previous_event_action, self.tr("&Previous event"), ""),
            (self.next_event_action, self.tr("Ne&xt event"), ""),
            (self.next_pane_action, self.tr("Next pane"), ""),
            (self.previous_pane_action, self.tr("Previous pane"), ""),
            (
                self.find_action,
                self.tr("&Find…"),
                self.tr("Find events by their words, in either language"),
            ),
            (self.find_next_action, self.tr("Find &next"), ""),
            (self.find_previous_action, self.tr("Find pre&vious"), ""),
            (
                self.go_to_date_action,
                self.tr("&Go to date…"),
                self.tr("Show a year, a month or a day"),
            ),
            (
                self.thread_next_action,
                self.tr("Next in &thread"),
                self.tr("Select the next event linked, by date, to the selected one"),
            ),
            (
                self.thread_previous_action,
                self.tr("Previous in t&hread"),
                self.tr("Select the previous event linked, by date, to the selected one"),
            ),
            (
                self.thread_only_action,
                self.tr("Show this thread &only"),
                self.tr("Show only the events linked to the selected one, either way"),
            ),
            (
                self.party_action,
                self.tr("Party &details"),
                self.tr(
                    "The selected event's party: what it is and its reply rhythm; "
                    "again, the next party"
                ),
            ),
            *self._reading_texts(),
        ):
            action.setText(text)
            action.setStatusTip(tip)
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.view_menu.setTitle(self.tr("&View"))
        self.lang_menu.setTitle(self.tr("&Language"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        names = {
            "system": self.tr("As the &system"),
            "light": self.tr("&Light"),
            "dark": self.tr("&Dark"),
        }
        for action in self.theme_actions.actions():
            action.setText(names[action.data()])
        self.data_lang_menu.setTitle(self.tr("Language of the &data"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Timeline"))
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
        self.view.eventActivated.connect(self.select_event)
        self.view.selectionCleared.connect(self.clear_selection)
        self.view.partyActivated.connect(self.show_party)
        self.view.viewChanged.connect(self._show_status)
        self.filters.filterChanged.connect(self.set_filter)
        self.details.eventRequested.connect(self.select_event_id)
        self.details.partyRequested.connect(self.show_party_id)
        self.quotes.quoteActivated.connect(self.show_event)
        self.details.linkActivated.connect(self.open_link)
        self.details.addressHovered.connect(self._address_hovered)
        self.watch.changed.connect(self._file_saved)
        self.watch.vanished.connect(
            lambda path: self.statusBar().showMessage(
                self.tr("{name} was removed; the last version stays shown").format(
                    name=shown_name(path)
                ),
                10000,
            )
        )
        self.problem_bar.detailsRequested.connect(self._show_reload_problems)
        self.as_of_bar.dayChanged.connect(self.set_as_of)
        self.as_of_bar.ghostsToggled.connect(self.set_ghosts)
        self.search_field.textChanged.connect(self.find_events)
        self.search_field.stepped.connect(self.step_result)
        self.search_field.cleared.connect(self.clear_search)
        self.search_field.toResults.connect(self._focus_results)
        self.results.resultActivated.connect(self.go_to_result)

    # --- opening files --------------------------------------------------------

    def choose_file(self) -> None:
        start = self.timeline.path.parent if self.timeline and self.timeline.path else Path.home()
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a timeline"),
            str(start),
            self.tr("Timelines (*.json);;All files (*)"),
        )
        if name:
            self.open_file(Path(name))

    def reload(self) -> None:
        if self.timeline is not None and self.timeline.path is not None:
            self.open_file(self.timeline.path, keep_view=True)

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
                self._refuse(path, e)
                return
            self.set_timeline(timeline, keep_view=keep_view)
            return
        self._start_job(path, keep_view)

    def _refuse(self, path: Path, error: TimelineError) -> None:
        """Say why a file cannot be opened; with nothing shown yet, show the
        bundled timeline rather than an empty window."""
        self.refused.emit(path, error)
        self.show_problems(path, error)
        if self.timeline is None:
            self.open_file(paths.bundled_timeline())

    def _preparer(self, keep_view: bool):
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

    def _start_job(
        self, path: Path, keep_view: bool, quiet: bool = False, read=read_timeline, done=None
    ) -> None:
        """Read `path` in the background, then prepare what was read there too.
        `quiet` (a reload after a save): no progress dialog, and problems go
        to the bar. `done` takes the result (default: show it)."""
        if self._job is not None:
            self._job.cancel()
            self._close_progress()
        prepare = self._preparer(keep_view) if read is read_timeline else None
        job = self._job = LoadJob(path, self, read, prepare)
        job.loaded.connect(lambda value: self._job_done(job, value, None, keep_view, quiet, done))
        job.failed.connect(lambda error: self._job_done(job, None, error, keep_view, quiet, done))
        job.finished.connect(job.deleteLater)
        if quiet:
            job.start()
            return
        # Busy until the loader says how far it is.
        progress = self._progress = QProgressDialog("", self.tr("Cancel"), 0, 0, self)
        label = QLabel(self.tr("Reading {name}…").format(name=shown_name(path)))
        label.setTextFormat(Qt.TextFormat.PlainText)
        progress.setLabel(label)
        progress.setWindowTitle(self.tr("Opening a timeline"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.canceled.connect(self.cancel_load)
        # Shown only if reading takes a while; a busy dialog gets no setValue
        # calls, so its own minimum duration would never fire.
        QTimer.singleShot(300, lambda: progress.show() if job is self._job else None)
        job.progressed.connect(lambda count, total: self._progressed(job, count, total))
        job.start()

    def _progressed(self, job: LoadJob, done: int, total: int) -> None:
        if job is self._job and self._progress is not None:
            self._progress.setRange(0, total)
            self._progress.setValue(done)

    def cancel_load(self) -> None:
        """Stop the load under way; the timeline shown stays."""
        if self._job is None:
            return
        self._job.cancel()
        self._job = None
        self._close_progress()
        self.statusBar().showMessage(self.tr("Opening cancelled"), 5000)
        if self.timeline is None:
            self.open_file(paths.bundled_timeline())

    def _close_progress(self) -> None:
        progress, self._progress = self._progress, None
        if progress is not None:
            progress.canceled.disconnect(self.cancel_load)  # closing it says "canceled"
            progress.close()
            progress.deleteLater()

    def _job_done(self, job: LoadJob, value, error, keep_view: bool, quiet: bool, done) -> None:
        if job is not self._job:
            return
        self._job = None
        self._close_progress()
        if error is not None and quiet:
            self._reload_failed(job.path, error)
        elif error is not None:
            self._refuse(job.path, error)
        elif done is not None:
            done(value)
        elif isinstance(value, Prepared):
            # Built from the state as it was: if it changed meanwhile, build again.
            state = value.state if value.previous is self.state else None
            timeline = value.state.timeline
            assert timeline is not None  # a prepared state has its timeline
            self.set_timeline(timeline, keep_view, state)
        else:
            self.set_timeline(value, keep_view=keep_view)

    def show_problems(self, path: Path, error: TimelineError) -> None:
        problems = problem_lines(error.problems)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Cannot open the timeline"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        count = len(problems)
        name = shown_name(path)
        heading = (
            self.tr("{name} cannot be opened: more than {count} problems.").format(
                name=name, count=count
            )
            if error.truncated
            else self.tr("{name} cannot be opened: %n problem(s).", "", count).format(name=name)
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

    # --- live reload, import, save ---------------------------------------------

    def set_reload_on_change(self, on: bool) -> None:
        self.settings.reload_on_change = on
        self.reload_on_change_action.setChecked(on)
        self.watch.watch(self.timeline.path if on and self.timeline is not None else None)

    def _file_saved(self, path: Path) -> None:
        """The open file was saved: read it again in the background, keeping
        the zoom, the filters and the selected event."""
        shown = self.timeline.path if self.timeline is not None else None
        if shown is not None and shown.resolve() == path and self.settings.reload_on_change:
            self._start_job(shown, keep_view=True, quiet=True)

    def _show_reload_problems(self) -> None:
        if self._reload_error is not None and self.watch.path is not None:
            self.show_problems(self.watch.path, self._reload_error)

    def _reload_failed(self, path: Path, error: TimelineError) -> None:
        self._reload_error = error
        first = error.problems[0] if error.problems else None
        self.problem_bar.show_problems(path.name, len(error.problems), first)
        log.info("reload of %s refused: %d problems", path, len(error.problems))

    def choose_import(self) -> None:
        start = self.timeline.path.parent if self.timeline and self.timeline.path else Path.home()
        path = importing.ask_import_path(self, start)
        if path is not None:
            self.import_path(path)

    def import_path(self, path: Path) -> None:
        """Read a spreadsheet or TimelineJS file in the background, show it,
        and offer to save it as a Frise file."""
        self._start_job(
            path,
            keep_view=False,
            read=lambda source, progress, cancelled: import_file(source),
            done=self._imported,
        )

    def _imported(self, result: Imported) -> None:
        self.set_timeline(result.timeline)
        importing.offer_save(self, result, self.save_as)

    def save_as(self) -> None:
        if self.timeline is not None:
            path = importing.ask_save_path(self, self.timeline.path)
            if path is not None:
                self.save_to(path)

    def save_to(self, path: Path) -> None:
        """Write the timeline shown as a Frise file, then show that file."""
        if self.timeline is None:
            return
        try:
            write_atomically(path, timeline_json(self.timeline.doc))
        except OSError as e:
            importing.say_not_saved(self, path, e)
            return
        self.open_file(path, keep_view=True)
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 10000)

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
                self._not_shown(timeline, e)
                return
        self.state = state
        self._reload_error = None
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
        self._apply_filter(fit=not keep_view)
        # A kept selection stays where the user left the view, even out of sight.
        self.select_event(self.selected, reveal=False)
        self._show_title()
        if self.search_field.text().strip():
            self.find_events(self.search_field.text())

    def _opened(self, timeline: Timeline, keep_view: bool) -> ViewState:
        saved = self.settings.filters.get(str(timeline.path.resolve())) if timeline.path else None
        chosen = saved.to_filter(set(timeline.party_index)) if saved is not None else None
        return opened(self.state, timeline, chosen, keep_view)

    def _not_shown(self, timeline: Timeline, error: Exception) -> None:
        name = timeline.path.name if timeline.path else timeline.title(self.shown_lang)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Cannot show the timeline"),
            self.tr("{name} cannot be shown: {error}").format(
                name=isolate(one_line(name)), error=error
            ),
            parent=self,
        )
        box.setInformativeText(self.tr("The timeline shown before is kept."))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setObjectName("not-shown")
        box.open()

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
        self._apply_filter(fit=None)
        if self.timeline is not None and self.timeline.path is not None:
            self.settings.remember_filter(self.timeline.path, SavedFilter.of(view_filter))

    def _apply_filter(self, fit: bool | None) -> None:
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
        self._show_search(self.search_state.with_shown(filtered.shown))
        self._show_arcs()
        self._show_status()

    # --- reading a contested story ------------------------------------------------

    def choose_as_of(self) -> None:
        """View → As known on…: turn the day on (at the last revelation, or
        the day chosen before) and put the cursor in its date field; again, off."""
        if self.filter.as_of is None:
            self.as_of_bar.enabled.setChecked(True)
            self.as_of_bar.date.setFocus()
        else:
            self.as_of_bar.enabled.setChecked(False)

    def set_as_of(self, day: int | None) -> None:
        """Show the story as known on `day` (None: all of it). Stepping on,
        what became public since the last day shown gets a fading halo; a view
        showing the whole story follows it as it grows."""
        if self.timeline is None or day == self.filter.as_of:
            return
        before = self.filter.as_of
        self.filter = replace(self.filter, as_of=day)
        self._apply_filter(fit=None)
        if day is not None and before is not None and day > before:
            self.view.flash(frozenset(newly_public(self.timeline, before, day).tolist()))
        else:
            self.view.flash(frozenset())

    def set_ghosts(self, shown: bool) -> None:
        if self.timeline is None or shown == self.filter.ghosts:
            return
        self.filter = replace(self.filter, ghosts=shown)
        self._apply_filter(fit=False)

    def set_mode(self, mode: ViewMode) -> None:
        """The claims view (claims apart, by claimant) or the plain timeline."""
        self.mode = mode
        self.claims_action.setChecked(mode == "claims")
        if self.timeline is not None:
            self._apply_filter(fit=False)

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

    def _fill_data_languages(self) -> None:
        menu = self.data_lang_menu
        menu.clear()
        group = QActionGroup(menu)
        same = menu.addAction(self.tr("Same as the interface"))
        same.setCheckable(True)
        same.setChecked(self.data_lang is None)
        same.triggered.connect(lambda: self.set_data_lang(None))
        group.addAction(same)
        menu.addSeparator()
        for code in self.data_languages():
            name = QLocale(code).nativeLanguageName() if QLocale(code).language() else ""
            action = menu.addAction(f"{name} ({code})" if name else code)
            action.setCheckable(True)
            action.setChecked(self.data_lang == code)
            action.triggered.connect(lambda checked=False, c=code: self.set_data_lang(c))
            group.addAction(action)

    def select_event(self, index: int | None, reveal: bool = True, centre: bool = False) -> None:
        self.selected = index
        self.view.set_selected(index, reveal=reveal, centre=centre)
        self._show_arcs()
        party = self.timeline.party_index.get(self.shown_party or "") if self.timeline else None
        if index is None and party is not None:
            assert self.timeline is not None  # a party was found in it
            self.details.show_party(
                self.timeline, party, self.shown_lang, self.words, self.filtered
            )
        elif index is None or self.timeline is None:
            self.details.show_nothing(self.words)
        else:
            self.shown_party = None
            self.details.show_event(
                self.timeline, index, self.shown_lang, self.words, self.filtered
            )
            if self.details_dock.visibleRegion().isEmpty() and not self.details_dock.isFloating():
                self.details_dock.raise_()

    def show_party(self, party: int) -> None:
        """A lane's name was clicked: the party's description and reply rhythm
        in the details (until an event is chosen or the selection cleared)."""
        if self.timeline is None:
            return
        self.shown_party = self.timeline.parties[party].id
        self.select_event(None, reveal=False)
        if self.details_dock.visibleRegion().isEmpty() and not self.details_dock.isFloating():
            self.details_dock.raise_()

    def show_party_id(self, party_id: str) -> None:
        """A party's name was followed in the details: that party."""
        party = self.timeline.party_index.get(party_id) if self.timeline else None
        if party is not None:
            self.show_party(party)

    def show_party_details(self) -> None:
        """Go → Party details (Ctrl+D), the keyboard's way to what a lane's
        name shows: the selected event's party (the one acting, its first);
        with a party shown, the next lane's; with neither, the first lane's."""
        if self.timeline is None or self.filtered is None:
            return
        if self.selected is not None:
            party_id = self.timeline.events[self.selected].parties[0]
            self.show_party(self.timeline.party_index[party_id])
            return
        lanes = list(dict.fromkeys(lane.party for lane in self.filtered.lanes))
        if not lanes:
            return
        shown = self.timeline.party_index.get(self.shown_party or "")
        after = lanes.index(shown) + 1 if shown in lanes else 0
        self.show_party(lanes[after % len(lanes)])

    def clear_selection(self) -> None:
        self.shown_party = None
        self.select_event(None)

    def select_event_id(self, event_id: str) -> None:
        index = self.timeline.event_index.get(event_id) if self.timeline else None
        if index is not None:
            self.show_event(index)

    def show_event(self, index: int) -> None:
        """Select an event, centred in the view with its title showing; if the
        filter hides it, show all."""
        if self.filtered is not None and index not in self.view.shown_events():
            self.set_filter(Filter())
        self.select_event(index, centre=True)

    # --- finding events -------------------------------------------------------

    def focus_search(self) -> None:
        """Go → Find (Ctrl+F): to the find field, its text selected."""
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def find_events(self, query: str) -> None:
        """Search as the user types: results listed, matches marked on the
        plot and the rest drawn faint. A big timeline is indexed first, on a
        thread of its own; the query typed meanwhile runs when it is ready."""
        if self.timeline is None:
            return
        if not query.strip():
            self._show_search(SearchState())
            return
        index = self._search_index
        if index is None or index.timeline is not self.timeline:
            self._index(self.timeline)
            if self._search_index is None:
                self.results.show_indexing()
                return
            index = self._search_index
        was_active = self.search_state.active
        previous = self.search_state.results
        results = search(index, query, previous)
        state = SearchState(query, results)
        shown = self.filtered.shown if self.filtered is not None else None
        self._show_search(state.with_shown(shown))
        if state.active and not was_active:
            self.results_dock.raise_()

    def _index(self, timeline: Timeline) -> None:
        if len(timeline.events) <= INDEX_IN_BACKGROUND:
            self._search_index = SearchIndex.build(timeline)
            return
        if self._index_job is not None and self._index_job.timeline is timeline:
            return
        job = self._index_job = IndexJob(timeline, self)
        job.built.connect(self._indexed)
        job.finished.connect(job.deleteLater)
        job.start()

    def _indexed(self, timeline: Timeline, index: SearchIndex) -> None:
        self._index_job = None
        if timeline is self.timeline:
            self._search_index = index
            self.find_events(self.search_field.text())

    def _show_search(self, state: SearchState) -> None:
        self.search_state = state
        self.view.set_matches(state.results.mask if state.active and state.results else None)
        self.results.show_state(state, self.timeline, self.shown_lang, self.words)

    def step_result(self, direction: int) -> None:
        """Enter / Shift+Enter (F3 / Shift+F3): the next or previous result,
        selected and centred."""
        if not self.search_state.active:
            self.focus_search()
            return
        state = self.search_state.step(direction)
        if state.current_event is None:
            self.statusBar().showMessage(self.tr("No result to go to"), 5000)
            return
        self._show_search(state)
        self.show_event(state.current_event)

    def go_to_result(self, position: int) -> None:
        """A result picked in the list."""
        state = replace(self.search_state, current=position)
        if state.current_event is not None:
            self._show_search(state)
            self.show_event(state.current_event)

    def clear_search(self) -> None:
        """Esc in the find field: no search, every event drawn; back to the plot."""
        if self.search_field.text():
            self.search_field.clear()
        self._show_search(SearchState())
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_results(self) -> None:
        if self.search_state.shown.size:
            self.results_dock.raise_()
            self.results.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.results.table.selectionModel().hasSelection():
                self.results.table.selectRow(0)

    def ask_go_to_date(self) -> None:
        """Go → Go to date (Ctrl+G): show that year, month or day (a day with
        a week around it)."""
        dialog = GoToDateDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.date is None:
            return
        self.go_to_date(dialog.date)

    def go_to_date(self, date: PartialDate) -> None:
        first, last = float(date.first_day), float(date.end_day)
        if date.precision == Precision.DAY:
            first, last = first - 3, last + 3
        self.view.show_days(first, last)
        # Once the dialog has given the focus back to where it was: to the plot.
        QTimer.singleShot(0, lambda: self.view.setFocus(Qt.FocusReason.OtherFocusReason))
        self.statusBar().showMessage(
            self.tr("Showing {date}").format(date=date.format(self.words)), 5000
        )

    # --- threads -------------------------------------------------------------

    def _show_arcs(self) -> None:
        """The selected event's relations as arcs; with a thread shown alone,
        every relation within it."""
        if self.timeline is None or self.filtered is None:
            return
        graph = relation_graph(self.timeline)
        thread = self.filtered.events if self.filter.thread is not None else None
        self.view.set_arcs(arcs_to_draw(graph, self.selected, thread))

    def walk_thread(self, direction: int) -> None:
        """Alt+→ / Alt+←: the next or previous event of the selected one's
        thread, by date."""
        if self.timeline is None or self.selected is None:
            self.statusBar().showMessage(self.tr("Select an event first"), 5000)
            return
        step = relation_graph(self.timeline).step(self.selected, direction)
        if step is None:
            alone = len(relation_graph(self.timeline).thread(self.selected)) == 1
            message = (
                self.tr("This event is linked to no other")
                if alone
                else self.tr("The last event of this thread")
                if direction > 0
                else self.tr("The first event of this thread")
            )
            self.statusBar().showMessage(message, 5000)
            return
        self.show_event(step)

    def show_thread_only(self, checked: bool | None = None) -> None:
        """Go → Show this thread only (Ctrl+T), a toggle: the selected event's
        thread alone, or every event again."""
        if self.timeline is None:
            return
        if self.filter.thread is not None:
            self.set_filter(replace(self.filter, thread=None))
            return
        if self.selected is None:
            self.thread_only_action.setChecked(False)
            self.statusBar().showMessage(self.tr("Select an event first"), 5000)
            return
        self.set_filter(replace(self.filter, thread=thread_ids(self.timeline, self.selected)))

    def open_link(self, url: str | QUrl) -> None:
        """Open a source in the browser, after showing its whole address (its
        host in ASCII, and what kind of name it is)."""
        if isinstance(url, QUrl):
            url = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
        opened = confirm_and_open(self, url, self.words)
        if opened is not None:
            self.statusBar().showMessage(self.tr("Opening {url}").format(url=opened), 8000)

    def _address_hovered(self, shown: str) -> None:
        if shown:
            self.statusBar().showMessage(shown, 5000)
        else:
            self.statusBar().clearMessage()

    # --- export -------------------------------------------------------------

    def export(self) -> None:
        """File → Export…: the picture in PNG, SVG or PDF, whole range or current view."""
        from frise.scene.export import ExportError, export_picture

        if self.timeline is None:
            return
        stem = self.timeline.path.stem if self.timeline.path else "timeline"
        suggested = Path.home() / f"{stem}.png"
        choice = ask_export(
            self,
            self._filter_summary(),
            suggested,
            self.settings.export_width,
            self.settings.export_scale,
        )
        if choice is None:
            return
        self.settings.export_width = choice.width
        if choice.fmt == "png":
            self.settings.export_scale = choice.scale
        try:
            size = export_picture(
                self.timeline,
                self.filter,
                choice.path,
                choice.fmt,
                width=choice.width,
                lang=self.shown_lang,
                scale=choice.scale,
                folded=self.view.folded,
                view=self.view.view if choice.current_view else None,
                mode=self.mode,
                meter=self.view.meter,
                highlight=self.view.highlight(),
                words_lang=self.lang,
            )
        except ExportError as e:
            self._export_failed(str(e))
            return
        self.statusBar().showMessage(
            self.tr("Saved {path} ({w}×{h} px)").format(
                path=isolate(one_line(str(choice.path))), w=size[0], h=size[1]
            ),
            10000,
        )

    def _export_failed(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export failed"), message, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setObjectName("export-failed")
        box.open()

    def _picture(self, width: int, current_view: bool, vector: bool) -> Picture | None:
        from frise.scene.export import ExportError, layout_picture

        """What the window shows, laid out as a picture; None (said why) if nothing."""
        if self.filtered is None:
            return None
        try:
            return layout_picture(
                self.filtered,
                width,
                lang=self.shown_lang,
                folded=self.view.folded,
                view=self.view.view if current_view else None,
                vector=vector,
                meter=self.view.meter,
                highlight=self.view.highlight(),
                words_lang=self.lang,
            )
        except ExportError as e:
            self._export_failed(str(e))
            return None

    def print_timeline(self) -> None:
        """File → Print…: the whole range on the first page, then the sources,
        through the print preview."""
        from frise.scene.export import print_picture

        picture = self._picture(self.settings.export_width, current_view=False, vector=True)
        if picture is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        preview = QPrintPreviewDialog(printer, self)
        preview.setObjectName("print-preview")
        preview.paintRequested.connect(lambda device: print_picture(picture, device))
        preview.exec()

    def copy_image(self) -> None:
        """Edit → Copy image: the current view as a picture, on the clipboard."""
        from frise.scene.export import render_image

        width = max(self.view.viewport().width(), 800)
        picture = self._picture(width, current_view=True, vector=False)
        if picture is None:
            return
        QGuiApplication.clipboard().setImage(render_image(picture))
        self.statusBar().showMessage(self.tr("Picture copied"), 5000)

    def _filter_summary(self) -> str:
        timeline, lang = self.timeline, self.shown_lang
        assert timeline is not None  # an export needs a loaded timeline
        if self.filter.parties is None:
            parties = self.tr("all parties")
        else:
            parties = ", ".join(
                isolate(one_line(timeline.party_name(p.id, lang)))
                for p in timeline.parties
                if p.id in self.filter.parties
            ) or self.tr("no party")
        first, last = self.filter.year_from, self.filter.year_to
        years = (
            self.tr("all years")
            if first is None and last is None
            else f"{first or '…'}–{last or '…'}"
        )
        parts = [parties, years]
        if self.filter.kinds is not None:
            parts.append(
                ", ".join(kind_name(k, self.words) for k in KIND_KEYS if k in self.filter.kinds)
                or self.tr("no kind")
            )
        if self.filter.certainties is not None:
            parts.append(
                ", ".join(
                    certainty_name(c, self.words)
                    for c in CERTAINTIES
                    if c in self.filter.certainties
                )
                or self.tr("no certainty")
            )
        if self.filter.thread is not None:
            parts.append(self.tr("one thread"))
        return self.tr("The picture shows {what}.").format(what="; ".join(parts))

    # --- keyboard ---------------------------------------------------------------

    def keyPressEvent(self, event) -> None:
        """Keys the focused widget leaves unused reach the window: the plot's
        own (stepping, panning, Home / End) then work from there too."""
        if self.view.handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def panes(self) -> list[QWidget]:
        """What F6 goes through: the plot, each panel left open, the as-of
        bar when it shows, and the find field."""
        panes: list[QWidget] = [self.view]
        panes += [
            dock
            for dock in (self.filter_dock, self.details_dock, self.quotes_dock, self.results_dock)
            if dock.toggleViewAction().isChecked()
        ]
        if self.as_of_bar.isVisible():
            panes.append(self.as_of_bar)
        panes.append(self.search_field)
        return panes

    def cycle_panes(self, direction: int) -> None:
        """F6 / Shift+F6: to the next or previous pane, raising a panel's tab."""
        panes = self.panes()
        focus = QApplication.focusWidget()
        current = next(
            (
                k
                for k, pane in enumerate(panes)
                if focus is not None and (pane is focus or pane.isAncestorOf(focus))
            ),
            -1 if direction > 0 else 0,
        )
        target = panes[(current + direction) % len(panes)]
        if isinstance(target, QDockWidget):
            target.raise_()
            target = _first_focusable(target.widget()) or target.widget()
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if target is self.search_field:
            self.search_field.selectAll()

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """Every key of the window and what it does, for Help → Keyboard shortcuts."""
        native = QKeySequence.SequenceFormat.NativeText
        rows = [
            (self.tr("← / →"), self.tr("On the plot: previous / next event shown")),
            (self.tr("Shift+← / Shift+→"), self.tr("Move the view a fifth of its width")),
            (self.tr("Page Up / Page Down"), self.tr("Move the view a whole width")),
            (self.tr("Home / End"), self.tr("The first / the last days")),
            (self.tr("Esc"), self.tr("Clear the selection; in the find field, the search")),
            (
                self.tr("Enter / Shift+Enter"),
                self.tr("In the find field: next / previous result"),
            ),
            (self.tr("↓"), self.tr("In the find field: to the list of results")),
            (self.tr("Tab / Shift+Tab"), self.tr("Next / previous control")),
        ]
        actions = [
            self.previous_event_action,
            self.next_event_action,
            self.zoom_in_action,
            self.zoom_out_action,
            self.fit_action,
            self.find_action,
            self.find_next_action,
            self.find_previous_action,
            self.go_to_date_action,
            self.thread_previous_action,
            self.thread_next_action,
            self.thread_only_action,
            self.party_action,
            self.next_pane_action,
            self.previous_pane_action,
            self.as_of_action,
            self.previous_revelation_action,
            self.next_revelation_action,
            self.month_back_action,
            self.month_on_action,
            self.play_action,
            self.claims_action,
            self.open_action,
            self.reload_action,
            self.import_action,
            self.save_as_action,
            self.export_action,
            self.print_action,
            self.copy_action,
            self.shortcuts_action,
            self.quit_action,
        ]
        for action in actions:
            keys = [k.toString(native) for k in action.shortcuts() if not k.isEmpty()]
            if keys:
                text = re.sub("&(.)", r"\1", action.text())  # "&&" is "&"
                rows.append((self.tr(" or ").join(keys), text.rstrip("…")))
        return rows

    def show_shortcuts(self) -> None:
        """Help → Keyboard shortcuts (F1)."""
        ShortcutsDialog(self.shortcut_rows(), self).exec()

    # --- misc -----------------------------------------------------------------

    def _show_status(self) -> None:
        if self.filtered is None or self.timeline is None:
            return
        shown = len(self.filtered.events)
        total = len(self.timeline.events)
        lanes = len(self.filtered.lanes)
        self.status.setText(
            self.tr("{shown} of %n event(s)", "", total).format(shown=shown)
            + " · "
            + self.tr("%n lane(s)", "", lanes)
        )

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for name in self.settings.recent_files:
            action = self.recent_menu.addAction(name.replace("&", "&&"))
            action.triggered.connect(lambda checked=False, p=name: self.open_file(Path(p)))
        self.recent_menu.setEnabled(bool(self.settings.recent_files))

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

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.open_file(Path(files[0])))

    def closeEvent(self, event) -> None:
        self.settings.geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        self.settings.window_state = bytes(self.saveState().toBase64().data()).decode()
        if self.settings_path is not None:
            save_settings(self.settings, self.settings_path)
        self.hide()
        self.stop_jobs()
        super().closeEvent(event)

    def stop_jobs(self) -> None:
        """Cancel every load still running (cancelled ones included) and wait
        for every thread of ours to end: a thread destroyed while it runs
        aborts the whole process."""
        for job in self.findChildren(QThread):
            if isinstance(job, LoadJob):
                job.cancel()
        for job in self.findChildren(QThread):
            job.wait()


def _first_focusable(widget: QWidget) -> QWidget | None:
    """The first control inside `widget` that Tab would reach."""
    candidate = widget.nextInFocusChain()
    while candidate is not None and candidate is not widget:
        if (
            widget.isAncestorOf(candidate)
            and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
            and candidate.isEnabled()
            and candidate.isVisibleTo(widget)
        ):
            return candidate
        candidate = candidate.nextInFocusChain()
        if candidate is widget.nextInFocusChain():
            break
    return None
