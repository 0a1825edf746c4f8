"""Reading a contested story in pictures: as known on a day (the day marked,
ghosts untitled, what became public that day emphasised), the claims view's
sub-lanes, the source meter; the window and exports draw them alike."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from PySide6.QtGui import QColor

from frise.model.filters import Filter, apply_filter
from frise.scene.export import layout_picture, reading_notes, render_image, sources_document
from frise.scene.frame import NAME_PX
from frise.scene.labels import title_of
from frise.scene.lanes import lane_name
from frise.scene.marks import METER_PX
from frise.scene.theme import LIGHT
from frise.translations import words
from tests.helpers.builders import build, event, party


def day(text: str) -> int:
    return dt.date.fromisoformat(text).toordinal()


@pytest.fixture
def story():
    return build(
        parties=[party("musk", name="Musk"), party("openai", name="OpenAI")],
        events=[
            event(
                "founded",
                "2015-12-11",
                ["musk", "openai"],
                sources=[{"publisher": "A"}, {"publisher": "B", "type": "primary"}],
            ),
            event(
                "terms",
                "2017-09",
                ["musk", "openai"],
                title="Musk asked for control",
                certainty="alleged",
                claimed_by=["openai"],
                revealed="2024-03-05",
                sources=[
                    {"publisher": "AP", "date": "2024-03-05"},
                    {"publisher": "Mint", "date": "2024-12-13"},
                ],
            ),
            event("suit", "2024-02-29", ["musk"], sources=[{"publisher": "CNN"}]),
            event("rebuttal", "2024-03-05", ["openai"], sources=[{"publisher": "AP"}]),
        ],
    )


def marks_of(picture, event_id):
    i = picture.frame.timeline.event_index[event_id]
    return [m for lane in picture.frame.lanes for m in lane.marks if m.holds(i)]


def test_as_of_a_day_the_picture_ends_there_and_marks_it(qapp, story):
    picture = layout_picture(apply_filter(story, Filter(as_of=day("2024-03-01"))), 1200)
    assert marks_of(picture, "terms") == [] and marks_of(picture, "rebuttal") == []
    assert marks_of(picture, "suit")
    image = render_image(picture)
    view = picture.frame.scene.view
    x = round(NAME_PX + view.x(day("2024-03-02")))
    y = round(picture.frame.lanes[0].top + picture.frame.lanes[0].box.height - 3)
    found = [image.pixelColor(x + dx, y) for dx in (-1, 0, 1)]
    assert any(abs(c.red() - LIGHT.as_of.red()) < 40 and c.blue() > 100 for c in found)


def test_ghosts_are_drawn_untitled(qapp, story):
    filtered = apply_filter(story, Filter(as_of=day("2024-03-01"), ghosts=True))
    picture = layout_picture(filtered, 1200)
    ghosts = marks_of(picture, "terms")
    assert ghosts and all(m.label_width == 0 for m in ghosts)
    render_image(picture)  # paints without error


def test_what_became_public_on_the_day_is_emphasised(qapp, story):
    picture = layout_picture(apply_filter(story, Filter(as_of=day("2024-03-05"))), 1200)
    i = story.event_index
    assert picture.highlight.fresh == {i["terms"], i["rebuttal"]}
    later = layout_picture(apply_filter(story, Filter(as_of=day("2024-03-06"))), 1200)
    assert later.highlight.fresh == frozenset()


def test_claims_view_has_a_hatched_sub_lane_per_claimant_named_for_it(qapp, story):
    filtered = apply_filter(story, Filter(), mode="claims")
    picture = layout_picture(filtered, 1200)
    names = [lane_name(filtered, lane, "en", words("en")) for lane in picture.frame.lanes]
    assert names == ["Musk", "as OpenAI tells it", "OpenAI", "as OpenAI tells it"]
    assert [lane_name(filtered, lane, "fr", words("fr")) for lane in picture.frame.lanes][
        1
    ] == "selon OpenAI"
    # The claimant's name on the mark.
    title = title_of(picture.frame.scene)
    assert title(story.event_index["terms"]) == "OpenAI: Musk asked for control"
    assert title(story.event_index["suit"]) == "Event suit"
    image = render_image(picture)

    def changes(lane):
        y = round(lane.top + 3)
        row = [image.pixelColor(x, y).rgb() for x in range(int(NAME_PX) + 300, int(NAME_PX) + 400)]
        return sum(a != b for a, b in itertools.pairwise(row))

    # Hatched: the colour changes every few pixels, unlike a plain lane's.
    assert changes(picture.frame.lanes[1]) > 10 > changes(picture.frame.lanes[0])


def test_a_title_naming_its_claimant_is_not_prefixed(qapp, story):
    filtered = apply_filter(story, Filter(), mode="claims")
    picture = layout_picture(filtered, 1200)
    doc_title = title_of(picture.frame.scene)
    assert doc_title(story.event_index["founded"]) == "Event founded"


def test_the_source_meter_is_drawn_over_the_marker_and_can_be_left_out(qapp, story):
    filtered = apply_filter(story, Filter())
    with_meter, without = (
        layout_picture(filtered, 1200),
        layout_picture(filtered, 1200, meter=False),
    )
    (mark,) = [m for m in marks_of(with_meter, "founded") if m.label_width]
    lane = with_meter.frame.lanes[0]
    y = with_meter.frame.row_y(lane, mark.row)
    x = round(NAME_PX + mark.x0 + 5)
    top = round(y - 5 - 1 - METER_PX / 2)

    def inked(picture):
        image = render_image(picture)
        return [image.pixelColor(x + dx, top) for dx in range(-7, 8)]

    assert any(c.lightness() < 200 for c in inked(with_meter))
    assert all(c == QColor("#FFFFFF") for c in inked(without))


def test_the_pdf_says_what_the_styles_mean_and_holds_back_later_sources(qapp, story):
    filtered = apply_filter(story, Filter(as_of=day("2024-03-05"), ghosts=True), mode="claims")
    picture = layout_picture(filtered, 1200)
    notes = " ".join(reading_notes(picture.frame))
    assert "As known on 5 Mar 2024" in notes and "Hatched" in notes and "ticks" in notes
    text = sources_document(picture).toPlainText()
    assert "AP" in text and "Mint" not in text
