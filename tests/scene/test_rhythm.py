"""The reply-rhythm strip as drawn: a stem per reply at its date, as tall as
its delay, in the party's colour (a hollow dot when the dates give no day),
on the theme's paper."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QImage

from frise.model.rhythm import party_rhythm
from frise.scene.fonts import Fonts
from frise.scene.rhythm import HEIGHT_PX, lay_out, rhythm_image
from frise.scene.theme import DARK, LIGHT
from frise.translations import words
from tests.helpers.replies import replies_dict
from tests.helpers.timelines import load, timeline_dict


def rgb(image: QImage, x: float, y: float) -> int:
    return image.pixelColor(int(x), int(y)).rgb()


def test_a_stem_per_reply_in_date_order_as_tall_as_its_delay(qapp):
    timeline = load(replies_dict())
    beta = timeline.party_index["beta"]
    color = QColor(timeline.colors[beta])
    rhythm = party_rhythm(timeline, beta)
    image = rhythm_image(rhythm, LIGHT, color, words("en"), 320)
    assert (image.width(), image.height()) == (320, HEIGHT_PX)
    assert rgb(image, 1, 1) == LIGHT.paper.rgb()
    layout = lay_out(QRectF(0, 0, 320, HEIGHT_PX), rhythm, words("en"), QFontMetricsF(Fonts().axis))
    rebuttal, opposition = layout.stems
    # The rebuttal (5 days after the suit) left of the opposition (19 days
    # after the month-dated motion), which stands taller.
    assert rebuttal.x() < opposition.x() and opposition.y() < rebuttal.y()
    baseline = layout.plot.bottom()
    for top in layout.stems:
        assert rgb(image, top.x(), baseline - 3) == color.rgb()  # the stem
        assert rgb(image, top.x(), top.y() - 6) == LIGHT.paper.rgb()  # nothing above the dot
    assert rgb(image, rebuttal.x(), rebuttal.y()) == color.rgb()  # to the day: a full dot
    assert rgb(image, opposition.x(), opposition.y()) == LIGHT.paper.rgb()  # a month: hollow
    assert [text for _, text in layout.guides] == ["7 days", "1 month", "1 year"]
    assert [text for _, text in layout.years] == ["2024", "2025"]


def test_the_strip_is_drawn_on_the_themes_paper_in_a_colour_that_stands_out(qapp):
    timeline = load(replies_dict())
    court = timeline.party_index["court"]
    rhythm = party_rhythm(timeline, court)
    image = rhythm_image(rhythm, DARK, QColor("#000000"), words("en"), 240)
    assert rgb(image, 1, 1) == DARK.paper.rgb()
    # Black on a dark paper: the stem is edged in a lighter shade, to be seen.
    layout = lay_out(QRectF(0, 0, 240, HEIGHT_PX), rhythm, words("en"), QFontMetricsF(Fonts().axis))
    (ruling,) = layout.stems
    edge = DARK.edge(QColor("#000000"))
    assert edge.rgb() != QColor("#000000").rgb()
    assert rgb(image, ruling.x(), layout.plot.bottom() - 3) == edge.rgb()


def test_french_guides_and_sharp_on_a_high_density_screen(qapp):
    timeline = load(replies_dict())
    beta = timeline.party_index["beta"]
    rhythm = party_rhythm(timeline, beta)
    image = rhythm_image(rhythm, LIGHT, QColor("#D55E00"), words("fr"), 300, 2)
    assert (image.width(), image.height()) == (600, 2 * HEIGHT_PX)
    assert image.devicePixelRatio() == 2
    layout = lay_out(QRectF(0, 0, 300, HEIGHT_PX), rhythm, words("fr"), QFontMetricsF(Fonts().axis))
    assert [text for _, text in layout.guides] == ["7 jours", "1 mois", "1 an"]


def test_a_full_dot_stays_visible_on_a_dark_paper(qapp):
    timeline = load(replies_dict())
    court = timeline.party_index["court"]
    rhythm = party_rhythm(timeline, court)
    image = rhythm_image(rhythm, DARK, QColor("#000000"), words("en"), 240)
    layout = lay_out(QRectF(0, 0, 240, HEIGHT_PX), rhythm, words("en"), QFontMetricsF(Fonts().axis))
    (ruling,) = layout.stems
    # The ruling answers a month-dated motion: hollow; made exact, it is filled.
    assert rgb(image, ruling.x(), ruling.y()) == DARK.paper.rgb()
    exact = party_rhythm(load(replies_dict(motion="2024-04-02")), court)
    image = rhythm_image(exact, DARK, QColor("#000000"), words("en"), 240)
    (ruling,) = lay_out(
        QRectF(0, 0, 240, HEIGHT_PX), exact, words("en"), QFontMetricsF(Fonts().axis)
    ).stems
    assert rgb(image, ruling.x(), ruling.y()) == DARK.edge(QColor("#000000")).rgb()


def test_a_timeline_without_a_reply_draws_an_empty_strip(qapp):
    """Clicking a lane's name in a file with no reply (or as known on a day
    before the first) once raised 'ordinal must be >= 1'."""
    timeline = load(timeline_dict())
    rhythm = party_rhythm(timeline, 0)
    assert rhythm.replies == ()
    image = rhythm_image(rhythm, LIGHT, QColor("#D55E00"), words("en"), 320)
    assert (image.width(), image.height()) == (320, HEIGHT_PX)
    layout = lay_out(QRectF(0, 0, 320, HEIGHT_PX), rhythm, words("en"), QFontMetricsF(Fonts().axis))
    assert layout.stems == [] and layout.years == []
