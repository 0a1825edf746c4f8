import dataclasses
import json
import re

import pytest
from pydantic import TypeAdapter, ValidationError

from frise.model import schema
from frise.model.schema import Event, Party, Quote, json_schema, text_in


def test_text_in_picks_the_language_then_english_then_the_first():
    text = {"fr": "Bonjour", "en": "Hello", "de": "Hallo"}
    assert text_in(text, "fr") == "Bonjour"
    assert text_in(text, "ja") == "Hello"
    assert text_in({"de": "Hallo", "it": "Ciao"}, "fr") == "Hallo"


def test_text_in_returns_a_plain_string_whatever_the_language():
    assert text_in("Même texte", "en") == "Même texte"
    assert text_in(None, "fr") == ""


def test_models_are_frozen():
    party = TypeAdapter(Party).validate_python({"id": "a", "name": "A"})
    with pytest.raises(dataclasses.FrozenInstanceError):
        party.name = "B"


def test_models_refuse_unknown_keys():
    with pytest.raises(ValidationError) as caught:
        TypeAdapter(Quote).validate_python(
            {"speaker": "a", "text": "t", "lang": "en", "quote": "typo"}
        )
    (error,) = caught.value.errors()
    assert error["loc"][-1] == "quote"
    assert error["type"] in ("extra_forbidden", "unexpected_keyword_argument")


def test_event_defaults():
    event = TypeAdapter(Event).validate_python(
        {"id": "e", "date": "2024", "parties": ["a"], "title": "T"}
    )
    assert event.certainty == "confirmed"
    assert (event.quotes, event.sources, event.related, event.claimed_by) == ((), (), (), ())


@pytest.mark.parametrize(
    ("pattern", "good", "bad"),
    [
        (schema.ID_PATTERN, ["a", "0", "musk-v-openai", "e-1-"], ["", "-a", "A", "a_b", "a b"]),
        (schema.COLOR_PATTERN, ["#000000", "#aBcDeF"], ["#000", "000000", "#00000g", "#0000000"]),
        (
            schema.URL_PATTERN,
            ["http://a", "https://a.b/c?d#e", "HtTpS://x"],
            ["ftp://a", "javascript:x", "https://", "http:///x", "https://a b"],
        ),
        (
            schema.LANG_PATTERN,
            ["en", "fr", "yue", "pt-BR", "zh-Hant"],
            ["EN", "e", "english", "fr_FR"],
        ),
    ],
)
def test_patterns(pattern, good, bad):
    for text in good:
        assert re.fullmatch(pattern.strip("^$"), text), text
    for text in bad:
        assert not re.fullmatch(pattern.strip("^$"), text), text


def test_json_schema_describes_the_format():
    generated = json_schema()
    assert generated["$schema"].startswith("https://json-schema.org/")
    assert generated["additionalProperties"] is False
    assert set(generated["required"]) == {"format", "version", "title", "parties", "events"}
    assert generated["properties"]["format"]["const"] == schema.FORMAT_NAME
    assert generated["properties"]["version"]["const"] == schema.FORMAT_VERSION
    json.dumps(generated)  # serialisable as it is printed by `frise schema`


def test_json_schema_refuses_unknown_keys_at_every_level():
    defs = json_schema()["$defs"]
    for name in ("Party", "Event", "Quote", "Source", "Related"):
        assert defs[name]["additionalProperties"] is False, name


def test_json_schema_event_fields_follow_the_format():
    event = json_schema()["$defs"]["Event"]
    assert set(event["required"]) == {"id", "date", "parties", "title"}
    assert event["properties"]["id"]["pattern"] == schema.ID_PATTERN
    assert event["properties"]["parties"]["minItems"] == 1
    assert event["properties"]["certainty"]["default"] == "confirmed"
    assert set(event["properties"]["kind"]["anyOf"][0]["enum"]) == {
        "founding",
        "funding",
        "filing",
        "ruling",
        "statement",
        "deal",
        "publication",
        "other",
    }


def test_json_schema_translations_refuse_keys_that_are_not_languages():
    # The loader refuses {"EN": "..."}; a schema validator must too.
    title = json_schema()["$defs"]["Event"]["properties"]["title"]
    translations = next(branch for branch in title["anyOf"] if branch.get("type") == "object")
    constrains_keys = (
        translations.get("additionalProperties") is False or "propertyNames" in translations
    )
    assert constrains_keys, translations


def test_json_schema_source_title_is_optional_and_a_source_says_where_it_is():
    source = json_schema()["$defs"]["Source"]
    assert "required" not in source
    assert {"required": ["url"]} in source["anyOf"]
    assert {"required": ["publisher"]} in source["anyOf"]
    assert {"required": ["title"]} in source["anyOf"]


def test_json_schema_describes_source_type_and_original():
    properties = json_schema()["$defs"]["Source"]["properties"]
    assert set(properties["type"]["anyOf"][0]["enum"]) == {"primary", "press", "aggregator"}
    assert properties["original"]["anyOf"][0]["type"] == "string"
    assert "headline" in properties["title"]["description"]
