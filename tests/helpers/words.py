"""The catalogue's words read straight from its .ts files, without Qt.

The model tests stay free of Qt yet check the model's words against the real
French catalogue (the app reads the same messages from the compiled .qm).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from frise.model.i18n import WORDS, grouped

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "translations"


class CatalogueWords:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.messages: dict[tuple[str, str | None], tuple[str, ...]] = {}
        path = FOLDER / f"frise_{lang}.ts"
        if not path.exists():
            return
        for context in ET.parse(path).getroot().iter("context"):
            if context.findtext("name") != WORDS:
                continue
            for message in context.iter("message"):
                translation = message.find("translation")
                assert translation is not None
                forms = [f.text or "" for f in translation.iter("numerusform")]
                key = (message.findtext("source") or "", message.findtext("comment"))
                self.messages[key] = tuple(forms) if forms else (translation.text or "",)

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        forms = self.messages.get((source, disambiguation or None))
        if not forms or not forms[0]:
            text = source
        else:
            # English and French: one form for 0 (French) or 1, the other for more.
            text = forms[0] if n < 0 or len(forms) == 1 or n <= 1 else forms[1]
        return text.replace("%n", grouped(n, self)) if n >= 0 else text


@cache
def catalogue_words(lang: str) -> CatalogueWords:
    return CatalogueWords(lang)
