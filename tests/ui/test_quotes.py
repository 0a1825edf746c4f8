"""The quote explorer as a reader uses it: search, pick a speaker, click a quote."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt


def test_lists_every_quote_and_filters_by_text_and_speaker(window):
    panel = window.quotes
    assert [row.text for row in panel.shown()] == ["A betrayal of the mission.", "Noted."]
    assert panel.count.text() == "2 of 2 quotes"
    panel.search.setText("BETRAYAL")
    assert [row.text for row in panel.shown()] == ["A betrayal of the mission."]
    panel.search.clear()
    panel.speaker.setCurrentIndex(panel.speaker.findData("Judge Example"))
    assert [row.speaker for row in panel.shown()] == ["Judge Example"]
    assert panel.model.data(panel.model.index(0, 2)) == "“Noted.”"


def test_clicking_a_quote_selects_and_centres_its_event(window, qtbot):
    panel = window.quotes
    window.view.zoom_by(50)  # far from 2024
    window.view.pan_by(1e9)
    index = panel.model.index(0, 2)
    rect = panel.table.visualRect(index)
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    suit = window.timeline.event_index["suit"]
    assert window.selected == suit
    assert window.view.position_of(suit) is not None
    assert "Alpha sues Beta" in window.details.plain_text()


def test_a_quote_of_a_filtered_out_event_clears_the_filter(window):
    window.filters.none_button.click()
    window.quotes.quoteActivated.emit(window.timeline.event_index["suit"])
    assert window.filter.parties is None
    assert window.selected == window.timeline.event_index["suit"]


def test_quote_cells_and_tooltips_show_markup_as_text(window):
    model = window.quotes.model
    row = dataclasses.replace(model.rows[0], text="<b>bold</b> & <i>x</i>")
    model.set_rows([row])
    assert model.data(model.index(0, 2)) == "“<b>bold</b> & <i>x</i>”"
    tip = model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole)
    assert tip == "<p>“&lt;b&gt;bold&lt;/b&gt; &amp; &lt;i&gt;x&lt;/i&gt;”</p>"


def test_french_headers_and_translation_column(window):
    window.set_lang("fr")
    model = window.quotes.model
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Citation"
    assert model.data(model.index(0, 3)) == "Une trahison de la mission."


def test_as_of_a_day_quotes_not_yet_public_are_held_back_even_with_all_quotes(window):
    panel = window.quotes
    # The suit's first quote is read in a report of 1 Mar 2024; the second names no source.
    window.set_as_of(dt.date(2024, 2, 29).toordinal())
    assert [row.text for row in panel.shown()] == ["Noted."]
    assert panel.count.text() == "1 of 2 quotes · 1 not yet public"
    panel.all_quotes.setChecked(True)
    assert [row.text for row in panel.shown()] == ["Noted."]
    window.set_as_of(dt.date(2024, 3, 1).toordinal())
    assert [row.text for row in panel.shown()] == ["A betrayal of the mission.", "Noted."]
    assert panel.count.text() == "2 of 2 quotes"
    window.set_as_of(dt.date(2020, 1, 1).toordinal())
    assert panel.shown() == []
    window.set_as_of(None)
    assert len(panel.shown()) == 2
