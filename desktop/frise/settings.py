"""What Frise remembers between runs: window, language, recent files, filters.

Kept as JSON in the platform's config folder. A missing file means defaults;
a corrupt one, or one written by a newer Frise, means defaults and a line in
the log, never a crash. A newer file is left untouched rather than replaced.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from frise.fileio import write_atomically
from frise.model.filters import Filter
from frise.model.timeline import CERTAINTIES, KIND_KEYS

SETTINGS_VERSION = 1
MAX_RECENT = 8
log = logging.getLogger(__name__)


class SavedFilter(BaseModel):
    model_config = ConfigDict(extra="ignore")
    parties: list[str] | None = None
    year_from: int | None = None
    year_to: int | None = None

    kinds: list[str] | None = None
    certainties: list[str] | None = None

    @classmethod
    def of(cls, view_filter: Filter) -> SavedFilter:
        """What is kept of a filter between runs: not a thread shown alone,
        which is a moment's view."""
        return cls(
            parties=_listed(view_filter.parties),
            year_from=view_filter.year_from,
            year_to=view_filter.year_to,
            kinds=_listed(view_filter.kinds),
            certainties=_listed(view_filter.certainties),
        )

    def to_filter(self, party_ids: set[str]) -> Filter:
        """The filter, keeping only parties the timeline still has (all of
        them if none of the saved ones is left)."""
        parties = None
        if self.parties is not None:
            parties = frozenset(p for p in self.parties if p in party_ids)
            if self.parties and not parties:
                parties = None
        return Filter(
            parties,
            self.year_from,
            self.year_to,
            kinds=_known(self.kinds, KIND_KEYS),
            certainties=_known(self.certainties, CERTAINTIES),
        )


def _listed(keys: frozenset[str] | None) -> list[str] | None:
    return None if keys is None else sorted(keys)


def _known(keys: list[str] | None, every: tuple[str, ...]) -> frozenset[str] | None:
    """Saved kinds or certainties this Frise knows (all of them if none is left)."""
    if keys is None:
        return None
    known = frozenset(k for k in keys if k in every)
    return None if keys and not known else known


class Settings(BaseModel):
    model_config = ConfigDict(extra="ignore", validate_assignment=True)
    version: int = SETTINGS_VERSION
    geometry: str = ""
    """Base64 of the main window's saved geometry."""
    window_state: str = ""
    lang: str | None = None
    """The interface's language (the system's when None); the data follows it
    unless `data_lang` is set."""
    data_lang: str | None = None
    theme: Literal["system", "light", "dark"] = "system"
    """View → Theme: follow the system's palette, or always light or dark."""
    recent_files: list[str] = Field(default_factory=list)
    filters: dict[str, SavedFilter] = Field(default_factory=dict)
    """Per timeline file (absolute path): the filter last used on it."""
    reload_on_change: bool = True
    """Reload the open file each time it is saved (View → Reload on change)."""
    export_width: int = 2000
    """The command line's default width (frise.scene.export.DEFAULT_WIDTH)."""
    export_scale: float = 2.0

    read_only: bool = Field(default=False, exclude=True)
    """Set when the file on disk came from a newer Frise: it is not overwritten."""

    def remember_file(self, path: Path) -> None:
        name = str(Path(path).resolve())
        self.recent_files = [name, *[p for p in self.recent_files if p != name]][:MAX_RECENT]


def load_settings(path: Path) -> Settings:
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        log.warning("settings %s unreadable (%s); using defaults", path, e)
        return Settings()
    if not isinstance(raw, dict):
        log.warning("settings %s are not a JSON object; using defaults", path)
        return Settings()
    version = raw.get("version")
    if isinstance(version, int) and version > SETTINGS_VERSION:
        log.warning(
            "settings %s come from a newer Frise (version %s); using defaults "
            "and leaving the file as it is",
            path,
            version,
        )
        return Settings(read_only=True)
    try:
        return Settings.model_validate(raw)
    except ValidationError as e:
        # Keep what is valid: one bad value should not cost every preference.
        bad = {error["loc"][0] for error in e.errors() if error["loc"]}
        log.warning(
            "settings %s: invalid %s; using defaults for those",
            path,
            ", ".join(sorted(map(str, bad))),
        )
    try:
        return Settings.model_validate({k: v for k, v in raw.items() if k not in bad})
    except ValidationError:
        return Settings()


def save_settings(settings: Settings, path: Path) -> None:
    """Write the settings; a failure is logged, not raised (nothing to lose but prefs)."""
    if settings.read_only:
        return
    data = json.dumps(settings.model_dump(), indent=2, ensure_ascii=False).encode("utf-8")
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        write_atomically(Path(path), data)
    except OSError as e:
        log.warning("cannot save settings to %s: %s", path, e)
