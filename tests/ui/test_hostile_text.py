"""A timeline full of HTML: every place that shows file text shows it as text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QStaticText, QTextDocument, QTextFormat
from PySide6.QtWidgets import QToolTip

from frise.settings import Settings
from frise.ui.main_window import MainWindow
from tests.helpers.bidi import reads_left_to_right
from tests.helpers.timelines import event, timeline_dict, write

IMG = '<img src="x" onerror="alert(1)">'
BOLD = "<b>bold</b>"
LINK = '<a href="file:///etc/passwd">click</a>'


def hostile() -> dict:
    return timeline_dict(
        title=f"{BOLD} title {IMG}",
        parties=[
            {
                "id": "alpha",
                "name": f"{BOLD} party",
                "color": "#D55E00",
                "description": f"{LINK} description",
            },
            {"id": "beta", "name": "Beta", "color": "#0072B2"},
        ],
        events=[
            event(
                "x",
                "2020-01-01",
                ["alpha", "beta"],
                f"{IMG} title {BOLD}",
                summary=f"{LINK} summary",
                quotes=[
                    {
                        "speaker": f"{BOLD} speaker",
                        "text": f"{IMG} quote",
                        "lang": "en",
                        "translation": {"fr": f"{LINK} traduction"},
                        "source": 0,
                    }
                ],
                sources=[
                    {
                        "title": f"{BOLD} source",
                        "publisher": IMG,
                        "url": "https://example.org/<b>path</b>",
                    }
                ],
            )
        ],
    )


@pytest.fixture
def hostile_window(qtbot, tmp_path, private_dirs):
    config, _ = private_dirs
    window = MainWindow(Settings(lang="en"), config / "settings.json")
    qtbot.addWidget(window)
    # A first start on Qt's small offscreen screen is maximised to it.
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1400, 800)
    window.open_file(write(tmp_path, hostile()))
    window.show()
    qtbot.waitExposed(window)
    return window


def test_window_title_and_party_list_show_the_markup(hostile_window):
    assert hostile_window.windowTitle().startswith(f"{BOLD} title {IMG}")
    item = hostile_window.filters.parties.item(0)
    assert item.text().startswith(f"{BOLD} party")
    # Tooltips are rich text when they look like it: this one is escaped.
    assert "&lt;a href=" in item.toolTip() and "<a href" not in item.toolTip()


def test_details_insert_every_string_as_text(hostile_window):
    hostile_window.select_event(0)
    document = hostile_window.details.document()
    text = document.toPlainText()
    for fragment in (
        f"{IMG} title {BOLD}",
        f"{LINK} summary",
        f"“{IMG} quote”",
        f"{BOLD} speaker",
        f"{BOLD} source",
        IMG,
        "https://example.org/<b>path</b>",
    ):
        assert fragment in text
    assert "<img" not in document.toHtml().replace("&lt;img", "")
    # The only links are the source, http(s) and fully encoded, and the
    # event's parties, by their id (which the format keeps to a-z, 0-9 and -).
    anchors = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isAnchor():
                anchors.append(fmt.anchorHref())
            if fmt.objectType() != QTextFormat.ObjectTypes.NoObject:
                raise AssertionError("an object (image) was inserted")
            it += 1
        block = block.next()
    event = hostile_window.timeline.events[0]
    parties = [a for a in anchors if a.startswith("frise-party:")]
    assert parties == [f"frise-party:{p}" for p in event.parties]
    web = [a for a in anchors if a not in parties]
    assert web and all(a.startswith("https://example.org/%3Cb%3E") for a in web)


def test_tooltips_and_quote_cells_escape_the_markup(hostile_window):
    view = hostile_window.view
    view.set_selected(0)
    mark = next(m for lane in view.layout_frame().lanes for m in lane.marks if m.kind == "event")
    tip = view.tooltip_html(mark)
    assert "&lt;img" in tip and "<img" not in tip
    model = hostile_window.quotes.model
    assert model.data(model.index(0, 2)) == f"“{IMG} quote”"
    assert "<img" not in model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole)


def test_the_renderer_lays_out_file_text_as_plain_text(hostile_window):
    view = hostile_window.view
    view.set_selected(0)
    view.repaint()
    renderer = view.renderer
    laid_out = list(renderer.marks.labels.texts.values()) + list(renderer.texts.texts.values())
    assert any(f"{IMG} title" in s.text() for s in laid_out)
    assert any(s.text().startswith(f"{BOLD} party") for s in laid_out)
    assert all(
        isinstance(s, QStaticText) and s.textFormat() == Qt.TextFormat.PlainText for s in laid_out
    )


def test_links_are_confirmed_with_the_whole_address(hostile_window, monkeypatch):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    opened, shown = [], []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)

    def answer(box):
        shown.append((box.text(), box.textFormat()))
        return QMessageBox.StandardButton.Open

    monkeypatch.setattr(QMessageBox, "exec", answer)
    hostile_window.open_link("https://example.org/<b>path</b>")
    # Written out, not computed the way the dialog computes it.
    assert "\n\nhttps://example.org/<b>path</b>" in shown[0][0]
    assert shown[0][1] == Qt.TextFormat.PlainText
    encoded = QUrl.ComponentFormattingOption.FullyEncoded
    assert [u.toString(encoded) for u in opened] == ["https://example.org/%3Cb%3Epath%3C/b%3E"]
    hostile_window.open_link(QUrl("file:///etc/passwd"))
    hostile_window.open_link(QUrl("javascript:alert(1)"))
    hostile_window.open_link("https://example.org/\u202egnp.exe")
    assert len(opened) == 1 and len(shown) == 1


# --- direction controls: no string of the file turns Frise's words around --------

RLO = "\u202e"


@pytest.fixture
def reversing_window(qtbot, tmp_path, private_dirs):
    config, _ = private_dirs
    doc = timeline_dict(
        title=f"Evil {RLO}title",
        parties=[
            {"id": "alpha", "name": f"Alpha {RLO}party", "color": "#D55E00"},
            {"id": "beta", "name": "Beta party", "color": "#0072B2"},
        ],
        events=[
            event(
                "x",
                "2020-01-01",
                ["alpha", "beta"],
                f"One {RLO}event",
                claimed_by=["alpha", "beta"],
                certainty="alleged",
                quotes=[{"speaker": "alpha", "text": f"Quoted {RLO}words", "lang": "en"}],
            )
        ],
    )
    window = MainWindow(Settings(lang="en"), config / "settings.json")
    qtbot.addWidget(window)
    window.open_file(write(tmp_path, doc))
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_window_title_still_ends_in_frise_read_left_to_right(reversing_window):
    title = reversing_window.windowTitle()
    assert title.endswith(" — Frise")
    assert reads_left_to_right(title, "— Frise")


def test_a_right_to_left_title_still_reads_right_to_left(qtbot, tmp_path, private_dirs):
    config, _ = private_dirs
    window = MainWindow(Settings(lang="en"), config / "settings.json")
    qtbot.addWidget(window)
    window.open_file(write(tmp_path, timeline_dict(title="שלום עולם")))
    title = window.windowTitle()
    assert "שלום עולם" in title
    assert reads_left_to_right(title, "— Frise")
    assert not reads_left_to_right(title, "שלום")  # Hebrew keeps its own direction


def test_the_filter_panel_counts_read_after_the_names(reversing_window):
    item = reversing_window.filters.party_box.list.item(0)
    assert reads_left_to_right(item.text(), "(1)")


def test_the_details_keep_the_next_party_and_frises_words_the_right_way_round(reversing_window):
    reversing_window.select_event(0)
    lines = reversing_window.details.plain_text().splitlines()
    parties = next(line for line in lines if "Beta party" in line and "●" in line)
    assert reads_left_to_right(parties, "Beta party")
    claimed = next(line for line in lines if "claimed by" in line)
    assert reads_left_to_right(claimed, "Beta party)")


def test_the_quote_explorer_keeps_the_counts_and_quote_marks(reversing_window):
    combo = reversing_window.quotes.speaker
    names = [combo.itemText(k) for k in range(combo.count())]
    assert any(n.endswith("(1)") and reads_left_to_right(n, "(1)") for n in names)
    model = reversing_window.quotes.model
    cell = model.data(model.index(0, 2))
    assert reads_left_to_right(cell, "”")


def test_a_tooltip_keeps_the_lines_under_the_title_the_right_way_round(reversing_window):
    view = reversing_window.view
    mark = next(m for lane in view.layout_frame().lanes for m in lane.marks if m.kind == "event")
    document = QTextDocument()
    document.setHtml(view.tooltip_html(mark))
    text = document.firstBlock().text()  # its lines, one paragraph as Qt lays it out
    assert reads_left_to_right(text, "1 Jan 2020")
    assert reads_left_to_right(text, "Beta party")


def test_a_lane_names_tooltip_keeps_frises_words_the_right_way_round(reversing_window, monkeypatch):
    shown = []
    monkeypatch.setattr(QToolTip, "showText", lambda at, text, *rest: shown.append(text))
    view = reversing_window.view
    lane = view.layout_frame().lanes[0]  # Alpha's, whose name reverses what follows it
    view._hover(QPointF(10, lane.top + 5), QPoint())
    document = QTextDocument()
    document.setHtml(shown[-1])
    assert reads_left_to_right(document.toPlainText(), "click for its description")


def test_a_partys_details_keep_frises_words_the_right_way_round(reversing_window):
    reversing_window.view.partyActivated.emit(0)  # a click on Alpha's name
    lines = reversing_window.details.plain_text().splitlines()
    said = next(line for line in lines if "is marked as a reply" in line)
    assert reads_left_to_right(said, "is marked as a reply to another")


def test_a_placeholder_in_the_title_is_shown_as_written(qtbot, tmp_path, private_dirs):
    config, _ = private_dirs
    window = MainWindow(Settings(lang="en"), config / "settings.json")
    qtbot.addWidget(window)
    window.open_file(write(tmp_path, timeline_dict(title="Draft [*] notes")))
    window.show()
    qtbot.waitExposed(window)
    assert window.windowHandle().title() == "Draft [*] notes — Frise"
