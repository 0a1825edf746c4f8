"""`frise schema`: the JSON Schema on stdout."""

import json

from frise.cli import main
from tests.helpers.cli import (
    usage_exit,
)


def test_schema_prints_the_json_schema(capsys):
    assert main(["schema"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert "$schema" in printed
    assert {"format", "version", "title", "parties", "events"} <= set(printed["properties"])


def test_schema_with_an_argument_is_a_usage_error():
    assert usage_exit(["schema", "--pretty"]) == 2
