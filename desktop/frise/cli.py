"""The `frise` command: the window, `export`, `check` and `schema`.

Exit codes (a contract, see design.md): 0 success; 1 bad data, an unreadable
file or failed output; 2 wrong usage. Errors are short lines on stderr, never
a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from frise import __version__

COMMANDS = ("export", "check", "schema")
LANGS = ("en", "fr")


class UsageError(Exception):
    """Arguments that parse but make no sense together; exit code 2."""


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        if argv and argv[0] in COMMANDS:
            return _run_command(argv[0], argv[1:])
        args = _gui_parser().parse_args(argv)
        from frise.app import run_gui

        return run_gui(args.file, lang=args.lang)
    except UsageError as e:
        print(f"frise: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`frise schema | head`): not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="frise",
        description="Frise, a timeline viewer. Opens FILE, or the bundled Musk–OpenAI timeline.",
        epilog="Commands: 'frise export --help', 'frise check FILE', 'frise schema'.",
    )
    parser.add_argument(
        "file",
        nargs="?",
        type=Path,
        metavar="FILE",
        help="a timeline file (format: 'frise schema')",
    )
    parser.add_argument("--lang", choices=LANGS, help="language of the data shown")
    parser.add_argument("--version", action="version", version=f"frise {__version__}")
    return parser


def _run_command(command: str, argv: list[str]) -> int:
    if command == "check":
        parser = argparse.ArgumentParser(
            prog="frise check", description="Check a timeline file; list every problem."
        )
        parser.add_argument("file", type=Path, metavar="FILE")
        return check(parser.parse_args(argv).file)
    if command == "schema":
        parser = argparse.ArgumentParser(
            prog="frise schema", description="Print the JSON Schema of the timeline format."
        )
        parser.parse_args(argv)
        from frise.model.schema import json_schema

        print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
        return 0
    return export(_export_parser().parse_args(argv))


def check(path: Path) -> int:
    from frise.model.loader import TimelineError, load_timeline

    try:
        timeline = load_timeline(path)
    except TimelineError as e:
        for problem in e.problems:
            print(f"{path}: {problem}", file=sys.stderr)
        count = len(e.problems)
        print(
            f"{path}: {count} problem{'s' if count != 1 else ''}; the file cannot be opened",
            file=sys.stderr,
        )
        return 1
    print(f"{path}: OK, {len(timeline.events)} events in {len(timeline.parties)} lanes")
    return 0


def _export_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="frise export",
        description="Render the (filtered) timeline to a PNG, without a display.",
    )
    parser.add_argument(
        "--data",
        type=Path,
        metavar="FILE",
        help="timeline file (default: the bundled Musk–OpenAI timeline)",
    )
    parser.add_argument("--out", type=Path, required=True, metavar="OUT.png")
    parser.add_argument(
        "--party",
        action="append",
        default=[],
        metavar="ID",
        help="show only this party's lane (repeat for more)",
    )
    parser.add_argument("--from", dest="year_from", type=int, metavar="YEAR")
    parser.add_argument("--to", dest="year_to", type=int, metavar="YEAR")
    parser.add_argument("--width", type=int, default=2000, metavar="PX")
    parser.add_argument(
        "--height", type=int, metavar="PX", help="default: as tall as the lanes need"
    )
    parser.add_argument("--lang", choices=LANGS, default="en")
    return parser


def export(args: argparse.Namespace) -> int:
    from frise.scene.export import EXPORT_SIZE_LIMITS

    low, high = EXPORT_SIZE_LIMITS
    for name in ("width", "height"):
        value = getattr(args, name)
        if value is not None and not low <= value <= high:
            raise UsageError(f"--{name} must be between {low} and {high} pixels (got {value})")
    if args.out.suffix.lower() != ".png":
        raise UsageError(f"--out must name a .png file (got {args.out})")
    for name in ("year_from", "year_to"):
        year = getattr(args, name)
        if year is not None and not 1 <= year <= 9999:
            raise UsageError(f"--{name[5:]} must be a year from 1 to 9999 (got {year})")
    if args.year_from and args.year_to and args.year_from > args.year_to:
        raise UsageError(f"--from {args.year_from} is after --to {args.year_to}")

    from frise.model.loader import TimelineError, load_timeline
    from frise.paths import bundled_timeline

    path = args.data or bundled_timeline()
    try:
        timeline = load_timeline(path)
    except TimelineError as e:
        for problem in e.problems:
            print(f"{path}: {problem}", file=sys.stderr)
        return 1
    unknown = [p for p in args.party if p not in timeline.party_index]
    if unknown:
        known = ", ".join(timeline.party_index)
        raise UsageError(
            f"no party {', '.join(map(repr, unknown))} in {path.name} (its parties: {known})"
        )

    from frise.model.filters import Filter

    view_filter = Filter(
        parties=frozenset(args.party) or None, year_from=args.year_from, year_to=args.year_to
    )

    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from frise.scene.export import ExportError, export_png

    try:
        size = export_png(
            timeline, view_filter, args.out, width=args.width, height=args.height, lang=args.lang
        )
    except ExportError as e:
        print(f"frise: {e}", file=sys.stderr)
        return 1
    print(f"{args.out}: {size[0]}×{size[1]} px")
    return 0
