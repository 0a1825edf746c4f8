"""`frise new OUT.frise.json`: a small, valid starter timeline to grow."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from frise.cli.errors import UsageError
from frise.cli.parsing import Parser


def run(argv: list[str]) -> int:
    parser = Parser(prog="frise new", description="Write a small, valid starter timeline to grow.")
    parser.add_argument("out", type=Path, metavar="OUT.frise.json")
    return new(parser.parse_args(argv).out)


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
