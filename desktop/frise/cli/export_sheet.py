"""`frise export --out OUT.csv` or `.xlsx`: the whole timeline as a spreadsheet
in Frise's layout, which `frise import` reads back the same."""

from __future__ import annotations

import argparse
import sys

from frise.cli.errors import UsageError, print_problems


def export_sheet(args: argparse.Namespace, fmt: str) -> int:
    """The whole timeline as a spreadsheet in Frise's layout (it reads back the same)."""
    picture_only = [
        flag
        for flag, value in (
            ("--party", args.party),
            ("--from", args.year_from),
            ("--to", args.year_to),
            ("--kind", args.kind),
            ("--certainty", args.certainty),
            ("--search", args.search),
            ("--thread", args.thread),
            ("--width", args.width),
            ("--height", args.height),
            ("--axis", args.axis),
            ("--as-of", args.as_of),
            ("--ghosts", args.ghosts),
            ("--claims", args.claims),
            ("--told-by", args.told_by),
            ("--min-sources", args.min_sources),
            ("--no-meter", args.no_meter),
        )
        if value
    ]
    if picture_only:
        raise UsageError(
            f"{', '.join(picture_only)}: only for pictures; a spreadsheet holds the whole timeline"
        )
    from frise.fileio import write_atomically
    from frise.model.importers import read_timeline, sheet_bytes
    from frise.model.importers.tables import TableError
    from frise.model.loading import TimelineError
    from frise.paths import bundled_timeline

    path = args.data or bundled_timeline()
    try:
        timeline = read_timeline(path)
    except TimelineError as e:
        print_problems(path, e)
        return 1
    try:
        write_atomically(args.out, sheet_bytes(timeline.doc, fmt))
    except TableError as e:
        print(f"frise: {args.out}: {e}", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"frise: cannot write {args.out}: {e.strerror or e}", file=sys.stderr)
        return 1
    print(f"{args.out}: {len(timeline.events)} events, {len(timeline.parties)} parties ({fmt})")
    return 0
