"""File → Export… (PNG, SVG or PDF, the whole range or the view), File →
Print… (through a preview) and Edit → Copy image: what the window shows,
laid out as a picture by `frise.scene.export`, which the window imports
only when it first exports."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication, QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QMessageBox

from frise import translations
from frise.model.i18n import certainty_name, kind_name
from frise.model.text import isolate, one_line
from frise.model.timeline import CERTAINTIES, KIND_KEYS
from frise.ui.export_dialog import ask_export

if TYPE_CHECKING:
    from frise.scene.export import Picture
    from frise.ui.main_window import MainWindow


class Exports(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def export(self) -> None:
        """File → Export…: the picture in PNG, SVG or PDF, whole range or current view."""
        from frise.scene.export import ExportError, export_picture

        w = self.window
        if w.timeline is None:
            return
        stem = w.timeline.path.stem if w.timeline.path else "timeline"
        suggested = Path.home() / f"{stem}.png"
        choice = ask_export(
            w,
            self.filter_summary(),
            suggested,
            w.settings.export_width,
            w.settings.export_scale,
        )
        if choice is None:
            return
        w.settings.export_width = choice.width
        if choice.fmt == "png":
            w.settings.export_scale = choice.scale
        try:
            size = export_picture(
                w.timeline,
                w.filter,
                choice.path,
                choice.fmt,
                width=choice.width,
                lang=w.shown_lang,
                scale=choice.scale,
                folded=w.view.folded,
                view=w.view.view if choice.current_view else None,
                mode=w.mode,
                meter=w.view.meter,
                highlight=w.view.highlight(),
                words_lang=w.lang,
            )
        except ExportError as e:
            self._failed(str(e))
            return
        w.statusBar().showMessage(
            self.tr("Saved {path} ({w}×{h} px)").format(
                path=isolate(one_line(str(choice.path))),
                w=translations.count(size[0]),
                h=translations.count(size[1]),
            ),
            10000,
        )

    def _failed(self, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Export failed"), message, parent=self.window
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setObjectName("export-failed")
        box.open()

    def _picture(self, width: int, current_view: bool, vector: bool) -> Picture | None:
        """What the window shows, laid out as a picture; None (said why) if nothing."""
        from frise.scene.export import ExportError, layout_picture

        w = self.window
        if w.filtered is None:
            return None
        try:
            return layout_picture(
                w.filtered,
                width,
                lang=w.shown_lang,
                folded=w.view.folded,
                view=w.view.view if current_view else None,
                vector=vector,
                meter=w.view.meter,
                highlight=w.view.highlight(),
                words_lang=w.lang,
            )
        except ExportError as e:
            self._failed(str(e))
            return None

    def print_timeline(self) -> None:
        """File → Print…: the whole range on the first page, then the sources,
        through the print preview."""
        from frise.scene.export import print_picture

        picture = self._picture(self.window.settings.export_width, current_view=False, vector=True)
        if picture is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        preview = QPrintPreviewDialog(printer, self.window)
        preview.setObjectName("print-preview")
        preview.paintRequested.connect(lambda device: print_picture(picture, device))
        preview.exec()

    def copy_image(self) -> None:
        """Edit → Copy image: the current view as a picture, on the clipboard."""
        from frise.scene.export import render_image

        w = self.window
        width = max(w.view.viewport().width(), 800)
        picture = self._picture(width, current_view=True, vector=False)
        if picture is None:
            return
        QGuiApplication.clipboard().setImage(render_image(picture))
        w.statusBar().showMessage(self.tr("Picture copied"), 5000)

    def filter_summary(self) -> str:
        """What the picture shows, in words, for the export dialog."""
        w = self.window
        timeline, lang, chosen, words = w.timeline, w.shown_lang, w.filter, w.words
        assert timeline is not None  # an export needs a loaded timeline
        if chosen.parties is None:
            parties = self.tr("all parties")
        else:
            parties = ", ".join(
                isolate(one_line(timeline.party_name(p.id, lang)))
                for p in timeline.parties
                if p.id in chosen.parties
            ) or self.tr("no party")
        first, last = chosen.year_from, chosen.year_to
        years = (
            self.tr("all years")
            if first is None and last is None
            else f"{first or '…'}–{last or '…'}"
        )
        parts = [parties, years]
        if chosen.kinds is not None:
            parts.append(
                ", ".join(kind_name(k, words) for k in KIND_KEYS if k in chosen.kinds)
                or self.tr("no kind")
            )
        if chosen.certainties is not None:
            parts.append(
                ", ".join(certainty_name(c, words) for c in CERTAINTIES if c in chosen.certainties)
                or self.tr("no certainty")
            )
        if chosen.thread is not None:
            parts.append(self.tr("one thread"))
        # French spaces high punctuation: « toutes les parties ; toutes les années ».
        between = self.tr("; ", "between the parts of what an export shows")
        return self.tr("The picture shows {what}.").format(what=between.join(parts))
