"""Finding events: the toolbar's find field, the list of results, and the
folded index built away from the window's thread for big timelines.

The field reports what the user does (typed, Enter, Shift+Enter, Esc, ↓);
the panel lists the results the filters show (date, title, where it
matched, with the text around the match) and reports the one picked. The
main window runs the search (`frise.model.search`) and wires both. Cells show
file text as plain text.

The panel lives in a slim column: each result takes two lines, the title
with where it matched under it (and a span's end under its start), so no
column is pushed out of sight.
"""

from __future__ import annotations

import html
import logging

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from frise import translations
from frise.model.dates import format_span
from frise.model.i18n import SOURCE_WORDS, Words
from frise.model.schema import text_in
from frise.model.search import Match, SearchIndex, SearchState, describe_match
from frise.model.text import isolate
from frise.model.timeline import Timeline

log = logging.getLogger(__name__)
_ROOT = QModelIndex()
INDEX_IN_BACKGROUND = 20_000
"""Timelines with more events than this are indexed on a thread of their own."""
LINES_ROLE = Qt.ItemDataRole.UserRole
"""A cell's two lines: the date and a span's end; the title and where it matched."""
WHERE = 2
"""The column of where it matched: in the model, shown under the title."""
SHORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The second line cut to begin at the match, for when it is too long to show whole."""


class SearchField(QLineEdit):
    """Enter: next result; Shift+Enter: previous; Esc: clear; ↓: the list."""

    stepped = Signal(int)
    """Enter (1) or Shift+Enter (-1)."""
    cleared = Signal()
    toResults = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setObjectName("find")
        self.retranslate()
        self.setMinimumWidth(220)

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Find events (Ctrl+F)"))
        self.setAccessibleName(self.tr("Find events"))
        self.setAccessibleDescription(
            self.tr(
                "Words of titles, summaries, quotes, speakers, parties and sources, in "
                "either language. Enter: next result; Shift+Enter: previous; Escape: clear."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self.stepped.emit(-1 if shift else 1)
        elif key == Qt.Key.Key_Escape:
            self.clear()
            self.cleared.emit()
        elif key == Qt.Key.Key_Down:
            self.toResults.emit()
        else:
            super().keyPressEvent(event)


class ResultTable(QAbstractTableModel):
    """The results shown, one row each; where each matched is found only for
    the rows a view asks about."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.timeline: Timeline | None = None
        self.events = np.empty(0, np.int64)
        self.query_words: tuple[str, ...] = ()
        self.lang = "en"
        """The data's language: titles, and where it matched, in it first."""
        self.words: Words = SOURCE_WORDS
        """Frise's own words (dates), in the interface's language."""
        self._matches: dict[int, Match | None] = {}
        """Where each event matched, by event: found once per query, when a
        view first asks (a repaint, a hover or a filter asks again)."""
        self._found: dict[tuple[int, int, int], object] = {}
        """What a view is given of a cell that says where it matched, by
        event, column and role, for this query."""
        self._fixed: dict[tuple[int, int, int], object] = {}
        """The same for cells whatever the query (dates, titles): kept from one
        keystroke to the next, for this timeline and these languages."""
        self.field_names: dict[str, str] = {}
        self.headers: tuple[str, ...] = ()

    def set_results(
        self,
        timeline: Timeline | None,
        events: np.ndarray,
        query_words: tuple[str, ...],
        lang: str,
        words: Words = SOURCE_WORDS,
    ) -> None:
        self.beginResetModel()
        if timeline is not self.timeline or words is not self.words or lang != self.lang:
            self._fixed = {}
            self._matches, self._found = {}, {}
        elif query_words != self.query_words:
            self._matches, self._found = {}, {}
        self.timeline, self.events, self.query_words = timeline, events, query_words
        self.lang, self.words = lang, words
        self.endResetModel()

    def name_columns(self, headers: tuple[str, ...], field_names: dict[str, str]) -> None:
        """The words of the headers and of where a result matched (again
        after a change of language: the cells saying where are made anew)."""
        self.headers, self.field_names, self._found = headers, field_names, {}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)
        if len(self.events):
            last = self.index(len(self.events) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.events)

    def columnCount(self, parent=_ROOT) -> int:
        return 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def match_at(self, row: int) -> Match | None:
        event = int(self.events[row])
        if event not in self._matches:
            assert self.timeline is not None  # rows exist only with a timeline
            self._matches[event] = describe_match(self.timeline, event, self.query_words, self.lang)
        return self._matches[event]

    def text(self, row: int, column: int) -> str:
        assert self.timeline is not None
        event = self.timeline.events[int(self.events[row])]
        if column == 0:
            return format_span(event.date, event.end, self.words)
        if column == 1:
            return text_in(event.title, self.lang)
        match = self.match_at(row)
        if match is None:
            return ""
        where = self.field_names.get(match.field, match.field)
        return self.tr("{field}: {words}", "where a search matched, and its words").format(
            field=where, words=isolate(match.snippet)
        )

    def lines(self, row: int, column: int) -> tuple[str, str]:
        """What the panel shows of a cell, on two lines."""
        if column == 1:
            return self.text(row, 1), self.text(row, WHERE)
        assert self.timeline is not None
        event = self.timeline.events[int(self.events[row])]
        if column == 0 and event.end:
            return format_span(event.date, None, self.words), "– " + format_span(
                event.end, None, self.words
            )
        return self.text(row, column), ""

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.timeline is None:
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, LINES_ROLE, SHORT_ROLE):
            # Asked for on every repaint of every visible row: made once.
            found = column == WHERE or (column == 1 and role != Qt.ItemDataRole.DisplayRole)
            cache = self._found if found else self._fixed
            key = (int(self.events[row]), column, int(role))
            if key not in cache:
                cache[key] = self._shown(row, column, role)
            return cache[key]
        if role == Qt.ItemDataRole.ToolTipRole:
            # Escaped, so a "<b>" in the file is shown as written.
            return "".join(
                f"<p>{html.escape(line)}</p>" for line in self.lines(row, column) if line
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return "; ".join(line for line in self.lines(row, column) if line)
        return None

    def _shown(self, row: int, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column).replace("\n", " ")
        if role == LINES_ROLE:
            return tuple(line.replace("\n", " ") for line in self.lines(row, column))
        if column != 1:
            return None
        match = self.match_at(row)
        if match is None or match.start <= 1:
            return None
        where = self.field_names.get(match.field, match.field)
        text = self.tr("{field}: {words}", "where a search matched, and its words").format(
            field=where, words="…" + isolate(match.snippet[match.start :])
        )
        return text.replace("\n", " ")


class TwoLines(QStyledItemDelegate):
    """A cell's two lines (LINES_ROLE), each cut short with "…" to fit; the
    second in the muted colour, and, when too long, from where it matched
    (SHORT_ROLE) so the word found stays in sight."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        first, second = index.data(LINES_ROLE) or ("", "")
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        widget = item.widget
        style = widget.style() if widget is not None else None
        if style is None:
            return
        # The cell as Qt draws it (background, selection, focus), without text.
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, widget)
        box = box.adjusted(3, 2, -3, -2)
        metrics = item.fontMetrics
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if item.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        ink = item.palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = ink if selected else item.palette.color(group, QPalette.ColorRole.PlaceholderText)
        short = index.data(SHORT_ROLE)
        if short and metrics.horizontalAdvance(second) > box.width():
            second = short
        painter.save()
        painter.setFont(item.font)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextSingleLine
        for line, colour, top in ((first, ink, 0), (second, muted, metrics.lineSpacing())):
            if not line:
                continue
            painter.setPen(colour)
            text = metrics.elidedText(line, Qt.TextElideMode.ElideRight, box.width())
            painter.drawText(box.adjusted(0, top, 0, 0), int(flags), text)
        painter.restore()


class SearchPanel(QWidget):
    """The results of the search: a count, and a table of date, title and
    where it matched. Clicking a row, or Enter on it, picks that result."""

    resultActivated = Signal(int)
    """The position of the result picked, among those listed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.count = QLabel(self.tr("Type in the find field (Ctrl+F) to find events."))
        self.count.setWordWrap(True)
        self.model = ResultTable(self)
        self._name_columns()
        self.table = QTableView()
        self.table.setObjectName("results")
        self.table.setAccessibleName(self.tr("Search results"))
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setItemDelegate(TwoLines(self.table))
        self.table.setColumnHidden(WHERE, True)  # said under the title
        # Widths and heights set once, never from the contents: measuring
        # 100,000 rows on each keystroke would cost more than the search itself.
        metrics = self.table.fontMetrics()
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(2 * metrics.lineSpacing() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, metrics.horizontalAdvance("29 Sept 2024") + 16)
        self.table.clicked.connect(lambda index: self.resultActivated.emit(index.row()))
        self.table.activated.connect(lambda index: self.resultActivated.emit(index.row()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.count)
        layout.addWidget(self.table)

    def _name_columns(self) -> None:
        headers = (self.tr("Date"), self.tr("Title"), self.tr("Where it matched"))
        fields = {
            "title": self.tr("title"),
            "summary": self.tr("summary"),
            "quote": self.tr("quote"),
            "translation": self.tr("translation"),
            "speaker": self.tr("speaker"),
            "party": self.tr("party"),
            "source": self.tr("source"),
        }
        self.model.name_columns(headers, fields)

    def changeEvent(self, event: QEvent) -> None:
        # Where a result matched is said in the interface's language, after a switch too.
        if event.type() == QEvent.Type.LanguageChange:
            self._name_columns()
        super().changeEvent(event)

    def show_state(
        self,
        state: SearchState,
        timeline: Timeline | None,
        lang: str,
        words: Words = SOURCE_WORDS,
    ) -> None:
        """List the results the filters show, with the current one selected;
        the data in `lang`, dates in `words`."""
        query_words = state.results.words if state.results is not None else ()
        if (
            timeline is not self.model.timeline
            or lang != self.model.lang
            or words is not self.model.words
            or query_words != self.model.query_words
            or not np.array_equal(state.shown, self.model.events)
        ):
            self.model.set_results(timeline, state.shown, query_words, lang, words)
        self.count.setText(self.summary(state))
        if state.current is None:
            self.table.clearSelection()
        else:
            index = self.model.index(state.current, 0)
            self.table.selectRow(state.current)
            self.table.scrollTo(index)

    def show_indexing(self) -> None:
        self.count.setText(self.tr("Preparing the search…"))

    def summary(self, state: SearchState) -> str:
        if not state.active:
            return self.tr("Type in the find field (Ctrl+F) to find events.")
        shown = len(state.shown)
        if shown == 0 and not state.hidden:
            return self.tr("No event matches “{query}”.").format(query=state.query.strip())
        text = self.tr("%Ln event(s) match “{query}”.", "", shown).format(query=state.query.strip())
        if state.current is not None:
            text += " " + self.tr("Result {n} of %Ln.", "", shown).format(
                n=translations.count(state.current + 1)
            )
        if state.hidden:
            text += " " + self.tr("%Ln more hidden by the filters.", "", state.hidden)
        return text


class IndexJob(QThread):
    """Builds a timeline's search index on a thread of its own."""

    built = Signal(object, object)
    """The timeline, and its SearchIndex."""

    def __init__(self, timeline: Timeline, parent=None):
        super().__init__(parent)
        self.timeline = timeline

    def run(self) -> None:
        try:
            index = SearchIndex.build(self.timeline)
        except Exception:  # a bug of ours: the search stays unavailable, the window works
            log.exception("building the search index failed")
            return
        self.built.emit(self.timeline, index)
