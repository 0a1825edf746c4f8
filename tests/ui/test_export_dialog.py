"""File → Export (PNG, SVG, PDF; whole range or current view), Print, Copy image."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from frise.model.filters import Filter
from frise.scene import export as export_module
from frise.scene.export import DEFAULT_WIDTH, layout_picture, print_picture
from frise.settings import Settings
from frise.ui import export_dialog
from frise.ui.export_dialog import ExportDialog


def choose(monkeypatch, out, fmt="png", current=False):
    """Accept the dialog with `fmt` chosen, and answer the file dialog with `out`."""

    def exec_(dialog):
        dialog.format_box.setCurrentIndex(dialog.format_box.findData(fmt))
        (dialog.current if current else dialog.whole).setChecked(True)
        return QDialog.DialogCode.Accepted

    asked = {}

    def save_name(parent, title, suggested, filters):
        asked.update(suggested=suggested, filters=filters)
        return str(out), filters

    monkeypatch.setattr(export_dialog.ExportDialog, "exec", exec_)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
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
