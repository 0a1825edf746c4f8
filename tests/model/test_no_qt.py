"""The model layer imports no Qt: it can be tested, and used, without a display."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import frise.model

PURE = [
    "frise.settings",
    "frise.fileio",
    "frise.paths",
    *(m.name for m in pkgutil.walk_packages(frise.model.__path__, "frise.model.")),
]


def test_model_modules_import_no_qt():
    code = (
        "import importlib, sys\n"
        f"for name in {PURE!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    assert len(PURE) >= 10
