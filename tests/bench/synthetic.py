"""Deterministic synthetic timelines for benchmarks and scale tests.

`synthetic_timeline(n)` returns a valid format-v1 document (a dict) with `n`
events spread over `parties` lanes and about twenty years: mostly points at
day, month or year precision, some ranges, some multi-party events, quotes,
sources and links between events, so every drawing path is exercised.
Run as a script to write a file: ``python -m tests.bench.synthetic 100000 out.json``.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys

WORDS = (
    "court",
    "filing",
    "merger",
    "board",
    "appeal",
    "ruling",
    "statement",
    "deal",
    "funding",
    "hearing",
    "motion",
    "letter",
    "investor",
    "lawsuit",
    "injunction",
    "trial",
    "settlement",
    "audit",
    "review",
    "memo",
)
KINDS = ("founding", "funding", "filing", "ruling", "statement", "deal", "publication", "other")
CERTAINTIES = ("confirmed", "confirmed", "confirmed", "reported", "alleged", "disputed")


def synthetic_timeline(
    n_events: int, n_parties: int = 20, seed: int = 1, first_year: int = 2005, years: int = 20
) -> dict:
    rng = random.Random(seed)
    parties = [
        {"id": f"p{i:02d}", "name": {"en": f"Party {i}", "fr": f"Partie {i}"}}
        for i in range(n_parties)
    ]
    start = dt.date(first_year, 1, 1).toordinal()
    span = dt.date(first_year + years, 1, 1).toordinal() - start
    events = []
    for i in range(n_events):
        day = dt.date.fromordinal(start + int(rng.random() ** 0.7 * span))
        roll = rng.random()
        if roll < 0.03:
            date = f"{day.year:04d}"
        elif roll < 0.12:
            date = f"{day.year:04d}-{day.month:02d}"
        else:
            date = day.isoformat()
        lanes = rng.sample(range(n_parties), 1 if rng.random() < 0.8 else rng.randint(2, 3))
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 7)))
        event = {
            "id": f"e{i}",
            "date": date,
            "parties": [parties[k]["id"] for k in lanes],
            "kind": rng.choice(KINDS),
            "certainty": rng.choice(CERTAINTIES),
            "title": {"en": f"Event {i}: {words}", "fr": f"Événement {i} : {words}"},
            "sources": [{"title": f"Report on event {i}", "url": f"https://example.org/{i}"}],
        }
        if len(date) == 10 and rng.random() < 0.08:
            length = rng.choice((2, 5, 20, 90, 400))
            event["end"] = dt.date.fromordinal(day.toordinal() + length).isoformat()
        if event["certainty"] in ("alleged", "disputed"):
            event["claimed_by"] = [parties[lanes[0]]["id"]]
        if rng.random() < 0.2:
            event["summary"] = {
                "en": f"What happened in event {i}.",
                "fr": f"Ce qui s'est passé lors de l'événement {i}.",
            }
        if rng.random() < 0.1:
            event["quotes"] = [
                {
                    "speaker": parties[lanes[0]]["id"],
                    "text": f"We said {words}.",
                    "lang": "en",
                    "translation": {"fr": f"Nous avons dit {words}."},
                    "source": 0,
                }
            ]
        if i and rng.random() < 0.05:
            event["related"] = [{"event": f"e{rng.randrange(i)}", "relation": "follows"}]
        events.append(event)
    return {
        "format": "frise-timeline",
        "version": 1,
        "title": {
            "en": f"Synthetic timeline, {n_events} events",
            "fr": f"Frise synthétique, {n_events} événements",
        },
        "parties": parties,
        "events": events,
    }


if __name__ == "__main__":
    count, out = int(sys.argv[1]), sys.argv[2]
    with open(out, "w", encoding="utf-8") as f:
        json.dump(synthetic_timeline(count), f, ensure_ascii=False)
