"""Exports: the same renderer as the window, laid out for a picture, in PNG,
SVG and PDF, written safely."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import unicodedata

import pytest
from PySide6.QtGui import QColor, QImage

from frise.model.filters import Filter, apply_filter
from frise.model.loading import load_timeline
from frise.model.schema import text_in
from frise.paths import bundled_timeline
from frise.scene import export
from frise.scene.export import (
    DEFAULT_WIDTH,
    ExportError,
    export_picture,
    export_png,
    layout_picture,
    pdf_bytes,
    reading_notes,
    render_image,
    sources_document,
    svg_bytes,
)
from frise.scene.fonts import Fonts
from frise.scene.frame import AXIS_PX, HEADER_PX, NAME_PX
from frise.scene.key import KeyLine
from frise.scene.renderer import Renderer
from frise.scene.theme import DARK, LIGHT, contrast
from tests.helpers.bidi import reads_left_to_right
from tests.helpers.timelines import event, load, timeline_dict


@pytest.fixture
def timeline():
    return load(timeline_dict())


def picture(timeline, width=1200, height=None, **kw):
    return layout_picture(apply_filter(timeline, kw.pop("filter", Filter())), width, height, **kw)


def test_image_has_the_width_asked_and_the_height_its_lanes_need(qapp, timeline):
    shown = picture(timeline)
    image = render_image(shown)
    assert (image.width(), image.height()) == (1200, shown.height)
    frame = shown.frame
    assert shown.height == pytest.approx(frame.lanes_top + frame.lanes_height, abs=1)


def test_each_lane_shows_its_party_colour(qapp, timeline):
    shown = picture(timeline)
    image = render_image(shown)
    for lane in shown.frame.lanes:
        color = QColor(timeline.colors[lane.party])
        assert image.pixelColor(2, int(lane.top + lane.box.height / 2)) == color


def test_party_filter_leaves_only_that_lane(qapp, timeline):
    image = render_image(picture(timeline, filter=Filter(parties=frozenset({"beta"}))))
    top = HEADER_PX + AXIS_PX
    assert image.pixelColor(2, int(top + 10)) == QColor("#0072B2")
    assert image.pixelColor(2, image.height() - 3) == QColor("#0072B2")


def test_hidpi_scale_doubles_the_pixels(qapp, timeline):
    image = render_image(picture(timeline, 1000, 400), scale=2.0)
    assert (image.width(), image.height()) == (2000, 800)
    assert image.devicePixelRatio() == 2.0


def test_markers_are_drawn_in_their_lane(qapp, timeline):
    """Some pixel of Alpha's colour lies in the plot, inside Alpha's lane."""
    image = render_image(picture(timeline, filter=Filter(parties=frozenset({"alpha"}))))
    top = int(HEADER_PX + AXIS_PX)
    target = QColor("#D55E00")
    found = any(
        image.pixelColor(x, y) == target
        for x in range(int(NAME_PX) + 1, image.width(), 2)
        for y in range(top, top + 40)
    )
    assert found


def test_too_small_a_height_is_refused_with_the_minimum(qapp, timeline):
    with pytest.raises(ExportError, match="needs at least"):
        picture(timeline, 1200, 100)


def test_an_empty_selection_is_refused(qapp, timeline):
    with pytest.raises(ExportError, match="nothing to export: no event from 2030"):
        picture(timeline, filter=Filter(year_from=2030))
    with pytest.raises(ExportError, match="no event for the parties chosen"):
        picture(timeline, filter=Filter(parties=frozenset()))


def test_export_writes_a_png_and_no_temporary_file(qapp, timeline, tmp_path):
    out = tmp_path / "t.png"
    width, _ = export_png(timeline, Filter(), out, width=900)
    assert out.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert QImage(str(out)).width() == width == 900
    assert [p.name for p in tmp_path.iterdir()] == ["t.png"]


def test_export_into_a_missing_folder_fails_cleanly(qapp, timeline, tmp_path):
    out = tmp_path / "missing" / "t.png"
    with pytest.raises(ExportError, match="cannot write"):
        export_png(timeline, Filter(), out, width=900)
    assert not out.parent.exists()


# --- a picture shows every event -----------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("axis", ["folded", "linear"])
def test_the_bundled_story_shows_every_event_with_its_whole_title(qapp, lang, axis):
    timeline = load_timeline(bundled_timeline())
    shown = layout_picture(
        apply_filter(timeline, Filter()), DEFAULT_WIDTH, lang=lang, folded=axis == "folded"
    )
    frame = shown.frame
    labels = shown.renderer.marks.labels.width_of(frame.scene)
    titled = {}
    for lane in frame.lanes:
        assert all(m.kind in ("event", "bar") for m in lane.marks), "no cluster, no histogram"
        for m in lane.marks:
            if m.label_width:
                titled[m.event] = m
                # Never cut at an edge of the plot.
                assert m.label_x >= 0 and m.label_x + m.label_width <= frame.scene.view.width
    assert set(titled) == set(timeline.event_index.values())
    for i, mark in titled.items():
        assert mark.label_width == pytest.approx(labels(i)), text_in(timeline.events[i].title, lang)
    assert not frame.key.lines


def crowded():
    """Fifty events on one day, in a decade drawn to scale: more markers on one
    spot than a lane of a picture has rows."""
    events = [event(f"e{k}", "2020-06-01", ["alpha"], f"Event {k}") for k in range(50)]
    events += [event(f"y{k}", f"{2012 + k}-03-01", ["alpha"], f"Year {k}") for k in range(12)]
    return load(timeline_dict(events=events))


def test_what_cannot_be_told_apart_is_numbered_and_listed_in_a_key(qapp):
    shown = picture(crowded(), folded=False)
    key = shown.frame.key
    (cluster,) = [m for lane in shown.frame.lanes for m in lane.marks if m.kind == "cluster"]
    assert key.numbers == {id(cluster): 1}
    assert len(key.lines) == cluster.count
    assert all(isinstance(line, KeyLine) and line.number == 1 for line in key.lines)
    assert any("Event 7" in line.text and "Alpha" in line.text for line in key.lines)
    assert shown.height >= shown.frame.lanes_top + shown.frame.lanes_height + key.height - 1


def test_a_key_too_long_for_the_height_says_how_many_are_left_out(qapp):
    shown = picture(crowded(), 1200, 300, folded=False)
    key = shown.frame.key
    assert key.left_out > 0
    assert len(key.lines) + key.left_out == 50
    assert shown.height == 300


def test_the_current_view_is_exported_with_its_days(qapp, timeline):
    from frise.model.timescale import show_range

    filtered = apply_filter(timeline, Filter())
    first, last = float(timeline.start.min()), float(timeline.start.min() + 400)
    view = show_range(first, last, 800.0, filtered.domain, 0.0)
    shown = layout_picture(filtered, 1200, view=view)
    assert shown.frame.scene.view.day0 == pytest.approx(first, abs=1)
    assert shown.frame.scene.view.day1 == pytest.approx(last, abs=1)


# --- vector formats ---------------------------------------------------------------------


def test_svg_keeps_every_title_as_text(qapp, timeline):
    data = svg_bytes(picture(timeline, vector=True)).decode()
    assert "<image" not in data  # markers, header and names are shapes and text
    for e in timeline.events:
        assert f">{text_in(e.title, 'en')}</text>" in data.replace("&amp;", "&")
    assert data.count("<text") > len(timeline.events)


def test_svg_titles_are_written_in_the_font_they_were_laid_out_in(qapp, timeline):
    # A title drawn at 12 px but written in another font or size overlaps
    # the marks beside it in any SVG viewer.
    data = svg_bytes(picture(timeline, vector=True)).decode()
    label = Fonts().label
    family = label.families()[0]
    texts = re.findall(r'<text[^>]*font-family="([^",]*)[^"]*" font-size="([0-9.]+)"', data)
    titles = [(f, size) for f, size in texts if size == str(label.pixelSize())]
    assert titles, texts
    assert {f for f, _ in texts if f == "Sans Serif"} == set(), texts
    assert all(f == family for f, _ in titles), texts


def test_svg_escapes_markup_in_titles(qapp):
    hostile = load(timeline_dict(events=[event("x", "2020-01-01", ["alpha"], "<b>bold</b> & co")]))
    data = svg_bytes(picture(hostile, vector=True)).decode()
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; co" in data
    assert "<b>" not in data


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_pdf_text_is_selectable_and_ends_with_the_sources(qapp, tmp_path):
    timeline = load_timeline(bundled_timeline())
    out = tmp_path / "story.pdf"
    export_picture(timeline, Filter(year_from=2025), out, "pdf", lang="fr")
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    # Ligatures ("ﬁ") come back as one character: read them as the letters they join.
    pages = unicodedata.normalize("NFKC", text).split("\f")
    assert len(pages) >= 2
    picture_page = " ".join(pages[0].split())
    rest = " ".join("\f".join(pages[1:]).split())
    shown = [e for e in timeline.events if e.date >= "2025"]
    assert rest.startswith("Elon Musk contre OpenAI, 2015–2026 — Sources des événements montrés")
    compact = rest.replace(" ", "")
    for e in shown:
        assert " ".join(text_in(e.title, "fr").split()[:3]) in picture_page
        for source in e.sources:
            if source.url:
                assert source.url[:40] in compact
    # Only the events shown: none from before 2025.
    assert "2017" not in rest[:300]


def many(count: int):
    """`count` events a day apart, each with a source."""
    return load(
        timeline_dict(
            events=[
                event(f"e{k}", f"2024-{1 + k // 28:02d}-{1 + k % 28:02d}", ["alpha"], f"Event {k}")
                | {"sources": [{"url": f"https://example.org/{k}", "publisher": "Example"}]}
                for k in range(count)
            ]
        )
    )


def listed(text: str) -> list[str]:
    return [line.split(" — ")[1] for line in text.splitlines() if " — Event " in line]


def test_the_source_pages_stop_at_a_bound_and_say_how_many_are_left_out(qapp, monkeypatch):
    # 10,000 events made 346 pages of sources.
    monkeypatch.setattr(export, "SOURCES_MAX_EVENTS", 20)
    whole = sources_document(picture(many(50), vector=True)).toPlainText()
    assert listed(whole) == [f"Event {k}" for k in range(20)]  # the first, in time order
    assert (
        "Only the first 20 events, in time order: 30 more the picture shows are left out. "
        "A narrower picture (parties, years, a search, a view) lists its own."
    ) in whole
    fewer = sources_document(picture(many(20), vector=True)).toPlainText()
    assert len(listed(fewer)) == 20 and "left out" not in fewer


def test_the_french_source_pages_group_the_count_left_out(qapp, monkeypatch):
    # The PDF of 10,000 events said « 9700 autres »; French writes « 9 700 ».
    monkeypatch.setattr(export, "SOURCES_MAX_EVENTS", 2)
    doc = timeline_dict(
        events=[
            event(f"e{k}", f"{1000 + k}", ["alpha"], f"Event {k}")
            | {"sources": [{"url": f"https://example.org/{k}", "publisher": "Example"}]}
            for k in range(1003)
        ]
    )
    text = sources_document(picture(load(doc), vector=True, lang="fr")).toPlainText()
    assert "1\u202f001 autres" in text


def test_the_french_source_pages_date_and_credit_a_copy_in_french(qapp):
    copy = {"url": "https://example.org/a", "publisher": "Fortune", "date": "2019-07-22"}
    doc = timeline_dict(
        events=[
            event("a", "2019", ["alpha"], "A")
            | {"sources": [copy | {"original": "AP"}, copy | {"original": "Bloomberg"}]}
        ]
    )
    text = sources_document(picture(load(doc), vector=True, lang="fr")).toPlainText()
    assert "Fortune · 22 juil. 2019 · reprise d'AP" in text
    assert "Fortune · 22 juil. 2019 · reprise de Bloomberg" in text


def test_the_source_pages_of_a_view_list_the_events_in_its_days(qapp):
    from frise.model.timescale import Viewport

    timeline = many(50)
    start = int(timeline.start.min())
    view = Viewport(day0=start + 10, px_per_day=40.0, width=400.0)  # ten days
    shown = picture(timeline, vector=True, view=view)
    assert listed(sources_document(shown).toPlainText()) == [f"Event {k}" for k in range(10, 20)]


def test_a_pdf_of_ten_thousand_events_stays_a_few_pages(qapp):
    from tests.bench.synthetic import synthetic_timeline

    timeline = load(synthetic_timeline(10_000))
    data = pdf_bytes(picture(timeline, 2000, vector=True))
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", data))
    assert 2 <= pages <= 20


def test_pdf_has_the_picture_page_at_its_size(qapp, timeline):
    data = pdf_bytes(picture(timeline, 960, vector=True))
    assert data.startswith(b"%PDF")
    assert b"/MediaBox [0 0 720" in data  # 960 px at 96 dpi: 720 pt


def test_a_dark_picture_is_drawn_in_the_dark_theme(qapp, tmp_path):
    """frise export --theme dark: dark paper and lanes, light words, and a
    yellow party edged so it still stands out at 3:1."""
    doc = timeline_dict(
        parties=[{"id": "sun", "name": "Sun", "color": "#F0E442"}],
        events=[event("rise", "2020-06-01", ["sun"], "Sunrise")],
    )
    timeline = load(doc)
    light = render_image(picture(timeline))
    shown = picture(timeline, theme=DARK)
    dark = render_image(shown)
    assert dark.pixelColor(dark.width() - 2, 2) == DARK.paper
    assert light.pixelColor(light.width() - 2, 2) == LIGHT.paper
    lane = shown.frame.lanes[0]
    assert dark.pixelColor(int(NAME_PX) + 3, int(lane.top + lane.box.height - 3)) in (
        DARK.lanes[0],
        DARK.grid,
        DARK.grid_major,
    )
    # Some light pixels: the title and the legend are drawn in the dark theme's ink.
    header = [dark.pixelColor(x, y) for x in range(0, 400) for y in range(4, int(HEADER_PX) - 4)]
    assert max(c.lightness() for c in header) > 180
    # The yellow on a light picture gets a darker edge of the same hue.
    yellow = QColor("#F0E442").hslHueF()
    top = int(shown.frame.lanes_top)
    found = any(
        abs(pixel.hslHueF() - yellow) < 0.04
        and pixel.hslSaturationF() > 0.3
        and contrast(pixel, LIGHT.paper) >= 3
        for pixel in (
            light.pixelColor(x, y)
            for x in range(int(NAME_PX) + 1, light.width())
            for y in range(top, top + int(lane.box.height))
        )
    )
    assert found


def test_the_command_line_exports_a_dark_french_picture(tmp_path):
    out = tmp_path / "dark.png"
    command = ["export", "--out", str(out), "--theme", "dark", "--lang", "fr", "--width", "1200"]
    done = subprocess.run(
        [sys.executable, "-m", "frise", *command],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert image.pixelColor(image.width() - 2, 2) == DARK.paper


def test_a_french_window_says_why_it_cannot_export_in_french(qapp, timeline):
    from frise import translations

    translations.use_language("fr")
    with pytest.raises(ExportError) as refused:
        picture(timeline, filter=Filter(year_from=2030))
    assert str(refused.value) == "rien à exporter\u00a0: aucun événement à partir de 2030"
    translations.use_language("en")
    with pytest.raises(ExportError) as refused:
        picture(timeline, filter=Filter(year_from=2030))
    assert str(refused.value) == "nothing to export: no event from 2030"


def test_a_picture_of_many_lanes_is_never_taller_than_the_limit_key_included(qapp, monkeypatch):
    """500 lanes once made a 16,054 px picture: the lanes fitted in the 16,000
    px limit, the key under them (its heading and "N more") did not."""
    monkeypatch.setattr(export, "EXPORT_SIZE_LIMITS", (400, 1000))
    parties = [{"id": f"p{k}", "name": f"Party {k}"} for k in range(30)]
    # Each lane crowded on one day, so that each has a cluster for the key.
    events = [
        event(f"e{k}-{j}", "2020-06-01", [f"p{k}"], f"E{j}") for k in range(30) for j in range(5)
    ]
    events += [
        event(f"y{k}-{j}", f"{2012 + j}-03", [f"p{k}"], f"Y{j}")
        for k in range(30)
        for j in range(3)
    ]
    timeline = load(timeline_dict(parties=parties, events=events))
    for count in range(20, 31, 2):
        some = apply_filter(timeline, Filter(frozenset(f"p{k}" for k in range(count))))
        try:
            shown = layout_picture(some, 800, folded=False)
        except ExportError as e:
            assert "show fewer parties" in str(e)
            continue
        frame = shown.frame
        assert shown.height <= 1000, f"{count} lanes: {shown.height} px"
        assert frame.lanes_top + frame.lanes_height + frame.key.height <= 1000.5
        assert frame.key.lines or frame.key.left_out  # the clusters' key is there


def test_the_sources_pages_show_addresses_as_the_window_does(qapp):
    """The PDF's and the print's source pages: a host in look-alike letters in
    ASCII with a note, and a publisher's direction control cannot turn the
    address around."""
    sources = [
        {"publisher": "Cyrillic", "url": "https://аррӏе.com/login"},
        {"publisher": "Evil \u202epublisher", "url": "https://example.org/report"},
    ]
    timeline = load(
        timeline_dict(events=[event("x", "2020-01-01", ["alpha"], "T", sources=sources)])
    )
    lines = sources_document(picture(timeline, vector=True)).toPlainText().splitlines()
    cyrillic = next(line for line in lines if "Cyrillic" in line)
    assert "https://xn--80ak6aa92e.com/login" in cyrillic and "аррӏе" not in cyrillic
    assert "an internationalised name in Cyrillic letters, shown in ASCII" in cyrillic
    evil = next(line for line in lines if "publisher" in line)
    assert reads_left_to_right(evil, "https://example.org/report")


def test_a_reading_note_keeps_its_words_around_a_party_name_the_right_way_round(qapp):
    parties = [{"id": "alpha", "name": "Alpha \u202ecorp"}, {"id": "beta", "name": "Beta"}]
    events = [
        event("x", "2020-01-01", ["beta"], "Claim", certainty="alleged", claimed_by=["alpha"])
    ]
    timeline = load(timeline_dict(parties=parties, events=events))
    shown = picture(timeline, filter=Filter(told_by="alpha"))
    (note,) = [line for line in reading_notes(shown.frame) if "tells it" in line]
    assert reads_left_to_right(note, "tells it: the facts")


def test_too_many_lanes_for_any_picture_are_refused_before_they_are_laid_out(qapp, monkeypatch):
    """10,000 lanes took 5 s to lay out before being refused (the window froze
    as long on Ctrl+E); a lane is at least one row tall, so it is said at once."""
    parties = [{"id": f"p{k}", "name": f"Party {k}"} for k in range(1000)]
    events = [event(f"e{k}", "2020", [f"p{k}"], f"E{k}") for k in range(1000)]
    timeline = load(timeline_dict(parties=parties, events=events))

    def laid_out(*args, **kwargs):
        raise AssertionError("the lanes were laid out")

    monkeypatch.setattr(Renderer, "wanted_rows", laid_out)
    with pytest.raises(ExportError, match=r"1,000 lanes need a picture at least .* show fewer"):
        picture(timeline)
