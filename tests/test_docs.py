"""The documents in docs/ say what Frise does: their examples are run here.

docs/format.md: its field reference is the one made from the schema now, its
complete example opens, and its broken example gives the very problems shown.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

from frise.cli import main
from frise.model.loading import parse_timeline

ROOT = Path(__file__).resolve().parents[1]
FORMAT_MD = ROOT / "docs" / "format.md"


def _generator():
    spec = importlib.util.spec_from_file_location(
        "make_format_reference", ROOT / "docs" / "make_format_reference.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", FORMAT_MD.read_text(encoding="utf-8"), re.S)


def test_the_field_reference_is_the_schemas():
    text = FORMAT_MD.read_text(encoding="utf-8")
    assert _generator().updated(text) == text, (
        "docs/format.md's field reference is out of date: run `make docs`"
    )


def test_every_field_of_the_format_is_in_the_reference():
    text = FORMAT_MD.read_text(encoding="utf-8")
    for name in ("claimed_by", "revealed", "translation", "original", "relation", "color"):
        assert f"| `{name}` |" in text


def test_the_whole_file_example_opens():
    example = _blocks("json")[0]
    timeline = parse_timeline(example.encode())
    assert len(timeline.events) == len(json.loads(example)["events"])


def test_the_broken_example_gives_the_problems_shown(tmp_path, monkeypatch, capsys):
    broken, said = _blocks("json")[1], _blocks("text")[0]
    (tmp_path / "broken.frise.json").write_text(broken, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "broken.frise.json"]) == 1
    assert capsys.readouterr().err.splitlines() == said.splitlines()
