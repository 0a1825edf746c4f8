"""The `frise` command: the window, `export`, `check`, `schema`, `import` and `new`.

Exit codes (a contract, see README.md): 0 success; 1 bad data, an unreadable
file or failed output; 2 wrong usage. Errors are short lines on stderr, never
a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sys
from pathlib import Path

from frise import __version__

COMMANDS = ("export", "check", "schema", "import", "new")
LANGS = ("en", "fr")
EXPORT_FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf", ".csv": "csv", ".xlsx": "xlsx"}
"""What `frise export` writes for each extension of --out (--format overrides)."""


class UsageError(Exception):
    """Arguments that parse but make no sense together; exit code 2."""


QT_OPTIONS_WITH_VALUE = frozenset(
    {
        "platform",
        "platformpluginpath",
        "platformtheme",
        "plugin",
        "qmljsdebugger",
        "qwindowgeometry",
        "qwindowicon",
        "qwindowtitle",
        "session",
        "style",
        "stylesheet",
        "display",
        "geometry",
        "title",
        "name",
        "visual",
        "ncols",
        "cmap",
        "im",
        "fontengine",
        "dialogs",
    }
)
QT_FLAGS = frozenset({"reverse", "widgetcount", "nograb", "dograb", "sync", "testability"})
"""Qt's own command-line options (QGuiApplication, QApplication, X11):
the window passes them to Qt."""


def split_qt_options(argv: list[str]) -> tuple[list[str], list[str]]:
    """Frise's arguments and Qt's standard options ("-style Fusion",
    "-style=Fusion", "-reverse", also written with two dashes)."""
    ours: list[str] = []
    qt: list[str] = []
    k = 0
    while k < len(argv):
        arg = argv[k]
        if arg == "--":  # what follows is Frise's (a file named "-style", say)
            ours += argv[k:]
            break
        name = arg.lstrip("-").split("=", 1)[0]
        dashed = arg.startswith("-") and not arg.startswith("---") and arg != "--"
        if dashed and name in QT_FLAGS and "=" not in arg:
            qt.append(arg)
        elif dashed and name in QT_OPTIONS_WITH_VALUE:
            if "=" in arg:
                qt.append(arg)
            elif k + 1 < len(argv):
                qt += [arg, argv[k + 1]]
                k += 1
            else:
                raise UsageError(f"{arg} needs a value")
        else:
            ours.append(arg)
        k += 1
    return ours, qt


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        if argv and argv[0] in COMMANDS:
            # A terminated command unwinds like an interrupted one, so a
            # half-written file is removed rather than left behind.
            previous = signal.signal(signal.SIGTERM, _terminated)
            try:
                # A file name the terminal cannot show is escaped, not a crash.
                if hasattr(sys.stdout, "reconfigure"):
                    sys.stdout.reconfigure(errors="backslashreplace")
                code = _run_command(argv[0], argv[1:])
                sys.stdout.flush()  # a full disk says so here, not at exit
                return code
            finally:
                signal.signal(signal.SIGTERM, previous)
        ours, qt = split_qt_options(argv)
        args = _gui_parser().parse_args(ours)
        from frise.app import run_gui

        return run_gui(args.file, lang=args.lang, qt_args=qt)
    except UsageError as e:
        print(f"frise: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`frise schema | head`): not an error of ours.
        _silence_stdout()
        return 0
    except OSError as e:
        # What the commands read and write is checked where it is done: what
        # is left is the standard output itself (a full disk, /dev/full).
        _silence_stdout()
        print(f"frise: cannot write the output: {e.strerror or e}", file=sys.stderr)
        return 1


def _terminated(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def _silence_stdout() -> None:
    """Send what is still buffered for stdout nowhere, so that exiting does not
    fail a second time trying to write it."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="frise",
        description="Frise, a timeline viewer. Opens FILE, or the bundled Musk–OpenAI timeline.",
        epilog=(
            "Commands: 'frise export --help', 'frise check FILE', 'frise schema', "
            "'frise import IN --out OUT.frise.json', 'frise new OUT.frise.json'. "
            "Qt's standard options (-style NAME, -platform NAME, -reverse…) go to Qt."
        ),
    )
    parser.add_argument(
        "file",
        nargs="?",
        type=Path,
        metavar="FILE",
        help="a timeline file (format: 'frise schema'), a spreadsheet or a TimelineJS file",
    )
    parser.add_argument(
        "--lang", choices=LANGS, help="language of the window and the data (default: the system's)"
    )
    parser.add_argument("--version", action="version", version=f"frise {__version__}")
    return parser


def _run_command(command: str, argv: list[str]) -> int:
    if command == "check":
        parser = argparse.ArgumentParser(
            prog="frise check", description="Check a timeline file; list every problem."
        )
        parser.add_argument("file", type=Path, metavar="FILE")
        parser.add_argument(
            "--report",
            action="store_true",
            help="also list the events resting on one source (or none) or on aggregators only",
        )
        args = parser.parse_args(argv)
        return check(args.file, args.report)
    if command == "schema":
        parser = argparse.ArgumentParser(
            prog="frise schema", description="Print the JSON Schema of the timeline format."
        )
        parser.parse_args(argv)
        from frise.model.schema import json_schema

        print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
        return 0
    if command == "import":
        parser = argparse.ArgumentParser(
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
    if command == "new":
        parser = argparse.ArgumentParser(
            prog="frise new", description="Write a small, valid starter timeline to grow."
        )
        parser.add_argument("out", type=Path, metavar="OUT.frise.json")
        return new(parser.parse_args(argv).out)
    return export(_export_parser().parse_args(argv))


def _print_problems(path: Path, error, outcome: str = "nothing was exported") -> None:
    """Each problem on its line, then how many ("more than 500" when cut)."""
    for problem in error.problems:
        print(f"{path}: {problem}", file=sys.stderr)
    print(f"{path}: {error.summary()}; {outcome}", file=sys.stderr)


def check(path: Path, report: bool = False) -> int:
    from frise.model.importers import read_timeline
    from frise.model.loading import TimelineError

    try:
        timeline = read_timeline(path)
    except TimelineError as e:
        _print_problems(path, e, "the file cannot be opened")
        return 1
    print(f"{path}: OK, {len(timeline.events)} events in {len(timeline.parties)} lanes")
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


def _export_parser() -> argparse.ArgumentParser:
    from frise.model.timeline import CERTAINTIES, KIND_KEYS

    parser = argparse.ArgumentParser(
        prog="frise export",
        description=(
            "Draw the (filtered) timeline as a picture (.png, .svg, .pdf: the PDF ends with "
            "the sources of the events shown), without a display; or write the whole "
            "timeline as a spreadsheet in Frise's layout (.csv, .xlsx)."
        ),
    )
    parser.add_argument(
        "--data",
        type=Path,
        metavar="FILE",
        help="timeline file (default: the bundled Musk–OpenAI timeline)",
    )
    parser.add_argument("--out", type=Path, required=True, metavar="OUT.png")
    parser.add_argument(
        "--format",
        choices=sorted(set(EXPORT_FORMATS.values())),
        help="what to write (default: from the extension of --out)",
    )
    parser.add_argument(
        "--party",
        action="append",
        default=[],
        metavar="ID",
        help="show only this party's lane (repeat for more)",
    )
    parser.add_argument("--from", dest="year_from", type=int, metavar="YEAR")
    parser.add_argument("--to", dest="year_to", type=int, metavar="YEAR")
    parser.add_argument(
        "--kind",
        action="append",
        default=[],
        choices=KIND_KEYS,
        metavar="KIND",
        help=f"show only events of this kind (repeat for more): {', '.join(KIND_KEYS)}",
    )
    parser.add_argument(
        "--certainty",
        action="append",
        default=[],
        choices=CERTAINTIES,
        metavar="CERTAINTY",
        help=f"show only events this certain (repeat for more): {', '.join(CERTAINTIES)}",
    )
    parser.add_argument(
        "--search",
        metavar="TEXT",
        help="mark the events holding every word of TEXT (any language, case and accents "
        "ignored) and draw the others faint, as the window's search does",
    )
    parser.add_argument(
        "--thread",
        metavar="ID",
        help="show only the thread of event ID (every event linked to it, either way), "
        "its relations drawn as arcs",
    )
    parser.add_argument("--width", type=int, metavar="PX", help="default: 2000")
    parser.add_argument(
        "--height", type=int, metavar="PX", help="default: as tall as the lanes need"
    )
    parser.add_argument(
        "--lang",
        choices=LANGS,
        default="en",
        help="language of the data and of Frise's words on the picture (default: en)",
    )
    parser.add_argument(
        "--theme",
        choices=("light", "dark"),
        default="light",
        help="light (the default) or dark colours",
    )
    parser.add_argument(
        "--as-of",
        metavar="DATE",
        help="the story as public on DATE (YYYY-MM-DD; a month or a year means its last day)",
    )
    parser.add_argument(
        "--ghosts",
        action="store_true",
        help="with --as-of: show what had happened but was not yet known as faint marks",
    )
    parser.add_argument(
        "--claims",
        action="store_true",
        help="the claims view: what a party alleges or disputes apart, by claimant",
    )
    parser.add_argument(
        "--told-by", metavar="ID", help="the story as this party tells it (facts and its claims)"
    )
    parser.add_argument(
        "--min-sources",
        type=int,
        default=0,
        metavar="N",
        help="only events with at least N independent sources",
    )
    parser.add_argument(
        "--no-meter", action="store_true", help="leave out the source meter over each marker"
    )
    parser.add_argument(
        "--axis",
        choices=("folded", "linear"),
        help="fold long stretches with no event (the default) or keep the plain calendar",
    )
    return parser


def export_format(out: Path, chosen: str | None) -> str:
    """The format `frise export` writes: --format if given, else the one the
    extension of --out names (EXPORT_FORMATS)."""
    if chosen:
        return chosen
    fmt = EXPORT_FORMATS.get(out.suffix.lower())
    if fmt is None:
        raise UsageError(
            f"--out {out}: end the name with {', '.join(EXPORT_FORMATS)}, or give --format"
        )
    return fmt


def export(args: argparse.Namespace) -> int:
    fmt = export_format(args.out, args.format)
    if fmt in ("csv", "xlsx"):
        return export_sheet(args, fmt)
    from frise.model.limits import EXPORT_SIZE_LIMITS

    low, high = EXPORT_SIZE_LIMITS
    for name in ("width", "height"):
        value = getattr(args, name)
        if value is not None and not low <= value <= high:
            raise UsageError(f"--{name} must be between {low} and {high} pixels (got {value})")
    for name in ("year_from", "year_to"):
        year = getattr(args, name)
        if year is not None and not 1 <= year <= 9999:
            raise UsageError(f"--{name[5:]} must be a year from 1 to 9999 (got {year})")
    if args.year_from and args.year_to and args.year_from > args.year_to:
        raise UsageError(f"--from {args.year_from} is after --to {args.year_to}")
    as_of = None
    if args.as_of is not None:
        from frise.model.asof import as_of_day
        from frise.model.dates import DATE_HINT

        try:
            as_of = as_of_day(args.as_of)
        except ValueError as e:
            detail = str(e) if str(e).startswith('"') else DATE_HINT
            raise UsageError(f"--as-of {args.as_of}: {detail}") from None
    if args.ghosts and as_of is None:
        raise UsageError("--ghosts shows what was not yet known: give --as-of DATE too")
    if args.min_sources < 0:
        raise UsageError(f"--min-sources must be 0 or more (got {args.min_sources})")

    from frise.model.importers import read_timeline
    from frise.model.loading import TimelineError
    from frise.paths import bundled_timeline

    path = args.data or bundled_timeline()
    try:
        timeline = read_timeline(path)
    except TimelineError as e:
        _print_problems(path, e)
        return 1
    unknown = [p for p in args.party if p not in timeline.party_index]
    if unknown:
        known = ", ".join(timeline.party_index)
        raise UsageError(
            f"no party {', '.join(map(repr, unknown))} in {path.name} (its parties: {known})"
        )

    if args.told_by is not None and args.told_by not in timeline.party_index:
        known = ", ".join(timeline.party_index)
        raise UsageError(
            f"--told-by: no party {args.told_by!r} in {path.name} (its parties: {known})"
        )

    if args.thread is not None and args.thread not in timeline.event_index:
        raise UsageError(f"--thread: no event {args.thread!r} in {path.name}")

    from frise.model.filters import Filter, chosen
    from frise.model.timeline import CERTAINTIES, KIND_KEYS

    view_filter = Filter(
        parties=frozenset(args.party) or None,
        year_from=args.year_from,
        year_to=args.year_to,
        as_of=as_of,
        ghosts=args.ghosts,
        told_by=args.told_by,
        min_sources=args.min_sources,
        kinds=chosen(args.kind, KIND_KEYS) if args.kind else None,
        certainties=chosen(args.certainty, CERTAINTIES) if args.certainty else None,
    )
    if args.thread is not None:
        from dataclasses import replace

        from frise.model.threads import thread_ids

        view_filter = replace(
            view_filter, thread=thread_ids(timeline, timeline.event_index[args.thread])
        )
    marks, found = _marks(timeline, args, view_filter)

    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from frise.scene.export import DEFAULT_WIDTH, ExportError, export_picture

    try:
        size = export_picture(
            timeline,
            view_filter,
            args.out,
            fmt,
            width=args.width or DEFAULT_WIDTH,
            height=args.height,
            lang=args.lang,
            folded=args.axis != "linear",
            mode="claims" if args.claims else "timeline",
            meter=not args.no_meter,
            theme=args.theme,
            highlight=marks,
        )
    except ExportError as e:
        print(f"frise: {e}", file=sys.stderr)
        return 1
    print(f"{args.out}: {size[0]}×{size[1]} px{found}")
    return 0


def _marks(timeline, args: argparse.Namespace, view_filter):
    """What the picture emphasises, as the window would: what --search finds
    (and how many, of them how many the filters show, for the message), the
    relations of the --thread as arcs."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from frise.model.filters import apply_filter
    from frise.scene.frame import Highlight

    matches, found = None, ""
    if args.search is not None:
        from frise.model.search import SearchIndex, search

        results = search(SearchIndex.build(timeline), args.search)
        matches = results.mask
        count = len(results)
        matched = "1 event matches" if count == 1 else f"{count} events match"
        found = f"; {matched} {args.search!r}"
        filtered = apply_filter(timeline, view_filter, "claims" if args.claims else "timeline")
        shown = int((matches & filtered.shown).sum())
        if shown == 0 and count:
            found += ", none shown with these filters"
        elif shown < count:
            found += f", {shown} of them shown with these filters"
    selected = None
    arcs: tuple = ()
    if args.thread is not None:
        from frise.model.threads import arcs_to_draw, relation_graph

        selected = timeline.event_index[args.thread]
        graph = relation_graph(timeline)
        arcs = arcs_to_draw(graph, selected, graph.thread(selected))
    return Highlight(selected=selected, matches=matches, arcs=arcs), found


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
        _print_problems(path, e)
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
        _print_problems(source, e, "nothing was written")
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


def new(out: Path) -> int:
    """Write the starter timeline; never over an existing file."""
    if not out.name.lower().endswith(".json"):
        raise UsageError(f"name a .json file, such as story.frise.json (got {out})")
    from frise.model.starter import starter_document

    data = (json.dumps(starter_document(), indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    try:
        with open(out, "xb") as f:  # "x": fails if the file exists, even if made just now
            try:
                f.write(data)
            except OSError:
                out.unlink(missing_ok=True)
                raise
    except FileExistsError:
        print(f"frise: {out} already exists; choose another name", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"frise: cannot write {out}: {e.strerror or e}", file=sys.stderr)
        return 1
    print(
        f"{out}: a starter timeline (2 parties, 3 events) to make your own. "
        f"Edit it, then: frise check {out}; frise {out}"
    )
    return 0
