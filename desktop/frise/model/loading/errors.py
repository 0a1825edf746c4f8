"""What a load raises: `TimelineError` (the file is refused, with every
problem found) and `LoadCancelled`. Imports no Qt."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NoReturn

from frise.model.i18n import Message
from frise.model.problems import NOWHERE, Problem

MAX_PROBLEMS = 500


class TimelineError(Exception):
    """The file cannot be used; `problems` says every reason found (at most
    MAX_PROBLEMS of them; `truncated` when there were more). `str()` and
    `summary()` are English, for the command line."""

    def __init__(self, problems: Iterable[Problem], truncated: bool = False):
        self.problems = tuple(problems)
        self.truncated = truncated
        super().__init__("\n".join(map(str, self.problems)))

    def summary(self) -> str:
        """ "3 problems", or "more than 500 problems" when the list was cut."""
        if self.truncated:
            return f"more than {MAX_PROBLEMS} problems (the first {MAX_PROBLEMS} are listed)"
        count = len(self.problems)
        return f"{count} problem{'s' if count != 1 else ''}"


class LoadCancelled(Exception):
    pass


def refuse(what: Message) -> NoReturn:
    raise TimelineError([Problem(NOWHERE, what)])
