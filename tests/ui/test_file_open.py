from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QFileOpenEvent

from frise.ui.file_open import FileOpenFilter


def test_a_file_the_system_asks_to_open_goes_to_the_window(qapp, tmp_path):
    opened: list[Path] = []
    opener = FileOpenFilter(opened.append, qapp)
    qapp.installEventFilter(opener)
    try:
        target = tmp_path / "story.frise.json"
        handled = QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(target)))
        QCoreApplication.sendEvent(qapp, QEvent(QEvent.Type.User))
    finally:
        qapp.removeEventFilter(opener)
    assert handled
    assert opened == [target]
