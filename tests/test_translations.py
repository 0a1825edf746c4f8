"""The catalogue: complete, compiled, readable by Qt's tools, and used.

A new `tr()` string without its French fails `test_every_message_is_translated`
(run `make translations`, then translate what it lists); a .qm left behind
its .ts fails `test_the_compiled_catalogues_say_what_the_sources_say`.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import string
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from frise import translations
from frise.model.i18n import WORDS

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("catalogue", ROOT / "packaging" / "translations.py")
assert spec is not None and spec.loader is not None
catalogue = importlib.util.module_from_spec(spec)
sys.modules["catalogue"] = catalogue  # dataclasses look their module up there
spec.loader.exec_module(catalogue)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[str, list]:
    """What `make translations` would make of the code now, per language."""
    folder = tmp_path_factory.mktemp("catalogue")
    found = {}
    for lang, ts in catalogue.CATALOGUES.items():
        copy = folder / ts.name
        shutil.copy(ts, copy)
        catalogue.extract(lang, copy)
        found[lang] = catalogue.messages(copy)
    return found


def keys(messages) -> set[tuple]:
    return {(m.context, m.source, m.comment, m.numerus) for m in messages}


@pytest.mark.parametrize("lang", sorted(catalogue.CATALOGUES))
def test_the_catalogue_has_every_message_of_the_code(extracted, lang):
    committed = keys(catalogue.messages(catalogue.CATALOGUES[lang]))
    now = keys(extracted[lang])
    assert now - committed == set(), "new messages: run `make translations` and translate them"
    assert committed - now == set(), "vanished messages: run `make translations`"


@pytest.mark.parametrize("lang", sorted(catalogue.CATALOGUES))
def test_every_message_is_translated(extracted, lang):
    unfinished = [(m.context, m.source) for m in extracted[lang] if m.unfinished]
    assert unfinished == [], f"no {lang} translation yet for these messages"


def test_french_has_the_whole_interface():
    french = catalogue.messages(catalogue.CATALOGUES["fr"])
    contexts = {m.context for m in french}
    assert {"MainWindow", "FilterPanel", "QuotePanel", "TimelineView", WORDS} <= contexts
    assert len(french) > 100


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("lang", sorted(catalogue.CATALOGUES))
def test_translations_keep_the_placeholders_and_the_count(lang):
    for message in catalogue.messages(catalogue.CATALOGUES[lang]):
        for text in message.translations:
            where = (message.context, message.source, text)
            assert placeholders(text) <= placeholders(message.source), where
        if message.numerus:
            assert len(message.translations) == 2, message
            # The singular may say "a problem"; the plural must say how many,
            # its digits grouped as the language groups them: "%Ln" in the
            # interface (Qt's locale), "%n" in words (Words.tr groups it).
            count = "%n" if message.context == "words" else "%Ln"
            assert count in message.translations[-1], message
            assert count in message.source, message
        elif message.translations:
            assert placeholders(message.translations[0]) == placeholders(message.source), message


def test_a_lane_is_a_couloir_in_french():
    # The glossary's word: « un couloir par partie »; « ligne » is a spreadsheet's row.
    for message in catalogue.messages(catalogue.CATALOGUES["fr"]):
        if re.search(r"\blanes?\b(?!})|\blane\(s\)|sub-lane", message.source):
            for text in message.translations:
                lane_as_line = re.search(r"lignes?(?! de partie)", text)
                assert "couloir" in text and not lane_as_line, (message.source, text)


@pytest.mark.parametrize("lang", sorted(catalogue.CATALOGUES))
def test_the_compiled_catalogues_say_what_the_sources_say(lang):
    ts = catalogue.CATALOGUES[lang]
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    for message in catalogue.messages(ts):
        if not message.translations:
            continue
        if message.numerus:
            for n, form in ((1, 0), (7, 1)):
                got = translator.translate(message.context, message.source, message.comment, n)
                assert got == message.translations[form], (message.source, n)
        else:
            got = translator.translate(message.context, message.source, message.comment)
            assert got == message.translations[0], message.source


def test_plural_forms_in_both_languages(qapp):
    for lang, one, two, many in (
        ("en", "1 event", "2 events", "9,700 events"),
        ("fr", "1 événement", "2 événements", "9\u202f700 événements"),
    ):
        translations.use_language(lang)
        assert QCoreApplication.translate("TimelineView", "%Ln event(s)", "", 1) == one
        assert QCoreApplication.translate("TimelineView", "%Ln event(s)", "", 2) == two
        assert QCoreApplication.translate("TimelineView", "%Ln event(s)", "", 9700) == many
        assert translations.count(9700) == many.rsplit(" ", 1)[0]
    translations.use_language("en")


def test_words_are_looked_up_in_a_language_of_their_own(qapp):
    translations.use_language("en")
    french = translations.words("fr")
    assert french.tr("period", "legend: an event with an end date") == "période"
    assert translations.words("en").tr("period", "legend: an event with an end date") == "period"
    assert translations.words("de").lang == "en"
    assert french.tr("not in the catalogue") == "not in the catalogue"


# --- the code: calls Qt's extractor can read ----------------------------------

SOURCES = ROOT / "desktop" / "frise"
LOOKUPS = {"translations.py"}
"""Where strings are looked up by variable, on purpose (and in the model,
whose marked strings are looked up by variable with `words.tr`)."""


def calls(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    hidden = {
        id(node) for s in ast.walk(tree) if isinstance(s, ast.JoinedStr) for node in ast.walk(s)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name == "translate" and isinstance(func, ast.Attribute):
                # QPainter.translate and the like move things; they say nothing.
                owner = func.value
                if not (isinstance(owner, ast.Name) and owner.id.endswith("Application")):
                    continue
            if name in ("tr", "translate", "QT_TRANSLATE_NOOP"):
                # lupdate reads an f-string as one string: a call inside it is unseen.
                assert id(node) not in hidden, f"{path.name}:{node.lineno}: in an f-string"
                yield node, func, name


def literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


@pytest.mark.parametrize(
    "path", sorted(SOURCES.rglob("*.py")), ids=lambda p: str(p.relative_to(SOURCES))
)
def test_every_message_is_written_so_lupdate_finds_it(path):
    """lupdate reads calls, not Python: a message must be a literal, `tr` must
    be called on `self` (the class is the context) or on `words` (the "words"
    context), and a count goes through `tr`, whose plural lupdate sees."""
    relative = str(path.relative_to(SOURCES))
    for node, func, name in calls(path):
        where = f"{relative}:{node.lineno}"
        looked_up = relative in LOOKUPS or (relative.startswith("model/") and name == "tr")
        if looked_up and not (node.args and all(map(literal, node.args[:2]))):
            continue
        if name == "tr":
            assert isinstance(func, ast.Attribute), where
            receiver = func.value
            assert isinstance(receiver, ast.Name) and receiver.id in ("self", "words"), (
                f"{where}: call tr on self or on a variable named words"
            )
            assert node.args and literal(node.args[0]), f"{where}: the message must be a literal"
        else:
            assert len(node.args) >= 2, where
            assert literal(node.args[0]) and literal(node.args[1]), f"{where}: literals only"
            if len(node.args) >= 4:
                # A variable there is read by lupdate as an encoding, and the
                # plural is lost; an integer literal marks a plural message.
                count = node.args[3]
                if isinstance(count, ast.UnaryOp):
                    count = count.operand
                assert isinstance(count, ast.Constant) and isinstance(count.value, int), (
                    f"{where}: lupdate misses a count here; use tr() in a class"
                )


def test_no_helper_hides_messages_from_lupdate():
    """A wrapper such as `def _tr(text): return translate("X", text)` makes
    its callers' messages invisible to lupdate."""
    wrappers = re.compile(r"def _?(tr|translate|t)\(")
    for path in SOURCES.rglob("*.py"):
        relative = str(path.relative_to(SOURCES))
        if relative not in (*LOOKUPS, "model/i18n.py"):
            assert not wrappers.search(path.read_text(encoding="utf-8")), relative


def test_the_compiled_catalogues_ship_with_the_app():
    """The wheel takes resources/translations (pyproject's force-include; CI
    also checks the installed wheel finds them); the frozen app lists what it
    takes (packaging/frise.spec)."""
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"resources/translations" = "frise/_bundled/resources/translations"' in pyproject
    spec_text = (ROOT / "packaging" / "frise.spec").read_text(encoding="utf-8")
    assert '"resources" / "translations"' in spec_text
    assert translations.catalogue_dir().joinpath("frise_fr.qm").is_file()
