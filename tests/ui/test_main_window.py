"""The window as a user drives it: filters, clicks, keys, language, export, errors."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QMessageBox

from frise.model.filters import Filter
from frise.scene.frame import NAME_PX
from frise.settings import Settings, load_settings
from frise.ui import export_dialog
from frise.ui.main_window import MainWindow
from tests.helpers.dialogs import save_as
from tests.helpers.timelines import timeline_dict, write


def lane_names(window) -> list[str]:
    timeline = window.timeline
    return [timeline.parties[lane.party].id for lane in window.view.filtered.lanes]


def party_item(window, party_id):
    items = window.filters.parties
    return next(
        items.item(k)
        for k in range(items.count())
        if items.item(k).data(Qt.ItemDataRole.UserRole) == party_id
    )


def test_opens_with_a_lane_per_party_and_the_whole_range(window):
    assert lane_names(window) == ["alpha", "beta", "courts"]
    view = window.view.view
    first, last = window.view.domain
    assert view.day0 == pytest.approx(first)
    assert view.day1 == pytest.approx(last)
    assert "Test timeline" in window.windowTitle()


def test_unticking_a_party_collapses_its_lane_and_counts_stay(window, qtbot):
    item = party_item(window, "beta")
    assert item.text() == "Beta  (3)"
    item.setCheckState(Qt.CheckState.Unchecked)
    assert lane_names(window) == ["alpha", "courts"]
    assert window.filter.parties == frozenset({"alpha", "courts"})
    window.filters.none_button.click()
    assert lane_names(window) == []
    window.filters.all_button.click()
    assert lane_names(window) == ["alpha", "beta", "courts"]
    assert window.filter.parties is None


def test_year_range_fits_the_view_and_updates_counts(window):
    window.filters.year_from.setValue(2024)
    window.filters.year_to.setValue(2024)
    first, last = window.view.filtered.domain
    assert (first, last) == (738886.0, 739252.0)  # 1 Jan 2024 .. 1 Jan 2025 as ordinals
    assert window.view.view.day0 == pytest.approx(first)
    assert party_item(window, "alpha").text() == "Alpha  (1)"
    shown = [window.timeline.events[i].id for i in window.view.filtered.events]
    assert shown == ["suit"]


def test_one_year_shortcut_sets_both_ends(window):
    combo = window.filters.one_year
    combo.setCurrentIndex(combo.findData(2015))
    combo.activated.emit(combo.currentIndex())
    assert (window.filter.year_from, window.filter.year_to) == (2015, 2015)
    assert window.filters.year_from.value() == 2015
    window.filters.reset_years.click()
    assert (window.filter.year_from, window.filter.year_to) == (None, None)


def test_clicking_an_event_shows_its_details_and_quotes(window, qtbot):
    suit = window.timeline.event_index["suit"]
    window.view.show_days(window.timeline.start[suit] - 20, window.timeline.start[suit] + 20)
    position = window.view.position_of(suit)
    assert position is not None
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=position.toPoint())
    assert window.selected == suit
    text = window.details.plain_text()
    assert "Alpha sues Beta" in text
    assert "29 Feb 2024" in text
    assert "“A betrayal of the mission.”" in text
    assert "Une trahison de la mission." not in text  # English reader: no translation needed
    assert "Judge Example" in text
    assert "https://example.org/report" in text
    assert "court filing" in text


def test_details_in_french_show_the_translation(window):
    window.set_lang("fr")
    window.select_event(window.timeline.event_index["suit"])
    text = window.details.plain_text()
    assert "Alpha poursuit Bêta" in text
    assert "29 févr. 2024" in text
    assert "Traduction : Une trahison de la mission." in text
    assert party_item(window, "beta").text().startswith("Bêta")
    assert window.view.renderer is not None


def test_keyboard_steps_through_events_in_time_order(window, qtbot):
    window.view.setFocus()
    ids = []
    for _ in range(5):
        qtbot.keyClick(window.view, Qt.Key.Key_Right)
        ids.append(window.timeline.events[window.selected].id)
    assert ids == ["founding", "exit", "suit", "trial", "trial"]
    qtbot.keyClick(window.view, Qt.Key.Key_Left)
    assert window.timeline.events[window.selected].id == "suit"
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert window.selected is None
    assert "Click an event" in window.details.plain_text()


def test_filtering_out_the_selected_event_clears_the_selection(window):
    window.select_event(window.timeline.event_index["exit"])
    window.set_filter(Filter(parties=frozenset({"beta"})))
    assert window.selected is None


def test_related_event_link_selects_it(window):
    window.select_event(window.timeline.event_index["trial"])
    assert "follows: Alpha sues Beta" in window.details.plain_text()
    window.details.eventRequested.emit("suit")
    assert window.selected == window.timeline.event_index["suit"]


def test_export_through_the_dialog_writes_the_picture(window, tmp_path, monkeypatch):
    out = tmp_path / "picture.png"
    monkeypatch.setattr(
        export_dialog.ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted
    )
    save_as(monkeypatch, out)
    window.settings.export_width, window.settings.export_scale = 1600, 1.0
    window.set_filter(Filter(parties=frozenset({"alpha", "courts"})))
    window.export()
    image = QImage(str(out))
    assert image.width() == 1600
    # The first lane is Alpha's: its colour stripe runs down the left edge.
    top = 34 + 40  # header + axis
    assert image.pixelColor(2, top + 20) == QColor("#D55E00")
    assert image.pixelColor(2, image.height() - 3) == QColor("#000000")
    assert image.pixelColor(int(NAME_PX) + 50, 10) == QColor("#FFFFFF")


def test_opening_a_broken_file_lists_problems_and_keeps_the_timeline(window, tmp_path, qtbot):
    before = window.timeline
    broken = write(
        tmp_path,
        timeline_dict(
            events=[{"id": "bad", "date": "2024-13-01", "parties": ["nobody"], "title": "x"}]
        ),
        "broken.json",
    )
    window.open_file(broken)
    box = window.findChild(QMessageBox, "problems")
    assert box is not None
    assert 'event "bad" › date' in box.text()
    assert 'no party has the id "nobody"' in box.text()
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert window.timeline is before
    box.close()


def test_settings_remember_language_filter_and_file(qtbot, timeline_file, private_dirs):
    config, _ = private_dirs
    path = config / "settings.json"
    window = MainWindow(Settings(lang="en"), path)
    qtbot.addWidget(window)
    window.open_file(timeline_file)
    window.set_lang("fr")
    window.set_filter(Filter(parties=frozenset({"alpha"}), year_from=2018))
    window.close()
    saved = load_settings(path)
    assert saved.lang == "fr"
    assert saved.recent_files[0] == str(timeline_file.resolve())

    again = MainWindow(saved, path)
    qtbot.addWidget(again)
    again.open_file(timeline_file)
    assert again.lang == "fr"
    assert again.filter == Filter(parties=frozenset({"alpha"}), year_from=2018)


def test_corrupt_settings_file_starts_with_defaults(qtbot, private_dirs):
    config, _ = private_dirs
    config.mkdir(parents=True)
    (config / "settings.json").write_text("{not json", encoding="utf-8")
    settings = load_settings(config / "settings.json")
    window = MainWindow(settings, config / "settings.json")
    qtbot.addWidget(window)
    assert window.settings.recent_files == []
    window.close()
    assert json.loads((config / "settings.json").read_text())["version"] == 1


def test_wheel_zooms_around_the_cursor(window, qtbot):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    view = window.view
    before = view.view
    x = NAME_PX + before.width / 3
    day_under_cursor = before.day(x - NAME_PX)
    wheel = QWheelEvent(
        QPointF(x, 200),
        QPointF(view.mapToGlobal(QPoint(int(x), 200))),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), wheel)
    after = view.view
    assert after.px_per_day > before.px_per_day * 1.4
    assert after.day(x - NAME_PX) == pytest.approx(day_under_cursor, abs=0.5)


def test_zoom_keys_and_fit(window, qtbot):
    view = window.view
    fitted = view.view.px_per_day
    window.zoom_in_action.trigger()
    assert view.view.px_per_day > fitted
    window.fit_action.trigger()
    assert view.view.px_per_day == pytest.approx(fitted)
    window.zoom_out_action.trigger()
    assert view.view.px_per_day == pytest.approx(fitted)  # cannot zoom out past the whole range


def test_a_selection_does_not_carry_into_the_next_file_opened(window, qtbot, tmp_path):
    """Seen: the 5th event of one file stayed ringed in the next, and → then
    jumped to the 6th."""
    window.view.setFocus()
    for _ in range(4):
        qtbot.keyClick(window.view, Qt.Key.Key_Right)
    assert window.timeline.events[window.selected].id == "trial"
    other = timeline_dict(
        events=[
            {"id": f"e{k}", "date": f"20{10 + k}-01-01", "parties": ["alpha"], "title": f"E{k}"}
            for k in range(8)
        ]
    )
    window.open_file(write(tmp_path, other, "other.json"))
    assert window.selected is None and window.view.selected is None
    assert window.view.highlight().selected is None  # nothing ringed
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    assert window.timeline.events[window.selected].id == "e0"


def test_following_a_related_link_centres_the_event_with_its_title(window, qtbot):
    """Seen: a link to a related event left it at the plot's right edge,
    untitled."""
    view = window.view
    window.fold_action.setChecked(False)  # plain calendar: days are evenly spaced
    suit = window.timeline.event_index["suit"]
    start = float(window.timeline.start[suit])
    window.select_event(window.timeline.event_index["trial"])
    # The suit just inside the right edge of a view of a few months.
    view.set_view(view.view.at(start - 100, view.view.width / 101))
    x = view.view.x(start)
    assert view.view.width - 20 < x <= view.view.width
    window.details.eventRequested.emit("suit")
    assert window.selected == suit
    x = view.view.x(start)
    assert view.view.width / 3 < x < view.view.width * 2 / 3
    assert view._is_titled(view.layout_frame(), suit)
