"""Frise's one catalogue of words, read with Qt: for the interface and for the picture.

The catalogue is Qt's translation files in `resources/translations/`:
`frise_fr.ts` (every message, in French) and `frise_en.ts` (English plural
forms only: the source strings are English), compiled to `.qm` by
`make translations` (docs/translations.md). Two ways in, one catalogue:

- the interface: `use_language(lang)` installs the language's translators on
  the application (Frise's, and Qt's own for standard buttons and menus);
  widgets write `self.tr("…")` and retranslate on `QEvent.LanguageChange`.
- the picture and the words beside the data: `words(lang).tr("…")` looks a
  message of the "words" context up in a given language, whatever the
  interface's: `frise export --lang fr` draws French with no interface at all.
  The model's own words (months, kinds…) come the same way (`frise.model.i18n`).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from frise import paths
from frise.model.i18n import LANGUAGES, WORDS, grouped

CATALOGUE = "frise"


def catalogue_dir() -> Path:
    return paths.resources_dir() / "translations"


def _translator(name: str, folder: Path) -> QTranslator | None:
    translator = QTranslator()
    return translator if translator.load(name, str(folder)) else None


class Words:
    """The words of one language, from the "words" context of the catalogue."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._translator = _translator(f"{CATALOGUE}_{lang}", catalogue_dir())
        self._found: dict[tuple[str, str | None, int], str] = {}

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        key = (source, disambiguation, n)
        found = self._found.get(key)
        if found is None:
            found = ""
            if self._translator is not None:
                found = self._translator.translate(WORDS, source, disambiguation, n)
            found = found or source
            if n >= 0:
                # QTranslator leaves "%n" to its caller; its digits grouped as
                # the language groups them (QCoreApplication.translate's "%Ln").
                found = found.replace("%n", grouped(n, self))
            self._found[key] = found
        return found

    def __repr__(self) -> str:
        return f"Words({self.lang!r})"


@cache
def words(lang: str) -> Words:
    """The words of `lang` (a language Frise does not speak gets English)."""
    return Words(lang if lang in LANGUAGES else "en")


_installed: list[QTranslator] = []
_interface = "en"


def interface_language() -> str:
    return _interface


def count(n: int) -> str:
    """A count in the interface's language, its digits grouped ("9,700",
    « 9 700 »), as "%Ln" in an interface message puts it."""
    return grouped(n, words(_interface))


def use_language(lang: str) -> None:
    """Speak `lang` in the interface: Frise's words and Qt's own (standard
    buttons, text-field menus). Qt then sends every widget a LanguageChange."""
    global _interface
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("use_language needs a QApplication")
    lang = lang if lang in LANGUAGES else "en"
    # "%Ln" in a message, and Qt's own widgets, write numbers as the
    # interface's language does: 9,700 in English, 9 700 in French.
    QLocale.setDefault(QLocale(lang))
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for found in (
        _translator(f"qtbase_{lang}", qt_folder),
        _translator(f"{CATALOGUE}_{lang}", catalogue_dir()),
    ):
        if found is not None and app.installTranslator(found):
            _installed.append(found)
    _interface = lang
