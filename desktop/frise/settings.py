"""What Frise remembers between runs: window, language, recent files, filters.

Kept as JSON in the platform's config folder. A missing file means defaults;
a corrupt one means defaults and a line in the log, never a crash. Every
value is checked against its range on load: a bad one is reset alone. A file
whose version this Frise does not know (newer, or not a whole number), or one
that is not a regular file, is used as defaults and never rewritten.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import math
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    TypeAdapter,
    ValidationError,
    model_validator,
)
from pydantic.fields import FieldInfo

from frise.fileio import ReadRefused, read_regular_file, write_atomically
from frise.model.filters import Filter
from frise.model.i18n import LANGUAGES
from frise.model.limits import EXPORT_SCALES, EXPORT_SIZE_LIMITS
from frise.model.schema import ID_PATTERN, LANG_PATTERN
from frise.model.timeline import CERTAINTIES, KIND_KEYS

SETTINGS_VERSION = 1
MAX_RECENT = 8
MAX_SETTINGS_BYTES = 1024 * 1024
MAX_FILTERS = 200
"""Files whose filter is remembered; the oldest are forgotten first."""
MAX_PATH = 4096
MAX_STATE = 64 * 1024
"""Characters of a saved window geometry or dock state (a few hundred in practice)."""
log = logging.getLogger(__name__)

Year = Annotated[StrictInt, Field(ge=1, le=9999)]
PartyId = Annotated[str, Field(pattern=ID_PATTERN, max_length=200)]
FilePath = Annotated[str, Field(min_length=1, max_length=MAX_PATH)]


class SavedFilter(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)
    parties: Annotated[list[PartyId], Field(max_length=10_000)] | None = None
    year_from: Year | None = None
    year_to: Year | None = None

    kinds: Annotated[list[Annotated[str, Field(max_length=40)]], Field(max_length=40)] | None = None
    certainties: (
        Annotated[list[Annotated[str, Field(max_length=40)]], Field(max_length=40)] | None
    ) = None

    @model_validator(mode="after")
    def _years_in_order(self) -> SavedFilter:
        if self.year_from and self.year_to and self.year_from > self.year_to:
            raise ValueError(f"year_from {self.year_from} is after year_to {self.year_to}")
        return self

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


def _spoken(value: str) -> str:
    if value not in LANGUAGES:
        raise ValueError(f"must be one of {', '.join(LANGUAGES)}")
    return value


def _known_scale(value: float) -> float:
    if not math.isfinite(value) or value not in EXPORT_SCALES:
        raise ValueError(f"must be one of {EXPORT_SCALES}")
    return float(value)


class Settings(BaseModel):
    model_config = ConfigDict(extra="ignore", validate_assignment=True)
    version: int = SETTINGS_VERSION
    geometry: Annotated[str, Field(max_length=MAX_STATE)] = ""
    """Base64 of the main window's saved geometry."""
    window_state: Annotated[str, Field(max_length=MAX_STATE)] = ""
    lang: Annotated[str, AfterValidator(_spoken)] | None = None
    """The interface's language (the system's when None); the data follows it
    unless `data_lang` is set."""
    data_lang: Annotated[str, Field(pattern=LANG_PATTERN, max_length=35)] | None = None
    theme: Literal["system", "light", "dark"] = "system"
    """View → Theme: follow the system's palette, or always light or dark."""
    recent_files: Annotated[list[FilePath], Field(max_length=MAX_RECENT)] = Field(
        default_factory=list
    )
    filters: dict[FilePath, SavedFilter] = Field(default_factory=dict)
    """Per timeline file (absolute path): the filter last used on it."""
    reload_on_change: StrictBool = True
    """Reload the open file each time it is saved (View → Reload on change)."""
    export_width: Annotated[
        StrictInt, Field(ge=EXPORT_SIZE_LIMITS[0], le=EXPORT_SIZE_LIMITS[1])
    ] = 2000
    """The command line's default width (frise.scene.export.DEFAULT_WIDTH)."""
    export_scale: Annotated[float, AfterValidator(_known_scale)] = 2.0

    read_only: bool = Field(default=False, exclude=True)
    """Set when the file on disk is not one this Frise may rewrite (a newer
    version, or not a regular file): it is left as it is."""

    def remember_file(self, path: Path) -> None:
        name = str(Path(path).resolve())
        self.recent_files = [name, *[p for p in self.recent_files if p != name]][:MAX_RECENT]

    def remember_filter(self, path: Path, saved: SavedFilter) -> None:
        key = str(Path(path).resolve())
        kept = {k: v for k, v in self.filters.items() if k != key}
        kept[key] = saved
        self.filters = dict(list(kept.items())[-MAX_FILTERS:])


def load_settings(path: Path) -> Settings:
    """The settings in `path`; every value checked on its own, so a bad one
    costs that value alone (with a line in the log), never the others."""
    try:
        data = read_regular_file(path, MAX_SETTINGS_BYTES, "settings files")
    except ReadRefused as e:
        if not Path(path).exists() and not Path(path).is_symlink():
            return Settings()
        log.warning("settings %s: %s; using defaults and leaving the file as it is", path, e)
        return Settings(read_only=True)
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, RecursionError, ValueError) as e:
        log.warning("settings %s unreadable (%s); using defaults", path, e)
        return Settings()
    if not isinstance(raw, dict):
        log.warning("settings %s are not a JSON object; using defaults", path)
        return Settings()
    version = raw.get("version")
    if type(version) is not int or version != SETTINGS_VERSION:
        # Not a version this Frise knows (newer, or not even a whole number):
        # what the file means is unknown, so it is neither used nor rewritten.
        log.warning(
            "settings %s have version %s, which this Frise does not know (it writes "
            "version %s); using defaults and leaving the file as it is",
            path,
            json.dumps(version),
            SETTINGS_VERSION,
        )
        return Settings(read_only=True)
    values = {}
    for name, value in raw.items():
        if name not in _FIELDS:
            continue
        checked = _checked(name, value, path)
        if checked is not _BAD:
            values[name] = checked
    try:
        return Settings.model_validate(values)
    except ValidationError as e:  # values that are fine alone but not together
        log.warning("settings %s: %s; using defaults", path, e.errors()[0]["msg"])
        return Settings()


_BAD = object()
_FIELDS = {name: info for name, info in Settings.model_fields.items() if name != "read_only"}


def _adapter(info: FieldInfo) -> TypeAdapter[Any]:
    """A validator of one setting: a field's constraints are in its metadata,
    its annotation alone has none."""
    kind: Any = info.annotation
    return TypeAdapter(Annotated[(kind, *info.metadata)] if info.metadata else kind)


_ADAPTERS = {name: _adapter(info) for name, info in _FIELDS.items()}


def _checked(name: str, value: Any, path: Path) -> Any:
    """The value of setting `name` if it is valid (lists and maps keeping their
    valid items), else _BAD; what was dropped is logged."""
    if name == "recent_files" and isinstance(value, list):
        files = [item for item in value if _valid("recent_files", [item])]
        files = list(dict.fromkeys(files))[:MAX_RECENT]
        if len(files) != len(value):
            log.warning("settings %s: dropped invalid or extra recent files", path)
        return files
    if name == "filters" and isinstance(value, dict):
        filters: dict[str, SavedFilter] = {}
        for key, saved in value.items():
            checked_filter = _saved_filter(key, saved, path)
            if checked_filter is not None and _valid("filters", {key: checked_filter}):
                filters[key] = checked_filter
        return dict(list(filters.items())[-MAX_FILTERS:])
    if isinstance(value, bool) and name != "reload_on_change":  # JSON true is no number
        log.warning("settings %s: invalid %s (%s); using the default", path, name, value)
        return _BAD
    if name in ("geometry", "window_state") and not _is_base64(value):
        log.warning("settings %s: %s is not a saved window layout; using the default", path, name)
        return _BAD
    if not _valid(name, value):
        log.warning("settings %s: invalid %s (%s); using the default", path, name, _shown(value))
        return _BAD
    return value


_FILTER_ADAPTERS = {name: _adapter(info) for name, info in SavedFilter.model_fields.items()}


def _saved_filter(key: str, saved: Any, path: Path) -> SavedFilter | None:
    """The saved filter of file `key`, a bad value in it reset alone (a year
    out of range forgets the years, not the parties chosen); None if it is
    not a filter at all."""
    try:
        return SavedFilter.model_validate(saved)
    except (ValidationError, ValueError):
        pass
    if not isinstance(saved, dict):
        log.warning("settings %s: the saved filter of %r is not one; dropped", path, key)
        return None
    kept = {}
    for name, value in saved.items():
        if name not in _FILTER_ADAPTERS:
            continue
        try:
            _FILTER_ADAPTERS[name].validate_python(value)
        except (ValidationError, ValueError):
            log.warning(
                "settings %s: the saved filter of %r has an invalid %s (%s); reset",
                path,
                key,
                name,
                _shown(value),
            )
            continue
        kept[name] = value
    try:
        return SavedFilter.model_validate(kept)
    except (ValidationError, ValueError):  # years that are fine alone, not together
        log.warning("settings %s: the saved filter of %r has its years reversed; reset", path, key)
        return SavedFilter.model_validate({**kept, "year_from": None, "year_to": None})


def _shown(value: Any) -> str:
    shown = json.dumps(value)
    return shown if len(shown) <= 80 else shown[:77] + "…"


def _valid(name: str, value) -> bool:
    try:
        _ADAPTERS[name].validate_python(value)
    except (ValidationError, ValueError):
        return False
    return True


def _is_base64(value) -> bool:
    if not isinstance(value, str) or len(value) > MAX_STATE:
        return False
    try:
        base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return False
    return True


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
