"""Running `frise` as a user would: in this process, or as a process of its own."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from frise.cli import main

ROOT = Path(__file__).resolve().parent.parent.parent
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
ROWS = [["date", "parties", "title"], ["2020-05", "Acme", "Hello"], ["2021", "Beta", "Again"]]


def run_frise(*args, cwd=ROOT):
    return subprocess.run(
        [sys.executable, "-m", "frise", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def usage_exit(argv):
    with pytest.raises(SystemExit) as caught:
        main(argv)
    return caught.value.code


def limited_memory():
    """For a child that would otherwise read /dev/zero until the machine gives out."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (3 * 2**30, 3 * 2**30))


def run_limited(*args, stdout=subprocess.PIPE, timeout=60):
    return subprocess.run(
        [sys.executable, "-m", "frise", *map(str, args)],
        cwd=ROOT,
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        timeout=timeout,
        preexec_fn=limited_memory,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
