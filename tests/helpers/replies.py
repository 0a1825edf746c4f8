"""A small story of replies for the rhythm tests of the scene and the window:
Alpha sues; Beta replies 5 days later, then answers a month-dated motion;
Alpha withdraws (not a reply); the court rules a year on."""

from __future__ import annotations

from tests.helpers.timelines import event, timeline_dict


def responds(*ids: str) -> list[dict]:
    return [{"event": i, "relation": "responds-to"} for i in ids]


def replies_dict(motion: str = "2024-04") -> dict:
    """`motion`: the date of the motion (a month: answers to it are not to the day)."""
    return timeline_dict(
        parties=[
            {"id": "alpha", "name": "Alpha", "color": "#0072B2"},
            {
                "id": "beta",
                "name": {"en": "Beta", "fr": "Bêta"},
                "color": "#D55E00",
                "description": {"en": "The lab being sued.", "fr": "Le labo poursuivi."},
            },
            {"id": "court", "name": {"en": "The court", "fr": "Le tribunal"}, "color": "#000000"},
        ],
        events=[
            event("suit", "2024-02-29", ["alpha", "beta", "court"], "Alpha sues Beta"),
            event(
                "rebuttal",
                "2024-03-05",
                ["beta", "alpha"],
                {"en": "Beta calls the suit incoherent", "fr": "Bêta juge la plainte incohérente"},
                related=responds("suit"),
            ),
            event("motion", motion, ["alpha", "court"], "Alpha asks for an injunction"),
            event(
                "opposition",
                "2024-04-20",
                ["beta", "court"],
                "Beta opposes the injunction",
                related=responds("motion"),
            ),
            event(
                "withdrawal",
                "2024-06-11",
                ["alpha", "beta"],
                "Alpha withdraws",
                related=[{"event": "suit", "relation": "withdraws"}],
            ),
            event(
                "ruling",
                "2025-03-04",
                ["court", "alpha", "beta"],
                "The court denies the injunction",
                related=responds("motion"),
            ),
        ],
    )
