"""`frise new`'s starter timeline: valid, small, obviously an example."""

import json
import re

from frise.model.loading import parse_timeline
from frise.model.starter import starter_document


def test_the_starter_is_a_valid_timeline_with_one_of_each():
    timeline = parse_timeline(json.dumps(starter_document()).encode())
    assert len(timeline.parties) == 2 and len(timeline.events) == 3
    assert sum(len(e.quotes) for e in timeline.events) == 1
    assert sum(len(e.sources) for e in timeline.events) == 1


def test_the_starter_says_it_is_an_example_and_links_only_to_example_org():
    text = json.dumps(starter_document(), ensure_ascii=False)
    urls = re.findall(r"https?://[^\"\s]+", text)
    assert urls and all(url.startswith("https://example.org/") for url in urls)
    for event in starter_document()["events"]:
        assert "(example)" in event["title"]["en"] and "(exemple)" in event["title"]["fr"]
