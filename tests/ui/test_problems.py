"""A file the window refuses is said to be wrong in the interface's language:
the "cannot open" dialog, the reload bar and an import's notes."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from frise.settings import Settings
from frise.ui.main_window import MainWindow
from tests.helpers.sheets import write_xlsx
from tests.helpers.timelines import timeline_dict, write
from tests.ui.conftest import quoted_timeline

WAIT_MS = 10_000  # a ceiling for slow machines, not a measure

BROKEN = timeline_dict(
    events=[
        {"id": "bad", "date": "2024-02-30", "parties": ["nobody"], "title": "x"},
        {"id": "worse", "date": "2024", "parties": ["alpha"], "title": "y", "colour": "red"},
    ]
)


@pytest.fixture
def french_window(qtbot, timeline_file, private_dirs):
    config, _ = private_dirs
    window = MainWindow(Settings(lang="fr"), config / "settings.json")
    qtbot.addWidget(window)
    window.resize(1400, 800)
    window.open_file(timeline_file)
    window.show()
    qtbot.waitExposed(window)
    return window


def settle() -> None:
    """Let Qt deliver the LanguageChange events a new translator posts."""
    QApplication.processEvents()
    QApplication.processEvents()


def test_a_french_window_says_what_is_wrong_with_a_file_in_french(french_window, tmp_path):
    shown = french_window.timeline
    french_window.open_file(write(tmp_path, BROKEN, "cassé.json"))
    box = french_window.findChild(QMessageBox, "problems")
    assert box is not None
    text = box.text()
    assert text.startswith("cassé.json")
    assert (
        'événement "bad" › date\u00a0: "2024-02-30" n\'est pas une date réelle du calendrier'
        in text
    )
    assert 'événement "bad" › parties[0]\u00a0: aucune partie n\'a l\'identifiant "nobody"' in text
    assert (
        'événement "worse" › colour\u00a0: n\'est pas un champ du format '
        "(une faute de frappe\u00a0?)" in text
    )
    assert "not a real" not in text and "no party" not in text
    assert "not a real" not in box.detailedText()
    assert french_window.timeline is shown
    box.close()


def test_an_english_window_keeps_the_english_words(window, tmp_path):
    window.open_file(write(tmp_path, BROKEN, "broken.json"))
    box = window.findChild(QMessageBox, "problems")
    assert 'event "bad" › date: "2024-02-30" is not a real calendar date' in box.text()
    assert 'event "bad" › parties[0]: no party has the id "nobody"' in box.text()
    box.close()


def test_a_broken_spreadsheet_in_a_french_window_is_told_at_feuille_ligne_colonne(
    french_window, tmp_path, qtbot, monkeypatch
):
    rows = [
        ["Year", "Month", "Day", "Headline"],
        ["2019", "13", "", "Bad month"],
        ["2020", "", "", ""],
    ]
    sheet = write_xlsx(tmp_path / "récit.xlsx", rows, sheet="Récit")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sheet), ""))
    french_window.import_action.trigger()
    qtbot.waitUntil(
        lambda: french_window.findChild(QMessageBox, "problems") is not None, timeout=WAIT_MS
    )
    text = french_window.findChild(QMessageBox, "problems").text()
    assert (
        'feuille "Récit", ligne 2, colonne B ("Month")\u00a0: '
        "doit être un mois de 1 à 12 (valeur trouvée\u00a0: 13)" in text
    )
    assert 'feuille "Récit", ligne 3, colonne D ("Headline")\u00a0: il faut un titre' in text


def test_an_import_s_notes_are_french_in_a_french_window(french_window, tmp_path, qtbot):
    rows = [["Year", "Headline", "Time"], ["2019", "One", "10:00"], ["2020", "Two", ""]]
    sheet = write_xlsx(tmp_path / "notes.xlsx", rows)
    french_window.import_path(sheet)
    qtbot.waitUntil(
        lambda: french_window.findChild(QMessageBox, "offer-save") is not None, timeout=WAIT_MS
    )
    box = french_window.findChild(QMessageBox, "offer-save")
    assert "a été lu comme un tableur TimelineJS" in box.text()
    notes = box.detailedText()
    assert "les heures ne sont pas conservées" in notes and "(ligne 2)" in notes
    assert "identifiants faits à partir des titres pour 2 événements" in notes
    assert "times are not kept" not in notes
    box.close()


def test_the_reload_bar_says_the_first_problem_in_the_interface_s_language(
    french_window, timeline_file, qtbot
):
    broken = quoted_timeline()
    broken["events"][1]["date"] = "2018-13"
    timeline_file.write_text(json.dumps(broken), encoding="utf-8")
    qtbot.waitUntil(french_window.problem_bar.isVisible, timeout=WAIT_MS)
    label = french_window.problem_bar.label
    assert (
        'événement "exit" › date\u00a0: "2018-13"\u00a0: il n\'y a pas de mois 13' in label.text()
    )

    french_window.set_lang("en")
    settle()
    assert 'event "exit" › date: "2018-13": there is no month 13' in label.text()

    french_window.problem_bar.details_button.click()
    box = french_window.findChild(QMessageBox, "problems")
    assert "there is no month 13" in box.detailedText()
    box.close()
