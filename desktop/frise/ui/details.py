"""The details panel: one event, what happened, who said what, and the sources.

The document is built with QTextCursor.insertText, which inserts text as it
is: a title or a quote containing "<b>" shows those characters, it is never
read as markup. Links are only the source URLs the loader accepted (http and
https) and links to other events by id; clicking one is reported through a
signal, the panel itself opens nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextBrowser

from frise.model.asof import Known, known_parts
from frise.model.dates import PartialDate, date_of_day, format_span, parse_date
from frise.model.filters import FilteredTimeline
from frise.model.i18n import Words, certainty_name, kind_name, relation_name
from frise.model.schema import Event, Source, text_in
from frise.model.sourcing import AGGREGATOR, PRESS, PRIMARY, outlets
from frise.model.timeline import Timeline
from frise.scene.theme import LIGHT, Theme

EVENT_SCHEME = "frise-event"


def is_web_url(url: QUrl) -> bool:
    return url.scheme().lower() in ("http", "https") and bool(url.host())


def _host(url: str | None) -> str:
    """The host of a source's address, in ASCII (punycode) so a look-alike name
    cannot pass for another; "" if there is no address."""
    return QUrl(url).host(QUrl.ComponentFormattingOption.FullyEncoded) if url else ""


class DetailsPanel(QTextBrowser):
    linkActivated = Signal(QUrl)
    """A source link was clicked (always http or https)."""
    eventRequested = Signal(str)
    """A related event was clicked (its id)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.anchorClicked.connect(self._clicked)
        self._timeline: Timeline | None = None
        self._answered_by: dict[str, list[tuple[str, str]]] = {}
        self.event_index: int | None = None
        self.setMinimumWidth(260)
        self.theme = LIGHT
        self.set_theme(LIGHT)

    def set_theme(self, theme: Theme) -> None:
        """Draw on the theme's paper, in its inks (the next event shown)."""
        self.theme = theme
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, theme.paper)
        palette.setColor(QPalette.ColorRole.Text, theme.ink)
        self.setPalette(palette)

    def show_nothing(self, words: Words) -> None:
        self.event_index = None
        document = QTextDocument(self)
        cursor = QTextCursor(document)
        cursor.insertText(
            words.tr("Click an event to read what happened, who said what, and the sources."),
            _char(color=self.theme.muted),
        )
        self.setDocument(document)

    def show_event(
        self,
        timeline: Timeline,
        index: int,
        lang: str,
        words: Words,
        filtered: FilteredTimeline | None = None,
    ) -> None:
        """Show event `index`, its text in the data language `lang`, Frise's
        words in `words`' language; as `filtered` shows it: as known on its
        day (later sources and quotes held back), its sources counted then."""
        if timeline is not self._timeline:
            self._timeline = timeline
            self._answered_by = _reverse_links(timeline)
        self.event_index = index
        event = timeline.events[index]
        document = QTextDocument(self)
        document.setDocumentMargin(10)
        cursor = QTextCursor(document)
        as_of = filtered.filter.as_of if filtered is not None else None
        writer = _Writer(cursor, timeline, lang, words, self._answered_by, self.theme)
        writer.known = known_parts(event, int(timeline.public_day[index]), as_of)
        writer.as_of = as_of
        writer.event(event)
        self.setDocument(document)
        self.verticalScrollBar().setValue(0)

    def plain_text(self) -> str:
        return self.document().toPlainText()

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == EVENT_SCHEME:
            self.eventRequested.emit(url.path())
        elif is_web_url(url):
            self.linkActivated.emit(url)


class _Writer:
    """Writes one event into a document, section by section."""

    def __init__(
        self,
        cursor: QTextCursor,
        timeline: Timeline,
        lang: str,
        words: Words,
        answered_by: dict[str, list[tuple[str, str]]],
        theme: Theme,
    ):
        self.cursor, self.timeline, self.lang, self.words = cursor, timeline, lang, words
        self.theme = theme
        self.answered_by = answered_by
        self.first_block = True
        self.known: Known | None = None
        """What of the event was out on the day shown (None: all of it)."""
        self.as_of: int | None = None

    def block(self, top: float = 0, left: float = 0) -> None:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(top)
        fmt.setLeftMargin(left)
        if self.first_block:
            self.cursor.setBlockFormat(fmt)
            self.first_block = False
        else:
            self.cursor.insertBlock(fmt)

    def write(self, text: str, fmt: QTextCharFormat | None = None) -> None:
        self.cursor.insertText(text, fmt or _char())

    def heading(self, text: str) -> None:
        self.block(top=12)
        self.write(text.upper(), _char(bold=True, size=9, color=self.theme.muted))

    def event(self, event: Event) -> None:
        lang, words = self.lang, self.words
        self.block()
        self.write(text_in(event.title, lang), _char(bold=True, size=15))
        self.block(top=4)
        facts = [format_span(event.date, event.end, words)]
        if event.kind:
            facts.append(kind_name(event.kind, words))
        self.write(" · ".join(facts), _char(color=self.theme.muted))
        self.certainty(event)
        self.parties(event)
        if event.revealed:
            self.revealed(event)
        if event.summary:
            self.block(top=10)
            self.write(text_in(event.summary, lang))
        known = self.known or known_parts(event, 0, None)
        if event.quotes:
            self.quotes(event, known)
        if event.sources:
            self.sources(event, known)
        self.related(event)

    def revealed(self, event: Event) -> None:
        """When it became public, and through which event of the timeline."""
        self.block(top=4)
        words = self.words
        self.write(words.tr("Made public:") + " ", _char(bold=True))
        self.write(
            words.tr("{date}, later than it happened").format(
                date=parse_date(event.revealed).format(words)
            )
        )
        index = self.timeline.event_index[event.id]
        for k, other in enumerate(self.timeline.revealed_by(index)):
            self.write(" " + words.tr("— through") + " " if k == 0 else "; ")
            self.link(
                text_in(self.timeline.events[other].title, self.lang),
                None,
                event_id=self.timeline.events[other].id,
            )

    def certainty(self, event: Event) -> None:
        self.block(top=4)
        words = self.words
        self.write(words.tr("Certainty:") + " ", _char(bold=True))
        self.write(certainty_name(event.certainty, words))
        if event.claimed_by:
            names = ", ".join(self.timeline.party_name(p, self.lang) for p in event.claimed_by)
            self.write(" " + words.tr("(claimed by {names})").format(names=names))

    def parties(self, event: Event) -> None:
        self.block(top=4)
        words = self.words
        self.write(words.tr("Parties:") + " ", _char(bold=True))
        for k, party in enumerate(event.parties):
            if k:
                self.write("  ")
            color = self.theme.edge(QColor(self.timeline.colors[self.timeline.party_index[party]]))
            self.write("● ", _char(color=color))
            self.write(self.timeline.party_name(party, self.lang))

    def quotes(self, event: Event, known: Known) -> None:
        words = self.words
        self.heading(words.tr("Who said what"))
        if known.held_quotes:
            self.block(top=4)
            self.write(
                words.tr(
                    "%n quote(s) from sources published after {date} held back.",
                    "",
                    len(known.held_quotes),
                ).format(date=self.day()),
                _char(color=self.theme.muted, italic=True),
            )
        for quote in (event.quotes[k] for k in known.quotes):
            self.block(top=8)
            self.write(self.timeline.party_name(quote.speaker, self.lang), _char(bold=True))
            self.write(f"  ({quote.lang})", _char(color=self.theme.muted, size=9))
            self.block(top=2, left=12)
            self.write(f"“{quote.text}”", _char(italic=True))
            translation = text_in(quote.translation, self.lang) if quote.translation else ""
            if translation and quote.lang != self.lang:
                self.block(top=2, left=12)
                self.write(words.tr("Translation:") + " ", _char(color=self.theme.muted, bold=True))
                self.write(translation, _char(color=self.theme.muted))
            if quote.source is not None:
                source = event.sources[quote.source]
                self.block(top=2, left=12)
                self.write("— ", _char(color=self.theme.muted))
                name = source.publisher or _host(source.url) or source.title or ""
                label = words.tr("source {n}: {name}").format(n=quote.source + 1, name=name)
                self.link(label, source.url)

    def day(self) -> str:
        """The day shown, at day precision ("5 Mar 2024")."""
        if self.as_of is None:
            return ""
        date = date_of_day(self.as_of)
        return PartialDate(date.year, date.month, date.day).format(self.words)

    def sourcing(self, event: Event, known: Known) -> None:
        """How well sourced: independent outlets by type, copies counted once,
        and a warning when it rests on one source or on aggregators only."""
        words = self.words
        found = outlets(event, known.sources)
        by_type = [sum(o.type == kind for o in found) for kind in (PRIMARY, PRESS, AGGREGATOR)]
        names = (
            words.tr("%n primary", "independent sources of this type", by_type[0]),
            words.tr("%n press", "independent sources of this type", by_type[1]),
            words.tr("%n aggregator(s)", "independent sources of this type", by_type[2]),
        )
        parts = [name for name, count in zip(names, by_type, strict=True) if count]
        self.block(top=4)
        summary = words.tr("%n independent source(s)", "", len(found))
        if parts:
            summary = words.tr("{count}: {parts}", "sources by type").format(
                count=summary, parts=", ".join(parts)
            )
        self.write(summary, _char(bold=True))
        for outlet in found:
            if len(outlet.sources) > 1:
                self.block(top=2, left=12)
                self.write(
                    words.tr(
                        "{name}: %n copies counted as one source", "", len(outlet.sources)
                    ).format(name=outlet.name),
                    _char(color=self.theme.muted),
                )
        warning = None
        if len(found) <= 1:
            warning = (
                words.tr("This event rests on a single source.")
                if found
                else words.tr("No source was public yet.")
            )
        elif by_type[2] == len(found):
            warning = words.tr("Only aggregators report this event.")
        if warning:
            self.block(top=2, left=12)
            self.write(warning, _char(color=self.theme.meter_weak))

    def sources(self, event: Event, known: Known) -> None:
        words = self.words
        self.heading(words.tr("Sources"))
        self.sourcing(event, known)
        for n, source in ((k + 1, event.sources[k]) for k in known.sources):
            self.source(n, source)
        if known.held_sources:
            self.block(top=10)
            self.write(
                words.tr("Published after {date}, held back:").format(date=self.day()),
                _char(color=self.theme.muted, italic=True),
            )
            for k in known.held_sources:
                self.source(k + 1, event.sources[k], muted=True)

    def source(self, n: int, source: Source, muted: bool = False) -> None:
        """One source; `muted`, one held back (published after the day shown)."""
        color = self.theme.muted if muted else None
        words = self.words
        types = {
            "primary": words.tr("primary source", "type of a source"),
            "press": words.tr("press", "type of a source"),
            "aggregator": words.tr("aggregator", "type of a source"),
        }
        self.block(top=6)
        self.write(f"{n}. ", _char(bold=True, color=color))
        # A source without a headline is named by its outlet, else its address's host.
        name = source.title or source.publisher or _host(source.url)
        self.write(name, _char(bold=True, color=color))
        extra = [
            x
            for x in (
                source.publisher if source.title else None,
                parse_date(source.date).format(words) if source.date else None,
                words.tr("carrying {name}", "a copy of another outlet's report").format(
                    name=source.original
                )
                if source.original
                else None,
                types.get(source.type) if source.type else None,
            )
            if x
        ]
        if extra:
            self.write(f" — {', '.join(extra)}", _char(color=self.theme.muted))
        if source.url:
            self.block(top=1, left=16)
            self.link(source.url, source.url)

    def related(self, event: Event) -> None:
        words = self.words
        links = [(relation_name(r.relation, words), r.event) for r in event.related]
        links += [
            (relation_name(kind, words), other)
            for kind, other in self.answered_by.get(event.id, ())
        ]
        if not links:
            return
        self.heading(words.tr("Related"))
        for label, other_id in links:
            index = self.timeline.event_index.get(other_id)
            if index is None:
                continue
            other = self.timeline.events[index]
            self.block(top=4)
            self.write(
                words.tr("{relation}:").format(relation=label) + " ", _char(color=self.theme.muted)
            )
            self.link(text_in(other.title, self.lang), None, event_id=other.id)
            self.write(
                f" ({format_span(other.date, other.end, words)})", _char(color=self.theme.muted)
            )

    def link(self, text: str, url: str | None, event_id: str | None = None) -> None:
        if event_id is not None:
            href = QUrl()
            href.setScheme(EVENT_SCHEME)
            href.setPath(event_id)
        elif url:
            href = QUrl(url)
            if not is_web_url(href):
                self.write(text)
                return
        else:
            self.write(text)
            return
        fmt = _char(color=self.theme.select)
        fmt.setAnchor(True)
        fmt.setAnchorHref(href.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        fmt.setFontUnderline(True)
        self.write(text, fmt)


_REVERSE = {
    "responds-to": "responded-by",
    "amends": "amended-by",
    "withdraws": "withdrawn-by",
    "follows": "followed-by",
}


def _reverse_links(timeline: Timeline) -> dict[str, list[tuple[str, str]]]:
    """Per event id: the events that point at it, and how (as seen from it)."""
    reverse: dict[str, list[tuple[str, str]]] = {}
    for event in timeline.events:
        for link in event.related:
            reverse.setdefault(link.event, []).append((_REVERSE[link.relation], event.id))
    return reverse


def _char(
    bold: bool = False, italic: bool = False, size: float | None = None, color: QColor | None = None
) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontItalic(italic)
    if size:
        fmt.setFontPointSize(size)
    if color is not None:
        fmt.setForeground(color)
    return fmt
