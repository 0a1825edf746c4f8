"""How a command says what went wrong: `UsageError` for arguments that make
no sense (exit code 2), and a refused file's problems, one per line (exit code 1)."""

from __future__ import annotations

import sys
from pathlib import Path


class UsageError(Exception):
    """Arguments that parse but make no sense together; exit code 2."""


def print_problems(path: Path, error, outcome: str = "nothing was exported") -> None:
    """Each problem on its line, then how many ("more than 500" when cut)."""
    for problem in error.problems:
        print(f"{path}: {problem}", file=sys.stderr)
    print(f"{path}: {error.summary()}; {outcome}", file=sys.stderr)
