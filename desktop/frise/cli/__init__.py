"""The `frise` command: the window, `export`, `check`, `schema`, `import` and `new`.

Exit codes (a contract, see README.md): 0 success; 1 bad data, an unreadable
file or failed output; 2 wrong usage. Errors are short lines on stderr, never
a traceback.

`dispatch` reads the command line and starts the window or runs a command;
each command is a module of its own (`check`, `schema`, `export` and
`export_sheet`, `importing`, `new`), imported only when it runs: starting
the window loads none of them, and none of them loads the window.
"""

from __future__ import annotations

from frise.cli.dispatch import main

__all__ = ["main"]
