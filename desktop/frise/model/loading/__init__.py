"""Reading a timeline file: bytes → JSON → validated document → `Timeline`.

A file is accepted whole or refused whole: every problem found is collected
into one `TimelineError`, each naming where it is (the event id and the field)
and what is wrong, so `frise check` and the window can list them all. A
problem says it in Frise's words, which the window says in its language
(`frise.model.problems`); they are made only for a file that is refused.

The package, in the order a file goes through it:
- `reading`: `load_timeline` and `parse_timeline`, the fast path and the
  detailed one;
- `encoding`: whether the bytes can be UTF-8 JSON text at all;
- `json_walk`: the detailed path's pass over the JSON, in steps, and
  `json_problems`, what a JSON parser said, in Frise's words;
- `duplicate_keys`: keys given twice in one object, which Frise refuses;
- `validation`: the detailed validation, every problem collected, with
  `schema_problems` (pydantic's errors, in Frise's words) and `whole_file`
  (the rules that need the whole file: ids, references, dates in order);
- `places`: how a problem names where it is and the value it found;
- `errors` and `progress`: what a load raises, how it reports progress and
  is cancelled.

Imports no Qt, like all of `frise.model`.
"""

from __future__ import annotations

from frise.model.loading.encoding import MAX_FILE_BYTES
from frise.model.loading.errors import MAX_PROBLEMS, LoadCancelled, TimelineError
from frise.model.loading.progress import Progress
from frise.model.loading.reading import collecting_later, load_timeline, parse_timeline

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_PROBLEMS",
    "LoadCancelled",
    "Progress",
    "TimelineError",
    "collecting_later",
    "load_timeline",
    "parse_timeline",
]
