"""Source links in the window: shown as what they open, opened only when asked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from frise.settings import Settings
from frise.ui.main_window import MainWindow
from tests.helpers.timelines import event, timeline_dict, write

PUNYCODE = "https://xn--80ak6aa92e.com/login"
CYRILLIC = "https://аррӏе.com/login"  # Cyrillic letters that read "apple"
MIXED = "https://\u0430pple.com/"  # a Cyrillic а, then Latin


@pytest.fixture
def window(qtbot, tmp_path, private_dirs):
    config, _ = private_dirs
    doc = timeline_dict(
        events=[
            event(
                "login",
                "2024-01-01",
                ["alpha"],
                "A page",
                sources=[
                    {"title": "Punycode", "url": PUNYCODE},
                    {"title": "Cyrillic", "url": CYRILLIC},
                    {"title": "Mixed", "url": MIXED},
                ],
            )
        ]
    )
    window = MainWindow(Settings(lang="en"), config / "settings.json")
    qtbot.addWidget(window)
    window.open_file(write(tmp_path, doc))
    window.show()
    qtbot.waitExposed(window)
    window.select_event(0)
    return window


def test_the_details_show_an_internationalised_host_in_ascii_and_say_so(window):
    text = window.details.plain_text()
    assert text.count("https://xn--80ak6aa92e.com/login") == 2  # written either way
    assert "аррӏе" not in text
    assert "an internationalised name in Cyrillic letters, shown in ASCII" in text
    assert "https://xn--pple-43d.com/" in text
    assert "mixing Latin, Cyrillic letters" in text or "mixing Cyrillic, Latin letters" in text


def anchors(window) -> list[str]:
    found, block = [], window.details.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isAnchor() and fmt.anchorHref().startswith("http"):
                found.append(fmt.anchorHref())
            it += 1
        block = block.next()
    return found


def test_hovering_a_link_shows_its_ascii_host_in_the_status_bar(window):
    for anchor in anchors(window):
        window.details.highlighted.emit(QUrl(anchor))
        message = window.statusBar().currentMessage()
        assert message.isascii() or "xn--" in message, message
        assert "аррӏе" not in message
    window.details.highlighted.emit(QUrl(anchors(window)[1]))
    assert window.statusBar().currentMessage().startswith("https://xn--80ak6aa92e.com/login (")


def test_the_confirmation_shows_the_ascii_host_and_enter_does_not_open(window, monkeypatch):
    opened, boxes = [], []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)

    def press_enter(box):
        boxes.append(box.text())
        return box.defaultButton() and box.standardButton(box.defaultButton())

    monkeypatch.setattr(QMessageBox, "exec", press_enter)
    window.details.linkActivated.emit(CYRILLIC)  # as a click on the link does
    assert "\n\nhttps://xn--80ak6aa92e.com/login\n" in boxes[0]
    assert "Cyrillic" in boxes[0]
    assert "аррӏе" not in boxes[0]
    assert opened == []  # Cancel is the default button


def test_enter_pressed_on_the_confirmation_opens_nothing(window, monkeypatch, qtbot):
    """The key itself, on the dialog as shown: Enter takes the default button."""
    opened, seen = [], []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press_enter)
            return
        seen.append(box.objectName())
        QTest.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    window.details.linkActivated.emit(PUNYCODE)  # as a click on the link does
    assert seen == ["open-link"]
    assert opened == []


def test_what_is_opened_is_what_was_shown(window, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Open)
    window.open_link(CYRILLIC)
    encoded = QUrl.ComponentFormattingOption.FullyEncoded
    assert [u.toString(encoded) for u in opened] == ["https://xn--80ak6aa92e.com/login"]


def test_without_a_browser_frise_says_so_and_copies_the_address(window, monkeypatch):
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    said = []

    def answer(box):
        said.append(box.objectName())
        if box.objectName() == "no-browser":
            copy = next(b for b in box.buttons() if b.text() == "Copy the address")
            copy.click()
            return 0
        return QMessageBox.StandardButton.Open

    monkeypatch.setattr(QMessageBox, "exec", answer)
    QGuiApplication.clipboard().clear()
    window.open_link(PUNYCODE)
    assert said == ["open-link", "no-browser"]
    assert QGuiApplication.clipboard().text() == PUNYCODE
