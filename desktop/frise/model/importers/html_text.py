"""HTML from TimelineJS files turned into plain text, the only way Frise shows it.

TimelineJS lets headlines, texts, captions and credits hold HTML. Frise never
renders HTML from a file: tags are dropped, their text kept, entities decoded,
block elements turned into line breaks, and script or style content removed.
Standard library only (`html.parser`); no Qt.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
    ]
)
_HIDDEN = frozenset(
    ["script", "style", "template", "noscript", "head", "title", "iframe", "object", "svg"]
)
_SPACES = re.compile(r"[ \t\r\n\f\v]+")


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.line: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag == "br":
            self.break_line(keep_empty=True)
        elif tag in _BLOCKS:
            self.break_line()
            if tag == "li":
                self.line.append("• ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.break_line(keep_empty=True)
        elif tag in _BLOCKS:
            self.break_line()

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(self.hidden - 1, 0)
        elif tag in _BLOCKS:
            self.break_line()

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.line.append(data)

    def break_line(self, keep_empty: bool = False) -> None:
        text = _SPACES.sub(" ", "".join(self.line)).strip()
        self.line = []
        if text or (keep_empty and self.lines and self.lines[-1]):
            self.lines.append(text)

    def text(self) -> str:
        self.break_line()
        return "\n".join(self.lines).strip()


def plain_text(html: str, one_line: bool = False) -> str:
    """The text a reader sees in `html`, as plain text (never markup).

    With `one_line`, line breaks become spaces (for titles and names).
    """
    if "<" not in html and "&" not in html:
        text = _SPACES.sub(" ", html).strip()
        return text
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    text = parser.text()
    return _SPACES.sub(" ", text).strip() if one_line else text
