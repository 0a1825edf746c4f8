"""Where Frise finds its bundled files and keeps its own.

Bundled data and resources are found in a source checkout (`data/`,
`resources/` at the repository root), in an installed wheel (`frise/_bundled/`)
and in a frozen app (PyInstaller's unpack folder). Settings and logs go to the
platform's usual places, via platformdirs.
"""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "frise"
BUNDLED_TIMELINE = "musk-openai.json"

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parents[1]
"""The repository root, when running from a checkout (`desktop/frise/` in it)."""


def _bundle_roots() -> list[Path]:
    frozen = getattr(sys, "_MEIPASS", None)
    roots = [Path(frozen)] if frozen else []
    return [*roots, _PACKAGE / "_bundled", _CHECKOUT]


def _bundled(folder: str) -> Path:
    for root in _bundle_roots():
        if (root / folder).is_dir():
            return root / folder
    return _CHECKOUT / folder


def data_dir() -> Path:
    return _bundled("data")


def resources_dir() -> Path:
    return _bundled("resources")


def bundled_timeline() -> Path:
    return data_dir() / BUNDLED_TIMELINE


def config_dir() -> Path:
    return platformdirs.user_config_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    return platformdirs.user_log_path(APP_NAME, appauthor=False)
