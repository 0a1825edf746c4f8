"""What is wrong with a file's JSON, in Frise's words: what Python's JSON
decoder, the walk (`json_walk`) and pydantic-core say, with the line and
column; a file that holds no JSON object; half a character. Imports no Qt."""

from __future__ import annotations

import re
from typing import NoReturn

import pydantic_core

from frise.model.i18n import QT_TRANSLATE_NOOP, Message
from frise.model.loading.encoding import skip
from frise.model.loading.errors import refuse
from frise.model.loading.places import JSON_KINDS, json_type
from frise.model.problems import problem


def json_reason(text: str) -> Message | str:
    """What a JSON parser said is wrong, in Frise's words when they have it
    (else as the parser said it)."""
    found = _JSON_REASONS.get(text)
    if found is not None:
        return found
    if text.endswith(" is not a JSON number"):
        return problem(
            QT_TRANSLATE_NOOP("words", "{name} is not a JSON number", "a problem in a file"),
            name=text.removesuffix(" is not a JSON number"),
        )
    return text


_EXPECTING_EITHER = QT_TRANSLATE_NOOP(
    "words", "Expecting {first} or {second}", "a problem in a file"
)
_EXPECTED_EITHER = QT_TRANSLATE_NOOP("words", "expected {first} or {second}", "a problem in a file")
_JSON_REASONS: dict[str, Message] = {
    # Python's JSON decoder (the walk; " at" and " starting at" cut off) …
    "Expecting value": problem(
        QT_TRANSLATE_NOOP("words", "Expecting value", "a problem in a file")
    ),
    "Expecting property name enclosed in double quotes": problem(
        QT_TRANSLATE_NOOP(
            "words", "Expecting property name enclosed in double quotes", "a problem in a file"
        )
    ),
    "Expecting ':' delimiter": problem(
        QT_TRANSLATE_NOOP("words", "Expecting ':' delimiter", "a problem in a file")
    ),
    "Expecting ',' delimiter": problem(
        QT_TRANSLATE_NOOP("words", "Expecting ',' delimiter", "a problem in a file")
    ),
    "Unterminated string": problem(
        QT_TRANSLATE_NOOP("words", "Unterminated string", "a problem in a file")
    ),
    "Invalid control character": problem(
        QT_TRANSLATE_NOOP("words", "Invalid control character", "a problem in a file")
    ),
    "Invalid \\escape": problem(
        QT_TRANSLATE_NOOP("words", "Invalid \\escape", "a problem in a file")
    ),
    "Invalid \\uXXXX escape": problem(
        QT_TRANSLATE_NOOP("words", "Invalid \\uXXXX escape", "a problem in a file")
    ),
    "Extra data": problem(QT_TRANSLATE_NOOP("words", "Extra data", "a problem in a file")),
    "Illegal trailing comma before end of object": problem(
        QT_TRANSLATE_NOOP(
            "words", "Illegal trailing comma before end of object", "a problem in a file"
        )
    ),
    "Illegal trailing comma before end of array": problem(
        QT_TRANSLATE_NOOP(
            "words", "Illegal trailing comma before end of array", "a problem in a file"
        )
    ),
    # … the walk's own …
    "Expecting a key in double quotes": problem(
        QT_TRANSLATE_NOOP("words", "Expecting a key in double quotes", "a problem in a file")
    ),
    "Expecting ':' after a key": problem(
        QT_TRANSLATE_NOOP("words", "Expecting ':' after a key", "a problem in a file")
    ),
    "Expecting ',' or '}'": problem(_EXPECTING_EITHER, first="','", second="'}'"),
    "Expecting ',' or ']'": problem(_EXPECTING_EITHER, first="','", second="']'"),
    "more after the end of the timeline's object": problem(
        QT_TRANSLATE_NOOP(
            "words", "more after the end of the timeline's object", "a problem in a file"
        )
    ),
    # … and pydantic-core's (a small file that is not a JSON object).
    "expected value": problem(QT_TRANSLATE_NOOP("words", "expected value", "a problem in a file")),
    "expected ident": problem(QT_TRANSLATE_NOOP("words", "expected ident", "a problem in a file")),
    "expected `:`": problem(QT_TRANSLATE_NOOP("words", "expected `:`", "a problem in a file")),
    "expected `,` or `]`": problem(_EXPECTED_EITHER, first="`,`", second="`]`"),
    "expected `,` or `}`": problem(_EXPECTED_EITHER, first="`,`", second="`}`"),
    "key must be a string": problem(
        QT_TRANSLATE_NOOP("words", "key must be a string", "a problem in a file")
    ),
    "trailing comma": problem(QT_TRANSLATE_NOOP("words", "trailing comma", "a problem in a file")),
    "trailing characters": problem(
        QT_TRANSLATE_NOOP("words", "trailing characters", "a problem in a file")
    ),
    "invalid escape": problem(QT_TRANSLATE_NOOP("words", "invalid escape", "a problem in a file")),
    "invalid number": problem(QT_TRANSLATE_NOOP("words", "invalid number", "a problem in a file")),
    "unexpected end of hex escape": problem(
        QT_TRANSLATE_NOOP("words", "unexpected end of hex escape", "a problem in a file")
    ),
    "EOF while parsing a value": problem(
        QT_TRANSLATE_NOOP("words", "EOF while parsing a value", "a problem in a file")
    ),
    "EOF while parsing an object": problem(
        QT_TRANSLATE_NOOP("words", "EOF while parsing an object", "a problem in a file")
    ),
    "EOF while parsing a list": problem(
        QT_TRANSLATE_NOOP("words", "EOF while parsing a list", "a problem in a file")
    ),
    "EOF while parsing a string": problem(
        QT_TRANSLATE_NOOP("words", "EOF while parsing a string", "a problem in a file")
    ),
    "control character (\\u0000-\\u001F) found while parsing a string": problem(
        QT_TRANSLATE_NOOP(
            "words",
            "control character (\\u0000-\\u001F) found while parsing a string",
            "a problem in a file",
        )
    ),
}
_NOT_JSON = QT_TRANSLATE_NOOP("words", "not valid JSON: {reason}", "a problem in a file")
NOT_JSON_AT = QT_TRANSLATE_NOOP(
    "words", "not valid JSON: {reason} at line {line}, column {column}", "a problem in a file"
)
CUT_SHORT = QT_TRANSLATE_NOOP(
    "words",
    "not valid JSON: the file ends too early (is it cut short?): {reason}",
    "a problem in a file",
)


def not_an_object(data: bytes) -> NoReturn:
    """Refuse a file whose JSON is not an object, saying what it is."""
    if len(data) <= 1 << 20:  # small: say exactly what is wrong with it
        try:
            raw = pydantic_core.from_json(data, allow_inf_nan=False)
        except ValueError as e:
            refuse(_parser_problem(str(e)))
        kind = json_type(raw)
    else:
        first = data[skip(data, 0) :][:1]
        kinds = {b"[": "array", b'"': "string", b"n": "null", b"t": "boolean", b"f": "boolean"}
        kind = kinds.get(first, "number")
    refuse(
        problem(
            QT_TRANSLATE_NOOP(
                "words",
                "the file holds {kind}; a timeline is a JSON object {…}",
                "a problem in a file",
            ),
            kind=problem(JSON_KINDS[kind]),
        )
    )


_AT_LINE = re.compile(r"(?P<reason>.*) at line (?P<line>\d+) column (?P<column>\d+)")


def _parser_problem(said: str) -> Message:
    """pydantic-core's complaint ("expected value at line 1 column 1") in Frise's words."""
    found = _AT_LINE.fullmatch(said)
    if found is None:
        return problem(_NOT_JSON, reason=json_reason(said))
    reason, line, column = found["reason"], found["line"], found["column"]
    if reason == "recursion limit exceeded":
        return problem(
            QT_TRANSLATE_NOOP(
                "words",
                "not valid JSON: nested more than 200 levels deep at line {line} column {column}",
                "a problem in a file",
            ),
            line=line,
            column=column,
        )
    where = problem(
        QT_TRANSLATE_NOOP(
            "words", "{reason} at line {line} column {column}", "a problem in a file"
        ),
        reason=json_reason(reason),
        line=line,
        column=column,
    )
    if reason.startswith("EOF while parsing"):
        return problem(CUT_SHORT, reason=where)
    return problem(_NOT_JSON, reason=where)


def check_text(text: bytes) -> None:
    """Refuse "\\ud800" alone, as pydantic-core does: no text holds half a
    character (Python's decoder lets it through)."""
    try:
        pydantic_core.from_json(b"[" + text + b"]")
    except ValueError as e:
        refuse(_parser_problem(str(e)))
