"""Fuzzing the loader: whatever a file holds, the loader either returns a
timeline or raises its own TimelineError, and `frise check` answers with exit
code 0 or 1 and readable lines, never a traceback."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frise import cli
from frise.model.loading import TimelineError, parse_timeline
from tests.helpers.timelines import event, timeline_dict


def valid_document() -> dict:
    return timeline_dict(
        events=[
            event(
                "a",
                "2015-12-11",
                ["alpha", "beta"],
                {"en": "Founded", "fr": "Fondé"},
                kind="founding",
                summary="First.",
                quotes=[
                    {
                        "speaker": "alpha",
                        "text": "Hello.",
                        "lang": "en",
                        "translation": {"fr": "Bonjour."},
                        "source": 0,
                    }
                ],
                sources=[{"title": "Post", "url": "https://example.org/a", "date": "2015-12"}],
            ),
            event(
                "b",
                "2017-09",
                ["alpha"],
                "Talks",
                certainty="alleged",
                claimed_by=["beta"],
                revealed="2024-12-13",
                related=[{"event": "a", "relation": "follows"}],
            ),
            event("c", "2026-04-27", ["beta"], "Trial", end="2026-05-14"),
        ]
    )


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**12), 10**12)
    | st.floats(allow_nan=False)
    | st.text(max_size=30)
    | st.sampled_from(
        [
            "2024-02-30",
            "9999-12-31",
            "0000",
            "alpha",
            "javascript:alert(1)",
            "<b>x</b>",
            "#FFFFFF",
            "a" * 25_000,
        ]
    ),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=10,
)


def paths(doc, prefix=()):
    """Every place in the document: (path to the container, key or index)."""
    if isinstance(doc, dict):
        for key, value in doc.items():
            yield prefix, key
            yield from paths(value, (*prefix, key))
    elif isinstance(doc, list):
        for index, value in enumerate(doc):
            yield prefix, index
            yield from paths(value, (*prefix, index))


def container(doc, path):
    for step in path:
        doc = doc[step]
    return doc


@st.composite
def mutated_documents(draw):
    doc = valid_document()
    for _ in range(draw(st.integers(1, 4))):
        places = list(paths(doc))
        if not places:
            break
        path, key = draw(st.sampled_from(places))
        parent = container(doc, path)
        action = draw(st.sampled_from(["drop", "retype", "inject", "duplicate"]))
        if action == "drop":
            del parent[key]
        elif action == "retype":
            parent[key] = draw(json_values)
        elif action == "inject" and isinstance(parent, dict):
            parent[draw(st.text(max_size=10))] = draw(json_values)
        elif action == "duplicate" and isinstance(parent, list):
            parent.append(json.loads(json.dumps(parent[key])))
    return doc


def raises_only_timeline_errors(data: bytes) -> None:
    try:
        parse_timeline(data)
    except TimelineError as e:
        assert e.problems, "a refusal says why"
        for problem in e.problems:
            text = str(problem)
            assert text and "\n" not in text, "one problem, one line"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_documents())
def test_mutated_documents_are_loaded_or_refused_cleanly(doc):
    raises_only_timeline_errors(json.dumps(doc).encode())


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_truncated_and_corrupted_bytes_are_refused_cleanly(data):
    original = json.dumps(valid_document(), ensure_ascii=False).encode()
    cut = data.draw(st.integers(0, len(original)))
    noise = data.draw(st.binary(max_size=20))
    where = data.draw(st.integers(0, cut))
    raises_only_timeline_errors(original[:where] + noise + original[where:cut])


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_arbitrary_bytes_are_refused_cleanly(data):
    raises_only_timeline_errors(data)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(mutated_documents())
def test_check_command_never_prints_a_traceback(tmp_path, capsys, doc):
    path = tmp_path / "fuzzed.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    code = cli.main(["check", str(path)])
    out, err = capsys.readouterr()
    assert code in (0, 1)
    assert "Traceback" not in out + err
    if code == 1:
        lines = err.strip().splitlines()
        assert all(line.startswith(str(path)) for line in lines)
