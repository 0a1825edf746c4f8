import numpy as np

from frise.model.claims import (
    UNNAMED,
    claimant_ids,
    claimants,
    split_by_claimant,
    told_by_mask,
)
from tests.helpers.builders import build, event, party


def make():
    return build(
        parties=[party("musk"), party("openai"), party("tesla")],
        events=[
            event("founded", "2015-12-11", ["musk", "openai"]),
            event(
                "terms", "2017-09", ["musk", "openai"], certainty="alleged", claimed_by=["openai"]
            ),
            event(
                "merger", "2018-01", ["musk", "tesla"], certainty="alleged", claimed_by=["openai"]
            ),
            event("promise", "2016-01", ["openai"], certainty="disputed", claimed_by=["musk"]),
            event(
                "both", "2019-01", ["openai"], certainty="disputed", claimed_by=["musk", "openai"]
            ),
            event("rumour", "2020-01", ["openai"], certainty="alleged"),
            event("report", "2021-01", ["openai"], certainty="reported", claimed_by=["musk"]),
        ],
    )


def names(t, events):
    return [t.events[i].id for i in events]


def test_claimants_of_claims_only():
    t = make()
    i = t.event_index
    assert claimants(t, i["founded"]) == ()
    assert claimants(t, i["report"]) == ()
    assert claimants(t, i["terms"]) == (1,)
    assert claimants(t, i["both"]) == (0, 1)
    assert claimants(t, i["rumour"]) == (UNNAMED,)
    assert claimant_ids(t) == ["musk", "openai"]


def test_story_as_a_party_tells_it_keeps_the_shared_ground_and_its_claims():
    t = make()
    assert names(t, np.flatnonzero(told_by_mask(t, "musk"))) == [
        "founded",
        "promise",
        "both",
        "report",
    ]
    assert names(t, np.flatnonzero(told_by_mask(t, "openai"))) == [
        "founded",
        "terms",
        "merger",
        "both",
        "report",
    ]


def test_a_lane_split_by_claimant_unnamed_last():
    t = make()
    groups = split_by_claimant(t, t.lanes[t.party_index["openai"]])
    assert [(who, names(t, events)) for who, events in groups] == [
        (None, ["founded", "report"]),
        (0, ["promise", "both"]),
        (1, ["terms", "both"]),
        (UNNAMED, ["rumour"]),
    ]
    tesla = split_by_claimant(t, t.lanes[t.party_index["tesla"]])
    assert [(who, names(t, events)) for who, events in tesla] == [(None, []), (1, ["merger"])]
