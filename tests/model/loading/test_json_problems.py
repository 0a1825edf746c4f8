import pytest

from tests.helpers.builders import timeline_bytes
from tests.helpers.loading import only_problem

# --- not JSON, or not an object ------------------------------------------------


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"[]", "JSON array"),
        (b'[{"format": "frise-timeline"}]', "JSON array"),
        (b'"a timeline"', "JSON string"),
        (b"42", "JSON number"),
        (b"null", "JSON null"),
    ],
)
def test_json_that_is_not_an_object_is_refused(data, words):
    problem = only_problem(data)
    assert words in problem.message
    assert "JSON object" in problem.message


def test_json_syntax_error_gives_line_and_column():
    data = b'{\n  "format": "frise-timeline",\n  "version": 1,\n}\n'
    problem = only_problem(data)
    assert "not valid JSON" in problem.message
    assert "line 4" in problem.message
    assert "column" in problem.message


def test_truncated_json_says_the_file_ends_too_early():
    data = timeline_bytes()
    problem = only_problem(data[: len(data) // 2])
    assert "not valid JSON" in problem.message
    assert "ends too early" in problem.message


def test_nan_is_not_json():
    problem = only_problem(b'{"format": "frise-timeline", "version": NaN}')
    assert "not valid JSON" in problem.message


def test_deep_nesting_gives_a_clear_message_not_a_recursion_error():
    data = b"[" * 5000 + b"]" * 5000
    problem = only_problem(data)
    assert "nested" in problem.message
    assert "deep" in problem.message


def test_deep_nesting_inside_a_timeline_is_refused_clearly():
    doc = timeline_bytes()
    data = doc[:-1] + b', "extra": ' + b"[" * 5000 + b"]" * 5000 + b"}"
    problem = only_problem(data)
    assert "nested" in problem.message
