"""The dialogs of File → Import… and File → Save as Frise timeline….

Plain functions that ask and return what the user chose; the main window
does the reading and writing (in the background) and wires the answers.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from frise.model.importers import IMPORT_SUFFIXES, Imported
from frise.ui.problems import layout_name, problem_lines


def ask_import_path(parent: QWidget, start: Path) -> Path | None:
    patterns = " ".join(f"*{suffix}" for suffix in IMPORT_SUFFIXES)
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Importing", "Import a spreadsheet or a TimelineJS file"),
        str(start),
        QCoreApplication.translate(
            "Importing", "Spreadsheets and TimelineJS files ({patterns});;All files (*)"
        ).format(patterns=patterns),
    )
    return Path(name) if name else None


def offer_save(parent: QWidget, result: Imported, save: Callable[[], None]) -> QMessageBox:
    """Say what was imported (and its notes) and offer to save it; not modal,
    so the imported timeline can be looked at first."""
    timeline = result.timeline
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Importing", "Save as a Frise timeline?"),
        QCoreApplication.translate(
            "Importing",
            "{name} was read as a {layout}: {events} events in {lanes} lanes.\n\n"
            "Save it as a Frise timeline? The window then shows the saved file.",
        ).format(
            name=timeline.path.name if timeline.path else "",
            layout=layout_name(result.layout),
            events=len(timeline.events),
            lanes=len(timeline.parties),
        ),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setObjectName("offer-save")
    if result.notes:
        box.setInformativeText(
            QCoreApplication.translate("Importing", "Notes: what was made up or left out.")
        )
        box.setDetailedText("\n".join(problem_lines(result.notes)))
    box.finished.connect(
        lambda answer: save() if answer == QMessageBox.StandardButton.Save else None
    )
    box.open()
    return box


def ask_save_path(parent: QWidget, source: Path | None) -> Path | None:
    """Where to save, suggesting the source's name as a .frise.json beside it."""
    stem = source.name.split(".")[0] if source else "timeline"
    folder = source.parent if source else Path.home()
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Importing", "Save as a Frise timeline"),
        str(folder / f"{stem}.frise.json"),
        QCoreApplication.translate("Importing", "Frise timelines (*.frise.json *.json)"),
    )
    return Path(name) if name else None


def say_not_saved(parent: QWidget, path: Path, error: OSError) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Importing", "Not saved"),
        QCoreApplication.translate("Importing", "Cannot write {path}: {reason}").format(
            path=path, reason=error.strerror or error
        ),
        parent=parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()
