"""`frise import IN --out OUT.frise.json`: a Frise timeline made of a
spreadsheet or a TimelineJS file, written only if it is valid."""

from __future__ import annotations

import sys
from pathlib import Path

from frise.cli.errors import UsageError, print_problems
from frise.cli.parsing import Parser


def run(argv: list[str]) -> int:
    parser = Parser(
        prog="frise import",
        description=(
            "Make a Frise timeline of a spreadsheet (Frise's layout or the TimelineJS "
            "template; CSV, XLSX or ODS) or of a TimelineJS JSON file."
        ),
    )
    parser.add_argument("input", type=Path, metavar="IN")
    parser.add_argument("--out", type=Path, required=True, metavar="OUT.frise.json")
    args = parser.parse_args(argv)
    return import_timeline(args.input, args.out)


def import_timeline(source: Path, out: Path) -> int:
    if not out.name.lower().endswith(".json"):
        raise UsageError(f"--out must name a .json file, such as story.frise.json (got {out})")
    try:
        same = out.exists() and source.exists() and out.samefile(source)
    except OSError:
        same = False
    if same:
        raise UsageError(f"--out {out} is the file being imported; choose another name")
    from frise.fileio import write_atomically
    from frise.model.importers import import_file
    from frise.model.loading import TimelineError
    from frise.model.writer import timeline_json

    try:
        result = import_file(source)
    except TimelineError as e:
        print_problems(source, e, "nothing was written")
        return 1
    for note in result.notes:
        print(f"{source}: note: {note}", file=sys.stderr)
    try:
        write_atomically(out, timeline_json(result.timeline.doc))
    except OSError as e:
        print(f"frise: cannot write {out}: {e.strerror or e}", file=sys.stderr)
        return 1
    timeline = result.timeline
    print(
        f"{out}: {len(timeline.events)} events in {len(timeline.parties)} lanes, "
        f"from the {result.layout} {source}"
    )
    return 0
