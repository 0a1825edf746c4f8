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


NNBSP = "\u202f"


def test_counts_of_a_thousand_or_more_are_grouped_as_each_language_groups_them():
    french = catalogue_words("fr")
    assert i18n.grouped(9700, i18n.ENGLISH) == "9,700"
    assert i18n.grouped(9700, french) == f"9{NNBSP}700"
    assert i18n.grouped(1_234_567, french) == f"1{NNBSP}234{NNBSP}567"
    assert i18n.grouped(999, french) == "999"
    # The count of a plural message too ("%n").
    assert french.tr("%n event(s)", "a party's events", 9700) == f"9{NNBSP}700 événements"
    assert i18n.ENGLISH.tr("%n event(s)", "a party's events", 9700) == "9,700 events"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("OpenAI", "reprise d'OpenAI"),
        ("\u2068OpenAI\u2069", "reprise d'\u2068OpenAI\u2069"),
        ("État de Californie", "reprise d'État de Californie"),
        ("Microsoft", "reprise de Microsoft"),
        ("Yahoo", "reprise de Yahoo"),
        ("Harvard", "reprise de Harvard"),
        ("1789 Media", "reprise de 1789 Media"),
    ],
)
def test_french_elides_de_before_a_name_beginning_with_a_vowel(name, expected):
    french = catalogue_words("fr")
    template = french.tr("carrying {name}", "a copy of another outlet's report")
    assert i18n.with_names(template, french, name=name) == expected


def test_elision_takes_whole_words_and_leaves_english_alone():
    french = catalogue_words("fr")
    said = i18n.with_names("Que {a}, la {a}, Ode {a}, de {b}", french, a="OpenAI", b="Meta")
    assert said == "Qu'OpenAI, l'OpenAI, Ode OpenAI, de Meta"
    assert i18n.with_names("carrying {name}", i18n.ENGLISH, name="OpenAI") == "carrying OpenAI"
    assert i18n.with_names("{name} of {other}", i18n.ENGLISH, name="x") == "x of {other}"


def test_quotation_marks_are_the_languages_own():
    assert i18n.quoted("Noted.", i18n.ENGLISH) == "“Noted.”"
    assert i18n.quoted("{x}", catalogue_words("fr")) == "«\u00a0{x}\u00a0»"
