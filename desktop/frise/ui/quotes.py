"""The quote explorer: the quotes of the events the filters show (or every
quote, with "All quotes"), by speaker and by text.

Clicking a quote, or Enter on it, reports its event; the main window selects
it, centres the timeline on it and opens its details. Cells show file text as
plain text. Tab leaves the table (it does not walk its cells).
"""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from frise.model import i18n
from frise.model.quotes import QuoteRow, filter_quotes, quote_rows, speakers
from frise.model.timeline import Timeline

COLUMNS = ("quotes.date", "quotes.speaker", "quotes.quote", "quotes.translation")
_ROOT = QModelIndex()


class QuoteTable(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[QuoteRow] = []
        self.lang = "en"

    def set_rows(self, rows: list[QuoteRow], lang: str) -> None:
        self.beginResetModel()
        self.rows, self.lang = rows, lang
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:
        return len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return i18n.text(COLUMNS[section], self.lang)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        row = self.rows[index.row()]
        value = (row.date, row.speaker, f"“{row.text}”", row.translation)[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return value.replace("\n", " ")
        if role == Qt.ItemDataRole.ToolTipRole and value:
            # Escaped, so a "<b>" in the file is shown as written.
            return f"<p>{html.escape(value)}</p>"
        return None


class QuotePanel(QWidget):
    quoteActivated = Signal(int)
    """A quote was clicked: the index of its event."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[QuoteRow] = []
        self._lang = "en"
        self._shown: np.ndarray | None = None
        self._timeline: Timeline | None = None
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the quotes"))
        self.search.textChanged.connect(self._refilter)
        self.speaker = QComboBox()
        self.speaker.setAccessibleName(self.tr("Speaker"))
        self.speaker.setMinimumContentsLength(18)
        self.speaker.currentIndexChanged.connect(self._refilter)
        self.all_quotes = QCheckBox(self.tr("All quotes"))
        self.all_quotes.setToolTip(
            self.tr("List the quotes of every event, not only of those the filters show")
        )
        self.all_quotes.toggled.connect(self._refilter)
        self.count = QLabel()
        self.model = QuoteTable(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Quotes"))
        # Tab moves on to the next control rather than through every cell.
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(self._clicked)
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.speaker, 1)
        top.addWidget(self.all_quotes)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def set_timeline(self, timeline: Timeline, lang: str) -> None:
        """Every quote of `timeline`; until `set_shown`, of every event."""
        if timeline is not self._timeline:
            self._shown = None
        self._timeline = timeline
        self._lang = lang
        self._rows = quote_rows(timeline, lang)
        chosen = self.speaker.currentData()
        self.speaker.blockSignals(True)
        self.speaker.clear()
        self.speaker.addItem(i18n.text("quotes.all-speakers", lang), None)
        for name, count in speakers(self._rows):
            self.speaker.addItem(f"{name} ({count})", name)
        self.speaker.setCurrentIndex(max(self.speaker.findData(chosen), 0))
        self.speaker.blockSignals(False)
        self.search.setPlaceholderText(i18n.text("quotes.search", lang))
        self._refilter()

    def set_shown(self, shown: np.ndarray | None) -> None:
        """Follow the window's filter: `shown` is a bool per event (None: all)."""
        self._shown = shown
        self._refilter()

    def shown(self) -> list[QuoteRow]:
        return self.model.rows

    def _refilter(self) -> None:
        shown = None if self.all_quotes.isChecked() else self._shown
        rows = filter_quotes(self._rows, self.speaker.currentData(), self.search.text(), shown)
        self.model.set_rows(rows, self._lang)
        self.count.setText(
            i18n.text("quotes.count", self._lang, shown=str(len(rows)), total=str(len(self._rows)))
        )

    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.quoteActivated.emit(self.model.rows[index.row()].event)
