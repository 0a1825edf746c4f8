"""Finding events by their words, in every language the file gives.

Pure. `SearchIndex.build` folds (lower case, accents dropped) the words each
event carries — titles, summaries, quotes, their translations and speakers,
party names, sources' outlets and headlines — into one string per event,
once per timeline. `search` keeps the events whose string holds every word of
the query, in time order; each text also has a signature (the bytes and
pairs of bytes it holds, as bits), so a word is looked for only in the texts
that may hold it, and a query that only adds to the previous one looks within
the previous results: typing stays quick at 100,000 events. `describe_match`
says where an event matched, with the text around it, for the few results a
list shows. `SearchState` is what the window keeps: the query, its results
and the result the user is on.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

import numpy as np

from frise.model.schema import Event, Text
from frise.model.timeline import Timeline

FIELDS = ("title", "summary", "quote", "translation", "speaker", "party", "source")
"""Where an event can match, in the order a match is reported."""
SNIPPET_BEFORE, SNIPPET_AFTER = 30, 70
"""Characters of context kept around a match in `describe_match`."""
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_SEPARATOR = "\n"
"""Between the texts of an event in the index: whitespace, so no query word
(they are split on whitespace) can run from one text into the next."""


# --- folding -------------------------------------------------------------


def fold(text: str) -> str:
    """Lower case without accents: "Élysée" and "elysee" match.

    ASCII text only needs lower-casing; elsewhere each run of other characters
    is folded once and remembered (a story repeats its "é" and "’"), so a
    whole timeline folds in a fraction of a second.
    """
    text = text.casefold()
    if text.isascii():
        return text
    return _NON_ASCII.sub(_fold_match, text)


def _fold_match(match: re.Match[str]) -> str:
    return _fold_run(match.group())


@lru_cache(maxsize=8192)
def _fold_run(run: str) -> str:
    decomposed = unicodedata.normalize("NFKD", run)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """`fold(text)`, and for each of its characters the index of the
    character of `text` it came from (for cutting snippets of the original)."""
    # ASCII characters fold one to one, in runs: only the others are folded
    # one by one (a snippet is cut from a summary on every keystroke).
    pieces: list[str] = []
    origin: list[int] = []
    done = 0
    for run in _NON_ASCII.finditer(text):
        pieces.append(text[done : run.start()].casefold())
        origin.extend(range(done, run.start()))
        for k in range(run.start(), run.end()):
            folded = fold(text[k])
            pieces.append(folded)
            origin.extend([k] * len(folded))
        done = run.end()
    pieces.append(text[done:].casefold())
    origin.extend(range(done, len(text)))
    return "".join(pieces), origin


def words_of(query: str) -> tuple[str, ...]:
    """The folded words of a query, each once, longest first (the most
    selective word is looked for first)."""
    unique = dict.fromkeys(fold(query).split())
    return tuple(sorted(unique, key=len, reverse=True))


# --- what an event says ------------------------------------------------------


def _all(text: Text | None) -> list[str]:
    if text is None:
        return []
    return [text] if isinstance(text, str) else list(text.values())


def _in_order(text: Text | None, lang: str) -> list[str]:
    """Every language of a text, `lang` first."""
    if text is None:
        return []
    if isinstance(text, str):
        return [text]
    first = [text[lang]] if lang in text else []
    return first + [value for key, value in text.items() if key != lang]


def event_texts(timeline: Timeline, index: int, lang: str = "en") -> Iterator[tuple[str, str]]:
    """(field, text) for every text event `index` carries, `lang` first within
    a field; fields in the order of FIELDS."""
    event = timeline.events[index]
    for text in _in_order(event.title, lang):
        yield "title", text
    for text in _in_order(event.summary, lang):
        yield "summary", text
    for quote in event.quotes:
        yield "quote", quote.text
    for quote in event.quotes:
        for text in _in_order(quote.translation, lang):
            yield "translation", text
    for quote in event.quotes:
        for text in _names(timeline, quote.speaker, lang):
            yield "speaker", text
    for party in event.parties:
        for text in _names(timeline, party, lang):
            yield "party", text
    for source in event.sources:
        for outlet in (source.publisher, source.original, source.title):
            if outlet:
                yield "source", outlet


def _names(timeline: Timeline, speaker: str, lang: str) -> list[str]:
    """A party's name in every language, or a free name as written."""
    k = timeline.party_index.get(speaker)
    return [speaker] if k is None else _in_order(timeline.parties[k].name, lang)


# --- the index -------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class SearchIndex:
    timeline: Timeline
    order: np.ndarray
    """Every event, in time order (start, then file order)."""
    rank: np.ndarray
    """The place of each event (by index) in `order`."""
    texts: list[str] = field(repr=False)
    """The folded words of event `order[k]`, at k: everything but the names
    of its parties, which are matched once per party (`party_names`)."""
    party_names: tuple[str, ...]
    """Each party's names in every language, folded."""
    signatures: np.ndarray = field(repr=False)
    """Per text (uint64, SIGNATURE_WORDS each): a bit for each byte of its
    UTF-8 (exact) and for each pair of bytes in a row (hashed). A word can
    only be in the texts whose bits include its own: a search looks at those
    alone."""

    @classmethod
    def build(
        cls, timeline: Timeline, progress: Callable[[int, int], None] | None = None
    ) -> SearchIndex:
        """Fold every event's words; `progress(done, total)` is called between
        chunks, and may raise to stop. At 100,000 events this takes about a
        second, so the window does it away from its own thread."""
        n = len(timeline.events)
        order = timeline.time_order
        rank = np.empty(n, np.int64)
        rank[order] = np.arange(n)
        party_names = tuple(
            _SEPARATOR.join(fold(name) for name in _all(p.name)) for p in timeline.parties
        )
        speakers = dict(zip(timeline.party_index, party_names, strict=True))
        events = timeline.events
        texts: list[str] = []
        signatures = np.zeros((n, SIGNATURE_WORDS), np.uint64)
        ids = order.tolist()
        for first in range(0, n, CHUNK):
            if progress is not None:
                progress(first, n)
            raw = [_raw_text(events[i], speakers) for i in ids[first : first + CHUNK]]
            folded = _fold_all(raw)
            signatures[first : first + len(folded)] = _signatures(folded)
            texts.extend(folded)
        if progress is not None:
            progress(n, n)
        return cls(timeline, order, rank, texts, party_names, signatures)


CHUNK = 2000
"""Events folded together: one string per chunk is faster than one per event."""
BYTE_BITS, PAIR_BITS = 256, 512
SIGNATURE_WORDS = (BYTE_BITS + PAIR_BITS) // 64


def _signatures(texts: list[str]) -> np.ndarray:
    """The signature of each text (see `SearchIndex.signatures`), computed
    for all of them at once over their bytes."""
    encoded = [text.encode("utf-8", "surrogatepass") for text in texts]
    lengths = np.fromiter(map(len, encoded), np.int64, len(encoded))
    data = np.frombuffer(b"".join(encoded), np.uint8)
    owner = np.repeat(np.arange(len(encoded)), lengths)
    bits = np.zeros((len(encoded), BYTE_BITS + PAIR_BITS), bool)
    bits[owner, data] = True
    if len(data) > 1:
        # A pair across two texts marks the first: a match it lets through
        # is checked against the text anyway.
        bits[owner[:-1], BYTE_BITS + _pair_bit(data[:-1], data[1:])] = True
    packed: np.ndarray = np.packbits(bits, axis=1, bitorder="little").view(np.uint64)
    return packed


def _pair_bit(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    mixed: np.ndarray = (first.astype(np.int64) * 131 + second) % PAIR_BITS
    return mixed


def _word_signature(word: str) -> np.ndarray:
    data = np.frombuffer(word.encode("utf-8", "surrogatepass"), np.uint8)
    bits = np.zeros(BYTE_BITS + PAIR_BITS, bool)
    bits[data] = True
    bits[BYTE_BITS + _pair_bit(data[:-1], data[1:])] = True
    packed: np.ndarray = np.packbits(bits, bitorder="little").view(np.uint64)
    return packed


def _may_hold(signatures: np.ndarray, word: str) -> np.ndarray:
    """Positions of the texts whose signature allows `word`; for a word of
    one character (one byte) exactly those holding it."""
    need = _word_signature(word)
    keep = np.ones(len(signatures), bool)
    for column in np.flatnonzero(need).tolist():
        keep &= (signatures[:, column] & need[column]) == need[column]
    found: np.ndarray = np.flatnonzero(keep)
    return found


def _raw_text(event: Event, speakers: dict[str, str]) -> str:
    """What an event says, but for its parties' names (one loop, no helpers:
    it runs for every event of the timeline)."""
    pieces = []
    for text in (event.title, event.summary):
        if isinstance(text, str):
            pieces.append(text)
        elif text is not None:
            pieces.extend(text.values())
    for quote in event.quotes:
        pieces.append(quote.text)
        translation = quote.translation
        if isinstance(translation, str):
            pieces.append(translation)
        elif translation is not None:
            pieces.extend(translation.values())
        pieces.append(speakers.get(quote.speaker) or quote.speaker)
    for source in event.sources:
        pieces.extend(t for t in (source.publisher, source.original, source.title) if t)
    return _SEPARATOR.join(pieces)


def _fold_all(texts: list[str]) -> list[str]:
    """`[fold(t) for t in texts]`, faster: folding is done character by
    character, so the texts are folded as one string, each of its characters
    outside ASCII replaced in one pass."""
    joined = "\x00".join(texts).casefold()
    if not joined.isascii():
        for char in [c for c in set(joined) if c > "\x7f"]:
            joined = joined.replace(char, _fold_run(char))
    folded = joined.split("\x00")
    # A text holding the separator itself would shift the others.
    return folded if len(folded) == len(texts) else [fold(t) for t in texts]


@dataclass(frozen=True, eq=False)
class SearchResults:
    query: str
    words: tuple[str, ...]
    positions: np.ndarray
    """Where the matches are in the index's time order (kept for narrowing)."""
    events: np.ndarray
    """The matching events, in time order."""
    size: int
    """Events in the timeline."""

    @cached_property
    def mask(self) -> np.ndarray:
        """True for each matching event, by event index."""
        mask = np.zeros(self.size, bool)
        mask[self.events] = True
        return mask

    def __len__(self) -> int:
        return len(self.events)


def search(index: SearchIndex, query: str, previous: SearchResults | None = None) -> SearchResults:
    """The events holding every word of `query` (case and accents ignored),
    in time order; a word may also be in the name of one of the event's
    parties. An empty query matches nothing.

    With the previous results of the same index: if every earlier word is
    part of a word of this query, the matches can only be among the earlier
    ones, and only those are looked at.
    """
    words = words_of(query)
    texts = index.texts
    n = len(texts)
    candidates: np.ndarray | None = None
    to_check = words
    if previous is not None and previous.words and _narrows(previous.words, words):
        candidates = previous.positions
        # Words the earlier query had as they are hold for all its matches.
        to_check = tuple(word for word in words if word not in previous.words)
    for word in to_check:
        possible = _may_hold(index.signatures, word)
        if candidates is not None and len(candidates) < n:
            possible = np.intersect1d(possible, candidates, assume_unique=True)
        if len(word.encode("utf-8", "surrogatepass")) == 1:
            hits = possible.tolist()  # the byte's bit is exact
        else:
            hits = [k for k in possible.tolist() if word in texts[k]]
        parties = [k for k, names in enumerate(index.party_names) if word in names]
        if parties:
            found = np.zeros(n, bool)
            found[hits] = True
            for k in parties:
                found[index.rank[index.timeline.lanes[k]]] = True
            if candidates is not None:
                allowed = np.zeros(n, bool)
                allowed[candidates] = True
                found &= allowed
            candidates = np.flatnonzero(found)
        else:
            candidates = np.array(hits, np.int64)
        if not len(candidates):
            break
    positions = candidates if candidates is not None and words else np.empty(0, np.int64)
    return SearchResults(query, words, positions, index.order[positions], n)


def _narrows(before: tuple[str, ...], after: tuple[str, ...]) -> bool:
    """Whether anything matching `after` also matches `before`."""
    return all(any(old in new for new in after) for old in before)


# --- where it matched -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Match:
    field: str
    """One of FIELDS."""
    snippet: str
    """The matching text, cut around the first match ("…" where cut)."""
    start: int
    end: int
    """Where the first matching word is, in `snippet`."""


def describe_match(
    timeline: Timeline, index: int, words: tuple[str, ...], lang: str = "en"
) -> Match | None:
    """Where event `index` matches `words`: the text holding the most of
    them (the first such in FIELDS order, `lang` before other languages)."""
    best: tuple[int, str, str] | None = None
    for name, text in event_texts(timeline, index, lang):
        folded = fold(text)
        found = sum(1 for word in words if word in folded)
        if found and (best is None or found > best[0]):
            best = (found, name, text)
            if found == len(words):
                break
    if best is None:
        return None
    _, name, text = best
    return _snippet(name, text, words)


def _snippet(name: str, text: str, words: tuple[str, ...]) -> Match:
    folded, origin = fold_with_map(text)
    hits = [(folded.find(word), word) for word in words if word in folded]
    at, word = min(hits)
    first, last = origin[at], origin[at + len(word) - 1] + 1
    cut_from = max(0, first - SNIPPET_BEFORE)
    cut_to = min(len(text), last + SNIPPET_AFTER)
    if cut_from > 0:
        space = text.find(" ", cut_from, first)
        cut_from = space + 1 if space >= 0 else cut_from
    prefix = "…" if cut_from > 0 else ""
    suffix = "…" if cut_to < len(text) else ""
    snippet = prefix + text[cut_from:cut_to].replace("\n", " ") + suffix
    start = len(prefix) + first - cut_from
    return Match(name, snippet, start, start + last - first)


# --- the window's search -----------------------------------------------------


@dataclass(frozen=True)
class SearchState:
    """A search as the window keeps it: the query, its results, the results
    the filters leave on the plot, and which of those the user is on."""

    query: str = ""
    results: SearchResults | None = None
    shown: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))
    """The matching events the filters show, in time order."""
    current: int | None = None
    """Position in `shown` of the result the user stepped to."""

    @property
    def active(self) -> bool:
        return bool(self.results is not None and self.results.words)

    @property
    def hidden(self) -> int:
        """Matches the filters hide."""
        return 0 if self.results is None else len(self.results) - len(self.shown)

    @property
    def current_event(self) -> int | None:
        return None if self.current is None else int(self.shown[self.current])

    def with_shown(self, shown_mask: np.ndarray | None) -> SearchState:
        """The results again for the events a filter shows (a bool mask by
        event index; None shows all); the current result is kept if shown."""
        if self.results is None:
            return replace(self, shown=np.empty(0, np.int64), current=None)
        events = self.results.events
        shown = events if shown_mask is None else events[shown_mask[events]]
        current = None
        if self.current_event is not None:
            found = np.flatnonzero(shown == self.current_event)
            current = int(found[0]) if len(found) else None
        return replace(self, shown=shown, current=current)

    def step(self, direction: int) -> SearchState:
        """The next (1) or previous (-1) shown result, wrapping around; from
        no current result, the first or the last."""
        count = len(self.shown)
        if not count:
            return self
        if self.current is None:
            return replace(self, current=0 if direction > 0 else count - 1)
        return replace(self, current=(self.current + direction) % count)

    def at(self, event: int) -> SearchState:
        """The same search, on the result `event` if it is one."""
        found = np.flatnonzero(self.shown == event)
        return replace(self, current=int(found[0]) if len(found) else None)
