"""Exports: the timeline as a picture (PNG, SVG, PDF, a printer, the clipboard).

One function lays a picture out (`layout_picture`); the formats differ only
in the paint device the one renderer draws it on: a QImage for PNG and the
clipboard, a QSvgGenerator for SVG, a QPdfWriter for PDF, a QPrinter for
print. A picture is laid out for reading, not for a screen: by default it
shows the whole filtered range (folded where time is quiet), and its height
grows until every lane has the rows its titles need (within
EXPORT_SIZE_LIMITS); what still cannot be told apart is numbered and listed
in a key under the lanes. SVG keeps text as `<text>`; the PDF's text is
selectable, and its last pages list the sources of the events shown (at
most SOURCES_MAX_EVENTS of them: 10,000 events took 346 pages).
Files are written beside the target and renamed into place, so a failed
write never leaves half a file.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSize,
    QSizeF,
)
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtSvg import QSvgGenerator

from frise import translations
from frise.fileio import write_atomically
from frise.model.asof import known_parts, newly_public
from frise.model.claims import ViewMode
from frise.model.dates import PartialDate, date_of_day, format_span, parse_date
from frise.model.filters import Filter, FilteredTimeline, apply_filter
from frise.model.folding import time_scale
from frise.model.i18n import quoted, with_names
from frise.model.limits import DEFAULT_WIDTH, EXPORT_SCALES, EXPORT_SIZE_LIMITS, MAX_EXPORT_PIXELS
from frise.model.rows import fit_rows, lane_height
from frise.model.schema import text_in
from frise.model.text import isolate, one_line, shown_address
from frise.model.timeline import Timeline
from frise.model.timescale import Viewport, fit, show_range
from frise.scene.fonts import font
from frise.scene.frame import NO_HIGHLIGHT, Frame, Highlight, Scene, lanes_top, plot_width
from frise.scene.key import build_key
from frise.scene.renderer import Renderer
from frise.scene.theme import LIGHT, THEMES, Theme

PICTURE_FORMATS = ("png", "svg", "pdf")
EXPORT_MAX_ROWS = 40
"""Rows a lane of an exported picture may take: enough for every title."""
PDF_DPI = 96
"""The PDF's units: at 96 per inch, a pixel of the picture is a unit of the page."""
SOURCES_MAX_EVENTS = 300
"""Events whose sources a PDF or a print lists (about ten to forty pages);
a line says how many more the picture shows."""


class ExportError(Exception):
    pass


@dataclass(eq=False)
class Picture:
    """A timeline laid out as a picture, ready to paint on any device."""

    renderer: Renderer
    frame: Frame
    highlight: Highlight = NO_HIGHLIGHT
    """What is drawn emphasised: as known on a day, what became public that day."""

    @property
    def width(self) -> int:
        return int(self.frame.width)

    @property
    def height(self) -> int:
        return int(self.frame.height)

    def paint(self, painter: QPainter) -> None:
        self.renderer.paint(painter, self.frame, self.highlight)


def export_scene(
    filtered: FilteredTimeline,
    width: int,
    lang: str = "en",
    folded: bool = True,
    view: Viewport | None = None,
    meter: bool = True,
    *,
    words_lang: str | None = None,
) -> Scene:
    """What a picture `width` wide shows: the whole filtered range, or the
    days of `view` (the window's), each with its own folds."""
    scale, domain = time_scale(filtered, plot_width(width), folded)
    if view is None:
        shown = fit(domain, plot_width(width), scale)
    else:
        # The window's folds are sized for its own width.
        scale, domain = view.scale, (min(domain[0], view.day0), max(domain[1], view.day1))
        shown = show_range(view.day0, view.day1, plot_width(width), domain, 0.0, scale)
    return Scene(
        filtered, shown, lang, domain=domain, still=True, meter=meter, words_lang=words_lang
    )


def layout_picture(
    filtered: FilteredTimeline,
    width: int = DEFAULT_WIDTH,
    height: int | None = None,
    lang: str = "en",
    folded: bool = True,
    view: Viewport | None = None,
    vector: bool = False,
    meter: bool = True,
    highlight: Highlight = NO_HIGHLIGHT,
    *,
    words_lang: str | None = None,
    theme: Theme = LIGHT,
) -> Picture:
    """Lay the filtered timeline out as a picture `width` pixels wide: as tall
    as every title needs, or `height` if given (lanes then give up rows).
    `highlight` is what the window emphasises (the selected event, what a
    search finds, relations as arcs), drawn the same; arcs say their relation
    and delay, since a picture cannot be hovered."""
    _ensure_gui()
    if not len(filtered.events):
        raise ExportError(
            QCoreApplication.translate("Export", "nothing to export: no event {filter}").format(
                filter=describe(filtered.filter)
            )
        )
    renderer = Renderer(theme, vector=vector)
    scene = export_scene(filtered, width, lang, folded, view, meter, words_lang=words_lang)
    top = lanes_top(True)
    limit = EXPORT_SIZE_LIMITS[1] if height is None else height
    count = len(scene.filtered.lanes)
    least = top + count * lane_height(1)  # every lane at one row, its name aside
    if least > limit + 0.5:  # said at once: laying out 10,000 lanes takes seconds
        raise _too_tall(limit, count, int(least + 0.999))
    wanted = renderer.wanted_rows(scene, width, scene.view, EXPORT_MAX_ROWS)
    names = renderer.name_heights(scene)
    below = 0.0  # room kept under the lanes for the key
    while True:
        rows = fit_rows(wanted, limit - top - below, heights=names)
        lanes = renderer.lanes_height(scene, rows)
        if top + lanes + below > limit + 0.5:
            raise _too_tall(limit, len(rows), int(top + lanes + below + 0.999))
        frame = renderer.layout(scene, width, top + lanes, header=True, rows=rows)
        key = build_key(frame)
        key.trim(limit - top - lanes)
        if below or key.height <= limit - top - lanes + 0.5:
            break
        # Not even the key's heading and its count fit: lanes give up rows for it.
        below = key.height
    frame.key = key
    needed = min(int(top + lanes + key.height + 0.999), int(limit))  # a fraction of a px over
    frame.height = float(height if height is not None else needed)
    highlight = replace(highlight, hovered=None, hovered_arc=None, labelled_arcs=True)
    as_of = filtered.filter.as_of
    if as_of is not None:
        fresh = frozenset(newly_public(filtered.timeline, as_of - 1, as_of).tolist())
        highlight = replace(highlight, fresh=fresh)
    return Picture(renderer, frame, highlight)


def _too_tall(limit: float, lanes: int, needed: int) -> ExportError:
    if needed > EXPORT_SIZE_LIMITS[1]:
        return ExportError(
            QCoreApplication.translate(
                "Export",
                "{lanes} lanes need a picture at least {needed} px tall, taller than "
                "the {limit} px Frise makes; show fewer parties",
            ).format(
                lanes=translations.count(lanes),
                needed=translations.count(needed),
                limit=translations.count(EXPORT_SIZE_LIMITS[1]),
            )
        )
    return ExportError(
        QCoreApplication.translate(
            "Export",
            "a height of {height} px is too small for {lanes} lanes; it needs at least {needed} px",
        ).format(
            height=translations.count(int(limit)),
            lanes=translations.count(lanes),
            needed=translations.count(needed),
        )
    )


def describe(view_filter: Filter) -> str:
    """What the filter keeps, in words, for messages: "from 2030", "in 2019–2020"
    (in the interface's language in the window, English on the command line)."""
    translate = QCoreApplication.translate
    first, last = view_filter.year_from, view_filter.year_to
    if first is not None and last is not None:
        years = (
            translate("Export", "in {year}").format(year=first)
            if first == last
            else translate("Export", "in {first}–{last}").format(first=first, last=last)
        )
    elif first is not None:
        years = translate("Export", "from {year}").format(year=first)
    elif last is not None:
        years = translate("Export", "up to {year}").format(year=last)
    else:
        years = ""
    parties = "" if view_filter.parties is None else translate("Export", "for the parties chosen")
    known = ""
    if view_filter.as_of is not None:
        day = date_of_day(view_filter.as_of)
        words = translations.words(translations.interface_language())
        date = PartialDate(day.year, day.month, day.day).format(words)
        known = translate("Export", "public by {date}").format(date=date)
    sourced = (
        translate("Export", "with {count} independent sources or more").format(
            count=view_filter.min_sources
        )
        if view_filter.min_sources
        else ""
    )
    told = (
        translate("Export", "as {party} tells it").format(party=view_filter.told_by)
        if view_filter.told_by
        else ""
    )
    kinds = "" if view_filter.kinds is None else translate("Export", "of the kinds chosen")
    certainties = (
        "" if view_filter.certainties is None else translate("Export", "as certain as asked")
    )
    parts = (kinds, certainties, parties, years, known, told, sourced)
    return " ".join(p for p in parts if p) or translate("Export", "in this timeline")


# --- the formats ------------------------------------------------------------------


def check_pixels(width: int, height: int, scale: float) -> None:
    """Refuse a picture of more pixels than Frise makes (ExportError says why):
    the image is made whole in memory before it is written."""
    if scale not in EXPORT_SCALES:
        raise ExportError(
            QCoreApplication.translate("Export", "a sharpness of {scale}× is not offered").format(
                scale=scale
            )
        )
    pixels_wide, pixels_high = round(width * scale), round(height * scale)
    if pixels_wide * pixels_high > MAX_EXPORT_PIXELS:
        raise ExportError(
            QCoreApplication.translate(
                "Export",
                "a picture of {width}×{height} pixels is too large (at most {millions} "
                "million pixels): make it narrower, or less sharp",
            ).format(
                width=translations.count(pixels_wide),
                height=translations.count(pixels_high),
                millions=MAX_EXPORT_PIXELS // 1_000_000,
            )
        )


def render_image(picture: Picture, scale: float = 1.0) -> QImage:
    """The picture on an image (`scale` times as many pixels, for HiDPI)."""
    check_pixels(picture.width, picture.height, scale)
    image = QImage(
        round(picture.width * scale),
        round(picture.height * scale),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(scale)
    painter = QPainter(image)
    try:
        picture.paint(painter)
    finally:
        painter.end()
    return image


def png_bytes(picture: Picture, scale: float = 1.0) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not render_image(picture, scale).save(buffer, "PNG"):  # type: ignore[call-overload]
        raise ExportError(
            QCoreApplication.translate("Export", "the image could not be encoded as PNG")
        )
    buffer.close()
    return bytes(data.data())


def svg_bytes(picture: Picture) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(picture.width, picture.height))
    generator.setViewBox(QRectF(0, 0, picture.width, picture.height))
    generator.setTitle(picture.frame.timeline.title(picture.frame.scene.lang))
    generator.setDescription("Frise")
    painter = QPainter(generator)
    try:
        picture.paint(painter)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def pdf_bytes(picture: Picture) -> bytes:
    """The picture on a page of its own size, then the sources on A4 pages."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setCreator("Frise")
    writer.setTitle(picture.frame.timeline.title(picture.frame.scene.lang))
    points = QSizeF(picture.width * 72 / PDF_DPI, picture.height * 72 / PDF_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(points, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch),
            QPageLayout.Orientation.Portrait,
            QMarginsF(),
        )
    )
    painter = QPainter(writer)
    try:
        picture.paint(painter)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(18, 18, 18, 18),
                QPageLayout.Unit.Millimeter,
            )
        )
        writer.newPage()
        paint_pages(painter, writer, sources_document(picture))
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def print_picture(picture: Picture, printer: QPagedPaintDevice) -> None:
    """Print (or preview): the picture scaled to the first page, then the sources."""
    painter = QPainter(printer)
    try:
        page = printer.pageLayout().paintRectPixels(printer.logicalDpiX())
        ratio = min(page.width() / picture.width, page.height() / picture.height)
        painter.save()
        painter.scale(ratio, ratio)
        picture.paint(painter)
        painter.restore()
        printer.newPage()
        paint_pages(painter, printer, sources_document(picture))
    finally:
        painter.end()


def listed_events(frame: Frame) -> tuple[list[int], int]:
    """The events whose sources are listed: those the picture shows (within
    its days, for a picture of the window's view), in time order, at most
    SOURCES_MAX_EVENTS; and how many more it shows."""
    filtered = frame.scene.filtered
    timeline, view, events = filtered.timeline, frame.scene.view, filtered.events
    within = (timeline.stop[events] > view.day0) & (timeline.start[events] < view.day1)
    shown = events[within]
    return shown[:SOURCES_MAX_EVENTS].tolist(), max(0, len(shown) - SOURCES_MAX_EVENTS)


def sources_document(picture: Picture) -> QTextDocument:
    """The events shown, in time order, each with its sources (at most
    SOURCES_MAX_EVENTS events): plain text, never markup, whatever the file holds."""
    frame = picture.frame
    timeline, lang, words = frame.timeline, frame.scene.lang, frame.scene.words
    document = QTextDocument()
    body = font(11)
    document.setDefaultFont(body)
    cursor = QTextCursor(document)
    heading = QTextCharFormat()
    heading.setFont(font(16, bold=True))
    plain = QTextCharFormat()
    plain.setFont(body)
    bold = QTextCharFormat()
    bold.setFont(font(11, bold=True))
    muted = QTextCharFormat()
    muted.setFont(body)
    # The list is printed on white pages, whatever the picture's theme.
    muted.setForeground(LIGHT.muted)
    spaced = QTextBlockFormat()
    spaced.setTopMargin(8)
    item = QTextBlockFormat()
    item.setLeftMargin(18)
    sources = words.tr("Sources of the events shown")
    # File text isolated: a direction control in it cannot turn Frise's words around.
    cursor.insertText(f"{isolate(one_line(timeline.title(lang)))} — {sources}", heading)
    filtered = frame.scene.filtered
    as_of = filtered.filter.as_of
    for line in reading_notes(frame):
        cursor.insertBlock(spaced)
        cursor.insertText(line, muted)
    listed, left_out = listed_events(frame)
    if left_out:
        cursor.insertBlock(spaced)
        cursor.insertText(
            words.tr(
                "Only the first {limit} events, in time order: %n more the picture shows "
                "are left out. A narrower picture (parties, years, a search, a view) "
                "lists its own.",
                "",
                left_out,
            ).format(limit=SOURCES_MAX_EVENTS),
            bold,
        )
    for i in listed:
        event = timeline.events[i]
        known = known_parts(event, int(timeline.public_day[i]), as_of)
        cursor.insertBlock(spaced)
        cursor.insertText(format_span(event.date, event.end, words) + " — ", plain)
        cursor.insertText(isolate(text_in(event.title, lang)), bold)
        if not known.sources:
            cursor.insertBlock(item)
            cursor.insertText(words.tr("no source given"), muted)
        for source in (event.sources[k] for k in known.sources):
            cursor.insertBlock(item)
            title = source.title and quoted(isolate(source.title), words)
            # Dated and credited as the details panel does it, in the picture's language.
            date = source.date and parse_date(source.date).format(words)
            parts = [source.publisher and isolate(source.publisher), title, date]
            if source.original:
                carrying = words.tr("carrying {name}", "a copy of another outlet's report")
                parts.append(with_names(carrying, words, name=isolate(source.original)))
            cursor.insertText(" · ".join(p for p in parts if p) or "—", plain)
            if source.url:  # as the window shows it: its host in ASCII
                cursor.insertText("  " + shown_address(source.url, words), muted)
    return document


def reading_notes(frame: Frame) -> list[str]:
    """What the picture's styles for reading a contested story mean, in words,
    for the PDF: as known on a day, claims apart, the source meter."""
    scene, lang, words = frame.scene, frame.scene.lang, frame.scene.words
    filtered = scene.filtered
    notes = []
    if filtered.filter.as_of is not None:
        day = date_of_day(filtered.filter.as_of)
        date = PartialDate(day.year, day.month, day.day).format(words)
        notes.append(
            words.tr(
                "As known on {date}: only what was public that day is shown; sources "
                "dated later are left out, and events made public that day have a halo."
            ).format(date=date)
        )
        if filtered.ghost is not None:
            notes.append(
                words.tr(
                    "A faint dotted mark without a title: something that had happened "
                    "but was not yet known that day."
                )
            )
    if filtered.mode == "claims":
        notes.append(
            words.tr(
                "Hatched sub-lanes hold what one party alleges or disputes, one "
                "sub-lane per party claiming it, under the lane of each party concerned."
            )
        )
    if filtered.filter.told_by is not None:
        name = filtered.timeline.party_name(filtered.filter.told_by, lang)
        notes.append(
            words.tr(
                "As {claimant} tells it: the facts and {claimant}'s own claims; the "
                "others' claims are left out."
            ).format(claimant=isolate(name))
        )
    if scene.meter:
        notes.append(
            words.tr(
                "The ticks over a marker count its independent sources (a copy counts "
                "with the outlet it carries; at most five ticks): dark for a primary "
                "source, red when the event rests on one source."
            )
        )
    if filtered.filter.min_sources:
        notes.append(
            words.tr(
                "Only events with at least %n independent source(s) are shown.",
                "",
                filtered.filter.min_sources,
            )
        )
    return notes


def paint_pages(painter: QPainter, device: QPagedPaintDevice, document: QTextDocument) -> None:
    """`document` over as many pages as it needs, the first one begun already."""
    page = device.pageLayout().paintRectPixels(device.logicalDpiX())
    # Fonts are sized in pixels for a 96 dpi picture; a printer has many more.
    ratio = device.logicalDpiX() / PDF_DPI
    width, height = page.width() / ratio, page.height() / ratio
    document.setPageSize(QSizeF(width, height))
    painter.save()
    painter.scale(ratio, ratio)
    for number in range(document.pageCount()):
        if number:
            device.newPage()
        painter.save()
        painter.translate(0, -number * height)
        document.drawContents(painter, QRectF(0, number * height, width, height))
        painter.restore()
    painter.restore()


def picture_bytes(picture: Picture, fmt: str, scale: float = 1.0) -> bytes:
    if fmt == "svg":
        return svg_bytes(picture)
    if fmt == "pdf":
        return pdf_bytes(picture)
    return png_bytes(picture, scale)


def export_picture(
    timeline: Timeline,
    view_filter: Filter,
    out: Path,
    fmt: str = "png",
    width: int = DEFAULT_WIDTH,
    height: int | None = None,
    lang: str = "en",
    scale: float = 1.0,
    folded: bool = True,
    view: Viewport | None = None,
    mode: ViewMode = "timeline",
    meter: bool = True,
    highlight: Highlight = NO_HIGHLIGHT,
    *,
    words_lang: str | None = None,
    theme: Theme | str = LIGHT,
) -> tuple[int, int]:
    """Write the filtered timeline to `out` as `fmt` (png, svg or pdf);
    returns the picture's size in pixels. The data is in `lang`, Frise's own
    words in `words_lang` (the data's language when None)."""
    picture = layout_picture(
        apply_filter(timeline, view_filter, mode),
        width,
        height,
        lang,
        folded,
        view,
        fmt != "png",
        meter,
        highlight,
        words_lang=words_lang,
        theme=THEMES[theme] if isinstance(theme, str) else theme,
    )
    write_file(picture_bytes(picture, fmt, scale), Path(out))
    return round(picture.width * scale), round(picture.height * scale)


def export_png(
    timeline: Timeline,
    view_filter: Filter,
    out: Path,
    width: int = DEFAULT_WIDTH,
    height: int | None = None,
    lang: str = "en",
    scale: float = 1.0,
    folded: bool = True,
    *,
    words_lang: str | None = None,
) -> tuple[int, int]:
    """Write the filtered timeline to `out` as a PNG; returns its size in pixels."""
    return export_picture(
        timeline,
        view_filter,
        out,
        "png",
        width,
        height,
        lang,
        scale,
        folded,
        words_lang=words_lang,
    )


def write_file(data: bytes, out: Path) -> None:
    try:
        write_atomically(out, data)
    except OSError as e:
        raise ExportError(
            QCoreApplication.translate("Export", "cannot write {path}: {reason}").format(
                path=out, reason=e.strerror or e
            )
        ) from None


_app: QGuiApplication | None = None


def _ensure_gui() -> None:
    """Fonts need a QGuiApplication; the command line has none of its own."""
    global _app
    if QGuiApplication.instance() is None:
        _app = QGuiApplication([])
