"""The quote explorer: the quotes of the events the filters show (or every
quote, with "All quotes"), by speaker and by text.

Clicking a quote, or Enter on it, reports its event; the main window selects
it, centres the timeline on it and opens its details. Cells show file text as
plain text. Tab leaves the table (it does not walk its cells).
"""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
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

from frise import translations
from frise.model.i18n import ENGLISH, Words, quoted
from frise.model.quotes import QuoteRow, filter_quotes, quote_rows, speakers
from frise.model.text import isolate, one_line
from frise.model.timeline import Timeline

_ROOT = QModelIndex()
CELL_CHARS = 300
TIP_CHARS = 2000


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


class QuoteTable(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[QuoteRow] = []
        self.words: Words = ENGLISH
        """The data's language: its quotation marks."""

    def columns(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Speaker"), self.tr("Quote"), self.tr("Translation"))

    def set_rows(self, rows: list[QuoteRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        # Asked for every role of every cell drawn or measured: the others first.
        if role != Qt.ItemDataRole.DisplayRole and role != Qt.ItemDataRole.ToolTipRole:
            return None
        row = self.rows[index.row()]
        # A cell shows the start of a long text, a tooltip a little more: the
        # file has the rest (a cell of 20,000 characters is laid out at each paint).
        limit = CELL_CHARS if role == Qt.ItemDataRole.DisplayRole else TIP_CHARS
        text = _cut(row.text, limit)
        value = (row.date, row.speaker, quoted(isolate(text), self.words), row.translation)[
            index.column()
        ]
        value = _cut(value, limit)
        if role == Qt.ItemDataRole.DisplayRole:
            return isolate(one_line(value))
        if value:
            # Escaped, so a "<b>" in the file is shown as written.
            return f"<p>{html.escape(isolate(value))}</p>"
        return None


class QuotePanel(QWidget):
    quoteActivated = Signal(int)
    """A quote was clicked: the index of its event."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[QuoteRow] = []
        self._shown: np.ndarray | None = None
        self._as_of: int | None = None
        self._held = 0
        self._timeline: Timeline | None = None
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._refilter)
        self.speaker = QComboBox()
        self.speaker.setMinimumContentsLength(18)
        self.speaker.currentIndexChanged.connect(self._refilter)
        self.all_quotes = QCheckBox()
        self.all_quotes.toggled.connect(self._refilter)
        self.count = QLabel()
        self.model = QuoteTable(self)
        self.table = QTableView()
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
        # Dates are alike: the first rows tell the column's width, and a
        # million-event file does not measure a hundred thousand at each filter.
        header.setResizeContentsPrecision(100)
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
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setAccessibleName(self.tr("Search the quotes"))
        self.search.setPlaceholderText(self.tr("Search the quotes…"))
        self.speaker.setAccessibleName(self.tr("Speaker"))
        if self.speaker.count():
            self.speaker.setItemText(0, self.tr("All speakers"))
        self.all_quotes.setText(self.tr("All quotes"))
        self.all_quotes.setToolTip(
            self.tr("List the quotes of every event, not only of those the filters show")
        )
        self.table.setAccessibleName(self.tr("Quotes"))
        self.model.retranslate()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_timeline(self, timeline: Timeline, lang: str, words: Words) -> None:
        """Every quote of `timeline`, in the data language `lang`, their dates
        in `words`' language; until `set_shown`, of every event."""
        if timeline is not self._timeline:
            self._shown = None
        self._timeline = timeline
        self._rows = quote_rows(timeline, lang, words)
        self.model.words = words
        chosen = self.speaker.currentData()
        self.speaker.blockSignals(True)
        self.speaker.clear()
        self.speaker.addItem(self.tr("All speakers"), None)
        for name, count in speakers(self._rows):
            self.speaker.addItem(f"{isolate(one_line(name))} ({translations.count(count)})", name)
        self.speaker.setCurrentIndex(max(self.speaker.findData(chosen), 0))
        self.speaker.blockSignals(False)
        self._refilter()

    def set_shown(self, shown: np.ndarray | None, as_of: int | None = None) -> None:
        """Follow the window's filter: `shown` is a bool per event (None: all);
        as known on the day `as_of`, quotes not yet public are held back, even
        with "All quotes" (they could not be read then)."""
        self._shown = shown
        self._as_of = as_of
        self._refilter()

    def shown(self) -> list[QuoteRow]:
        return self.model.rows

    def _refilter(self) -> None:
        shown = None if self.all_quotes.isChecked() else self._shown
        found = filter_quotes(self._rows, self.speaker.currentData(), self.search.text(), shown)
        rows = filter_quotes(found, as_of=self._as_of)
        self._held = len(found) - len(rows)
        self.model.set_rows(rows)
        self._show_count()

    def _show_count(self) -> None:
        text = self.tr("{shown} of %Ln quote(s)", "", len(self._rows)).format(
            shown=translations.count(len(self.model.rows))
        )
        if self._held:
            text += " · " + self.tr("%Ln not yet public", "quotes held back", self._held)
        self.count.setText(text)
        self.count.setToolTip(
            self.tr("Quotes whose source came out after the day shown are held back")
            if self._held
            else ""
        )

    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.quoteActivated.emit(self.model.rows[index.row()].event)
