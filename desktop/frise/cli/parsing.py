"""The argument parser of every command: argparse's, except that the text of
--help and --version is written like any other output. argparse ignores a
write that fails and exits 0, so `frise --help > /dev/full` seemed to work."""

from __future__ import annotations

import argparse
import sys


class Parser(argparse.ArgumentParser):
    def _print_message(self, message: str, file=None) -> None:
        if message:
            (file or sys.stderr).write(message)
