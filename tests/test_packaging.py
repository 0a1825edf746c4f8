"""The packaging files agree with each other and with the app.

The validators (`make check-desktop`) check each file against its own
specification; these tests check what no validator sees: that the desktop
entry, the MIME type, the AppStream metainfo and the icons name the same
things, and that a real timeline file is recognised by the MIME magic.
"""

from __future__ import annotations

import configparser
import re
import struct
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from frise import __version__
from frise.paths import bundled_timeline

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
MIME_TYPE = "application/x-frise-timeline+json"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(PACKAGING / "frise.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def mime_type() -> ET.Element:
    root = ET.parse(PACKAGING / "frise.mime.xml").getroot()
    found = root.findall("m:mime-type", MIME_NS)
    assert len(found) == 1
    return found[0]


def metainfo() -> ET.Element:
    return ET.parse(PACKAGING / "frise.metainfo.xml").getroot()


def test_the_desktop_entry_opens_frises_own_type_only():
    entry = desktop_entry()
    assert entry["MimeType"] == f"{MIME_TYPE};"
    assert entry["Exec"].split()[0] == "frise"
    assert entry["Icon"] == "frise"


def test_the_mime_type_is_a_kind_of_json_named_by_its_extension():
    mime = mime_type()
    assert mime.get("type") == MIME_TYPE
    parents = [e.get("type") for e in mime.findall("m:sub-class-of", MIME_NS)]
    assert parents == ["application/json"]
    assert [g.get("pattern") for g in mime.findall("m:glob", MIME_NS)] == ["*.frise.json"]


def _magic_matches(data: bytes) -> bool:
    for match in mime_type().findall("m:magic/m:match", MIME_NS):
        assert match.get("type") == "string"
        first, last = (int(n) for n in match.get("offset", "0").split(":"))
        value = match.get("value", "").encode()
        if data.find(value, first, last + len(value)) >= 0:
            return True
    return False


def test_the_mime_magic_recognises_a_timeline_however_it_is_spaced():
    assert _magic_matches(bundled_timeline().read_bytes())
    assert _magic_matches(b'{"format":"frise-timeline","version":1}')
    assert not _magic_matches(b'{"format": "something-else"}')


def test_the_metainfo_describes_this_app_and_version():
    info = metainfo()
    assert info.get("type") == "desktop-application"
    launchable = info.find("launchable")
    assert launchable is not None and launchable.text == "frise.desktop"
    assert [m.text for m in info.iterfind("provides/mediatype")] == [MIME_TYPE]
    assert [b.text for b in info.iterfind("provides/binary")] == ["frise"]
    newest = info.find("releases/release")
    assert newest is not None and newest.get("version") == __version__, (
        "add a <release> for this version to packaging/frise.metainfo.xml"
    )
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", newest.get("date", ""))


@pytest.mark.parametrize("size", [16, 22, 24, 32, 48, 64, 128, 256, 512])
def test_each_theme_icon_is_a_png_of_its_size(size):
    data = (PACKAGING / "icons" / f"frise-{size}.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (size, size)


def test_the_windows_icon_holds_every_size_up_to_256():
    data = (PACKAGING / "icons" / "frise.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for k in range(count):
        side, _, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * k : 22 + 16 * k]
        )
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
        sizes.append(side or 256)
    assert {16, 32, 48, 256} <= set(sizes)


def test_the_macos_icon_holds_retina_sizes_up_to_1024():
    data = (PACKAGING / "icons" / "frise.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, position = [], 8
    while position < len(data):
        kind, length = (
            data[position : position + 4],
            struct.unpack(">I", data[position + 4 : position + 8])[0],
        )
        if kind != b"TOC ":
            assert data[position + 8 : position + 16] == b"\x89PNG\r\n\x1a\n"
            kinds.append(kind)
        position += length
    assert position == len(data)
    assert {b"ic07", b"ic08", b"ic09", b"ic10"} <= set(kinds)


def _locked() -> dict[str, list[str]]:
    """Name → versions pinned in requirements.lock (one per marker branch)."""
    pins: dict[str, list[str]] = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        match = re.match(r"([A-Za-z0-9._-]+)==([^ ;\\]+)", line)
        if match:
            name = re.sub(r"[-_.]+", "-", match[1]).lower()
            pins.setdefault(name, []).append(match[2])
    return pins


def test_the_lock_pins_every_dependency_the_app_and_its_build_declare():
    from packaging.requirements import Requirement

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = [*project["dependencies"], *project["optional-dependencies"]["package"]]
    locked = _locked()
    for text in declared:
        requirement = Requirement(text)
        name = re.sub(r"[-_.]+", "-", requirement.name).lower()
        assert any(requirement.specifier.contains(v) for v in locked.get(name, ())), (
            f"{text!r} is not pinned in requirements.lock: run `make lock`"
        )
