"""Answering the window's file dialogs in tests, without showing them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog


def save_as(monkeypatch, path: Path, asked: dict | None = None) -> None:
    """Every save dialog answers `path`; `asked` gets what it suggested."""

    suggested = QFileDialog.selectedFiles

    def exec_(dialog: QFileDialog) -> QDialog.DialogCode:
        if asked is not None:
            asked.update(
                suggested=(suggested(dialog) or [""])[0],
                filters=";;".join(dialog.nameFilters()),
                suffix=dialog.defaultSuffix(),
            )
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QFileDialog, "exec", exec_)
    monkeypatch.setattr(QFileDialog, "selectedFiles", lambda dialog: [str(path)])
