"""Who says so: alleged and disputed events grouped by the party claiming them.

Confirmed and reported events are the shared ground; an alleged or disputed
event is one party's account, and belongs to each party in its `claimed_by`
(to an unnamed claimant, `UNNAMED`, when it names none). The "Claims" view
draws each lane's claims in a sub-lane per claimant; the filter "as X tells
it" keeps the shared ground and X's own claims. Imports no Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal
from weakref import WeakKeyDictionary

import numpy as np

from frise.model.schema import Event

if TYPE_CHECKING:
    from frise.model.timeline import Timeline

ViewMode = Literal["timeline", "claims"]
"""How lanes are drawn: as they are, or with claims apart by claimant."""
CLAIMED = ("alleged", "disputed")
UNNAMED = -1
"""The claimant of a claim that names none."""


def is_claim(event: Event) -> bool:
    return event.certainty in CLAIMED


def claimants(timeline: Timeline, i: int) -> tuple[int, ...]:
    """Party indices of who claims event `i` (UNNAMED if it names nobody);
    empty if the event is not a claim."""
    event = timeline.events[i]
    if not is_claim(event):
        return ()
    named = tuple(timeline.party_index[p] for p in event.claimed_by if p in timeline.party_index)
    return named or (UNNAMED,)


def claim_mask(timeline: Timeline) -> np.ndarray:
    """Per event: whether it is alleged or disputed."""
    from frise.model.timeline import CERTAINTIES

    claimed = [CERTAINTIES.index(c) for c in CLAIMED]
    mask: np.ndarray = np.isin(timeline.certainty_codes, claimed)
    return mask


def told_by_mask(timeline: Timeline, party_id: str) -> np.ndarray:
    """Per event: whether it is part of the story as `party_id` tells it —
    not a claim, or a claim it makes."""
    told = ~timeline.claims
    for i in np.flatnonzero(timeline.claims).tolist():
        if party_id in timeline.events[i].claimed_by:
            told[i] = True
    return told


def claimant_ids(timeline: Timeline) -> list[str]:
    """The parties that claim something, in the file's order of parties
    (kept per timeline: the filter panel asks at each change)."""
    found = _claimants.get(timeline)
    if found is None:
        events = timeline.events
        named = {p for i in np.flatnonzero(timeline.claims).tolist() for p in events[i].claimed_by}
        found = _claimants[timeline] = [p.id for p in timeline.parties if p.id in named]
    return found


_claimants: WeakKeyDictionary[Timeline, list[str]] = WeakKeyDictionary()


def split_by_claimant(
    timeline: Timeline, events: np.ndarray
) -> list[tuple[int | None, np.ndarray]]:
    """A lane's events (sorted by start) split into the shared ground (None)
    and one group per claimant (party index, or UNNAMED last), each sorted by
    start; groups with no event are left out, the shared ground never."""
    claims = timeline.claims[events]
    groups: list[tuple[int | None, np.ndarray]] = [(None, events[~claims])]
    if not claims.any():
        return groups
    by: dict[int, list[int]] = {}
    for i in events[claims].tolist():
        for who in claimants(timeline, i):
            by.setdefault(who, []).append(i)
    for who in sorted(by, key=lambda k: (k == UNNAMED, k)):
        groups.append((who, np.array(by[who], np.int64)))
    return groups
