"""`frise schema`: the JSON Schema of the timeline format, on stdout."""

from __future__ import annotations

import json

from frise.cli.parsing import Parser


def run(argv: list[str]) -> int:
    parser = Parser(
        prog="frise schema", description="Print the JSON Schema of the timeline format."
    )
    parser.parse_args(argv)
    from frise.model.schema import json_schema

    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
    return 0
