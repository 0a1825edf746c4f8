"""The filter panel: parties (colour, name, event count), a year range with a
one-year shortcut, kinds and certainties (with counts, all/none, and a
"confirmed only" shortcut), whose account to follow ("as X tells it") and
how well sourced an event must be, and, when one thread is shown alone, a
way back to every event. It shows the window's filter and emits a new `Filter` when
the user changes it; it never applies one itself."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

import numpy as np
from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from frise import translations
from frise.model.claims import claimant_ids
from frise.model.dates import date_of_day
from frise.model.filters import CONFIRMED_ONLY, Filter, FilteredTimeline, chosen
from frise.model.i18n import certainty_name, kind_name
from frise.model.schema import text_in
from frise.model.text import isolate, one_line
from frise.model.timeline import CERTAINTIES, KIND_KEYS, Timeline

KEY_ROLE = Qt.ItemDataRole.UserRole
ICON_ROLE = Qt.ItemDataRole.UserRole + 1
"""The icon last set (a swatch is made once per colour, so it is the same object)."""
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2
PARTY_ROLE = KEY_ROLE


class CheckList(QGroupBox):
    """A titled list of checkable items, each a key with a label and a count,
    and All / None buttons. `toggled` carries the keys ticked."""

    toggled = Signal(object)

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName(name)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.itemChanged.connect(lambda item: self.toggled.emit(self.ticked()))
        self.all_button = QPushButton()
        self.none_button = QPushButton()
        self.all_button.clicked.connect(lambda: self.toggled.emit(self.keys()))
        self.none_button.clicked.connect(lambda: self.toggled.emit(frozenset()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        self.column = QVBoxLayout(self)
        self.column.addWidget(self.list)
        self.column.addLayout(buttons)

    def set_title(self, title: str) -> None:
        """The list's title, and its words for screen readers (set again on
        a change of language)."""
        self.setTitle(title)
        self.list.setAccessibleName(title)
        self.all_button.setText(self.tr("All"))
        self.none_button.setText(self.tr("None"))
        self.all_button.setAccessibleName(self.tr("Show all: {what}").format(what=title))
        self.none_button.setAccessibleName(self.tr("Show none: {what}").format(what=title))

    def keys(self) -> frozenset[str]:
        return frozenset(self.list.item(k).data(KEY_ROLE) for k in range(self.list.count()))

    def ticked(self) -> frozenset[str]:
        return frozenset(
            self.list.item(k).data(KEY_ROLE)
            for k in range(self.list.count())
            if self.list.item(k).checkState() == Qt.CheckState.Checked
        )

    def item(self, key: str) -> QListWidgetItem | None:
        return next(
            (
                self.list.item(k)
                for k in range(self.list.count())
                if self.list.item(k).data(KEY_ROLE) == key
            ),
            None,
        )

    def show_items(self, rows: Sequence[tuple[str, str, int, bool, QIcon | None, str]]) -> None:
        """(key, label, count, ticked, icon, tooltip) per item, in order."""
        with QSignalBlocker(self.list):
            if [self.list.item(k).data(KEY_ROLE) for k in range(self.list.count())] != [
                row[0] for row in rows
            ]:
                self.list.clear()
                for key, *_ in rows:
                    item = QListWidgetItem("")
                    item.setData(KEY_ROLE, key)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    self.list.addItem(item)
            for k, (_, label, count, ticked, icon, tip) in enumerate(rows):
                item = self.list.item(k)
                # Only what changed: each change repaints the list.
                text = f"{isolate(one_line(label))}  ({translations.count(count)})"
                if item.text() != text:
                    item.setText(text)
                if icon is not None and item.data(ICON_ROLE) is not icon:
                    item.setIcon(icon)
                    item.setData(ICON_ROLE, icon)
                # Escaped: Qt would read a tooltip that looks like HTML as HTML.
                tooltip = f"<p>{html.escape(tip or label)}</p>"
                if item.toolTip() != tooltip:
                    item.setToolTip(tooltip)
                state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
                if item.checkState() != state:
                    item.setCheckState(state)
                if item.data(COUNT_ROLE) != count:
                    item.setData(COUNT_ROLE, count)
            self._colour_items()
        self.setVisible(bool(rows))

    def _colour_items(self) -> None:
        """Items that count nothing in the palette's mid tone, the others in
        its text colour."""
        text_brush, mid_brush = self.palette().text(), self.palette().mid()
        for k in range(self.list.count()):
            item = self.list.item(k)
            brush = text_brush if item.data(COUNT_ROLE) else mid_brush
            if item.foreground() != brush:
                item.setForeground(brush)

    def changeEvent(self, event: QEvent) -> None:
        # A new theme's palette reaches a widget when it is next shown, after
        # the items were coloured: colour them again from it.
        if event.type() == QEvent.Type.PaletteChange:
            with QSignalBlocker(self.list):
                self._colour_items()
        super().changeEvent(event)


class FilterPanel(QWidget):
    filterChanged = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._timeline: Timeline | None = None
        self._filter = Filter()
        self._lang = "en"
        self._counts: dict[str, int] = {}
        self._kind_counts: dict[str, int] = {}
        self._certainty_counts: dict[str, int] = {}
        self._kinds_present: set[int] = set()
        self._accounts_of: tuple[Timeline | None, str, str] = (None, "", "")
        """What the "whose account" list was filled for (the timeline, the
        data's language, the interface's first item): filled again only when
        that changes."""

        self.thread_note = QLabel()
        self.thread_note.setWordWrap(True)
        self.show_all_events = QPushButton()
        self.show_all_events.clicked.connect(lambda: self._emit(thread=None))
        thread_box = QWidget()
        thread_layout = QVBoxLayout(thread_box)
        thread_layout.setContentsMargins(0, 0, 0, 0)
        thread_layout.addWidget(self.thread_note)
        thread_layout.addWidget(self.show_all_events)
        self.thread_box = thread_box
        thread_box.hide()

        self.party_box = CheckList("parties")
        self.parties = self.party_box.list
        self.all_button = self.party_box.all_button
        self.none_button = self.party_box.none_button
        self.party_box.toggled.connect(self._parties_ticked)

        self.year_from = self._year_spin()
        self.year_to = self._year_spin()
        self.one_year = QComboBox()
        self.one_year.activated.connect(self._one_year_chosen)
        self.reset_years = QPushButton()
        self.reset_years.clicked.connect(lambda: self._emit_years(None, None))
        year_box = self.year_box = QGroupBox()
        self.year_labels = (QLabel(), QLabel(), QLabel())
        form = QFormLayout(year_box)
        for label, field in zip(
            self.year_labels, (self.year_from, self.year_to, self.one_year), strict=True
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.reset_years)

        self.kind_box = CheckList("kinds")
        self.kinds = self.kind_box.list
        self.kind_box.toggled.connect(self._kinds_ticked)
        self.certainty_box = CheckList("certainties")
        self.certainties = self.certainty_box.list
        self.certainty_box.toggled.connect(self._certainties_ticked)
        self.confirmed_only = QCheckBox()
        self.confirmed_only.toggled.connect(
            lambda on: self._emit(certainties=CONFIRMED_ONLY if on else None)
        )
        self.certainty_box.column.addWidget(self.confirmed_only)

        self.told_by = QComboBox()
        self.told_by.setObjectName("told-by")
        self.told_by.activated.connect(
            lambda index: self._emit(told_by=self.told_by.itemData(index))
        )
        self.min_sources = QSpinBox()
        self.min_sources.setObjectName("min-sources")
        self.min_sources.setRange(0, 20)
        self.min_sources.setKeyboardTracking(False)
        self.min_sources.valueChanged.connect(lambda n: self._emit(min_sources=n))
        reading_box = self.reading_box = QGroupBox()
        reading = QFormLayout(reading_box)
        # Labels above their fields: the longer one would hold the column wide
        # (WrapLongRows would too, through a height for width the scroll
        # area then gives the panel whole, lists at their tallest).
        reading.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.reading_labels = (QLabel(), QLabel())
        for label, field in zip(self.reading_labels, (self.told_by, self.min_sources), strict=True):
            label.setBuddy(field)
            reading.addRow(label, field)

        layout = QVBoxLayout(self)
        layout.addWidget(thread_box)
        layout.addWidget(self.party_box, 3)
        layout.addWidget(year_box)
        layout.addWidget(self.kind_box, 3)
        layout.addWidget(self.certainty_box, 2)
        layout.addWidget(reading_box)
        self.retranslate()

    def retranslate(self) -> None:
        """Every word of the panel in the interface's language."""
        self.show_all_events.setText(self.tr("Show every event"))
        self.party_box.set_title(self.tr("Parties"))
        self.year_box.setTitle(self.tr("Years"))
        self.year_from.setAccessibleName(self.tr("From year"))
        self.year_to.setAccessibleName(self.tr("To year"))
        self.one_year.setAccessibleName(self.tr("Only one year"))
        for label, text in zip(
            self.year_labels, (self.tr("From"), self.tr("To"), self.tr("Only")), strict=True
        ):
            label.setText(text)
        self.reset_years.setText(self.tr("All years"))
        self.kind_box.set_title(self.tr("Kinds"))
        self.certainty_box.set_title(self.tr("Certainty"))
        self.confirmed_only.setText(self.tr("Confirmed only"))
        self.confirmed_only.setToolTip(self.tr("Hide what is only reported, alleged or disputed"))
        self.reading_box.setTitle(self.tr("Reading"))
        self.reading_labels[0].setText(self.tr("Whose account"))
        self.reading_labels[1].setText(self.tr("Independent sources, at least"))
        self.told_by.setAccessibleName(self.tr("Whose account"))
        self.min_sources.setAccessibleName(self.tr("At least this many independent sources"))
        self.min_sources.setSpecialValueText(self.tr("any"))
        if self._timeline is not None:
            self._show_reading()
            self._fill_kinds()
            self._show_thread()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _year_spin(self) -> QSpinBox:
        spin = QSpinBox()
        spin.setSpecialValueText("—")
        spin.setKeyboardTracking(False)
        spin.valueChanged.connect(self._years_edited)
        return spin

    # --- showing state --------------------------------------------------

    def set_state(self, filtered: FilteredTimeline, lang: str) -> None:
        """Show the filter of `filtered`, with its event counts."""
        timeline = filtered.timeline
        new_timeline = timeline is not self._timeline
        self._timeline, self._filter, self._lang = timeline, filtered.filter, lang
        self._counts = filtered.counts
        self._kind_counts = filtered.kind_counts
        self._certainty_counts = filtered.certainty_counts
        if new_timeline:
            self._fill_years(timeline)
            self._kinds_present = set(np.flatnonzero(np.bincount(timeline.kind_codes)).tolist())
        self._fill_parties()
        self._fill_kinds()
        self._show_years()
        self._show_thread()
        self._show_reading()

    def _show_reading(self) -> None:
        timeline = self._timeline
        assert timeline is not None  # set by set_state, which calls this
        # Filled again only for a new timeline or language: refilling it on
        # each filter change cost more than the change's other lists.
        everyone = self.tr("Everyone's (all claims)")
        filled_for, *languages = self._accounts_of
        with QSignalBlocker(self.told_by):
            if timeline is not filled_for or languages != [self._lang, everyone]:
                self._accounts_of = (timeline, self._lang, everyone)
                self.told_by.clear()
                self.told_by.addItem(everyone, None)
                for party_id in claimant_ids(timeline):
                    name = timeline.party_name(party_id, self._lang)
                    self.told_by.addItem(
                        self.tr("As {name} tells it").format(name=isolate(one_line(name))),
                        party_id,
                    )
            index = self.told_by.findData(self._filter.told_by)
            self.told_by.setCurrentIndex(max(index, 0))
            self.told_by.setEnabled(self.told_by.count() > 1)
        with QSignalBlocker(self.min_sources):
            self.min_sources.setValue(self._filter.min_sources)

    def _fill_parties(self) -> None:
        timeline = self._timeline
        assert timeline is not None  # set by set_state, which calls this
        rows = []
        for k, party in enumerate(timeline.parties):
            name = text_in(party.name, self._lang)
            rows.append(
                (
                    party.id,
                    name,
                    self._counts.get(party.id, 0),
                    self._filter.shows_party(party.id),
                    _swatch(timeline.colors[k]),
                    text_in(party.description, self._lang),
                )
            )
        self.party_box.show_items(rows)

    def _fill_kinds(self) -> None:
        timeline = self._timeline
        assert timeline is not None
        present = self._kinds_present
        kinds, certainties = self._filter.kinds, self._filter.certainties
        # Frise's own words: in the interface's language, whatever the data's.
        words = translations.words(translations.interface_language())
        self.kind_box.show_items(
            [
                (
                    key,
                    kind_name(key, words),
                    self._kind_counts.get(key, 0),
                    kinds is None or key in kinds,
                    None,
                    "",
                )
                for code, key in enumerate(KIND_KEYS)
                if code in present or (kinds is not None and key in kinds)
            ]
        )
        self.certainty_box.show_items(
            [
                (
                    key,
                    certainty_name(key, words),
                    self._certainty_counts.get(key, 0),
                    certainties is None or key in certainties,
                    None,
                    "",
                )
                for key in CERTAINTIES
            ]
        )
        with QSignalBlocker(self.confirmed_only):
            self.confirmed_only.setChecked(self._filter.confirmed_only)

    def _show_thread(self) -> None:
        thread = self._filter.thread
        self.thread_box.setVisible(thread is not None)
        if thread is not None:
            self.thread_note.setText(
                self.tr("Showing one thread only (%Ln event(s)).", "", len(thread))
            )

    def _fill_years(self, timeline: Timeline) -> None:
        if len(timeline.start):
            first = date_of_day(timeline.start.min()).year
            last = date_of_day(timeline.stop.max() - 1).year
        else:
            first = last = 2000
        years = timeline.years.tolist()
        for spin in (self.year_from, self.year_to):
            with QSignalBlocker(spin):
                spin.setRange(first - 1, last)
        with QSignalBlocker(self.one_year):
            self.one_year.clear()
            self.one_year.addItem("—", None)
            for year in years:
                self.one_year.addItem(str(year), year)

    def _show_years(self) -> None:
        for spin, year in (
            (self.year_from, self._filter.year_from),
            (self.year_to, self._filter.year_to),
        ):
            value = spin.minimum() if year is None else year
            if spin.value() != value:  # setting it again repaints it all the same
                with QSignalBlocker(spin):
                    spin.setValue(value)
        single = self._filter.year_from if self._filter.year_from == self._filter.year_to else None
        index = max(self.one_year.findData(single) if single is not None else 0, 0)
        if self.one_year.currentIndex() != index:
            with QSignalBlocker(self.one_year):
                self.one_year.setCurrentIndex(index)

    # --- user changes -----------------------------------------------------

    def _emit(self, **changes) -> None:
        """The shown filter with `changes`: every other part is kept."""
        if self._timeline is not None:
            self.filterChanged.emit(replace(self._filter, **changes))

    def _parties_ticked(self, ticked: frozenset[str]) -> None:
        assert self._timeline is not None  # party items exist only for a timeline
        self._emit(parties=chosen(ticked, tuple(p.id for p in self._timeline.parties)))

    def _kinds_ticked(self, ticked: frozenset[str]) -> None:
        # Only the kinds the timeline uses are listed: all of them ticked is all.
        self._emit(kinds=None if ticked >= self.kind_box.keys() else ticked)

    def _certainties_ticked(self, ticked: frozenset[str]) -> None:
        self._emit(certainties=chosen(ticked, CERTAINTIES))

    def _years_edited(self) -> None:
        first = self._spin_year(self.year_from)
        last = self._spin_year(self.year_to)
        if first is not None and last is not None and first > last:
            # Keep the range valid: the side just edited wins.
            if self.sender() is self.year_from:
                last = first
            else:
                first = last
        self._emit_years(first, last)

    def _one_year_chosen(self, index: int) -> None:
        year = self.one_year.itemData(index)
        self._emit_years(year, year)

    def _emit_years(self, first: int | None, last: int | None) -> None:
        self._emit(year_from=first, year_to=last)

    @staticmethod
    def _spin_year(spin: QSpinBox) -> int | None:
        return None if spin.value() == spin.minimum() else spin.value()


@cache
def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(0, 0, 0, 140))
    painter.setBrush(QColor(color))
    painter.drawRoundedRect(1, 1, 12, 12, 3, 3)
    painter.end()
    return QIcon(pixmap)
