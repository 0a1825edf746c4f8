"""`frise check FILE [--report]`: whether a timeline (or a file Frise can
import) opens, every problem if not; with --report, the events to read with care."""

from __future__ import annotations

from pathlib import Path

from frise.cli.errors import print_problems
from frise.cli.parsing import Parser


def run(argv: list[str]) -> int:
    parser = Parser(prog="frise check", description="Check a timeline file; list every problem.")
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument(
        "--report",
        action="store_true",
        help="also list the events resting on one source (or none) or on aggregators only",
    )
    args = parser.parse_args(argv)
    return check(args.file, args.report)


def counted(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def check(path: Path, report: bool = False) -> int:
    from frise.model.importers import read_timeline
    from frise.model.loading import TimelineError

    try:
        timeline = read_timeline(path)
    except TimelineError as e:
        print_problems(path, e, "the file cannot be opened")
        return 1
    events, lanes = len(timeline.events), len(timeline.parties)
    print(f"{path}: OK, {counted(events, 'event')} in {counted(lanes, 'lane')}")
    if report:
        print_sourcing_report(timeline)
    return 0


def print_sourcing_report(timeline) -> None:
    """The events a reader should take with care: one source, none, or only
    aggregators (a copy counting with the outlet it carries)."""
    from frise.model.dates import format_span
    from frise.model.schema import text_in
    from frise.model.sourcing import outlets, weakly_sourced

    weak = weakly_sourced(timeline)
    if not weak:
        print("Sourcing: every event has two independent sources or more, not all aggregators.")
        return
    print(f"Sourcing: {len(weak)} event{'s' if len(weak) != 1 else ''} to read with care:")
    for item in weak:
        event = timeline.events[item.event]
        names = ", ".join(o.name for o in outlets(event))
        if item.aggregators_only:
            why = f"aggregators only ({names})"
        elif item.independent == 0:
            why = "no source"
        else:
            why = f"one source ({names})"
        date = format_span(event.date, event.end)
        print(f"  {event.id} ({date}, {text_in(event.title, 'en')}): {why}")
