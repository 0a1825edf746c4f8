"""Whether a file's bytes can be a timeline's text at all: not too large, not
empty, not binary, UTF-8 (a byte-order mark allowed; UTF-16 and UTF-32 named).
Imports no Qt."""

from __future__ import annotations

import codecs
import re

from frise.fileio import READ_CHUNK
from frise.model.i18n import QT_TRANSLATE_NOOP
from frise.model.loading.errors import refuse
from frise.model.loading.places import line_column
from frise.model.problems import problem

MAX_FILE_BYTES = 512 * 1024 * 1024
"""The largest file read: a million events with titles in two languages, a
summary, a source and now and then a quote take about 380 MB."""

_WHITESPACE = re.compile(rb"[ \t\r\n]*+")


UTF8_BOM = b"\xef\xbb\xbf"
_UTF32_LE = QT_TRANSLATE_NOOP("words", "UTF-32 (little-endian)", "a problem in a file")
_UTF32_BE = QT_TRANSLATE_NOOP("words", "UTF-32 (big-endian)", "a problem in a file")
_UTF16_LE = QT_TRANSLATE_NOOP("words", "UTF-16 (little-endian)", "a problem in a file")
_UTF16_BE = QT_TRANSLATE_NOOP("words", "UTF-16 (big-endian)", "a problem in a file")
_OTHER_ENCODINGS = (
    (b"\xff\xfe\x00\x00", _UTF32_LE),
    (b"\x00\x00\xfe\xff", _UTF32_BE),
    (b"\xff\xfe", _UTF16_LE),
    (b"\xfe\xff", _UTF16_BE),
)


def readable(data: bytes) -> bytes:
    """The bytes, if they can be UTF-8 JSON text at all (BOM removed)."""
    if len(data) > MAX_FILE_BYTES:
        refuse(
            problem(
                QT_TRANSLATE_NOOP(
                    "words", "the file is larger than {size} MB", "a problem in a file"
                ),
                size=MAX_FILE_BYTES // 2**20,
            )
        )
    encoding = _other_encoding(data)
    if encoding:
        refuse(
            problem(
                QT_TRANSLATE_NOOP(
                    "words",
                    "this file is {encoding} text; Frise reads timeline files in UTF-8 only "
                    "(save it as UTF-8)",
                    "a problem in a file",
                ),
                encoding=problem(encoding),
            )
        )
    if data.startswith(UTF8_BOM):
        data = data[3:]
    if skip(data, 0) == len(data):
        refuse(problem(_EMPTY))
    if b"\x00" in data[:8192]:
        refuse(
            problem(
                QT_TRANSLATE_NOOP(
                    "words",
                    "this is not a text file (it holds binary data); a timeline is UTF-8 JSON",
                    "a problem in a file",
                )
            )
        )
    # In slices cut between characters, so no single step takes long.
    begin = 0
    while begin < len(data):
        end = min(begin + READ_CHUNK, len(data))
        while end < len(data) and data[end] & 0xC0 == 0x80:
            end -= 1
        try:
            codecs.utf_8_decode(data[begin:end], "strict", True)
        except UnicodeDecodeError as e:
            offset = begin + e.start
            line, column = line_column(data, offset)
            refuse(
                problem(
                    QT_TRANSLATE_NOOP(
                        "words",
                        "not UTF-8 text: byte 0x{byte} at line {line}, column {column}"
                        " (save the file as UTF-8)",
                        "a problem in a file",
                    ),
                    byte=f"{data[offset]:02X}",
                    line=line,
                    column=column,
                )
            )
        begin = end
    return data


_EMPTY = QT_TRANSLATE_NOOP("words", "the file is empty", "a problem in a file")


def _other_encoding(data: bytes) -> str | None:
    """The name of a Unicode encoding other than UTF-8 the file is in, if any
    (a message's source):
    by its byte-order mark, else by where JSON's ASCII characters put zero bytes."""
    for bom, name in _OTHER_ENCODINGS:
        if data.startswith(bom):
            return name
    head = data[:4]
    if len(head) < 4 or b"\x00" not in head:
        return None
    zeros = "".join("0" if b == 0 else "x" for b in head)
    return {"x000": _UTF32_LE, "000x": _UTF32_BE, "x0x0": _UTF16_LE, "0x0x": _UTF16_BE}.get(zeros)


def skip(data: bytes, pos: int) -> int:
    """Past the JSON whitespace at `pos`."""
    return _WHITESPACE.match(data, pos).end()  # type: ignore[union-attr]  # matches ""
