"""Reading the command line: a command and its arguments, or the window with
Frise's options and Qt's; then the exit code the contract says (package
docstring). Each command is imported only when it runs, so that this module,
which the window starts from, stays light.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
from pathlib import Path

from frise import __version__
from frise.cli.errors import UsageError
from frise.cli.parsing import Parser

COMMANDS = ("export", "check", "schema", "import", "new")
LANGS = ("en", "fr")


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
    except SystemExit:
        # argparse's --help and --version end here, their text still buffered.
        try:
            sys.stdout.flush()
        except OSError as e:
            return _output_failed(e)
        raise
    except OSError as e:
        return _output_failed(e)


def _output_failed(e: OSError) -> int:
    if isinstance(e, BrokenPipeError):
        # The reader went away (`frise schema | head`): not an error of ours.
        _silence_stdout()
        return 0
    # What the commands read and write is checked where it is done: what is
    # left is the standard output itself (a full disk, /dev/full).
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
    parser = Parser(
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
        from frise.cli import check

        return check.run(argv)
    if command == "schema":
        from frise.cli import schema

        return schema.run(argv)
    if command == "import":
        from frise.cli import importing

        return importing.run(argv)
    if command == "new":
        from frise.cli import new

        return new.run(argv)
    from frise.cli import export

    return export.run(argv)
