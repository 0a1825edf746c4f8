"""File → Export (PNG, SVG, PDF; whole range or current view), Print, Copy image."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from frise.model.filters import Filter
from frise.scene import export as export_module
from frise.scene.export import DEFAULT_WIDTH, layout_picture, print_picture
from frise.settings import Settings, load_settings
from frise.ui import export_dialog, main_window
from frise.ui.export_dialog import ExportDialog
from tests.helpers.dialogs import save_as
from tests.ui.conftest import REAL_FILE_DIALOG_EXEC


def choose(monkeypatch, out, fmt="png", current=False):
    """Accept the dialog with `fmt` chosen, and answer the file dialog with `out`."""

    def exec_(dialog):
        dialog.format_box.setCurrentIndex(dialog.format_box.findData(fmt))
        (dialog.current if current else dialog.whole).setChecked(True)
        return QDialog.DialogCode.Accepted

    asked: dict = {}
    monkeypatch.setattr(export_dialog.ExportDialog, "exec", exec_)
    save_as(monkeypatch, out, asked)
    return asked


def test_the_dialog_offers_png_svg_and_pdf_and_the_cli_width(qtbot):
    dialog = ExportDialog(None, "summary", Settings().export_width, 2.0)
    qtbot.addWidget(dialog)
    formats = [dialog.format_box.itemData(k) for k in range(dialog.format_box.count())]
    assert formats == ["png", "svg", "pdf"]
    assert dialog.chosen_width == DEFAULT_WIDTH == Settings().export_width
    assert dialog.whole.isChecked() and not dialog.chosen_current_view
    dialog.format_box.setCurrentIndex(1)
    assert not dialog.scale_box.isEnabled() and dialog.chosen_scale == 1.0


@pytest.mark.parametrize(("fmt", "start"), [("svg", b"<?xml"), ("pdf", b"%PDF")])
def test_export_writes_the_format_chosen_with_its_suffix(window, tmp_path, monkeypatch, fmt, start):
    asked = choose(monkeypatch, tmp_path / "story", fmt)
    window.export()
    out = tmp_path / f"story.{fmt}"
    assert out.read_bytes().startswith(start)
    assert asked["suggested"].endswith(f".{fmt}")
    assert f"*.{fmt}" in asked["filters"]


def test_export_of_the_current_view_shows_its_days(window, tmp_path, monkeypatch):
    window.view.zoom_by(6)
    view = window.view.view
    choose(monkeypatch, tmp_path / "view.svg", "svg", current=True)
    seen = {}
    original = export_module.export_picture

    def spy(*args, **kwargs):
        seen.update(kwargs)
        return original(*args, **kwargs)

    # The window imports the export module when it exports.
    monkeypatch.setattr(export_module, "export_picture", spy)
    window.export()
    assert seen["view"] is view
    assert (tmp_path / "view.svg").exists()


def test_an_empty_selection_is_refused_in_the_window_too(window, tmp_path, monkeypatch):
    window.set_filter(Filter(year_from=2030))
    choose(monkeypatch, tmp_path / "none.png")
    shown = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.text()))
    window.export()
    assert shown == ["nothing to export: no event from 2030"]
    assert not (tmp_path / "none.png").exists()


def test_copy_image_puts_the_view_on_the_clipboard(window):
    QGuiApplication.clipboard().clear()
    window.copy_image()
    image = QGuiApplication.clipboard().image()
    assert not image.isNull()
    assert image.width() >= 800


def test_printing_draws_the_picture_then_the_sources(window, tmp_path):
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    picture = layout_picture(window.filtered, 1600, vector=True)
    print_picture(picture, printer)
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert (
        data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type/Page") >= 2
        or b"/Count 2" in data
        or b"/Count 3" in data
    )


def test_the_print_action_opens_a_preview(window, monkeypatch):
    opened = []
    monkeypatch.setattr(
        "PySide6.QtPrintSupport.QPrintPreviewDialog.exec", lambda self: opened.append(self)
    )
    window.print_action.trigger()
    assert opened and opened[0].objectName() == "print-preview"


def test_png_export_is_an_image_of_the_width_chosen(window, tmp_path, monkeypatch):
    choose(monkeypatch, tmp_path / "p.png")
    window.settings.export_width = 1600
    window.export()
    assert QImage(str(tmp_path / "p.png")).width() in (1600, 3200)


def test_a_name_typed_without_its_suffix_asks_before_replacing_that_file(
    window, tmp_path, monkeypatch
):
    """Typing "victim" when victim.png exists: the question is about victim.png."""
    victim = tmp_path / "victim.png"
    victim.write_bytes(b"precious")
    monkeypatch.setattr(QFileDialog, "exec", REAL_FILE_DIALOG_EXEC)  # driven below
    monkeypatch.setattr(
        export_dialog.ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted
    )
    asked, steps = [], {"typed": False, "left": 200}

    def answer() -> None:
        steps["left"] -= 1
        visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        question = next((w for w in visible if isinstance(w, QMessageBox)), None)
        files = next((w for w in visible if isinstance(w, QFileDialog)), None)
        if question is not None:
            asked.append(question.text())
            question.button(QMessageBox.StandardButton.No).click()
            if files is not None:
                QTimer.singleShot(0, files.reject)
            return
        if files is not None and not steps["typed"]:
            steps["typed"] = True
            files.setDirectory(str(tmp_path))
            files.selectFile("victim")
            QTimer.singleShot(0, files.accept)
        if steps["left"] > 0:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    window.export()
    assert victim.read_bytes() == b"precious"
    assert asked and "victim.png" in asked[0]


@pytest.mark.parametrize("width", [-5, 10**9])
def test_an_export_width_out_of_range_in_the_settings_file_never_reaches_an_export(
    qtbot, tmp_path, private_dirs, timeline_file, monkeypatch, width
):
    config, _ = private_dirs
    config.mkdir(parents=True, exist_ok=True)
    path = config / "settings.json"
    path.write_text(json.dumps({"version": 1, "lang": "en", "export_width": width}))
    window = main_window.MainWindow(load_settings(path), path)
    qtbot.addWidget(window)
    window.open_file(timeline_file)
    out = tmp_path / "picture.png"
    monkeypatch.setattr(
        export_dialog.ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted
    )
    save_as(monkeypatch, out)
    window.export()  # a Qt warning (a negative size) would fail the test
    assert QImage(str(out)).width() == DEFAULT_WIDTH * 2  # sharp by default
