"""The window's menus and toolbar, and the words of every action.

The main window makes its actions (with their keys) and wires them; this
part puts them in the menus and the toolbar, names them in the interface's
language (again on each change of language), and fills the menus made when
they open: the recent files, the languages of the data.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject
from PySide6.QtGui import QAction, QActionGroup

if TYPE_CHECKING:
    from frise.ui.main_window import MainWindow


class Menus(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def build(self) -> None:
        """File, Edit, Go, View and Help, and the toolbar, from the window's actions."""
        w = self.window
        bar = w.menuBar()
        w.file_menu = menu = bar.addMenu("")
        menu.addActions([w.open_action, w.bundled_action])
        w.recent_menu = menu.addMenu("")
        menu.addActions([w.import_action, w.reload_action])
        menu.addSeparator()
        menu.addAction(w.save_as_action)
        menu.addActions([w.export_action, w.print_action])
        menu.addSeparator()
        menu.addAction(w.quit_action)
        w.edit_menu = bar.addMenu("")
        w.edit_menu.addAction(w.copy_action)
        w.go_menu = go_menu = bar.addMenu("")
        go_menu.addActions([w.find_action, w.find_next_action, w.find_previous_action])
        go_menu.addAction(w.go_to_date_action)
        go_menu.addSeparator()
        go_menu.addActions([w.previous_event_action, w.next_event_action])
        go_menu.addSeparator()
        go_menu.addActions([w.thread_previous_action, w.thread_next_action, w.thread_only_action])
        go_menu.addSeparator()
        go_menu.addAction(w.party_action)
        w.view_menu = view_menu = bar.addMenu("")
        view_menu.addActions([w.zoom_in_action, w.zoom_out_action, w.fit_action])
        view_menu.addAction(w.fold_action)
        view_menu.addSeparator()
        view_menu.addActions(
            [
                w.as_of_action,
                w.previous_revelation_action,
                w.next_revelation_action,
                w.month_back_action,
                w.month_on_action,
                w.play_action,
                w.ghosts_action,
            ]
        )
        view_menu.addSeparator()
        view_menu.addActions([w.claims_action, w.meter_action])
        view_menu.addSeparator()
        view_menu.addAction(w.reload_on_change_action)
        w.lang_menu = view_menu.addMenu("")
        w.lang_menu.addActions(w.lang_actions.actions())
        w.data_lang_menu = view_menu.addMenu("")
        w.theme_menu = view_menu.addMenu("")
        w.theme_menu.addActions(w.theme_actions.actions())
        view_menu.addSeparator()
        view_menu.addActions(
            [
                w.filter_dock.toggleViewAction(),
                w.details_dock.toggleViewAction(),
                w.quotes_dock.toggleViewAction(),
                w.results_dock.toggleViewAction(),
            ]
        )
        w.help_menu = bar.addMenu("")
        w.help_menu.addAction(w.shortcuts_action)
        w.help_menu.addAction(w.about_action)
        # Keys with no menu of their own still belong to the window.
        w.addActions([w.next_pane_action, w.previous_pane_action])

        w.toolbar = toolbar = w.addToolBar("")
        toolbar.setObjectName("toolbar")
        toolbar.addActions([w.open_action, w.export_action])
        toolbar.addSeparator()
        toolbar.addActions([w.zoom_out_action, w.fit_action, w.zoom_in_action])
        toolbar.addSeparator()
        toolbar.addActions(w.lang_actions.actions())
        toolbar.addSeparator()
        toolbar.addWidget(w.search_field)

    def retranslate(self) -> None:
        """Every action and menu named in the interface's language."""
        w = self.window
        for action, text, tip in (
            (w.open_action, self.tr("&Open…"), self.tr("Open a timeline file")),
            (w.bundled_action, self.tr("Open the &Musk–OpenAI timeline"), ""),
            (w.reload_action, self.tr("&Reload"), ""),
            (
                w.import_action,
                self.tr("&Import…"),
                self.tr("Open a spreadsheet or a TimelineJS file, and save it as a Frise timeline"),
            ),
            (
                w.save_as_action,
                self.tr("&Save as Frise timeline…"),
                self.tr("Write the timeline shown as a Frise file"),
            ),
            (
                w.reload_on_change_action,
                self.tr("Reload on &change"),
                self.tr("Reload the file each time it is saved"),
            ),
            (
                w.export_action,
                self.tr("&Export…"),
                self.tr("Save the timeline as a picture: PNG, SVG or PDF"),
            ),
            (w.print_action, self.tr("&Print…"), self.tr("Print the timeline and its sources")),
            (w.copy_action, self.tr("&Copy image"), self.tr("Copy the view as a picture")),
            (w.quit_action, self.tr("&Quit"), ""),
            (w.zoom_in_action, self.tr("Zoom &in"), ""),
            (w.zoom_out_action, self.tr("Zoom &out"), ""),
            (w.fit_action, self.tr("&Fit the whole range"), ""),
            (
                w.fold_action,
                self.tr("F&old quiet stretches of time"),
                self.tr(
                    "Show long stretches with no event as narrow breaks, or the plain calendar"
                ),
            ),
            (w.about_action, self.tr("&About Frise"), ""),
            (w.shortcuts_action, self.tr("&Keyboard shortcuts"), ""),
            (w.previous_event_action, self.tr("&Previous event"), ""),
            (w.next_event_action, self.tr("Ne&xt event"), ""),
            (w.next_pane_action, self.tr("Next pane"), ""),
            (w.previous_pane_action, self.tr("Previous pane"), ""),
            (
                w.find_action,
                self.tr("&Find…"),
                self.tr("Find events by their words, in either language"),
            ),
            (w.find_next_action, self.tr("Find &next"), ""),
            (w.find_previous_action, self.tr("Find pre&vious"), ""),
            (
                w.go_to_date_action,
                self.tr("&Go to date…"),
                self.tr("Show a year, a month or a day"),
            ),
            (
                w.thread_next_action,
                self.tr("Next in &thread"),
                self.tr("Select the next event linked, by date, to the selected one"),
            ),
            (
                w.thread_previous_action,
                self.tr("Previous in t&hread"),
                self.tr("Select the previous event linked, by date, to the selected one"),
            ),
            (
                w.thread_only_action,
                self.tr("Show this thread &only"),
                self.tr("Show only the events linked to the selected one, either way"),
            ),
            (
                w.party_action,
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
        w.file_menu.setTitle(self.tr("&File"))
        w.recent_menu.setTitle(self.tr("Open &recent"))
        w.edit_menu.setTitle(self.tr("&Edit"))
        w.go_menu.setTitle(self.tr("&Go"))
        w.view_menu.setTitle(self.tr("&View"))
        w.lang_menu.setTitle(self.tr("&Language"))
        w.theme_menu.setTitle(self.tr("&Theme"))
        names = {
            "system": self.tr("As the &system"),
            "light": self.tr("&Light"),
            "dark": self.tr("&Dark"),
        }
        for action in w.theme_actions.actions():
            action.setText(names[action.data()])
        w.data_lang_menu.setTitle(self.tr("Language of the &data"))
        w.help_menu.setTitle(self.tr("&Help"))
        w.toolbar.setWindowTitle(self.tr("Timeline"))

    def _reading_texts(self) -> list[tuple[QAction, str, str]]:
        """View → As known on…, the replay's steps, ghosts, claims view, source meter."""
        w = self.window
        return [
            (
                w.as_of_action,
                self.tr("As &known on…"),
                self.tr("Show the story as the public could know it on a day"),
            ),
            (w.previous_revelation_action, self.tr("&Previous revelation"), ""),
            (w.next_revelation_action, self.tr("&Next revelation"), ""),
            (w.month_back_action, self.tr("A month earlier"), ""),
            (w.month_on_action, self.tr("A month later"), ""),
            (
                w.play_action,
                self.tr("P&lay the story"),
                self.tr("Step from revelation to revelation, from the first to the last"),
            ),
            (
                w.ghosts_action,
                self.tr("Show what was not yet &known"),
                self.tr("As known on a day: what had happened but was not yet public, faint"),
            ),
            (
                w.claims_action,
                self.tr("&Claims view"),
                self.tr("What a party alleges or disputes apart, under each lane, by claimant"),
            ),
            (
                w.meter_action,
                self.tr("&Source meter"),
                self.tr("Over each marker, a tick per independent source: dark for a primary one"),
            ),
        ]

    def fill_recent(self) -> None:
        """File → Open recent, as it opens."""
        w = self.window
        w.recent_menu.clear()
        for name in w.settings.recent_files:
            action = w.recent_menu.addAction(name.replace("&", "&&"))
            action.triggered.connect(lambda checked=False, p=name: w.open_file(Path(p)))
        w.recent_menu.setEnabled(bool(w.settings.recent_files))

    def fill_data_languages(self) -> None:
        """View → Language of the data, as it opens: the file's languages."""
        w = self.window
        menu = w.data_lang_menu
        menu.clear()
        group = QActionGroup(menu)
        same = menu.addAction(self.tr("Same as the interface"))
        same.setCheckable(True)
        same.setChecked(w.data_lang is None)
        same.triggered.connect(lambda: w.set_data_lang(None))
        group.addAction(same)
        menu.addSeparator()
        for code in w.data_languages():
            name = QLocale(code).nativeLanguageName() if QLocale(code).language() else ""
            action = menu.addAction(f"{name} ({code})" if name else code)
            action.setCheckable(True)
            action.setChecked(w.data_lang == code)
            action.triggered.connect(lambda checked=False, c=code: w.set_data_lang(c))
            group.addAction(action)
