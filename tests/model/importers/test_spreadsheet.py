"""Frise's spreadsheet layout: sheets as people write them, in CSV, XLSX and
ODS; every bad cell told at its sheet, row and column; and the round trip
JSON → sheet → JSON."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from frise.model.importers import import_file, sheet_bytes
from frise.model.loading import TimelineError, load_timeline, parse_timeline
from frise.model.starter import starter_document
from frise.paths import bundled_timeline, data_dir
from tests.helpers.sheets import write_csv, write_ods, write_xlsx
from tests.helpers.words import catalogue_words

# A journalist's sheet: no ids, no party rows, names in the parties column,
# a French translation of one title, one source and one quote.
SIMPLE = [
    [
        "date",
        "end",
        "parties",
        "kind",
        "title",
        "title_fr",
        "summary",
        "source_1_url",
        "source_1_title",
        "quote_1_speaker",
        "quote_1_text",
        "quote_1_lang",
        "quote_1_source",
    ],
    [
        "2015-12",
        "",
        "Acme; Beta Corp",
        "founding",
        "Acme and Beta start",
        "Acme et Beta débutent",
        "They start.",
        "https://example.org/a",
        "Launch",
        "Jane Doe",
        "We begin.",
        "en",
        "1",
    ],
    ["2018", "", "Acme", "", "Acme grows", "", "", "", "", "", "", "", ""],
    [],
    ["2024-02-29", "2024-08", "beta corp", "filing", "Acme grows", "", "", "", "", "", "", "", ""],
]


def _problems(path) -> list[str]:
    with pytest.raises(TimelineError) as caught:
        import_file(path)
    return [str(p) for p in caught.value.problems]


@pytest.mark.parametrize("kind", ["csv", "xlsx", "ods"])
def test_a_simple_sheet_imports_in_each_format(tmp_path, kind):
    path = tmp_path / f"acme-story.{kind}"
    {"csv": write_csv, "xlsx": write_xlsx, "ods": write_ods}[kind](path, SIMPLE)

    result = import_file(path)

    doc = result.timeline.doc
    assert doc.title == "Acme story"  # from the file name
    assert [(p.id, p.name) for p in doc.parties] == [("acme", "Acme"), ("beta-corp", "Beta Corp")]
    first, second, third = doc.events
    assert first.id == "acme-and-beta-start"
    assert first.date == "2015-12" and first.parties == ("acme", "beta-corp")
    assert first.title == {"en": "Acme and Beta start", "fr": "Acme et Beta débutent"}
    assert first.sources[0].url == "https://example.org/a"
    assert first.quotes[0].speaker == "Jane Doe" and first.quotes[0].source == 0
    assert second.title == "Acme grows" and second.date == "2018"
    # The same title twice: told apart by the date, not by the row order.
    assert (second.id, third.id) == ("acme-grows", "acme-grows-2024-02-29")
    assert third.parties == ("beta-corp",)  # names match in any case
    notes = " ".join(map(str, result.notes))
    assert "title" in notes and "lanes" in notes and "ids made" in notes


def test_semicolon_separated_csv_as_excel_writes_it_in_french(tmp_path):
    path = write_csv(tmp_path / "histoire.csv", SIMPLE, delimiter=";", encoding="utf-8-sig")
    assert import_file(path).timeline.events[0].title["fr"] == "Acme et Beta débutent"


def test_declared_parties_timeline_row_and_ids(tmp_path):
    rows = [
        [
            "record",
            "id",
            "date",
            "parties",
            "claimed_by",
            "certainty",
            "title",
            "summary",
            "color",
            "related",
        ],
        ["timeline", "", "", "", "", "", "The saga", "All of it", "", ""],
        ["party", "acme", "", "", "", "", "Acme Inc.", "A company", "d55e00", ""],
        ["party", "", "", "", "", "", "Beta", "", "", ""],
        ["", "start", "2015", "Acme Inc.; beta", "", "", "Start", "", "", ""],
        [
            "event",
            "claim",
            "2016",
            "beta",
            "Acme",
            "alleged",
            "Claim",
            "",
            "",
            "responds-to: start",
        ],
    ]
    doc = import_file(write_csv(tmp_path / "s.csv", rows)).timeline.doc
    assert doc.title == "The saga" and doc.description == "All of it"
    assert [(p.id, p.color) for p in doc.parties] == [("acme", "#d55e00"), ("beta", None)]
    assert doc.events[0].parties == ("acme", "beta")
    claim = doc.events[1]
    assert claim.claimed_by == ("acme",) and claim.certainty == "alleged"
    assert (claim.related[0].event, claim.related[0].relation) == ("start", "responds-to")


def test_bad_cells_are_told_at_row_and_column_and_nothing_is_imported(tmp_path):
    rows = [
        [
            "record",
            "id",
            "date",
            "end",
            "parties",
            "kind",
            "title",
            "source_1_url",
            "quote_1_text",
            "quote_1_lang",
            "quote_1_source",
            "color",
            "related",
        ],
        ["party", "acme", "", "", "", "", "Acme", "", "", "", "", "", ""],
        ["", "a", "2024-02-30", "", "acme", "", "Bad day", "", "", "", "", "", ""],
        [
            "",
            "b",
            "2024-03",
            "2024-01",
            "acme",
            "rumour",
            "Bad end and kind",
            "",
            "",
            "",
            "",
            "",
            "",
        ],
        ["", "c", "2024", "", "Nobody", "", "Unknown party", "ftp://x.org", "", "", "", "", ""],
        ["", "d", "2024", "", "acme", "", "", "", "Said", "en", "2", "", ""],
        ["", "e", "2024", "", "acme", "", "Links", "", "", "", "", "#123456", "nonsense"],
        ["country", "", "", "", "", "", "What", "", "", "", "", "", ""],
        ["", "a", "2025", "", "acme", "", "Same id", "", "", "", "", "", ""],
    ]
    path = write_xlsx(tmp_path / "bad.xlsx", rows, sheet="Story")

    problems = _problems(path)

    def at(row, column):
        return [p for p in problems if p.startswith(f'sheet "Story", row {row}, column {column}')]

    assert "not a real calendar date" in at(3, 'C ("date")')[0]
    assert "is before the date" in at(4, 'D ("end")')[0]
    assert "must be" in at(4, 'F ("kind")')[0] and "rumour" in at(4, 'F ("kind")')[0]
    assert 'no party row has the id or name "Nobody"' in at(5, 'E ("parties")')[0]
    assert "http" in at(5, 'H ("source_1_url")')[0]
    assert "required" in at(6, 'G ("title")')[0]
    assert "this row has no source 2" in at(6, 'K ("quote_1_source")')[0]
    assert "not used on an event row" in at(7, 'L ("color")')[0]
    assert "relation: event-id" in at(7, 'M ("related")')[0]
    assert '"party" or "timeline"' in at(8, 'A ("record")')[0]
    assert "used by another event" in at(9, 'B ("id")')[0]
    assert "row 6, quote_1_speaker: is required" in " ".join(problems)  # no such column
    assert len(problems) == 12, problems
    rows = [int(p.split("row ")[1].split(",")[0].split(":")[0]) for p in problems]
    assert rows == sorted(rows)


def test_header_problems_are_told_in_row_1(tmp_path):
    rows = [
        ["date", "titel", "title", "title", "parties", "summary_!!"],
        ["2020", "x", "T", "", "a"],
    ]
    problems = _problems(write_csv(tmp_path / "h.csv", rows))
    assert any('row 1, column B ("titel"): is not a column' in p for p in problems)
    assert any("row 1, column D" in p and "same name" in p for p in problems)
    assert any("row 1, column F" in p and "language code" in p for p in problems)


def test_a_sheet_without_parties_column_says_what_it_needs(tmp_path):
    problems = _problems(write_csv(tmp_path / "h.csv", [["date", "title"], ["2020", "x"]]))
    assert problems == [
        'row 1: the sheet has no "parties" column (Frise\'s layout needs date, parties and title)'
    ]


def test_both_title_and_title_en_filled_is_a_problem(tmp_path):
    rows = [["date", "parties", "title", "title_en"], ["2020", "a", "One", "Two"]]
    problems = _problems(write_csv(tmp_path / "t.csv", rows))
    assert problems[0].startswith('row 2, column C ("title"): both')


def test_date_cells_read_at_the_precision_they_show(tmp_path):
    rows = [
        ["date", "end", "parties", "title"],
        [dt.datetime(2018, 3, 1), dt.datetime(2019, 7, 1), "a", "Month and year"],
        [dt.datetime(2020, 5, 17), None, "a", "A day"],
        [2021, None, "a", "A year typed as a number"],
    ]
    formats = {(2, 1): "mmm yyyy", (2, 2): "yyyy", (3, 1): "dd/mm/yyyy"}
    doc = import_file(write_xlsx(tmp_path / "d.xlsx", rows, formats=formats)).timeline.doc
    assert [(e.date, e.end) for e in doc.events] == [
        ("2018-03", "2019"),
        ("2020-05-17", None),
        ("2021", None),
    ]


def test_ods_date_cells(tmp_path):
    rows = [["date", "parties", "title"], [dt.date(2019, 4, 2), "a", "A day"]]
    assert import_file(write_ods(tmp_path / "d.ods", rows)).timeline.events[0].date == "2019-04-02"


def test_workbook_reads_the_sheet_named_timeline_else_the_first(tmp_path):
    rows = [["date", "parties", "title"], ["2019", "a", "Here"]]
    path = write_xlsx(tmp_path / "w.xlsx", rows, sheet="Timeline", extra_first="Read me")
    assert import_file(path).timeline.events[0].title == "Here"


# --- round trip -------------------------------------------------------------------


def _every_field() -> dict:
    doc = starter_document()
    doc["events"].append(
        {
            "id": "everything",
            "date": "2023-05-06",
            "end": "2023-06",
            "revealed": "2024",
            "parties": ["example-town"],
            "kind": "publication",
            "certainty": "disputed",
            "claimed_by": ["example-company", "example-town"],
            "title": '=A plain title, not a formula, with "quotes"; and commas',
            "summary": {"en": "Two lines\nof text", "pt-BR": "Português", "fr": "-x"},
            "quotes": [
                {"speaker": "Someone", "text": "+1", "lang": "en", "translation": "plain"},
                {"speaker": "example-company", "text": "@all", "lang": "fr", "source": 1},
            ],
            "sources": [
                {"title": "First", "type": "primary"},
                {"url": "http://example.org/2", "date": "2023", "publisher": "A wire copy"},
                {"publisher": "Example Daily", "type": "press", "original": "Example Wire"},
            ],
            "related": [
                {"event": "lease-signed", "relation": "responds-to"},
                {"event": "lease-disputed", "relation": "amends"},
            ],
        }
    )
    doc["parties"][1]["description"] = "Plain description"
    return doc


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_round_trip_every_field(tmp_path, fmt):
    original = parse_timeline(json.dumps(_every_field()).encode()).doc
    path = tmp_path / f"story.{fmt}"
    path.write_bytes(sheet_bytes(original, fmt))
    assert import_file(path).timeline.doc == original


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_round_trip_of_the_bundled_timeline(tmp_path, fmt):
    original = load_timeline(bundled_timeline()).doc
    path = tmp_path / f"musk.{fmt}"
    path.write_bytes(sheet_bytes(original, fmt))
    result = import_file(path)
    assert result.timeline.doc == original
    assert result.notes == ()  # nothing made up: every id, party and title is in the sheet


def test_exported_csv_guards_formulas():
    doc = parse_timeline(json.dumps(_every_field()).encode()).doc
    text = sheet_bytes(doc, "csv").decode("utf-8-sig")
    assert "'=A plain title" in text and "'+1" in text and "'@all" in text


@pytest.mark.parametrize("name", ["template.csv", "template.xlsx"])
def test_the_templates_are_the_starter_timeline(name):
    expected = parse_timeline(json.dumps(starter_document()).encode()).doc
    assert import_file(data_dir() / name).timeline.doc == expected


def test_the_csv_template_is_what_export_writes():
    doc = parse_timeline(json.dumps(starter_document()).encode()).doc
    assert (data_dir() / "template.csv").read_bytes() == sheet_bytes(doc, "csv")


def test_a_broken_sheet_is_told_in_french_at_its_sheet_row_and_column(tmp_path):
    rows = [
        ["date", "parties", "title", "colour"],
        ["2024-02-30", "Acme", "Bad day", ""],
        ["2024", "", "No party", ""],
    ]
    path = write_xlsx(tmp_path / "bad.xlsx", rows, sheet="Récit")
    with pytest.raises(TimelineError) as caught:
        import_file(path)
    french = [p.text(catalogue_words("fr")) for p in caught.value.problems]
    assert french == [
        'feuille "Récit", ligne 1, colonne D ("colour")\u00a0: '
        "n'est pas une colonne du modèle de Frise (une faute de frappe\u00a0?)",
        'feuille "Récit", ligne 2, colonne A ("date")\u00a0: '
        '"2024-02-30" n\'est pas une date réelle du calendrier',
        'feuille "Récit", ligne 3, colonne B ("parties")\u00a0: champ obligatoire absent',
    ]
    assert [str(p) for p in caught.value.problems][1] == (
        'sheet "Récit", row 2, column A ("date"): "2024-02-30" is not a real calendar date'
    )


def test_notes_are_told_in_french_with_their_counts(tmp_path):
    path = write_csv(tmp_path / "story.csv", [["date", "parties", "title"], ["2024", "A", "x"]])
    notes = import_file(path).notes
    french = [n.text(catalogue_words("fr")) for n in notes]
    assert [str(n) for n in notes] == [
        "no party rows: the 1 lanes are the names written in the parties column, "
        "in the order they first appear",
        "1 event without an id: ids made from the titles (fill the id column to keep them fixed)",
        'no timeline row: the title "Story" comes from the file name',
    ]
    assert french[0] == (
        "aucune ligne de partie\u00a0: le couloir est le nom écrit dans la colonne parties"
    )
    assert french[1].startswith("1 événement sans identifiant\u00a0: identifiant fait")
