"""pydantic's validation errors as problems in Frise's words: where (the
event or party by its id, and the field) and what the format asks for there.
Imports no Qt."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from frise.model import schema
from frise.model.dates import DATE_HINT, DATE_PATTERN
from frise.model.i18n import QT_TRANSLATE_NOOP, Grouped, Message
from frise.model.loading.places import Loc, item_where, path_text, show
from frise.model.problems import WHOLE_FILE, InFile, Problem, as_is, problem

_PATTERN_HINTS: dict[str | None, str] = {
    DATE_PATTERN: DATE_HINT,
    schema.ID_PATTERN: QT_TRANSLATE_NOOP(
        "words",
        "must be lowercase letters, digits and hyphens, not starting with a hyphen",
        "a problem in a file",
    ),
    schema.LANG_PATTERN: QT_TRANSLATE_NOOP(
        "words", 'must be a language code such as "en" or "fr"', "a problem in a file"
    ),
    schema.URL_PATTERN: QT_TRANSLATE_NOOP(
        "words", "must be an http:// or https:// address", "a problem in a file"
    ),
    schema.COLOR_PATTERN: QT_TRANSLATE_NOOP(
        "words", 'must be a colour written "#RRGGBB"', "a problem in a file"
    ),
}
"""Messages' sources: what a value of each pattern must look like."""
_WRONG_FORM = QT_TRANSLATE_NOOP("words", "has the wrong form", "a problem in a file")
_FOUND = QT_TRANSLATE_NOOP("words", "{rule} (found {found})", "a problem in a file")
MISSING = QT_TRANSLATE_NOOP("words", "is required but missing", "a problem in a file")
LIST = QT_TRANSLATE_NOOP("words", "must be a list (found {found})", "a problem in a file")


def problems_of(
    error: ValidationError, raw: dict[str, Any], prefix: tuple[str, int] | tuple[()] = ()
) -> list[Problem]:
    problems: list[Problem] = []
    items = error.errors(include_url=False)
    # pydantic also says a list is too short when its items were all refused.
    refused_items = {
        item["loc"][:-1]
        for item in items
        if len(item["loc"]) > 1 and isinstance(item["loc"][-1], int)
    }
    refused_items |= {
        item["loc"][:i]
        for item in items
        for i in range(1, len(item["loc"]))
        if isinstance(item["loc"][i], int)
    }
    keys = list(raw)
    for item in items:
        if item["type"] == "too_short" and item["loc"] in refused_items:
            continue
        loc, is_union = _clean_loc(prefix + item["loc"])
        if item["type"] in ("extra_forbidden", "unexpected_keyword_argument"):
            # The last part is a key from the file, never a union tag, even
            # when it looks like one ("[key]", "str").
            loc = (*_clean_loc((prefix + item["loc"])[:-1])[0], item["loc"][-1])
        # Events are listed by index; the rest in the order of their key in the file.
        order = (
            prefix[1]
            if prefix
            else (keys.index(loc[0]) if loc and loc[0] in keys else len(keys)) - len(keys) - 1
        )
        if loc and loc[-1] == "(key)":
            problems.append(
                Problem(
                    _where(loc[:-2], raw),
                    problem(
                        QT_TRANSLATE_NOOP(
                            "words",
                            'the key {key} must be a language code such as "en" or "fr"',
                            "a problem in a file",
                        ),
                        key=show(loc[-2]),
                    ),
                    order,
                )
            )
            continue
        kind, value = item["type"], item.get("input")
        # A TEXT is a string or an object: report only the branch the value chose.
        if is_union and kind == "string_type" and isinstance(value, dict):
            continue
        if is_union and kind == "dict_type" and isinstance(value, str):
            continue
        if is_union and kind == "dict_type":
            problems.append(
                Problem(
                    _where(loc, raw),
                    problem(
                        QT_TRANSLATE_NOOP(
                            "words",
                            "must be a string or an object of translations such as "
                            '{"en": "…", "fr": "…"} (found {found})',
                            "a problem in a file",
                        ),
                        found=show(value),
                    ),
                    order,
                )
            )
            continue
        if is_union and kind == "string_type":
            continue
        problems.append(Problem(_where(loc, raw), _message(item, value), order))
    return problems


def _clean_loc(loc: Loc) -> tuple[Loc, bool]:
    """Drop the union-branch tags pydantic puts in locations ("constrained-str")."""
    clean: list[int | str] = []
    is_union = False
    for part in loc:
        if isinstance(part, str) and (part.endswith("]") or part.endswith("-str") or part == "str"):
            is_union = True
            if part == "[key]":
                clean.append("(key)")
            continue
        clean.append(part)
    return tuple(clean), is_union


def _where(loc: Loc, raw: dict[str, Any]) -> InFile:
    if len(loc) >= 2 and loc[0] in ("events", "parties") and isinstance(loc[1], int):
        items = raw.get(loc[0])
        item = items[loc[1]] if isinstance(items, list) and loc[1] < len(items) else None
        return dataclasses.replace(item_where(loc[0], loc[1], item), path=path_text(loc[2:]))
    path = path_text(loc)
    return InFile(path=path) if path else WHOLE_FILE


def _message(item: ErrorDetails, value: Any) -> Message:
    kind = item["type"]
    ctx = item.get("ctx") or {}
    found = show(value)
    if item["loc"] == ("version",) and kind != "missing":
        return problem(
            QT_TRANSLATE_NOOP(
                "words",
                "must be 1, the format version Frise reads (found {found})",
                "a problem in a file",
            ),
            found=found,
        )
    if kind == "missing":
        return problem(MISSING)
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        return problem(
            QT_TRANSLATE_NOOP(
                "words", "is not a field of the format (a typo?)", "a problem in a file"
            )
        )
    if kind == "string_pattern_mismatch":
        hint = _PATTERN_HINTS.get(ctx.get("pattern"), _WRONG_FORM)
        return problem(_FOUND, rule=problem(hint), found=found)
    if kind == "string_too_long":
        return problem(
            QT_TRANSLATE_NOOP(
                "words",
                "is {length} characters long; the limit is {limit} characters",
                "a problem in a file",
            ),
            length=Grouped(len(value)),
            limit=Grouped(ctx.get("max_length", schema.MAX_TEXT)),
        )
    if kind == "string_too_short":
        return problem(QT_TRANSLATE_NOOP("words", "must not be empty", "a problem in a file"))
    if kind == "too_short":
        return problem(
            QT_TRANSLATE_NOOP("words", "must list at least one item", "a problem in a file")
        )
    if kind == "literal_error":
        return problem(_FOUND, rule=_one_of(str(ctx.get("expected", ""))), found=found)
    if kind == "string_type":
        return problem(
            QT_TRANSLATE_NOOP("words", "must be a string (found {found})", "a problem in a file"),
            found=found,
        )
    if kind in ("int_type", "int_from_float", "int_parsing"):
        return problem(
            QT_TRANSLATE_NOOP(
                "words", "must be a whole number (found {found})", "a problem in a file"
            ),
            found=found,
        )
    if kind == "greater_than_equal":
        return problem(
            QT_TRANSLATE_NOOP(
                "words", "must be {minimum} or more (found {found})", "a problem in a file"
            ),
            minimum=str(ctx.get("ge")),
            found=found,
        )
    if kind in ("tuple_type", "list_type"):
        return problem(LIST, found=found)
    if kind in ("dict_type", "dataclass_type", "model_type", "dataclass_exact_type"):
        return problem(
            QT_TRANSLATE_NOOP(
                "words", "must be an object {…} (found {found})", "a problem in a file"
            ),
            found=found,
        )
    return as_is(item["msg"])


_CHOICES = re.compile(r"(?P<choices>.+) or (?P<last>'[^']*')")


def _one_of(expected: str) -> Message:
    """ "must be 'a', 'b' or 'c'", from pydantic's list of a Literal's values."""
    found = _CHOICES.fullmatch(expected)
    if found is None:
        return problem(
            QT_TRANSLATE_NOOP("words", "must be {value}", "a problem in a file"), value=expected
        )
    return problem(
        QT_TRANSLATE_NOOP("words", "must be {choices} or {last}", "a problem in a file"),
        choices=found["choices"],
        last=found["last"],
    )
