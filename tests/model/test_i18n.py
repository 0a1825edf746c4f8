import string
import typing

import pytest

from frise.model import i18n, schema
from frise.model.i18n import LANGUAGES, system_language, text


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_string_exists_in_every_language():
    for key, entry in i18n._STRINGS.items():
        for lang in LANGUAGES:
            assert entry.get(lang), (key, lang)


def test_translations_take_the_same_values():
    for key, entry in i18n._STRINGS.items():
        assert placeholders(entry["fr"]) == placeholders(entry["en"]), key


def test_french_is_french():
    assert text("certainty.alleged", "fr") != text("certainty.alleged", "en")
    assert text("kind.filing", "fr") != text("kind.filing", "en")


def test_an_unknown_language_falls_back_to_english():
    for key in ("certainty.disputed", "kind.ruling", "relation.follows"):
        assert text(key, "de") == text(key, "en")


def test_an_unknown_key_shows_itself():
    assert text("no.such.key", "fr") == "no.such.key"


def test_values_are_put_in_place():
    assert "17" in text("tooltip.events", "en", count="17")
    assert "17" in text("tooltip.events", "fr", count="17")
    assert "{count}" not in text("tooltip.events", "fr", count="17")


@pytest.mark.parametrize(
    ("prefix", "literal"),
    [
        ("kind", schema.Kind),
        ("certainty", schema.Certainty),
        ("relation", schema.Relation),
    ],
)
def test_every_value_of_the_format_has_words(prefix, literal):
    for value in typing.get_args(literal):
        for lang in LANGUAGES:
            assert text(f"{prefix}.{value}", lang) != f"{prefix}.{value}", (value, lang)


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
