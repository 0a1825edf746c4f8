from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from frise.settings import Settings
from frise.ui.main_window import MainWindow
from tests.helpers.timelines import event, timeline_dict, write


def quoted_timeline() -> dict:
    """Three parties, a range, a multi-party event with quotes and sources."""
    return timeline_dict(
        parties=[
            {"id": "alpha", "name": "Alpha", "color": "#D55E00"},
            {"id": "beta", "name": {"en": "Beta", "fr": "Bêta"}, "color": "#0072B2"},
            {"id": "courts", "name": {"en": "Courts", "fr": "Tribunaux"}, "color": "#000000"},
        ],
        events=[
            event(
                "founding",
                "2015-12-11",
                ["alpha", "beta"],
                {"en": "Alpha and Beta found the lab", "fr": "Alpha et Bêta fondent le labo"},
            ),
            event("exit", "2018", ["alpha"], "Alpha leaves", certainty="reported"),
            event(
                "suit",
                "2024-02-29",
                ["alpha", "beta", "courts"],
                {"en": "Alpha sues Beta", "fr": "Alpha poursuit Bêta"},
                kind="filing",
                summary={"en": "Alpha went to court.", "fr": "Alpha saisit la justice."},
                quotes=[
                    {
                        "speaker": "alpha",
                        "text": "A betrayal of the mission.",
                        "lang": "en",
                        "translation": {"fr": "Une trahison de la mission."},
                        "source": 0,
                    },
                    {"speaker": "Judge Example", "text": "Noted.", "lang": "en"},
                ],
                sources=[
                    {
                        "title": "Report",
                        "url": "https://example.org/report",
                        "publisher": "Example News",
                        "date": "2024-03-01",
                    }
                ],
            ),
            event(
                "trial",
                "2026-04-27",
                ["courts", "alpha", "beta"],
                "The trial",
                end="2026-05-14",
                related=[{"event": "suit", "relation": "follows"}],
            ),
        ],
    )


@pytest.fixture
def timeline_file(tmp_path):
    return write(tmp_path, quoted_timeline())


@pytest.fixture
def window(qtbot, timeline_file, private_dirs):
    config, _ = private_dirs
    window = MainWindow(Settings(lang="en"), config / "settings.json")
    qtbot.addWidget(window)
    window.resize(1400, 800)
    window.open_file(timeline_file)
    window.show()
    qtbot.waitExposed(window)
    return window


REAL_FILE_DIALOG_EXEC = QFileDialog.exec


@pytest.fixture(autouse=True)
def no_file_dialog_waits(monkeypatch):
    """A file dialog left to run would wait for a user forever: answer it
    (tests.helpers.dialogs.save_as), or drive it and use REAL_FILE_DIALOG_EXEC."""

    def refuse(dialog):
        raise AssertionError(f"a file dialog opened ({dialog.windowTitle()!r}): answer it")

    monkeypatch.setattr(QFileDialog, "exec", refuse)
