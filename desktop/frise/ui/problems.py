"""What is wrong with a file, said in the interface's language.

The model keeps each problem as a place and a message of Frise's words
(`frise.model.problems`); here they are said with the catalogue of the
language the interface speaks, for the "cannot open" dialog, the reload
bar and the notes of an import. (The command line prints their English.)
"""

from __future__ import annotations

from collections.abc import Iterable

from frise import translations
from frise.model.importers.common import layout_name as _layout_name
from frise.model.problems import Problem


def _words(lang: str | None) -> translations.Words:
    return translations.words(lang or translations.interface_language())


def problem_lines(problems: Iterable[Problem], lang: str | None = None) -> list[str]:
    """Each problem on its line ("where: what"), in `lang` (default: the interface's)."""
    words = _words(lang)
    return [problem.text(words) for problem in problems]


def problem_line(problem: Problem, lang: str | None = None) -> str:
    return problem.text(_words(lang))


def layout_name(layout: str, lang: str | None = None) -> str:
    """What an imported file was read as ("a TimelineJS spreadsheet"), in `lang`."""
    return _layout_name(layout, _words(lang))
