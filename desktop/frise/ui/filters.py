"""The filter panel: a checkbox per party (colour, name, event count) and a
year range with a one-year shortcut. It shows the window's filter and emits a
new `Filter` when the user changes it; it never applies one itself."""

from __future__ import annotations

import html

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from frise.model.dates import date_of_day
from frise.model.filters import Filter
from frise.model.schema import text_in
from frise.model.timeline import Timeline

PARTY_ROLE = Qt.ItemDataRole.UserRole


class FilterPanel(QWidget):
    filterChanged = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._timeline: Timeline | None = None
        self._filter = Filter()
        self._lang = "en"
        self._counts: dict[str, int] = {}

        self.parties = QListWidget()
        self.parties.setObjectName("parties")
        self.parties.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.parties.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.parties.itemChanged.connect(self._party_toggled)
        self.all_button = QPushButton(self.tr("All"))
        self.none_button = QPushButton(self.tr("None"))
        self.all_button.clicked.connect(lambda: self._set_parties(None))
        self.none_button.clicked.connect(lambda: self._set_parties(frozenset()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        party_box = QGroupBox(self.tr("Parties"))
        party_layout = QVBoxLayout(party_box)
        party_layout.addWidget(self.parties)
        party_layout.addLayout(buttons)

        self.year_from = self._year_spin()
        self.year_to = self._year_spin()
        self.one_year = QComboBox()
        self.one_year.activated.connect(self._one_year_chosen)
        self.reset_years = QPushButton(self.tr("All years"))
        self.reset_years.clicked.connect(lambda: self._emit_years(None, None))
        year_box = QGroupBox(self.tr("Years"))
        form = QFormLayout(year_box)
        form.addRow(self.tr("From"), self.year_from)
        form.addRow(self.tr("To"), self.year_to)
        form.addRow(self.tr("Only"), self.one_year)
        form.addRow(self.reset_years)

        layout = QVBoxLayout(self)
        layout.addWidget(party_box, 1)
        layout.addWidget(year_box)

    def _year_spin(self) -> QSpinBox:
        spin = QSpinBox()
        spin.setSpecialValueText("—")
        spin.setKeyboardTracking(False)
        spin.valueChanged.connect(self._years_edited)
        return spin

    # --- showing state --------------------------------------------------

    def set_state(
        self, timeline: Timeline, view_filter: Filter, counts: dict[str, int], lang: str
    ) -> None:
        """Show `view_filter` for `timeline`, with per-party event counts."""
        new_timeline = timeline is not self._timeline
        self._timeline, self._filter, self._counts, self._lang = (
            timeline,
            view_filter,
            counts,
            lang,
        )
        if new_timeline:
            self._fill_years(timeline)
        self._fill_parties()
        self._show_years()

    def _fill_parties(self) -> None:
        timeline = self._timeline
        assert timeline is not None  # set by set_state, which calls this
        with QSignalBlocker(self.parties):
            if self.parties.count() != len(timeline.parties) or any(
                self.parties.item(k).data(PARTY_ROLE) != p.id
                for k, p in enumerate(timeline.parties)
            ):
                self.parties.clear()
                for k, party in enumerate(timeline.parties):
                    item = QListWidgetItem(_swatch(timeline.colors[k]), "")
                    item.setData(PARTY_ROLE, party.id)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    self.parties.addItem(item)
            for k, party in enumerate(timeline.parties):
                item = self.parties.item(k)
                name = text_in(party.name, self._lang)
                item.setText(f"{name}  ({self._counts.get(party.id, 0)})")
                # Escaped: Qt would read a tooltip that looks like HTML as HTML.
                tip = text_in(party.description, self._lang) or name
                item.setToolTip(f"<p>{html.escape(tip)}</p>")
                shown = self._filter.shows_party(party.id)
                item.setCheckState(Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)

    def _fill_years(self, timeline: Timeline) -> None:
        if len(timeline.start):
            first = date_of_day(timeline.start.min()).year
            last = date_of_day(timeline.stop.max() - 1).year
        else:
            first = last = 2000
        years = sorted({date_of_day(d).year for d in timeline.start.tolist()})
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
            with QSignalBlocker(spin):
                spin.setValue(spin.minimum() if year is None else year)
        single = self._filter.year_from if self._filter.year_from == self._filter.year_to else None
        with QSignalBlocker(self.one_year):
            index = self.one_year.findData(single) if single is not None else 0
            self.one_year.setCurrentIndex(max(index, 0))

    # --- user changes -----------------------------------------------------

    def _party_toggled(self, item: QListWidgetItem) -> None:
        checked = {
            self.parties.item(k).data(PARTY_ROLE)
            for k in range(self.parties.count())
            if self.parties.item(k).checkState() == Qt.CheckState.Checked
        }
        assert self._timeline is not None  # party items exist only for a timeline
        every = {p.id for p in self._timeline.parties}
        self._set_parties(None if checked == every else frozenset(checked))

    def _set_parties(self, parties: frozenset[str] | None) -> None:
        if self._timeline is None:
            return
        self.filterChanged.emit(Filter(parties, self._filter.year_from, self._filter.year_to))

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
        if self._timeline is None:
            return
        self.filterChanged.emit(Filter(self._filter.parties, first, last))

    @staticmethod
    def _spin_year(spin: QSpinBox) -> int | None:
        return None if spin.value() == spin.minimum() else spin.value()


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
