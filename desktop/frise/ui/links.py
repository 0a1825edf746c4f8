"""Source links: shown as what they open, opened only once confirmed.

An address is shown with its host in ASCII (frise.model.text.address): a name
in look-alike letters ("аррӏе.com", Cyrillic) reads as what it is,
"xn--80ak6aa92e.com", with a note saying it is an internationalised name and
in which letters, or that it mixes scripts. The confirmation shows that same
address, Cancel is its default button, and what is opened is exactly what was
shown. When no browser starts, Frise says so and offers to copy the address.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from frise.model.i18n import Words
from frise.model.text import address, address_note, url_problem


def is_web_address(url: str) -> bool:
    return QUrl(url).scheme().lower() in ("http", "https")


def confirm_and_open(parent: QWidget, url: str, words: Words) -> str | None:
    """Ask before opening `url` in the browser, showing it as Frise shows
    addresses; returns the address opened, or None."""
    if not is_web_address(url) or url_problem(url):
        return None
    found = address(url)
    note = address_note(found, words)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        words.tr("Open in your browser?"),
        words.tr("Open this address in your web browser?")
        + "\n\n"
        + found.shown
        + (f"\n\n{note[0].upper()}{note[1:]}." if note else ""),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setObjectName("open-link")
    # Enter must not open an address read too fast.
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    if box.exec() != QMessageBox.StandardButton.Open:
        return None
    if not QDesktopServices.openUrl(QUrl(found.shown)):
        _no_browser(parent, found.shown, words)
        return None
    return found.shown


def _no_browser(parent: QWidget, shown: str, words: Words) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        words.tr("No web browser"),
        words.tr("No web browser could be started to open this address:")
        + "\n\n"
        + shown
        + "\n\n"
        + words.tr("Copy it, to open it yourself?"),
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setObjectName("no-browser")
    copy = box.addButton(words.tr("Copy the address"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(copy)
    box.exec()
    if box.clickedButton() is copy:
        QGuiApplication.clipboard().setText(shown)
