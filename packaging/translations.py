"""Keep Frise's catalogue (resources/translations/) in step with the code.

    python packaging/translations.py update    # what `make translations` runs

1. `lupdate` (from the PySide6 wheel) reads every `tr()`, `translate()` and
   `QT_TRANSLATE_NOOP()` of desktop/frise/ into frise_fr.ts (every message)
   and frise_en.ts (plural forms only: the source strings are English),
   keeping the translations already there and dropping vanished messages;
2. a translator fills in the new, "unfinished" messages of frise_fr.ts
   (any text editor, or Qt Linguist);
3. `lrelease` compiles each .ts to the .qm the app loads (committed, so a
   checkout and the wheel have them without a build step).

tests/test_translations.py fails while a message has no translation or a .qm
is older than its .ts. Locations are left out of the .ts files on purpose:
line numbers would change with every edit and make merges conflict.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "desktop" / "frise"
FOLDER = ROOT / "resources" / "translations"
CATALOGUES = {"fr": FOLDER / "frise_fr.ts", "en": FOLDER / "frise_en.ts"}
PLURALS_ONLY = {"en"}


def tool(name: str) -> str:
    """A Qt tool shipped in the PySide6 wheel (lupdate, lrelease)."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (make test sets it up)")
    return found


def extract(lang: str, ts: Path) -> None:
    """Bring `ts` up to date with the messages of the code."""
    # Files, not the folder: lupdate scans folders for C++ and QML only.
    command = [
        tool("lupdate"),
        *sorted(str(path) for path in SOURCES.rglob("*.py")),
        "-no-obsolete",
        "-locations",
        "none",
        "-source-language",
        "en",
        "-target-language",
        lang,
        "-silent",
    ]
    if lang in PLURALS_ONLY:
        command.append("-pluralonly")
    subprocess.run([*command, "-ts", str(ts)], check=True)


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str | None
    numerus: bool
    translations: tuple[str, ...]
    """One text, or one per plural form; empty while unfinished."""
    unfinished: bool


def messages(ts: Path) -> list[Message]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{ts}: a message without a translation element"
            numerus = message.get("numerus") == "yes"
            if numerus:
                texts = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                texts = (translation.text or "",)
            found.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment"),
                    numerus,
                    texts if any(texts) else (),
                    translation.get("type") == "unfinished" or not all(texts),
                )
            )
    return found


def update() -> None:
    for lang, ts in CATALOGUES.items():
        extract(lang, ts)
        release(ts, ts.with_suffix(".qm"))
    unfinished = [m for m in messages(CATALOGUES["fr"]) if m.unfinished]
    for message in unfinished:
        print(f"to translate: [{message.context}] {message.source!r}", file=sys.stderr)


if __name__ == "__main__":
    if sys.argv[1:] != ["update"]:
        raise SystemExit("usage: python packaging/translations.py update")
    update()
