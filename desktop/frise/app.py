"""Start-up of the window, in order:

1. logging to the platform's log folder, and a hook that turns an unexpected
   exception into a logged error and a dialog instead of a crash;
2. the QApplication;
3. the settings (defaults if missing or unreadable);
4. the main window, shown, and told of the files the system asks Frise to
   open while it runs (the macOS Finder sends events, not arguments);
5. the timeline: FILE if given (in the background if large), else the
   bundled one; if FILE cannot be opened, its problems are printed and shown,
   and the bundled one is shown instead;
6. the event loop.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import cast

from frise import paths

log = logging.getLogger("frise")


def setup_logging() -> Path | None:
    folder = paths.log_dir()
    path = folder / "frise.log"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if path.exists() and not path.is_file():
            # Opening a FIFO to write waits for a reader: Frise would never start.
            print(f"frise: {path} is not a regular file; nothing is logged", file=sys.stderr)
            return None
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return folder / "frise.log"


def install_excepthook(log_file: Path | None) -> None:
    """An exception nobody caught is logged, written to stderr and shown in a
    dialog over the window; the app keeps running."""
    shown: list[object] = []
    """The dialogs open: a dialog nobody holds would be deleted at once."""

    def hook(kind, value, tb):
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        text = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected error\n%s", text)
        with contextlib.suppress(OSError, ValueError):
            print(f"frise: unexpected error (Frise keeps running)\n{text}", file=sys.stderr)
        from PySide6.QtCore import QCoreApplication, Qt
        from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        translate = QCoreApplication.translate
        message = translate("Frise", "Something went wrong: {error}\n\nFrise keeps running.")
        if log_file:
            message += " " + translate("Frise", "Details are in {file}.").format(file=log_file)
        windows = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
        parent = app.activeWindow() or (windows[0] if windows else None)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            translate("Frise", "Frise: unexpected error"),
            message.format(error=value),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setObjectName("unexpected-error")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDetailedText(text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        shown.append(box)
        box.finished.connect(lambda _result: shown.remove(box))
        box.open()

    sys.excepthook = hook


def has_display() -> bool:
    """Whether a window can be shown (Qt aborts the process when it cannot)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(file: Path | None, lang: str | None = None, qt_args: list[str] | None = None) -> int:
    """The window; `qt_args` are Qt's standard options ("-style Fusion")."""
    if not has_display():
        from frise import translations
        from frise.model.i18n import system_language

        words = translations.words(lang or system_language())
        message = words.tr(
            "frise: no display to open a window on (DISPLAY is not set). "
            "'frise export' makes a PNG without one; or run under Xvfb: xvfb-run -a frise"
        )
        print(message, file=sys.stderr)
        return 1
    log_file = setup_logging()
    install_excepthook(log_file)

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from frise.settings import load_settings
    from frise.ui.file_open import FileOpenFilter
    from frise.ui.main_window import SYNC_LOAD_BYTES, MainWindow

    app = cast(QApplication, QApplication.instance()) or QApplication(
        [*sys.argv[:1], *(qt_args or [])]
    )
    app.setApplicationName("Frise")
    app.setOrganizationName("Frise")
    app.setDesktopFileName("frise")
    icon = paths.resources_dir() / "icons" / "frise.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))

    settings_path = paths.config_dir() / "settings.json"
    settings = load_settings(settings_path)
    if lang:
        settings.lang = lang
    window = MainWindow(settings, settings_path)

    window.refused.connect(
        lambda path, error: print(
            "\n".join(f"{path}: {problem}" for problem in error.problems), file=sys.stderr
        )
    )
    window.show()
    # Kept as a child of the app, so it lives as long as the event loop.
    opener = FileOpenFilter(window.open_file, app)
    app.installEventFilter(opener)
    path = Path(file) if file is not None else paths.bundled_timeline()
    if path.is_file() and path.stat().st_size >= SYNC_LOAD_BYTES:
        # Large: read in the background once the window is up, with progress.
        QTimer.singleShot(100, lambda: window.open_file(path))
    else:
        window.open_file(path)  # small: read before the first frame
    return app.exec()
