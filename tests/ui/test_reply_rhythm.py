"""Reply rhythm in the window: the details say who replied and how long
after, both ways; clicking a lane's name shows the party, with its rhythm
strip; as known on a day, later replies are left out."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QTextDocument

from frise.model.filters import Filter, apply_filter
from frise.scene.frame import NAME_PX
from frise.scene.overlays import arc_label
from frise.scene.theme import DARK
from frise.settings import Settings
from frise.translations import words
from frise.ui.details import RHYTHM_URL, DetailsPanel
from frise.ui.main_window import MainWindow
from tests.helpers.replies import replies_dict
from tests.helpers.timelines import load, write


def day(text: str) -> int:
    return dt.date.fromisoformat(text).toordinal()


@pytest.fixture
def timeline():
    return load(replies_dict())


@pytest.fixture
def panel(qtbot):
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.resize(360, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def lines(panel: DetailsPanel) -> list[str]:
    return panel.plain_text().splitlines()


def test_the_answered_event_says_who_replied_and_how_long_after(panel, timeline):
    panel.show_event(timeline, timeline.event_index["suit"], "en", words("en"))
    assert "Beta replied 5 days later: Beta calls the suit incoherent (5 Mar 2024)" in lines(panel)
    # A withdrawal is no reply: it keeps its relation's name.
    assert "withdrawn by: Alpha withdraws (11 Jun 2024)" in lines(panel)
    panel.show_event(timeline, timeline.event_index["motion"], "en", words("en"))
    assert "Beta replied the same month: Beta opposes the injunction (20 Apr 2024)" in lines(panel)
    assert (
        "The court replied 11 months later: The court denies the injunction (4 Mar 2025)"
        in lines(panel)
    )


def test_the_reply_says_how_long_after_what_it_answers(panel, timeline):
    panel.show_event(timeline, timeline.event_index["rebuttal"], "en", words("en"))
    assert "Beta replied 5 days after: Alpha sues Beta (29 Feb 2024)" in lines(panel)
    panel.show_event(timeline, timeline.event_index["rebuttal"], "fr", words("fr"))
    assert "Bêta — réponse 5 jours après : Alpha sues Beta (29 févr. 2024)" in lines(panel)
    panel.show_event(timeline, timeline.event_index["suit"], "fr", words("fr"))
    assert (
        "Bêta — réponse 5 jours plus tard : Bêta juge la plainte incohérente (5 mars 2024)"
        in lines(panel)
    )


def test_as_known_on_a_day_replies_not_yet_public_are_left_out(panel, timeline):
    suit = timeline.event_index["suit"]
    filtered = apply_filter(timeline, Filter(as_of=day("2024-03-04")))
    panel.show_event(timeline, suit, "en", words("en"), filtered)
    assert not any("replied" in line or "withdrawn" in line for line in lines(panel))
    filtered = apply_filter(timeline, Filter(as_of=day("2024-03-05")))
    panel.show_event(timeline, suit, "en", words("en"), filtered)
    assert any(line.startswith("Beta replied 5 days later") for line in lines(panel))
    assert not any("withdrawn" in line for line in lines(panel))


def strip(panel: DetailsPanel) -> QImage:
    image = panel.document().resource(QTextDocument.ResourceType.ImageResource, RHYTHM_URL)
    assert isinstance(image, QImage)
    return image


def test_a_partys_details_show_its_rhythm_strip_and_each_reply(panel, timeline):
    beta = timeline.party_index["beta"]
    panel.show_party(timeline, beta, "en", words("en"))
    assert panel.party_index == beta and panel.event_index is None
    text = lines(panel)
    assert text[0] == "● Beta"
    assert "5 events" in text and "The lab being sued." in text
    assert "REPLY RHYTHM" in text
    assert "2 replies; median delay: 12 days" in text
    k = text.index("Beta calls the suit incoherent (5 Mar 2024)")
    assert text[k + 1] == "Beta replied 5 days after: Alpha sues Beta"
    assert "Beta replied the same month: Alpha asks for an injunction" in text
    image = strip(panel)
    assert image.width() / image.devicePixelRatio() == panel.strip_width()
    # The strip holds the party's colour (its stems) on the theme's paper.
    assert image.pixelColor(0, 0).rgb() == panel.theme.paper.rgb()
    colours = {image.pixelColor(x, y).rgb() for x in range(image.width()) for y in range(0, 90, 3)}
    assert QColor(timeline.colors[beta]).rgb() in colours


def test_a_party_without_replies_and_in_french_and_dark(panel, timeline):
    alpha = timeline.party_index["alpha"]
    panel.show_party(timeline, alpha, "en", words("en"))
    assert "No event of Alpha is marked as a reply to another." in lines(panel)
    assert panel.document().resource(QTextDocument.ResourceType.ImageResource, RHYTHM_URL)
    panel.set_theme(DARK)
    panel.show_party(timeline, timeline.party_index["beta"], "fr", words("fr"))
    text = lines(panel)
    assert "RYTHME DES RÉPONSES" in text
    assert "2 réponses ; délai médian : 12 jours" in text
    assert strip(panel).pixelColor(0, 0).rgb() == DARK.paper.rgb()
    panel.show_party(timeline, alpha, "fr", words("fr"))
    # The party named first, so no « de » to elide before a vowel (« de Alpha »).
    assert "Alpha : aucun événement n'est indiqué comme réponse à un autre." in lines(panel)


def test_a_partys_rhythm_as_known_on_a_day(panel, timeline):
    beta = timeline.party_index["beta"]
    filtered = apply_filter(timeline, Filter(as_of=day("2024-03-31")))
    panel.show_party(timeline, beta, "en", words("en"), filtered)
    text = lines(panel)
    assert "As known on 31 Mar 2024: later replies are left out." in text
    assert "1 reply; median delay: 5 days" in text
    assert "2 events" in text  # the suit and the rebuttal; the rest came later


def test_the_strip_follows_the_panels_width(panel, timeline, qtbot):
    panel.show_party(timeline, timeline.party_index["beta"], "en", words("en"))
    narrow = strip(panel).width()
    panel.resize(560, 700)
    qtbot.waitUntil(lambda: strip(panel).width() > narrow + 100)


@pytest.fixture
def window(qtbot, tmp_path, private_dirs):
    window = MainWindow(Settings(lang="en"))
    qtbot.addWidget(window)
    window.resize(1400, 800)
    window.open_file(write(tmp_path, replies_dict()))
    window.show()
    qtbot.waitExposed(window)
    return window


def lane_name_point(window: MainWindow, party_id: str) -> QPointF:
    frame = window.view.layout_frame()
    assert frame is not None
    party = window.timeline.party_index[party_id]
    lane = next(lane for lane in frame.lanes if lane.party == party and lane.claimant is None)
    return QPointF(NAME_PX / 2, lane.top + lane.box.height / 2)


def test_clicking_a_lane_name_shows_the_party_until_an_event_is_chosen(window, qtbot):
    point = lane_name_point(window, "beta").toPoint()
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.shown_party == "beta"
    assert window.details.party_index == window.timeline.party_index["beta"]
    assert "REPLY RHYTHM" in window.details.plain_text()
    # The day shown changes: the party stays, as known then.
    window.set_as_of(day("2024-03-31"))
    assert "1 reply; median delay: 5 days" in window.details.plain_text()
    window.set_as_of(None)
    # A link in the rhythm's list opens that event.
    window.details.eventRequested.emit("rebuttal")
    assert window.selected == window.timeline.event_index["rebuttal"]
    assert window.shown_party is None and window.details.party_index is None
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.details.party_index is not None
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert window.shown_party is None
    assert window.details.party_index is None and window.details.event_index is None


def test_a_claims_sub_lane_name_shows_the_claimant(qtbot, tmp_path, private_dirs):
    doc = replies_dict()
    claim = {"id": "claim", "date": "2024-05-01", "parties": ["alpha"], "title": "Beta says"}
    doc["events"].append(claim | {"certainty": "alleged", "claimed_by": ["beta"]})
    window = MainWindow(Settings(lang="en"))
    qtbot.addWidget(window)
    window.resize(1400, 800)
    window.open_file(write(tmp_path, doc))
    window.show()
    window.set_mode("claims")
    frame = window.view.layout_frame()
    assert frame is not None
    beta = window.timeline.party_index["beta"]
    lane = next(lane for lane in frame.lanes if lane.claimant == beta)
    assert lane.party == window.timeline.party_index["alpha"]
    assert window.view.party_at(QPointF(NAME_PX / 2, lane.top + lane.box.height / 2)) == beta
    # Outside the name column, or above the lanes, no party.
    assert window.view.party_at(QPointF(NAME_PX + 5, lane.top + 2)) is None
    assert window.view.party_at(QPointF(5, frame.lanes_top - 5)) is None


def test_a_replys_arc_gives_the_delay_the_details_give(qtbot, tmp_path, private_dirs):
    doc = replies_dict()
    doc["events"] += [
        {"id": "notes", "date": "2017-11", "parties": ["alpha"], "title": "Notes"},
        {
            "id": "answer",
            "date": "2026-01-16",
            "parties": ["beta"],
            "title": "Answer",
            "related": [{"event": "notes", "relation": "responds-to"}],
        },
    ]
    doc["events"][-2]["revealed"] = "2026-01-09"
    window = MainWindow(Settings(lang="en"))
    qtbot.addWidget(window)
    window.resize(1400, 800)
    window.open_file(write(tmp_path, doc))
    window.show()
    answer = window.timeline.event_index["answer"]
    window.select_event(answer)
    frame = window.view.layout_frame()
    (link,) = window.view.arcs
    # Written in 2017, public a week before the answer: a prompt answer.
    assert arc_label(frame, link) == "responds to · +7 days"
    assert "Beta replied 7 days after: Notes (Nov 2017)" in window.details.plain_text()


def test_ctrl_d_shows_the_selected_events_party_then_the_next(window, qtbot):
    # The keyboard's way to what clicking a lane's name shows.
    window.select_event(window.timeline.event_index["rebuttal"])  # Beta's, then Alpha's
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.shown_party == "beta"
    assert window.details.party_index == window.timeline.party_index["beta"]
    assert "REPLY RHYTHM" in window.details.plain_text()
    assert not window.details_dock.visibleRegion().isEmpty()
    shown = []
    for _ in range(3):
        qtbot.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        shown.append(window.shown_party)
    assert shown == ["court", "alpha", "beta"]  # lane after lane, round again
    assert window.party_action in window.go_menu.actions()
    assert any("Ctrl+D" in keys for keys, _ in window.shortcut_rows())


def test_a_party_named_in_an_events_details_is_a_link_tab_and_enter_follow(window, qtbot):
    window.select_event(window.timeline.event_index["rebuttal"])
    details = window.details
    assert "Parties: ● Beta  ● Alpha" in details.plain_text()
    details.setFocus()
    qtbot.keyClick(details, Qt.Key.Key_Tab)  # the first link: the first party
    assert details.textCursor().selectedText() == "Beta"
    qtbot.keyClick(details, Qt.Key.Key_Return)
    assert window.shown_party == "beta"
    assert window.selected is None
    assert "The lab being sued." in details.plain_text()
