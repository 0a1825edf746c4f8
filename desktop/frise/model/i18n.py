"""The reader's language, and the few words this layer makes itself.

Every word Frise writes around the data (interface, picture, exports) lives in
one catalogue: Qt's translation files in `resources/translations/` (see
docs/translations.md). This layer imports no Qt, so it never reads them: the
words it makes (month names, the names of kinds, certainties and relations)
are source strings marked with `QT_TRANSLATE_NOOP("words", …)`, which Qt's
`lupdate` finds, and they are looked up through a `Words` object the caller
hands in (`frise.translations.words(lang)`). Without one they are shown as
written, in English.
"""

from __future__ import annotations

import locale
import os
from typing import Protocol

LANGUAGES = ("en", "fr")
"""The languages Frise itself speaks (its catalogue has them)."""

WORDS = "words"
"""The catalogue's context of words drawn or written beside the data."""


def QT_TRANSLATE_NOOP(
    context: str, source: str, disambiguation: str | None = None, plural: int | None = None
) -> str:
    """Marks `source` for Qt's extractor (`lupdate` reads this call by its
    name); returns it unchanged. Look it up later with `Words.tr`. A fourth
    argument, an integer literal such as 1, tells lupdate the message has
    plural forms (look it up with a count)."""
    return source


class Words(Protocol):
    """The words of one language: `tr` looks a source string of the "words"
    context up, as Qt's `tr` does (`n` chooses a plural form, put for "%n")."""

    @property
    def lang(self) -> str: ...

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str: ...


class SourceWords:
    """The source strings as written (English), with "%n" put in."""

    lang = "en"

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return source.replace("%n", str(n)) if n >= 0 else source


SOURCE_WORDS = SourceWords()

_KINDS = {
    "founding": QT_TRANSLATE_NOOP("words", "founding", "kind of event"),
    "funding": QT_TRANSLATE_NOOP("words", "funding", "kind of event"),
    "filing": QT_TRANSLATE_NOOP("words", "court filing", "kind of event"),
    "ruling": QT_TRANSLATE_NOOP("words", "ruling", "kind of event"),
    "statement": QT_TRANSLATE_NOOP("words", "statement", "kind of event"),
    "deal": QT_TRANSLATE_NOOP("words", "deal", "kind of event"),
    "publication": QT_TRANSLATE_NOOP("words", "publication", "kind of event"),
    "other": QT_TRANSLATE_NOOP("words", "other", "kind of event"),
    "none": QT_TRANSLATE_NOOP("words", "no kind given", "kind of event"),
}
_KIND = "kind of event"

_CERTAINTIES = {
    "confirmed": QT_TRANSLATE_NOOP("words", "confirmed", "certainty of an event"),
    "reported": QT_TRANSLATE_NOOP("words", "reported", "certainty of an event"),
    "alleged": QT_TRANSLATE_NOOP("words", "alleged", "certainty of an event"),
    "disputed": QT_TRANSLATE_NOOP("words", "disputed", "certainty of an event"),
}
_CERTAINTY = "certainty of an event"

_RELATIONS = {
    "responds-to": QT_TRANSLATE_NOOP("words", "responds to", "this event … that one"),
    "amends": QT_TRANSLATE_NOOP("words", "amends", "this event … that one"),
    "withdraws": QT_TRANSLATE_NOOP("words", "withdraws", "this event … that one"),
    "follows": QT_TRANSLATE_NOOP("words", "follows", "this event … that one"),
    "responded-by": QT_TRANSLATE_NOOP("words", "answered by", "this event … that one"),
    "amended-by": QT_TRANSLATE_NOOP("words", "amended by", "this event … that one"),
    "withdrawn-by": QT_TRANSLATE_NOOP("words", "withdrawn by", "this event … that one"),
    "followed-by": QT_TRANSLATE_NOOP("words", "followed by", "this event … that one"),
}
_RELATION = "this event … that one"


def kind_name(kind: str, words: Words = SOURCE_WORDS) -> str:
    source = _KINDS.get(kind)
    return kind if source is None else words.tr(source, _KIND)


def certainty_name(certainty: str, words: Words = SOURCE_WORDS) -> str:
    source = _CERTAINTIES.get(certainty)
    return certainty if source is None else words.tr(source, _CERTAINTY)


def relation_name(relation: str, words: Words = SOURCE_WORDS) -> str:
    """A relation as read from the event it is shown on: "responds to", or,
    for the reverse ("responded-by"), "answered by"."""
    source = _RELATIONS.get(relation)
    return relation if source is None else words.tr(source, _RELATION)


def system_language() -> str:
    """ "fr" when the system locale is French, else "en"."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    code = (locale.getlocale()[0] or "").lower()
    return "fr" if code.startswith("fr") else "en"
