"""Problems keep their parts apart, so each is said in the reader's language:
English for the command line (`str`), French through the catalogue."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from frise.model.i18n import ENGLISH, QT_TRANSLATE_NOOP, Grouped, Message
from frise.model.problems import (
    NOWHERE,
    PLACE,
    PROBLEM,
    WHOLE_FILE,
    InFile,
    InSheet,
    Listed,
    Problem,
    either,
    problem,
)
from tests.helpers.words import FOLDER, catalogue_words

FRENCH = catalogue_words("fr")
SOURCES = Path(__file__).resolve().parents[2] / "desktop" / "frise"

_NO_PARTY = QT_TRANSLATE_NOOP("words", "no party has the id {id}", "a problem in a file")


def test_a_message_is_english_by_default_and_french_from_the_catalogue():
    message = problem(_NO_PARTY, id='"ghost"')
    assert str(message) == 'no party has the id "ghost"'
    assert message.text(FRENCH) == "aucune partie n'a l'identifiant \"ghost\""


def test_values_from_the_file_are_never_translated():
    # A value that happens to be one of Frise's words stays as the file has it.
    message = problem(_NO_PARTY, id='"file"')
    assert message.text(FRENCH).endswith('"file"')
    # Braces in a value are not placeholders.
    assert problem(_NO_PARTY, id='"{id}"').text(FRENCH).endswith('"{id}"')


def test_braces_around_anything_but_a_name_are_words():
    message = problem(
        QT_TRANSLATE_NOOP("words", "must be an object {…} (found {found})", "a problem in a file"),
        found="3",
    )
    assert str(message) == "must be an object {…} (found 3)"
    assert message.text(FRENCH) == "doit être un objet {…} (valeur trouvée\u00a0: 3)"


def test_numbers_are_grouped_as_the_language_groups_them():
    message = problem(
        QT_TRANSLATE_NOOP(
            "words",
            "is {length} characters long; the limit is {limit} characters",
            "a problem in a file",
        ),
        length=Grouped(20001),
        limit=Grouped(20000),
    )
    assert str(message) == "is 20,001 characters long; the limit is 20,000 characters"
    assert "20\u202f001 caractères" in message.text(FRENCH)


def test_a_count_chooses_the_plural_form_in_both_languages():
    source = QT_TRANSLATE_NOOP(
        "words",
        "source {source} does not exist (the event has %n source(s), numbered from 0)",
        "a problem in a file",
        1,
    )
    one, two = problem(source, 1, source=3), problem(source, 2, source=3)
    assert str(one) == "source 3 does not exist (the event has 1 source, numbered from 0)"
    assert str(two) == "source 3 does not exist (the event has 2 sources, numbered from 0)"
    assert "a 1 source, numérotée" in one.text(FRENCH)
    assert "a 2 sources, numérotées" in two.text(FRENCH)


def test_english_plurals_are_those_of_the_english_catalogue():
    """The command line words a count without Qt (`ENGLISH`); the window
    with frise_en.ts: both must say the same."""
    root = ET.parse(FOLDER / "frise_en.ts").getroot()
    checked = 0
    for message in root.iter("message"):
        comment = message.findtext("comment")
        if message.get("numerus") != "yes" or comment not in (PROBLEM, PLACE):
            continue
        source = message.findtext("source") or ""
        one, more = (f.text or "" for f in message.iter("numerusform"))
        for n, form in ((1, one), (0, more), (7, more)):
            assert ENGLISH.tr(source, comment, n) == form.replace("%n", str(n)), (source, n)
        checked += 1
    assert checked >= 4


def test_alternatives_are_joined_in_the_language():
    names = either(['"date"', '"parties"', '"title"'])
    assert str(names) == '"date" or "parties" or "title"'
    assert names.text(FRENCH) == '"date" ou "parties" ou "title"'
    assert either(['"date"']) == '"date"'


@pytest.mark.parametrize(
    ("place", "english", "french"),
    [
        (InFile("events", 3, "e2", "sources[0].url"), 'event "e2" › sources[0].url', None),
        (InFile("events", 3, None, "date"), "events[3] › date", "events[3] › date"),
        (InFile("parties", 0, "a"), 'party "a"', 'partie "a"'),
        (InFile(path="title"), "title", "title"),
        (WHOLE_FILE, "file", "fichier"),
        (NOWHERE, "", ""),
        (
            InSheet("Timeline", 3, 1, "date"),
            'sheet "Timeline", row 3, column B ("date")',
            'feuille "Timeline", ligne 3, colonne B ("date")',
        ),
        (InSheet(None, 1, 27), "row 1, column AB", "ligne 1, colonne AB"),
        (InSheet(None, 2, key="quote_1_text"), "row 2, quote_1_text", "ligne 2, quote_1_text"),
        (InSheet(), "the sheet", "la feuille"),
        (InSheet("S", path="title"), 'sheet "S": title', 'feuille "S"\u00a0: title'),
    ],
)
def test_a_place_says_the_format_s_names_as_they_are(place, english, french):
    assert str(place) == place.text() == english
    assert place.text(FRENCH) == (
        french if french is not None else 'événement "e2" › sources[0].url'
    )


def test_a_problem_is_where_then_what_with_the_language_s_punctuation():
    found = Problem(InFile("events", 0, "e1", "parties[1]"), problem(_NO_PARTY, id='"x"'))
    assert str(found) == 'event "e1" › parties[1]: no party has the id "x"'
    assert found.where == 'event "e1" › parties[1]'
    assert found.message == 'no party has the id "x"'
    assert found.text(FRENCH) == (
        'événement "e1" › parties[1]\u00a0: aucune partie n\'a l\'identifiant "x"'
    )
    alone = Problem(NOWHERE, problem(_NO_PARTY, id='"x"'))
    assert str(alone) == 'no party has the id "x"'


def test_listed_places_and_messages_compare_by_what_they_say():
    a = problem(_NO_PARTY, id='"x"')
    assert a == problem(_NO_PARTY, id='"x"') and hash(a) == hash(problem(_NO_PARTY, id='"x"'))
    assert a != problem(_NO_PARTY, id='"y"')
    listed = Listed((InFile(path="events[0]"), WHOLE_FILE))
    assert str(listed) == "events[0], file"
    assert listed.text(FRENCH) == "events[0], fichier"


# --- the code: every problem is made of Frise's words, marked for the catalogue ----


def _calls(tree: ast.AST, name: str):
    """Calls of the function `name` (not of methods of that name)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name:
            yield node


@pytest.mark.parametrize(
    "path", sorted(SOURCES.rglob("*.py")), ids=lambda p: str(p.relative_to(SOURCES))
)
def test_problem_messages_are_marked_with_the_comment_they_are_looked_up_with(path):
    """`problem()` looks a message up with the comment PROBLEM, a place with
    PLACE: a source marked with another comment would never be found."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in _calls(tree, "QT_TRANSLATE_NOOP"):
        comment = node.args[2] if len(node.args) > 2 else None
        text = comment.value if isinstance(comment, ast.Constant) else ""
        if "problem" in str(text):
            assert text in (PROBLEM, PLACE), f"{path.name}:{node.lineno}: {text!r}"


@pytest.mark.parametrize(
    "path", sorted(SOURCES.rglob("*.py")), ids=lambda p: str(p.relative_to(SOURCES))
)
def test_no_problem_is_made_of_english_text(path):
    """A Problem takes a Message, never a string: an f-string there would be
    English in every language."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for name in ("Problem", "problem", "ReadRefused", "TableError", "BadDate"):
        for node in _calls(tree, name):
            for arg in node.args:
                assert not isinstance(arg, ast.JoinedStr), f"{path.name}:{node.lineno}"
                literal = isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                assert not literal, f"{path.name}:{node.lineno}: a literal message"


def test_what_a_library_says_is_shown_as_it_is():
    from frise.model.problems import as_is

    said = as_is("Input should be a valid dictionary")
    assert str(said) == said.text(FRENCH) == "Input should be a valid dictionary"
    assert isinstance(said, Message)
