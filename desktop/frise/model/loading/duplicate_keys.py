"""Keys given twice in one JSON object, which JSON parsers merge without a
word (the last one wins) and Frise refuses: found by counting keys on the text
and in what was parsed, then named by parsing again with every pair kept.
Imports no Qt."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from itertools import chain
from typing import Any

import jiter

from frise.model.i18n import QT_TRANSLATE_NOOP, Message
from frise.model.loading.places import Loc
from frise.model.problems import problem, quoted

_SPACED_KEY = re.compile(rb'"[ \t\r\n]+:')
_ESCAPED_SPACED_KEY = re.compile(rb'\\"[ \t\r\n]+:')


def no_key_twice(text: bytes) -> None:
    """Raise ValueError if an object of the JSON `text` gives a key twice
    (a JSON parser keeps the last one without a word; jiter, pydantic's
    own parser, says so)."""
    jiter.from_json(text, catch_duplicate_keys=True, cache_mode="keys")


class _Pairs(list[tuple[str, Any]]):
    """A JSON object as its list of (key, value) pairs, keys given twice kept."""


def with_pairs(text: bytes) -> list[Any]:
    """The comma-separated values of `text`, parsed again with every object as
    _Pairs: the key count only said "a key is given twice somewhere here"."""
    try:
        values: list[Any] = json.loads(b"[" + text + b"]", object_pairs_hook=_Pairs)
        return values
    except (ValueError, RecursionError):
        return []


def keys_given_twice(node: object, path: Loc = ()) -> Iterable[tuple[Loc, str]]:
    """(where, key) for every key given twice in one object of `node`."""
    if type(node) is _Pairs:
        seen = set()
        for key, value in node:
            if key in seen:
                yield path, key
            seen.add(key)
            yield from keys_given_twice(value, (*path, key))
    elif type(node) is list:
        for index, value in enumerate(node):
            yield from keys_given_twice(value, (*path, index))


def twice_message(key: str) -> Message:
    return problem(
        QT_TRANSLATE_NOOP(
            "words",
            "the key {key} is given twice; JSON would keep only the last one "
            "without a word, so Frise refuses it: remove one",
            "a problem in a file",
        ),
        key=quoted(key),
    )


def keys_in(text: bytes) -> int:
    """How many keys JSON text holds, counted on the text: each is a closing
    quote then a colon (a quote inside a string is always escaped). May count
    a string value that starts with ":" too; never misses a key."""
    count = text.count(b'":') - text.count(b'\\":')
    if b'" ' in text or b'"\n' in text or b'"\r' in text or b'"\t' in text:
        count += len(_SPACED_KEY.findall(text)) - len(_ESCAPED_SPACED_KEY.findall(text))
    return count


_CONTAINERS = (dict, list)


def count_keys(values: list[Any]) -> int:
    """How many keys the parsed values hold: fewer than the text's when a key
    was given twice in one object, since the last one replaced the first.
    Level by level, with comprehensions: about 3 µs per event."""
    count, level = 0, values
    while level:
        containers = [v for v in level if type(v) in _CONTAINERS]
        objects = [v for v in containers if type(v) is dict]
        count += sum(map(len, objects))
        level = [
            *chain.from_iterable(map(dict.values, objects)),
            *chain.from_iterable([v for v in containers if type(v) is list]),
        ]
    return count
