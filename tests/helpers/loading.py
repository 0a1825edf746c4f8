"""Refused files, as the loader's tests look at them: the problems it says."""

from __future__ import annotations

import pytest

from frise.model.loading import TimelineError, parse_timeline
from frise.model.problems import Problem
from tests.helpers.builders import to_bytes, with_event


def problems_of(data: bytes) -> list[Problem]:
    with pytest.raises(TimelineError) as caught:
        parse_timeline(data)
    problems = list(caught.value.problems)
    assert problems, "a refused file must say why"
    return problems


def only_problem(data: bytes) -> Problem:
    problems = problems_of(data)
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def event_problem(**fields) -> Problem:
    """The one problem of the default file with event "e2" changed."""
    return only_problem(to_bytes(with_event(1, **fields)))
