"""The model's own words: marked for the catalogue, looked up through Words."""

from __future__ import annotations

import typing

import pytest

from frise.model import i18n, schema
from frise.model.i18n import (
    SOURCE_WORDS,
    certainty_name,
    kind_name,
    relation_name,
    system_language,
)
from tests.helpers.words import catalogue_words

NAMES = [
    (kind_name, schema.Kind),
    (certainty_name, schema.Certainty),
    (relation_name, schema.Relation),
]


@pytest.mark.parametrize(("name", "literal"), NAMES)
def test_every_value_of_the_format_has_a_name_in_french(name, literal):
    french = catalogue_words("fr")
    for value in typing.get_args(literal):
        # "publication" is the same word in both languages.
        assert name(value, french) != name(value) or value == "publication", value


def test_the_reverse_relations_have_names_too():
    french = catalogue_words("fr")
    for reverse in ("responded-by", "amended-by", "withdrawn-by", "followed-by"):
        assert relation_name(reverse) != reverse
        assert relation_name(reverse, french) != relation_name(reverse)


def test_a_value_the_model_does_not_know_shows_as_it_is():
    assert kind_name("bake-sale", catalogue_words("fr")) == "bake-sale"


def test_source_words_are_the_english_source_with_the_count_put_in():
    assert SOURCE_WORDS.tr("period") == "period"
    assert SOURCE_WORDS.tr("%n event(s)", None, 3) == "3 event(s)"
    assert i18n.QT_TRANSLATE_NOOP("words", "text", "comment") == "text"


def test_a_french_plural_takes_its_form_from_the_count():
    french = catalogue_words("fr")
    assert french.lang == "fr"
    assert french.tr("1", "the first day of a month, in a date") == "1er"


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LC_ALL": "fr_FR.UTF-8"}, "fr"),
        ({"LC_ALL": "", "LC_MESSAGES": "fr_CA.UTF-8"}, "fr"),
        ({"LANG": "fr_BE.UTF-8"}, "fr"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LC_ALL": "en_GB.UTF-8", "LANG": "fr_FR.UTF-8"}, "en"),
    ],
)
def test_system_language_follows_the_environment(monkeypatch, env, expected):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert system_language() == expected
