"""Timeline files the command-line tests run on."""

import pytest

from tests.helpers.builders import event, party, timeline_dict, to_bytes


@pytest.fixture
def good_file(tmp_path):
    path = tmp_path / "good.json"
    path.write_bytes(
        to_bytes(
            timeline_dict(
                parties=[party("musk", color="#D55E00"), party("openai")],
                events=[
                    event("founded", "2015-12-11", ["musk", "openai"]),
                    event("suit", "2024-02-29", ["musk"], end="2024-08"),
                ],
            )
        )
    )
    return path


@pytest.fixture
def bad_file(tmp_path):
    path = tmp_path / "bad.json"
    path.write_bytes(
        to_bytes(
            timeline_dict(
                events=[
                    event("e1", "2024-02-30"),
                    event("e2", "2024-03-01", ["nobody"]),
                    event("e3", "2024-03-05", end="2024-03-01"),
                ]
            )
        )
    )
    return path


@pytest.fixture
def contested_file(tmp_path):
    doc = timeline_dict(
        parties=[party("musk"), party("openai")],
        events=[
            event(
                "founded",
                "2015-12-11",
                ["musk", "openai"],
                sources=[{"publisher": "A"}, {"publisher": "B"}],
            ),
            event(
                "terms",
                "2017-09",
                ["musk"],
                certainty="alleged",
                claimed_by=["openai"],
                revealed="2024-03-05",
                sources=[{"publisher": "X", "type": "aggregator"}],
            ),
            event(
                "copies",
                "2024-03-06",
                ["openai"],
                sources=[
                    {"publisher": "C", "original": "Reuters"},
                    {"publisher": "D", "original": "Reuters"},
                ],
            ),
        ],
    )
    path = tmp_path / "contested.json"
    path.write_bytes(to_bytes(doc))
    return path


@pytest.fixture
def kinds_file(tmp_path):
    path = tmp_path / "kinds.json"
    path.write_bytes(
        to_bytes(
            timeline_dict(
                parties=[party("musk", color="#D55E00"), party("openai")],
                events=[
                    event("founded", "2015-12-11", ["musk", "openai"], kind="founding"),
                    event("suit", "2024-02-29", ["musk"], kind="filing"),
                    event("rumour", "2024-05", ["openai"], kind="filing", certainty="reported"),
                    event("ruling", "2025-03-04", ["musk"], kind="ruling"),
                ],
            )
        )
    )
    return path
