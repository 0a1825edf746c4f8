"""Labels drawn from file text: bounded in length, and a name from the file
cannot turn the label's own words around."""

from __future__ import annotations

from frise.model.filters import Filter, apply_filter
from frise.model.timescale import fit
from frise.scene.frame import Scene
from frise.scene.labels import LABEL_CHARS, label_text, title_of
from tests.helpers.bidi import reads_left_to_right
from tests.helpers.timelines import event, load, timeline_dict

RLO = "\u202e"


def test_a_very_long_title_is_cut_before_it_is_measured():
    assert len(label_text("x" * 20_000)) == LABEL_CHARS + 1
    assert label_text("short") == "short"


def test_a_claim_label_keeps_its_title_the_right_way_round(qapp):
    timeline = load(
        timeline_dict(
            parties=[
                {"id": "alpha", "name": f"Alpha {RLO}corp"},
                {"id": "beta", "name": "Beta"},
            ],
            events=[
                event(
                    "x",
                    "2020-01-01",
                    ["beta"],
                    "Big claim",
                    certainty="alleged",
                    claimed_by=["alpha"],
                )
            ],
        )
    )
    filtered = apply_filter(timeline, Filter(), "claims")
    scene = Scene(filtered, fit(filtered.domain, 800), "en")
    label = title_of(scene)(0)
    assert reads_left_to_right(label, "Big claim")
