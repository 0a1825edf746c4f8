"""French as French writes it: counts of a thousand or more grouped (« 1 200 »,
a narrow no-break space), a no-break space before « ; » and « : ».
(Elision before a name: tests/model/test_i18n.py.)"""

from __future__ import annotations

import pytest

from frise.settings import Settings
from frise.ui.main_window import MainWindow
from tests.helpers.timelines import event, timeline_dict, write

NNBSP, NBSP = "\u202f", "\u00a0"
COUNT = 1200


def thousand_quotes() -> dict:
    """1,200 events of one party, each with a sourced quote."""
    return timeline_dict(
        events=[
            event(
                f"e{k}",
                f"{1900 + k // 12}-{1 + k % 12:02d}-01",
                ["alpha"],
                f"Event {k}",
                sources=[{"url": f"https://example.org/{k}", "publisher": "Example"}],
                quotes=[{"speaker": "alpha", "text": f"Quote {k}", "lang": "en", "source": 0}],
            )
            for k in range(COUNT)
        ]
    )


@pytest.fixture
def french_window(qtbot, tmp_path, private_dirs):
    config, _ = private_dirs
    window = MainWindow(Settings(lang="fr"), config / "settings.json")
    qtbot.addWidget(window)
    window.open_file(write(tmp_path, thousand_quotes()))
    return window


def test_counts_of_a_thousand_or_more_are_grouped_in_the_french_window(french_window):
    window = french_window
    grouped = f"1{NNBSP}200"
    assert window.status.text().startswith(f"{grouped} sur {grouped} événements")
    assert window.quotes.count.text() == f"{grouped} sur {grouped} citations"
    assert window.filters.parties.item(0).text().endswith(f"({grouped})")


def test_the_english_window_groups_with_a_comma(qtbot, tmp_path, private_dirs):
    config, _ = private_dirs
    window = MainWindow(Settings(lang="en"), config / "settings.json")
    qtbot.addWidget(window)
    window.open_file(write(tmp_path, thousand_quotes()))
    assert window.status.text().startswith("1,200 of 1,200 events")
    assert window.quotes.count.text() == "1,200 of 1,200 quotes"


def test_the_export_summary_spaces_its_semicolons_in_french(french_window):
    summary = french_window.exports.filter_summary()
    assert f"{NBSP}; " in summary
    assert " ;" not in summary and "s; " not in summary


def test_french_quotes_are_between_guillemets(french_window):
    model = french_window.quotes.model
    assert model.data(model.index(0, 2)) == f"«{NBSP}Quote 0{NBSP}»"
