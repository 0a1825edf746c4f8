"""The timeline file format, version 1, as pydantic models.

Every rule that can be said declaratively lives here (patterns, literals,
lengths, unknown keys); rules that need the whole file (references between
events, calendar dates, order of dates) are checked in one pass by
`frise.model.loading`. The JSON Schema printed by `frise schema` is generated
from these models, so they are the contract users' files are written against.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field, StrictInt, StringConstraints, TypeAdapter
from pydantic.dataclasses import dataclass

from frise.model.dates import DATE_PATTERN

FORMAT_NAME = "frise-timeline"
FORMAT_VERSION = 1
MAX_TEXT = 20_000
"""Longest string accepted anywhere in a file, in characters."""

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
LANG_PATTERN = r"^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$"
URL_PATTERN = r"^[hH][tT][tT][pP][sS]?://[^\s/?#@]+([/?#][^\s]*)?$"
COLOR_PATTERN = r"^#[0-9A-Fa-f]{6}$"

Id = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=200)]
DateText = Annotated[str, StringConstraints(pattern=DATE_PATTERN)]
Lang = Annotated[str, StringConstraints(pattern=LANG_PATTERN)]
Str = Annotated[str, StringConstraints(min_length=1, max_length=MAX_TEXT)]
Url = Annotated[str, StringConstraints(pattern=URL_PATTERN, max_length=2048)]
Color = Annotated[str, StringConstraints(pattern=COLOR_PATTERN)]
Translations = Annotated[dict[Lang, Str], Field(min_length=1)]
Text = Str | Translations
"""A string, or translations keyed by language: {"en": "...", "fr": "..."}."""

Kind = Literal[
    "founding", "funding", "filing", "ruling", "statement", "deal", "publication", "other"
]
Certainty = Literal["confirmed", "reported", "alleged", "disputed"]
Relation = Literal["responds-to", "amends", "withdraws", "follows"]
SourceType = Literal["primary", "press", "aggregator"]


# Slotted frozen dataclasses, not BaseModel: at 100,000 events they validate
# about twice as fast and take a third of the memory (measured: 3.2 s / 460 MB
# for BaseModel, 1.5 s / 295 MB for these). Repeated strings share one object.
_CONFIG = ConfigDict(extra="forbid", cache_strings="all")


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class Party:
    id: Id
    name: Text
    color: Color | None = None
    description: Text | None = None


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class Quote:
    speaker: Str = Field(description="A party id, or the name of a person or body.")
    text: Str = Field(description="Verbatim, in the language it was said in.")
    lang: Lang
    translation: Text | None = None
    source: Annotated[StrictInt, Field(ge=0)] | None = Field(
        default=None, description="Index into the event's sources."
    )


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class Source:
    title: Str | None = Field(
        default=None,
        description="The page's real headline; left out when it is not known, "
        "never replaced by a label of one's own.",
    )
    url: Url | None = None
    publisher: Str | None = Field(default=None, description="The outlet or site publishing it.")
    date: DateText | None = None
    type: SourceType | None = Field(
        default=None,
        description="primary: a court filing or a party's own post, letter or statement; "
        "press: a newsroom's own reporting; aggregator: a site re-reporting others, "
        "a summary, a wiki.",
    )
    original: Str | None = Field(
        default=None,
        description="For a syndicated or wire copy, the outlet whose report it carries "
        '(e.g. "Reuters"); the copy and the original count as one source.',
    )


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class Related:
    event: Id
    relation: Relation


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class Event:
    id: Id
    date: DateText
    end: DateText | None = None
    parties: Annotated[tuple[Id, ...], Field(min_length=1)]
    kind: Kind | None = None
    certainty: Certainty = "confirmed"
    claimed_by: tuple[Id, ...] = ()
    revealed: DateText | None = Field(
        default=None, description="When it became public, if later than it happened."
    )
    title: Text
    summary: Text | None = None
    quotes: tuple[Quote, ...] = ()
    sources: tuple[Source, ...] = ()
    related: tuple[Related, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True, config=_CONFIG)
class TimelineDoc:
    format: Literal["frise-timeline"]
    version: Annotated[StrictInt, Field(ge=1, le=1, json_schema_extra={"const": 1})]
    """Strict: `true` and `1.0` are not 1. A newer version is refused before this."""
    title: Text
    description: Text | None = None
    parties: Annotated[tuple[Party, ...], Field(min_length=1)]
    events: tuple[Event, ...]


def text_in(text: Text | None, lang: str) -> str:
    """The text in `lang`, else English, else the first language given."""
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    return text.get(lang) or text.get("en") or next(iter(text.values()))


def json_schema() -> dict[str, Any]:
    schema = TypeAdapter(TimelineDoc).json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Frise timeline, format version 1"
    # The loader refuses a source that gives none of these (the title is optional).
    schema["$defs"]["Source"]["anyOf"] = [
        {"required": ["url"]},
        {"required": ["publisher"]},
        {"required": ["title"]},
    ]
    _close_pattern_objects(schema)
    return schema


def _close_pattern_objects(node: object) -> None:
    """Translations accept only language keys, as the loader does; pydantic
    states the key pattern but leaves other keys allowed."""
    if isinstance(node, dict):
        if "patternProperties" in node:
            node.setdefault("additionalProperties", False)
        for value in node.values():
            _close_pattern_objects(value)
    elif isinstance(node, list):
        for value in node:
            _close_pattern_objects(value)
