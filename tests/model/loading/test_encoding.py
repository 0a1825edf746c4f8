import json

import pytest

from tests.helpers.builders import timeline_bytes, timeline_dict
from tests.helpers.loading import only_problem

# --- not JSON, or not an object ------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"   \n\t  ", b"\xef\xbb\xbf"])
def test_an_empty_file_is_refused(data):
    assert "empty" in only_problem(data).message


def test_a_binary_file_is_refused():
    problem = only_problem(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "binary" in problem.message


def test_non_utf8_bytes_are_refused_with_line_and_column():
    data = timeline_bytes().replace(b'"Event e2"', b'"\xe9v\xe9nement"')
    data = data.replace(b"{", b"{\n", 1)
    problem = only_problem(data)
    assert "UTF-8" in problem.message
    assert "0xE9" in problem.message
    assert "line 2" in problem.message
    assert "column" in problem.message


def test_latin1_file_is_refused_with_line_and_column():
    text = '{\n  "format": "frise-timeline",\n  "title": "Déjà"\n}'
    problem = only_problem(text.encode("latin-1"))
    assert "not UTF-8" in problem.message
    assert "line 3, column 14" in problem.message


# --- encodings ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("codec", "bom", "name"),
    [
        ("utf-16-le", b"\xff\xfe", "UTF-16 (little-endian)"),
        ("utf-16-be", b"\xfe\xff", "UTF-16 (big-endian)"),
        ("utf-16-le", b"", "UTF-16 (little-endian)"),
        ("utf-16-be", b"", "UTF-16 (big-endian)"),
        ("utf-32-le", b"\xff\xfe\x00\x00", "UTF-32 (little-endian)"),
        ("utf-32-be", b"\x00\x00\xfe\xff", "UTF-32 (big-endian)"),
        ("utf-32-le", b"", "UTF-32 (little-endian)"),
        ("utf-32-be", b"", "UTF-32 (big-endian)"),
    ],
)
def test_utf16_and_utf32_files_are_named_not_called_binary(codec, bom, name):
    text = json.dumps(timeline_dict(), ensure_ascii=False)
    problem = only_problem(bom + text.encode(codec))
    assert name in problem.message
    assert "UTF-8" in problem.message
    assert "binary" not in problem.message
