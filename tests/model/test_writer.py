"""A document written back as JSON reads as the same document."""

from frise.model.loading import load_timeline, parse_timeline
from frise.model.writer import timeline_json
from frise.paths import bundled_timeline


def test_written_json_loads_as_the_same_document():
    doc = load_timeline(bundled_timeline()).doc
    data = timeline_json(doc)
    assert parse_timeline(data).doc == doc
    assert b'"certainty": "confirmed"' not in data  # defaults are left out
    assert data.decode("utf-8").startswith('{\n  "format": "frise-timeline",\n  "version": 1,')
