"""Following a thread as a user does: arcs for the selected event's relations,
labelled on hover; Alt+→ / Alt+← along the thread; Ctrl+T for the thread
alone; exports of a thread keep the arcs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog

from frise.model.threads import Link
from frise.scene.frame import NAME_PX
from frise.scene.overlays import arc_label
from frise.scene.theme import LIGHT
from frise.settings import Settings
from frise.ui import export_dialog
from frise.ui.main_window import MainWindow
from tests.helpers.dialogs import save_as
from tests.helpers.timelines import event, timeline_dict, write


def saga() -> dict:
    return timeline_dict(
        events=[
            event("suit", "2024-02-29", ["alpha"], "State suit"),
            event(
                "reply",
                "2024-03-05",
                ["beta"],
                "First rebuttal",
                related=[{"event": "suit", "relation": "responds-to"}],
            ),
            event(
                "withdrawn",
                "2024-06-11",
                ["alpha"],
                "Suit withdrawn",
                related=[{"event": "suit", "relation": "withdraws"}],
            ),
            event(
                "refiled",
                "2024-08-05",
                ["alpha"],
                "Federal suit",
                related=[{"event": "withdrawn", "relation": "follows"}],
            ),
            event("other", "2024-04-01", ["beta"], "Unrelated deal"),
            event(
                "amended",
                "2024-11-14",
                ["alpha", "beta"],
                "Amended complaint",
                related=[{"event": "refiled", "relation": "amends"}],
            ),
        ]
    )


@pytest.fixture
def window(qtbot, tmp_path, private_dirs):
    config, _ = private_dirs
    window = MainWindow(Settings(lang="en"), config / "settings.json")
    qtbot.addWidget(window)
    window.resize(1400, 800)
    window.open_file(write(tmp_path, saga()))
    window.show()
    qtbot.waitExposed(window)
    return window


def event_id(window) -> str:
    return window.timeline.events[window.selected].id


def index(window, event_id: str) -> int:
    return window.timeline.event_index[event_id]


def test_selecting_an_event_draws_its_relations_both_ways(window):
    window.select_event(index(window, "suit"))
    assert window.view.arcs == (
        Link(index(window, "reply"), index(window, "suit"), "responds-to"),
        Link(index(window, "withdrawn"), index(window, "suit"), "withdraws"),
    )
    window.select_event(index(window, "other"))
    assert window.view.arcs == ()
    window.select_event(None)
    assert window.view.arcs == ()


def test_alt_arrows_walk_the_thread_by_date(window, qtbot):
    window.select_event(index(window, "suit"))
    window.view.setFocus()
    walked = [event_id(window)]
    for _ in range(5):
        qtbot.keyClick(window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        walked.append(event_id(window))
    assert walked == ["suit", "reply", "withdrawn", "refiled", "amended", "amended"]
    assert window.statusBar().currentMessage() == "The last event of this thread"
    qtbot.keyClick(window.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert event_id(window) == "refiled"
    # Each step is centred with its title showing, and its relations drawn.
    assert window.view.position_of(window.selected) is not None
    assert len(window.view.arcs) == 2


def test_alt_arrows_from_the_quotes_table_too(window, qtbot):
    window.select_event(index(window, "reply"))
    window.quotes.table.setFocus()
    qtbot.keyClick(window.quotes.table, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert event_id(window) == "withdrawn"


def test_walking_says_so_without_a_selection_or_a_thread(window, qtbot):
    window.thread_next_action.trigger()
    assert window.statusBar().currentMessage() == "Select an event first"
    window.select_event(index(window, "other"))
    window.thread_next_action.trigger()
    assert window.statusBar().currentMessage() == "This event is linked to no other"


def test_ctrl_t_shows_the_thread_alone_with_every_arc_and_back(window, qtbot):
    window.select_event(index(window, "withdrawn"))
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    shown = sorted(window.timeline.events[i].id for i in window.filtered.events)
    assert shown == ["amended", "refiled", "reply", "suit", "withdrawn"]
    assert window.thread_only_action.isChecked()
    assert len(window.view.arcs) == 4
    assert window.filters.thread_box.isVisibleTo(window.filters)
    assert window.filters.thread_note.text() == "Showing one thread only (5 events)."
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert len(window.filtered.events) == 6
    assert not window.thread_only_action.isChecked()
    assert len(window.view.arcs) == 2  # the selection's own again
    window.show_thread_only()
    window.filters.show_all_events.click()
    assert window.filter.thread is None


def test_hovering_an_arc_labels_it_with_the_relation_and_the_delay(window, qtbot):
    suit = index(window, "suit")
    window.select_event(suit)
    view = window.view
    frame = view.layout_frame()
    arcs = view.renderer.arcs.arcs(frame, view.arcs)
    withdrawal = next(arc for arc in arcs if arc.link.relation == "withdraws")
    point = withdrawal.path.pointAtPercent(0.5) + QPointF(NAME_PX, 0)
    qtbot.mouseMove(view.viewport(), point.toPoint())
    assert view.hovered_arc == withdrawal.link
    assert arc_label(frame, withdrawal.link) == "withdraws · +3 months"
    view.grab()  # the label paints
    window.set_lang("fr")
    assert arc_label(view.layout_frame(), withdrawal.link) == "retire · +3 mois"


def test_an_export_of_a_thread_keeps_its_arcs(window, tmp_path, monkeypatch):
    out = tmp_path / "thread.png"
    monkeypatch.setattr(
        export_dialog.ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted
    )
    save_as(monkeypatch, out)
    window.settings.export_width, window.settings.export_scale = 1600, 1.0
    window.select_event(index(window, "refiled"))
    window.show_thread_only()
    window.export()
    assert arc_pixels(QImage(str(out))) > 100
    window.show_thread_only()  # every event, nothing selected: no arc
    window.select_event(None)
    window.export()
    assert arc_pixels(QImage(str(out))) == 0


def arc_pixels(image: QImage) -> int:
    """Pixels of the arcs' colour, or close to it."""
    target = LIGHT.arc
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(int(NAME_PX), image.width(), 2):
            color = image.pixelColor(x, y)
            if (
                abs(color.red() - target.red()) < 30
                and abs(color.green() - target.green()) < 30
                and abs(color.blue() - target.blue()) < 30
            ):
                count += 1
    return count


def test_arc_colour_is_not_a_party_colour(window):
    assert LIGHT.arc not in [QColor(c) for c in window.timeline.colors]
