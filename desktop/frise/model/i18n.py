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
import re
from collections.abc import Mapping
from typing import Protocol, TypeAlias

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


class EnglishWords:
    """The source strings as an English reader sees them: "%n" put in, in
    the English form of its count ("1 source", "2 sources"; "1 reply",
    "2 replies"), as `frise_en.ts` has it, its digits grouped ("1,200
    events"). The command line speaks with these."""

    lang = "en"

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if n < 0:
            return source
        one = n == 1
        text = _IES.sub("y" if one else "ies", source)
        text = _S.sub("" if one else r"\1", text)
        return text.replace("%n", f"{n:,}")


_IES = re.compile(r"y\(ies\)")
_S = re.compile(r"\((e?s)\)")

ENGLISH = EnglishWords()


class Grouped(int):
    """A number shown with its digits grouped as the reader's language groups
    them: "12,345", « 12 345 »."""


class Sayable(Protocol):
    """Anything said in the language of `words`: a `Message`, a place in a file…"""

    def text(self, words: Words) -> str: ...


Value: TypeAlias = "str | int | Sayable"
"""What fills a placeholder: text from a file (already quoted as it is to be
shown: it is never translated), a number, or more of Frise's words."""

_FIELD = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_THOUSANDS = QT_TRANSLATE_NOOP("words", ",", "separates thousands in a number: 12,345")


def grouped(n: int, words: Words) -> str:
    """`n` with its digits grouped as the language of `words` groups them:
    "9,700" in English, « 9 700 » in French (a narrow no-break space, as
    Qt's QLocale("fr") writes it). Every count Frise shows goes through this
    (`Words.tr` puts it for "%n"; the interface through its locale)."""
    separator = words.tr(_THOUSANDS, "separates thousands in a number: 12,345")
    return f"{n:,}".replace(",", separator)


class Message:
    """Frise's words around values from a file, to be said in any language.

    `source` is an English template of the "words" context, marked where it
    is written with `QT_TRANSLATE_NOOP("words", source, comment)` (a fourth
    argument 1 when it has a count; `count` then chooses the plural form and
    is put for "%n"). Its `{name}` placeholders take `values`; braces around
    anything but a name ("an object {…}") are words like the others.
    `str()` is the English, as the command line prints it."""

    __slots__ = ("comment", "count", "source", "values")

    def __init__(self, source: str, comment: str, count: int = -1, /, **values: Value) -> None:
        self.source = source
        self.comment = comment
        self.count = count
        self.values: Mapping[str, Value] = values

    def text(self, words: Words = ENGLISH) -> str:
        found = words.tr(self.source, self.comment, self.count)
        if not self.values:
            return found
        values = self.values

        def put(match: re.Match[str]) -> str:
            value = values.get(match[1])
            return match[0] if value is None else _said(value, words)

        return _FIELD.sub(put, found)

    def __str__(self) -> str:
        return self.text()

    def __repr__(self) -> str:
        return f"Message({str(self)!r})"

    def _key(self) -> tuple[object, ...]:
        return (self.source, self.comment, self.count, tuple(sorted(self.values.items())))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())


def _said(value: Value, words: Words) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, Grouped):
        return grouped(value, words)
    if isinstance(value, int):
        return str(value)
    return value.text(words)


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


_SCRIPTS = {
    "Latin": QT_TRANSLATE_NOOP("words", "Latin", "a script of letters"),
    "Cyrillic": QT_TRANSLATE_NOOP("words", "Cyrillic", "a script of letters"),
    "Greek": QT_TRANSLATE_NOOP("words", "Greek", "a script of letters"),
    "Armenian": QT_TRANSLATE_NOOP("words", "Armenian", "a script of letters"),
    "Hebrew": QT_TRANSLATE_NOOP("words", "Hebrew", "a script of letters"),
    "Arabic": QT_TRANSLATE_NOOP("words", "Arabic", "a script of letters"),
    "Han": QT_TRANSLATE_NOOP("words", "Chinese", "a script of letters"),
}
_SCRIPT = "a script of letters"


def script_name(script: str, words: Words = SOURCE_WORDS) -> str:
    """A script's name ("Cyrillic", as frise.model.text names them) in `words`' language."""
    source = _SCRIPTS.get(script)
    return script if source is None else words.tr(source, _SCRIPT)


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


# French elides "de", "que", "le"… before a vowel: « reprise d'OpenAI »,
# « reprise de Microsoft ». A name's first letter decides; an "h" is left as
# it is (h muet or aspiré cannot be told from the spelling), and so is a "y"
# before a vowel ("de Yahoo").
_ELIDED_WORDS = {"fr": ("de", "que", "le", "la", "ne", "se", "jusque", "lorsque", "puisque")}
_VOWELS = frozenset("aeiouyàâäéèêëîïôöùûüœæ")
_INVISIBLE = "\u2066\u2067\u2068\u2069\u200e\u200f"
"""Direction marks and isolates (`text.isolate`) a name may be wrapped in."""


def _starts_with_vowel(name: str) -> bool:
    letters = name.lstrip(_INVISIBLE)[:2].lower()
    if not letters or letters[0] not in _VOWELS:
        return False
    return not (letters[0] == "y" and letters[1:2] in _VOWELS)


def with_names(template: str, words: Words, **names: str) -> str:
    """`template` with `names` put in for their `{placeholder}`s, the word
    before each elided as the language of `words` elides it (French: "de
    {name}" gives « d'OpenAI » but « de Microsoft »). For names, not dates
    or numbers: « le 8 août », « de 1815 » never elide."""
    text = template
    for key, name in names.items():
        if not _starts_with_vowel(name):
            continue
        for word in _ELIDED_WORDS.get(words.lang, ()):
            # "de {name}" → "d'{name}", "Que {name}" → "Qu'{name}": the last vowel goes.
            text = re.sub(
                rf"(?<![\w'’])({word[:-1]}){word[-1]} \{{{key}\}}",
                rf"\1'{{{key}}}",
                text,
                flags=re.IGNORECASE,
            )
    return text.format_map(_Only(names))


class _Only(dict[str, str]):
    """Leaves a placeholder it has no value for as it is."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


_QUOTED = QT_TRANSLATE_NOOP("words", "“{text}”", "quotation marks around a quote or a title")


def quoted(text: str, words: Words) -> str:
    """`text` between the quotation marks of the language of `words`:
    “…” in English, « … » (with no-break spaces) in French."""
    marks = words.tr(_QUOTED, "quotation marks around a quote or a title")
    return marks.replace("{text}", text)
