"""The details panel: one event, what happened, who said what, and the
sources; or one party, what it is and its reply rhythm (a strip drawn by
`frise.scene.rhythm`, shown as a picture in the document).

The document is built with QTextCursor.insertText, which inserts text as it
is: a title or a quote containing "<b>" shows those characters, it is never
read as markup. Each string from the file is isolated (frise.model.text), so
no direction control in it can turn the panel's own words around. Links are
only the source URLs the loader accepted (http and https), shown with their
host in ASCII, links to other events by id and to the event's parties by
id (their description and reply rhythm); clicking one, or Tab to it and
Enter, is reported through a signal, the panel itself opens nothing.

An event shows at most DETAILS_CHARS characters and DETAILS_BLOCKS paragraphs
(an event of 5,000 long quotes once froze the window for a minute); past
that, a "Show all" link shows the rest, up to SHOW_ALL_CHARS.
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
    QTextImageFormat,
)
from PySide6.QtWidgets import QTextBrowser

from frise.model.asof import Known, known_parts
from frise.model.dates import PartialDate, date_of_day, format_span, parse_date
from frise.model.filters import FilteredTimeline
from frise.model.i18n import Words, certainty_name, kind_name, quoted, relation_name, with_names
from frise.model.rhythm import REPLY, Rhythm, party_rhythm, reply_of, reply_sentence, rhythm_summary
from frise.model.schema import Event, Source, text_in
from frise.model.sourcing import AGGREGATOR, PRESS, PRIMARY, outlets
from frise.model.text import address, address_note, isolate, shown_address
from frise.model.threads import REVERSE, Link, relation_graph
from frise.model.timeline import Timeline
from frise.scene.rhythm import HEIGHT_PX, rhythm_image
from frise.scene.theme import LIGHT, Theme
from frise.ui.links import is_web_address

EVENT_SCHEME = "frise-event"
PARTY_SCHEME = "frise-party"
SHOW_ALL = "frise-show-all"
DETAILS_CHARS = 20_000
DETAILS_BLOCKS = 300
SHOW_ALL_CHARS = 400_000
SHOW_ALL_BLOCKS = 20_000
RHYTHM_URL = QUrl("frise-rhythm:strip")
"""The name the reply-rhythm picture is kept under in the document."""


def is_web_url(url: QUrl) -> bool:
    return url.scheme().lower() in ("http", "https") and bool(url.host())


def _host(url: str | None) -> str:
    """The host of a source's address, in ASCII (punycode) so a look-alike name
    cannot pass for another; "" if there is no address."""
    return QUrl(url).host(QUrl.ComponentFormattingOption.FullyEncoded) if url else ""


class DetailsPanel(QTextBrowser):
    linkActivated = Signal(str)
    """A source link was clicked: its address as the file gives it (http or https)."""
    addressHovered = Signal(str)
    """The mouse is over a source link: its address as Frise shows it ("" when it leaves)."""
    eventRequested = Signal(str)
    """A related event was clicked (its id)."""
    partyRequested = Signal(str)
    """One of the event's parties was clicked (its id)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.anchorClicked.connect(self._clicked)
        self.highlighted.connect(self._hovered)
        self._addresses: dict[str, str] = {}
        """The links' targets, as written in the file, by their anchor."""
        self._shown: tuple | None = None
        """What the last show_event showed, to show it again in whole."""
        self._words: Words | None = None
        self.event_index: int | None = None
        self.party_index: int | None = None
        self._party_shown: tuple | None = None
        """What `show_party` was given, to draw the strip again at a new width."""
        self._strip_px = 0
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
        self.event_index = self.party_index = self._party_shown = None
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
        whole: bool = False,
    ) -> None:
        """Show event `index`, its text in the data language `lang`, Frise's
        words in `words`' language; as `filtered` shows it: as known on its
        day (later sources and quotes held back), its sources counted then.
        A long event is cut (`whole`: shown up to SHOW_ALL_CHARS)."""
        whole = whole and self._shown is not None and self._shown[:2] == (timeline, index)
        self._shown = (timeline, index, lang, words, filtered)
        self._words = words
        self.event_index, self.party_index, self._party_shown = index, None, None
        event = timeline.events[index]
        document = QTextDocument(self)
        document.setDocumentMargin(10)
        cursor = QTextCursor(document)
        as_of = filtered.filter.as_of if filtered is not None else None
        self._addresses = {}
        writer = _Writer(cursor, timeline, lang, words, self.theme)
        writer.addresses = self._addresses
        if whole:
            writer.chars, writer.blocks = SHOW_ALL_CHARS, SHOW_ALL_BLOCKS
        writer.known = known_parts(event, int(timeline.public_day[index]), as_of)
        writer.as_of = as_of
        writer.event(event)
        if writer.cut:
            writer.say_cut(whole)
        self.setDocument(document)
        self.verticalScrollBar().setValue(0)

    def show_party(
        self,
        timeline: Timeline,
        party: int,
        lang: str,
        words: Words,
        filtered: FilteredTimeline | None = None,
    ) -> None:
        """Show party `party`: its name, description and how many events it
        has, then its reply rhythm (as known on `filtered`'s day: later
        events and replies left out)."""
        self.event_index, self.party_index = None, party
        self._party_shown = (timeline, party, lang, words, filtered)
        as_of = filtered.filter.as_of if filtered is not None else None
        rhythm = party_rhythm(timeline, party, as_of)
        document = QTextDocument(self)
        document.setDocumentMargin(10)
        color = QColor(timeline.colors[party])
        width = self._strip_px = self.strip_width()
        image = rhythm_image(rhythm, self.theme, color, words, width, self.devicePixelRatioF())
        document.addResource(QTextDocument.ResourceType.ImageResource, RHYTHM_URL, image)
        self._shown, self._words, self._addresses = None, words, {}
        writer = _Writer(QTextCursor(document), timeline, lang, words, self.theme)
        writer.as_of = as_of
        writer.party(party, rhythm, width)
        self.setDocument(document)
        self.verticalScrollBar().setValue(0)

    def strip_width(self) -> int:
        """The rhythm strip's width: the text's, within reason."""
        return max(200, min(self.viewport().width() - 2 * 10 - 8, 640))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._party_shown is not None:
            image = self.document().resource(QTextDocument.ResourceType.ImageResource, RHYTHM_URL)
            if (
                image is not None
                and abs(image.width() / image.devicePixelRatio() - self.strip_width()) > 8
            ):
                scroll = self.verticalScrollBar().value()
                self.show_party(*self._party_shown)
                self.verticalScrollBar().setValue(scroll)

    def plain_text(self) -> str:
        return self.document().toPlainText()

    def show_all(self) -> None:
        """Show the last event shown in whole (up to SHOW_ALL_CHARS)."""
        if self._shown is not None:
            timeline, index, lang, words, filtered = self._shown
            self.show_event(timeline, index, lang, words, filtered, whole=True)

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == EVENT_SCHEME:
            self.eventRequested.emit(url.path())
        elif url.scheme() == PARTY_SCHEME:
            self.partyRequested.emit(url.path())
        elif url.scheme() == SHOW_ALL:
            self.show_all()
        elif is_web_url(url):
            anchor = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
            self.linkActivated.emit(self._addresses.get(anchor, anchor))

    def _hovered(self, url: QUrl) -> None:
        anchor = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
        target = self._addresses.get(anchor)
        if target is None or self._words is None:
            self.addressHovered.emit("")
        else:
            self.addressHovered.emit(shown_address(target, self._words))


class _Writer:
    """Writes one event into a document, section by section."""

    def __init__(
        self,
        cursor: QTextCursor,
        timeline: Timeline,
        lang: str,
        words: Words,
        theme: Theme,
    ):
        self.cursor, self.timeline, self.lang, self.words = cursor, timeline, lang, words
        self.theme = theme
        self.first_block = True
        self.known: Known | None = None
        """What of the event was out on the day shown (None: all of it)."""
        self.as_of: int | None = None
        self.addresses: dict[str, str] = {}
        self.chars, self.blocks = DETAILS_CHARS, DETAILS_BLOCKS
        """What may still be written: characters and paragraphs."""
        self.cut = False
        """Set once something was left out for want of room."""

    def say_cut(self, whole: bool) -> None:
        """After a cut event: that something is missing, and a link to show it all."""
        self.cut, self.chars, self.blocks = False, 1000, 10
        words = self.words
        self.block(top=12)
        if whole:
            self.write(
                words.tr("The rest of this event is too long to show here."),
                _char(color=self.theme.muted, italic=True),
            )
            return
        self.write(
            words.tr("This event is long: not all of it is shown.") + " ",
            _char(color=self.theme.muted, italic=True),
        )
        fmt = _char(color=self.theme.select)
        fmt.setAnchor(True)
        fmt.setAnchorHref(f"{SHOW_ALL}:event")
        fmt.setFontUnderline(True)
        self.cursor.insertText(words.tr("Show all"), fmt)

    def block(self, top: float = 0, left: float = 0) -> None:
        if self.blocks <= 0:
            self.cut = True
            return
        self.blocks -= 1
        fmt = QTextBlockFormat()
        fmt.setTopMargin(top)
        fmt.setLeftMargin(left)
        if self.first_block:
            self.cursor.setBlockFormat(fmt)
            self.first_block = False
        else:
            self.cursor.insertBlock(fmt)

    def write(self, text: str, fmt: QTextCharFormat | None = None) -> None:
        """`text` as one unit (isolated: a string from the file cannot turn
        what follows around), within what may still be written."""
        if self.blocks <= 0 or self.chars <= 0:
            self.cut = True
            return
        if len(text) > self.chars:
            self.cut = True
            text = text[: self.chars] + "…"
        self.chars -= len(text)
        self.cursor.insertText(isolate(text), fmt or _char())

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
        self.replies(event)
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
            between = words.tr("; ", "between the items of a list")
            self.write(" " + words.tr("— through") + " " if k == 0 else between)
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
            names = ", ".join(
                isolate(self.timeline.party_name(p, self.lang)) for p in event.claimed_by
            )
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
            self.link(self.timeline.party_name(party, self.lang), None, party_id=party)

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
            if self.cut:
                break
            self.block(top=8)
            self.write(self.timeline.party_name(quote.speaker, self.lang), _char(bold=True))
            self.write(f"  ({quote.lang})", _char(color=self.theme.muted, size=9))
            self.block(top=2, left=12)
            self.write(quoted(isolate(quote.text), words), _char(italic=True))
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
                label = words.tr("source {n}: {name}").format(
                    n=quote.source + 1, name=isolate(name)
                )
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
                    ).format(name=isolate(outlet.name)),
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
            if self.cut:
                break
            self.source(n, source)
        if known.held_sources:
            self.block(top=10)
            self.write(
                words.tr("Published after {date}, held back:").format(date=self.day()),
                _char(color=self.theme.muted, italic=True),
            )
            for k in known.held_sources:
                if self.cut:
                    break
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
                isolate(source.publisher) if source.title and source.publisher else None,
                parse_date(source.date).format(words) if source.date else None,
                with_names(
                    words.tr("carrying {name}", "a copy of another outlet's report"),
                    words,
                    name=isolate(source.original),
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
            found = address(source.url)
            self.link(found.shown, source.url)
            note = address_note(found, words)
            if note:  # beside the link, not in it: what is clicked is the address alone
                self.write(f" ({note})", _char(color=self.theme.muted))

    def is_public(self, event: int) -> bool:
        """Whether event `event` was public on the day shown (always, with none)."""
        return self.as_of is None or int(self.timeline.public_day[event]) <= self.as_of

    def _links(self, event: Event) -> list[tuple[bool, Link]]:
        """The links of `event` to events public on the day shown, those it
        states first: (whether it states it, the link)."""
        index = self.timeline.event_index[event.id]
        return [
            (link.source == index, link)
            for link in relation_graph(self.timeline).links_of(index)
            if self.is_public(link.target if link.source == index else link.source)
        ]

    def replies(self, event: Event) -> None:
        """Who replied and how long after, right under the facts: what this
        event answers ("OpenAI replied 5 days after: …"), then who answered
        it ("OpenAI replied 5 days later: …")."""
        for states, link in self._links(event):
            if link.relation != REPLY:
                continue
            reply = reply_of(self.timeline, link.source, link.target)
            other = self.timeline.events[link.target if states else link.source]
            self.block(top=4)
            sentence = reply_sentence(self.timeline, reply, self.lang, self.words, states)
            self.write(sentence + " ", _char(bold=True))
            self.link(text_in(other.title, self.lang), None, event_id=other.id)
            self.write(
                f" ({format_span(other.date, other.end, self.words)})",
                _char(color=self.theme.muted),
            )

    def related(self, event: Event) -> None:
        """The other relations both ways (replies are said under the facts)."""
        words = self.words
        links = [(states, link) for states, link in self._links(event) if link.relation != REPLY]
        if not links:
            return
        self.heading(words.tr("Related"))
        for states, link in links:
            if self.cut:
                break
            other = self.timeline.events[link.target if states else link.source]
            relation = link.relation if states else REVERSE[link.relation]
            label = words.tr("{relation}:").format(relation=relation_name(relation, words))
            self.block(top=4)
            self.write(label + " ", _char(color=self.theme.muted))
            self.link(text_in(other.title, self.lang), None, event_id=other.id)
            self.write(
                f" ({format_span(other.date, other.end, words)})", _char(color=self.theme.muted)
            )

    def party(self, party: int, rhythm: Rhythm, width: int) -> None:
        """A party: name, description, events; its reply rhythm, a strip and
        each reply (its date, how long after what it answers)."""
        words, timeline, lang = self.words, self.timeline, self.lang
        entry = timeline.parties[party]
        name = text_in(entry.name, lang)
        self.block()
        self.write("● ", _char(size=15, color=self.theme.edge(QColor(timeline.colors[party]))))
        self.write(name, _char(bold=True, size=15))
        count = sum(
            entry.id in e.parties and self.is_public(i) for i, e in enumerate(timeline.events)
        )
        self.block(top=4)
        self.write(
            words.tr("%n event(s)", "a party's events", count), _char(color=self.theme.muted)
        )
        if entry.description:
            self.block(top=10)
            self.write(text_in(entry.description, lang))
        self.heading(words.tr("Reply rhythm"))
        self.block(top=4)
        self.write(
            words.tr("Each of its replies at its date, as tall as how long it took."),
            _char(color=self.theme.muted),
        )
        if self.as_of is not None:
            self.block(top=2)
            self.write(
                words.tr("As known on {date}: later replies are left out.").format(date=self.day()),
                _char(color=self.theme.muted, italic=True),
            )
        if not rhythm.replies:
            self.block(top=8)
            self.write(
                words.tr("No event of {party} is marked as a reply to another.").format(
                    party=isolate(name)
                ),
                _char(italic=True),
            )
            return
        self.block(top=8)
        image = QTextImageFormat()
        image.setName(RHYTHM_URL.toString())
        image.setWidth(width)
        image.setHeight(HEIGHT_PX)
        self.cursor.insertImage(image)
        self.block(top=6)
        self.write(rhythm_summary(rhythm, words), _char(bold=True))
        shown = None
        for reply in rhythm.replies:
            if reply.reply != shown:  # an event answering several is listed once
                shown = reply.reply
                answer = timeline.events[reply.reply]
                self.block(top=8)
                self.link(text_in(answer.title, lang), None, event_id=answer.id)
                self.write(
                    f" ({format_span(answer.date, answer.end, words)})",
                    _char(color=self.theme.muted),
                )
            answered = timeline.events[reply.answered]
            self.block(top=2, left=12)
            sentence = reply_sentence(timeline, reply, lang, words, on_reply=True)
            self.write(sentence + " ", _char(color=self.theme.muted))
            self.link(text_in(answered.title, lang), None, event_id=answered.id)

    def link(
        self, text: str, url: str | None, event_id: str | None = None, party_id: str | None = None
    ) -> None:
        if event_id is not None or party_id is not None:
            href = QUrl()
            href.setScheme(EVENT_SCHEME if event_id is not None else PARTY_SCHEME)
            href.setPath(event_id if event_id is not None else party_id or "")
        elif url:
            href = QUrl(url)
            if not is_web_url(href) or not is_web_address(url):
                self.write(text)
                return
        else:
            self.write(text)
            return
        fmt = _char(color=self.theme.select)
        fmt.setAnchor(True)
        anchor = href.toString(QUrl.ComponentFormattingOption.FullyEncoded)
        if url:
            self.addresses[anchor] = url
        fmt.setAnchorHref(anchor)
        fmt.setFontUnderline(True)
        self.write(text, fmt)


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
