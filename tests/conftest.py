"""Shared test setup: headless Qt, and no test touches the real config or logs."""

from __future__ import annotations

import os
import sys

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def private_dirs(tmp_path, monkeypatch):
    """Config and log folders inside the test's temporary folder."""
    from frise import paths

    config, logs = tmp_path / "config", tmp_path / "logs"
    monkeypatch.setattr(paths, "config_dir", lambda: config)
    monkeypatch.setattr(paths, "log_dir", lambda: logs)
    return config, logs


@pytest.fixture(autouse=True)
def english_interface():
    """A test that switches the interface's language leaves it English again
    (Qt's translators belong to the one application all tests share)."""
    yield
    if "frise.translations" in sys.modules:
        from frise import translations

        if translations.interface_language() != "en":
            translations.use_language("en")
    if "frise.ui.themes" in sys.modules:
        from PySide6.QtWidgets import QApplication

        from frise.ui import themes

        app = QApplication.instance()
        if isinstance(app, QApplication):
            themes.apply(app, "system")
