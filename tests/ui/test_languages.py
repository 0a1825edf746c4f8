"""The window in the reader's language: from the first frame, switched while
it runs (interface and data together), and a data language of its own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from frise.settings import Settings
from frise.ui.main_window import MainWindow
from tests.helpers.timelines import event, timeline_dict, write
from tests.ui.conftest import quoted_timeline


def drawn_words(frame, renderer) -> list[str]:
    """The words Frise itself drew on a frame: legend, axis, shown range."""
    labels = [label for _, label in renderer.header.legend(frame)]
    labels += [tick.label for tick in (*frame.axis.minor, *frame.axis.major)]
    return labels


def settle() -> None:
    """Let Qt deliver the LanguageChange events a new translator posts."""
    QApplication.processEvents()
    QApplication.processEvents()


def test_started_in_french_the_first_frame_is_french(qtbot, timeline_file, private_dirs):
    config, _ = private_dirs
    window = MainWindow(Settings(lang="fr"), config / "settings.json")
    qtbot.addWidget(window)
    painted = []
    paint = window.view.renderer.paint
    window.view.renderer.paint = lambda painter, frame, *rest: (
        painted.append(frame),
        paint(painter, frame, *rest),
    )
    window.resize(1400, 800)
    window.open_file(timeline_file)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: bool(painted))
    first = painted[0]
    assert first.scene.lang == "fr"
    assert first.scene.words.lang == "fr"
    words = drawn_words(first, window.view.renderer)
    assert {"confirmé", "allégué", "contesté"} <= set(words)
    assert "Frise de test" in window.windowTitle()
    assert window.menuBar().actions()[0].text() == "&Fichier"
    assert window.filters.all_button.text() == "Tous"
    assert window.details.plain_text().startswith("Cliquez sur un événement")


def test_french_months_on_the_axis_of_a_french_window(qtbot, tmp_path, private_dirs):
    doc = timeline_dict(
        events=[
            event("a", "2024-01-10", ["alpha"], "A"),
            event("b", "2024-11-20", ["beta"], "B"),
        ]
    )
    config, _ = private_dirs
    window = MainWindow(Settings(lang="fr"), config / "settings.json")
    qtbot.addWidget(window)
    window.resize(1400, 800)
    window.open_file(write(tmp_path, doc))
    window.show()
    qtbot.waitExposed(window)
    window.fold_action.setChecked(False)
    labels = " ".join(drawn_words(window.view.layout_frame(), window.view.renderer))
    assert "janv." in labels and "juil." in labels, labels
    assert not any(month in labels for month in ("Feb", "Aug", "Jan")), labels


def test_view_language_switches_interface_and_data_while_it_runs(window, qtbot):
    window.select_event(window.timeline.event_index["suit"])
    french = next(a for a in window.lang_actions.actions() if a.data() == "fr")
    french.trigger()
    settle()
    assert window.lang == "fr"
    assert window.menuBar().actions()[0].text() == "&Fichier"
    assert window.filter_dock.windowTitle() == "Filtres"
    assert window.filters.party_box.title() == "Parties"
    assert window.filters.reset_years.text() == "Toutes les années"
    assert window.quotes.model.headerData(1, Qt.Orientation.Horizontal) == "Qui"
    assert window.status.text() == "4 sur 4 événements · 3 couloirs"
    assert "Alpha poursuit Bêta" in window.details.plain_text()
    assert "Certitude : confirmé" in window.details.plain_text()
    frame = window.view.layout_frame()
    assert "confirmé" in drawn_words(frame, window.view.renderer)
    assert "Frise de test" in window.windowTitle()
    assert window.search_field.placeholderText() == "Chercher des événements (Ctrl+F)"
    assert window.search_field.accessibleName() == "Chercher des événements"

    english = next(a for a in window.lang_actions.actions() if a.data() == "en")
    english.trigger()
    settle()
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.filter_dock.windowTitle() == "Filters"
    assert window.status.text() == "4 of 4 events · 3 lanes"
    assert "Certainty: confirmed" in window.details.plain_text()
    assert window.search_field.placeholderText() == "Find events (Ctrl+F)"
    assert "confirmed" in drawn_words(window.view.layout_frame(), window.view.renderer)


def test_plural_forms_in_the_status_bar(window, qtbot):
    window.filters.none_button.click()
    assert window.status.text() == "0 of 4 events · 0 lanes"
    window.set_lang("fr")
    settle()
    assert window.status.text() == "0 sur 4 événements · 0 couloir"


def test_a_data_language_of_its_own(qtbot, tmp_path, private_dirs):
    doc = quoted_timeline()
    doc["title"] = {"en": "Test timeline", "fr": "Frise de test", "de": "Testzeitleiste"}
    doc["events"][0]["title"] = {"en": "Founded", "de": "Gegründet"}
    config, _ = private_dirs
    window = MainWindow(Settings(lang="fr"), config / "settings.json")
    qtbot.addWidget(window)
    window.open_file(write(tmp_path, doc))
    window.show()
    qtbot.waitExposed(window)
    assert "de" in window.data_languages()
    window.set_data_lang("de")
    frame = window.view.layout_frame()
    assert frame.scene.lang == "de"
    assert frame.scene.words.lang == "fr"  # the legend stays in the interface's language
    assert "Testzeitleiste" in window.windowTitle()
    assert window.menuBar().actions()[0].text() == "&Fichier"
    window.select_event(window.timeline.event_index["founding"])
    assert window.details.plain_text().startswith("Gegründet")
    assert "Certitude" in window.details.plain_text()
    assert window.settings.data_lang == "de"
    # Choosing the interface's language again brings the data along.
    window.set_lang("en")
    assert window.view.layout_frame().scene.lang == "en"
    assert window.settings.data_lang is None


def test_the_data_language_menu_lists_the_files_languages(window, qtbot):
    window._fill_data_languages()
    texts = [a.text() for a in window.data_lang_menu.actions() if a.text()]
    assert texts[0] == "Same as the interface"
    assert any("(fr)" in text for text in texts)
