"""`frise export`: the (filtered) timeline drawn as a PNG, SVG or PDF without a
display, as the window would show it; or, by the extension of --out, the
whole timeline as a spreadsheet (`export_sheet`). Qt and the renderer are
imported only once the arguments are known to be good.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from frise.cli.dispatch import LANGS
from frise.cli.errors import UsageError, print_problems
from frise.cli.export_sheet import export_sheet
from frise.cli.parsing import Parser

EXPORT_FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf", ".csv": "csv", ".xlsx": "xlsx"}
"""What `frise export` writes for each extension of --out (--format overrides)."""


def run(argv: list[str]) -> int:
    return export(export_parser().parse_args(argv))


def export_parser() -> argparse.ArgumentParser:
    from frise.model.timeline import CERTAINTIES, KIND_KEYS

    parser = Parser(
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
        print_problems(path, e)
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
